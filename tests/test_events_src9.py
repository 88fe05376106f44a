"""Issue 13, round src9 (which authority is the inferred source of a passive medical act): an
agentless quarantine, isolation or screening whose paragraph shows the health department at work
just before it ("स्वास्थ्य विभाग की टीम 50 हजार लोगों की स्क्रीनिग कर चुकी है", "स्वास्थ्य विभाग
द्वारा रेपिड रिस्पांस टीम … कार्य करेगी"), or right after it with no one acting before, is that
department's, no longer the place's district administration; a state's figures ("यूपी में …") are
the state's health department (:mod:`khabar.events.health_teams`). Paragraphs from the allowed
corpus day files; the negatives are the near-misses read on them: the administration acting by ने
between the department and the measure, a department only named ("… में खलबली मच गई"), and a
state's department of no state named."""

from __future__ import annotations

from khabar.events.health_teams import department_at_work
from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-05-04")


def _event(art: Article, words: str) -> Event:
    """The one COERCE whose evidence holds ``words``."""
    [ev] = [
        e
        for e in art.events
        if e.type == "COERCE" and words in art.text[e.evidence_start : e.evidence_end]
    ]
    return ev


def _sources(text: str, dct: str, words: str) -> list[str]:
    art = analysed(text, dct)
    return role_names(art, _event(art, words), "source")


# DJ-2020-MAY-04.txt (Mathura): the team screened and sampled; the quarantine three sentences on
MATHURA = (
    "इसके बाद स्वास्थ्य विभाग की टीम 50 हजार लोगों की स्क्रीनिग कर चुकी है । इनमें से 1250 से"
    " अधिक लोगों के सैंपल लिए जा चुके हैं । अब तक 28 कोरोना पॉजिटिव मरीज मिल चुके हैं । दो सौ"
    " से अधिक लोगों को क्वारंटाइन किया जा चुका है ।"
)


def test_a_quarantine_after_the_health_team_worked_is_the_departments() -> None:
    text = "जागरण संवाददाता, मथुरा : शहर में चार हॉटस्पॉट एरिया घोषित किए गए हैं । " + MATHURA
    art = analysed(text, "2020-05-04")
    ev = _event(art, "दो सौ से अधिक")
    assert role_names(art, ev, "source") == ["Mathura health department"]
    # the inferred source keeps its argument, coded as the place's health body
    [arg] = [a for a in ev.arguments if a.role == "source_inferred"]
    assert arg.entity_id == ev.source[0]
    assert ev.codes[ev.source[0]] == "IND-Mathura HLH"


def test_a_states_figures_are_the_states_health_department() -> None:
    # DJ-2020-ARP-25.txt: a Prayagraj-datelined round-up; the paragraph is Uttar Pradesh's
    text = (
        "प्रयागराज : कोरोना वायरस के संक्रमण से मुक्त सूबे के प्रयागराज में फिर नए मरीज सामने आए"
        " हैं ।\n"
        "यूपी में चीन सहित विदेश यात्रा से लौटे 91719 लोगों को शुक्रवार को चिन्हित किया गया ।"
        " इन्हें स्वास्थ्य विभाग की रैपिड रिस्पांस टीम की निगरानी में रखा गया है । अब तक 182190"
        " लोग चिन्हित किए जा चुके हैं । 11936 लोगों को इंस्टीट्यूशनल क्वारंटाइन किया गया है ।"
    )
    assert _sources(text, "2020-04-25", "11936 लोगों") == ["Uttar Pradesh health department"]


def test_a_screening_after_the_department_is_assigned_the_area() -> None:
    # AU-2020-ARP-05.txt (Bhopal's containment plan)
    text = (
        "भोपाल में कंटेनमेंट एरिया घोषित किया गया है । साथ ही कंटेनमेंट एरिया में स्वास्थ्य विभाग"
        " द्वारा रेपिड रिस्पांस टीम और मेडिकल मोबाइल यूनिट दिशा निर्देशों के आधार पर कार्य करेगी"
        " । क्षेत्र के सभी लोगों की सतत स्क्रीनिंग की जाएगी ।"
    )
    assert _sources(text, "2020-04-05", "सतत स्क्रीनिंग") == ["Bhopal health department"]


