"""Issue 13, round ms2: a dropped subject whose antecedent is a glossed ने-agent, no entity.
(The second round of that name: tests/test_events_ms2.py holds the first's tests.)

"ऐसे मे केंद्र ने जहां सभी अस्पतालों को … तैयार रहने का निर्देश दिया है । वहीं हर राज्य मे …
अस्पताल को भी हरी झंडी दे दी है ।" (DJ-2020-MAR-22.txt:3, the core miss DJ-2020-03-22-L1-e02 of
the tuning pool X): "केंद्र ने" is no entity, so it was never noted as the last agent and the
second act was dropped "no agent". The glossed agent is now kept aside for an act every other
agent rule left without a source (:mod:`khabar.events.glossed_agents`). Real sentences of the
allowed corpus day files, with the near-misses the rule must leave alone."""

from __future__ import annotations

from khabar.events.clause import DocContext
from khabar.events.glossed_agents import glossed_subject

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-22")

_CENTRE = (
    "ऐसे मे केंद्र ने जहां सभी अस्पतालों को हर स्थिति से निपटने के लिए तैयार रहने का निर्देश"
    " दिया है ।"
)
_GREEN_FLAG = " वहीं हर राज्य मे कोरोना के लिए खास तौर पर तैयार अस्पताल को भी हरी झंडी दे दी है ।"


def test_the_act_after_a_glossed_agent_is_that_agents() -> None:
    art = analysed(_CENTRE + _GREEN_FLAG)
    [ev] = events_of(art, "AID")  # the hospital's green flag is aid granted (round ty3)
    assert role_names(art, ev, "source") == ["Government of India"]
    assert ev.modality == "happened"
    # the evidence of the agent: where "केंद्र" stands in the sentence before
    [arg] = [a for a in ev.arguments if a.entity_id == "actor:Government of India"]
    assert art.text[arg.start : arg.end].endswith("केंद्र") and arg.end < ev.evidence_start
    # the bare Centre after the opener "ऐसे मे" (misspelt "में") is the Union government too
    [order] = events_of(art, "COERCE")
    assert role_names(art, order, "source") == ["Government of India"]


def test_another_agent_in_between_keeps_the_act_agentless() -> None:
    # an unnamed agent since ("एक अधिकारी ने यह जानकारी दी", NT-2020-MAR-07.txt) is the nearer one
    art = analysed(_CENTRE + " यह जानकारी एक अधिकारी ने दी ।" + _GREEN_FLAG)
    assert events_of(art, "AID") == []


def test_a_new_thread_does_not_inherit_the_glossed_agent() -> None:
    # without the correlative "जहां" after "केंद्र ने", the "वहीं" opens another thread
    art = analysed(_CENTRE.replace("ने जहां", "ने") + _GREEN_FLAG)
    assert events_of(art, "AID") == []


def test_a_genitive_read_as_a_light_verb_takes_no_agent() -> None:
    # "इससे मांग की कमी के चलते …" (NT-2020-MAR-19.txt): the demand of the market, no request
    art = analysed(
        "दुनियाभर में कोरोना वायरस के फैलाव को रोकने के लिए कई देशों ने अलग-अलग तरह के प्रतिबंध"
        " लगाए हैं । इससे मांग की कमी के चलते भारत समेत अन्य देशों में कंपनियों के लोगों को नौकरी"
        " से निकाले जाने की आशंका है ।",
        dct="2020-03-19",
    )
    assert events_of(art, "REQUEST") == []


def test_an_orders_copy_sent_is_no_second_order() -> None:
    # "आदेश की प्रति … को भी भेजी गई है" (PK-2020-MAR-21.txt): the order told once
    art = analysed(
        "रांची : कोरोना वाइरस के बढ़ते संक्रमण को ध्यान में रखते हुए राज्य के परिवहन आयुक्त ने दूसरे"
        " राज्य से झारखंड में आने वाली बसों के प्रवेश पर आज मध्य रात्रि से ही रोक लगाने का आदेश जारी"
        " कर दिया है. आदेश की प्रति बिहार बंगाल उड़ीसा एवं छत्तीसगढ़ परिवहन विभाग को भी भेजी गई है.",
        dct="2020-03-21",
    )
    copies = [e for e in art.events if "प्रति" in art.text[e.evidence_start : e.evidence_end]]
    assert copies == []


def test_a_named_ministry_before_its_bare_name_keeps_the_advice() -> None:
    # "आयुष मंत्रालय ने … । मंत्रालय ने कहा है कि … । इसके अलावा … की सलाह दी है ।"
    # (AU-2020-MAR-31.txt): the named ministry goes on (as at main), not the bare phrase
    art = analysed(
        "देश में लगातार बढ़ रहे कोरोना संक्रमण के खतरे के बीच आयुष मंत्रालय ने शरीर की रोग प्रतिरोधी"
        " क्षमता बढ़ाने के लिए कुछ उपाय अपनाने का सुझाव दिया है । मंत्रालय ने कहा है कि शरीर की रोग"
        " प्रतिरोधी क्षमता बढ़ाने के लिए लोगों को रोज गर्म पानी पीना चाहिए । इसके अलावा जिन मसालों"
        " को हम लंबे अरसे से अपने खाने में इस्तेमाल करते आ रहे हैं, उनका अपने भोजन में उपभोग करने"
        " की सलाह दी है ।",
        dct="2020-03-31",
    )
    advice = [e for e in events_of(art, "REQUEST") if e.trigger == "सलाह"]
    assert advice and all(not s.startswith("text:") for e in advice for s in e.source)


def test_nothing_kept_aside_gives_nothing() -> None:
    ctx = DocContext()
    assert ctx.actors.glossed[0] == -1
    # no glossed agent noted: the rule answers before it reads the candidate or the sentence
    assert glossed_subject(None, None, ctx, "") == ([], {})  # type: ignore[arg-type]