def test_the_team_right_after_with_no_one_acting_before() -> None:
    # AU-2020-MAR-31.txt (Shamli): the team watches those quarantined
    text = (
        "शामली में कस्बा झिंझाना में त्रिपुरा से आए तबलीगी जमात के 14 लोगों को दो मकानों में"
        " अलग-अलग क्वारंटीन किया गया है । उन्हें 14 दिन तक घर में रहने के लिए कहा गया है ।"
        " स्वास्थ्य विभाग की टीम सुबह-शाम उनकी निगरानी कर रही है ।"
    )
    assert _sources(text, "2020-03-31", "14 लोगों को") == ["Shamli health department"]


def test_the_administration_acting_between_keeps_the_measure() -> None:
    # DH-2020-MAY-01.txt (Siddharthnagar): "प्रशासन ने" quarantined them; the team only sampled
    text = (
        "सिद्धार्थनगर में मिले दो कोरोना पॉजिटिव में एक मुंबई, दूसरा कानपुर से आया है । दोनों को"
        " प्रशासन ने स्कूलों में क्वारंटीन कर दिया है । बलजीत (उम्र 24 वर्ष) कानपुर से चार दिन"
        " पहले आया है । उसे गंगा पब्लिक स्कूल धेन्सा नौगढ़ में क्वारंटीन में रखा गया था ।"
        " स्वास्थ्य विभाग की टीम ने इनका सैम्पल लेकर जांच के लिए भेजा था ।"
    )
    start = text.index("उसे गंगा")
    assert not department_at_work(text, start, text.index("।", start) + 1)


def test_a_department_only_named_does_not_act() -> None:
    # DJ-2020-ARP-22.txt (Raebareli): "… जिला प्रशासन और स्वास्थ्य विभाग में खलबली मच गई है"
    text = (
        "रायबरेली में 33 लोगों की रिपोर्ट कोरोना पॉजिटिव रिपोर्ट आने से जिला प्रशासन और स्वास्थ्य"
        " विभाग में खलबली मच गई है । यहां अब तक 35 लोग पॉजिटिव हैं । दो केस स्थानीय हैं, जिन्हें"
        " इन लोगों के साथ क्वारंटाइन सेंटर में रखा गया था ।"
    )
    start = text.index("दो केस")
    assert not department_at_work(text, start, len(text))


def test_too_far_before_or_after_is_not_at_work() -> None:
    # the Mathura paragraph with two more sentences between: beyond the reach
    far = MATHURA.replace("। दो सौ", "। यह आंकड़ा बढ़ा है । दहशत है । दो सौ")
    start = far.index("दो सौ")
    assert not department_at_work(far, start, len(far))
    assert department_at_work(MATHURA, MATHURA.index("दो सौ"), len(MATHURA))


def test_a_states_department_of_no_state_named_is_left() -> None:
    # PK-2020-MAR-09.txt (Shillong): "राज्य के स्वास्थ्य विभाग ने बताया"; no state named
    text = (
        "शिलांग से प्राप्त खबर के अनुसार, राज्य के स्वास्थ्य विभाग ने बताया कि कम से कम 67 लोगों को"
        " एहतियाती कदम उठाते हुए अपने घरों में अलग रखा गया है. हालांकि, उनमें कोरोना वायरस के कोई"
        " लक्षण दिखाई नहीं दिये है. पूर्वोत्तर इंदिरा गांधी क्षेत्रीय स्वास्थ्य एवं चिकित्सा विज्ञान"
        " संस्थान में एक 38 वर्षीय व्यक्ति को शिलांग में अलग रखा गया है."
    )
    assert "Shillong health department" not in _sources(text, "2020-03-09", "38 वर्षीय")
