"""Issue 13, round src5 (an institution's own measure given to a government): an agentless
measure told right after a named body's own measure, with its agent written, goes on with that
body ("… मंत्रालय ने … अपील की है । … की भी अपील की गई है"), not with the government of the
article's place that the issuer guess gives it. A person's act before (a chief minister), a
city's police, two different bodies, a sentence with no act between, or a government written as
the agent of the measure leave the guess or the written agent alone."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-03-08")

# NT-2020-MAR-08.txt: the Union health ministry's advisory, then its passive second appeal, in a
# report from Tamil Nadu
_PLACE = "चेन्नई । तमिलनाडु में कोरोना वायरस का पहला मामला सामने आया है । "
# the issuer guess for an agentless measure in a report from Chennai, with no agent before it:
# the state its paragraph names after the dateline town (round pl1; was the Chennai district
# administration, the dateline town's, for an appeal in a report on Tamil Nadu's first case)
_GUESS = "Government of Tamil Nadu"
_ADVISORY = (
    "{who} ने स्वास्थ्य अडवाइजरी जारी कर अपील की है कि वे खांसते और छींकते वक्त मुंह पर कपड़ा"
    " रखें ताकि यह दूसरों में न फैले । {between}इसके अतिरिक्त नियमित रूप से हाथों को धोते रहने की"
    " भी अपील की गई है ।"
)


def _second_appeal(who: str, between: str = "") -> list[str]:
    art = analysed(_PLACE + _ADVISORY.format(who=who, between=between))
    [ev] = [e for e in art.events if art.text[e.evidence_start :].startswith("इसके अतिरिक्त")]
    return _names(art, ev, "source")


def test_the_passive_appeal_goes_on_with_the_ministry() -> None:
    assert _second_appeal("केंद्रीय स्वास्थ्य मंत्रालय") == [
        "Ministry of Health and Family Welfare of India"
    ]


def test_a_chief_ministers_appeal_before_leaves_the_guess() -> None:
    assert _second_appeal("मुख्यमंत्री एडप्पादी के पलानीस्वामी") == ["Government of Tamil Nadu"]


def test_a_sentence_between_with_no_act_leaves_the_guess() -> None:
    between = "राज्य में अब तक एक मरीज की पुष्टि हुई है । "
    assert _second_appeal("केंद्रीय स्वास्थ्य मंत्रालय", between) == [_GUESS]


def test_without_a_body_before_the_guess_stays() -> None:
    art = analysed(_PLACE + "इसके अतिरिक्त नियमित रूप से हाथों को धोते रहने की भी अपील की गई है ।")
    ev = one_event(art.events, "अपील")
    assert _names(art, ev, "source") == [_GUESS]


def test_a_citys_police_before_leaves_the_guess() -> None:
    assert _second_appeal("चेन्नई पुलिस") != ["Chennai Police"]


def test_a_written_administration_keeps_its_act() -> None:
    # a government that does close an institution's facility: its act is its own
    art = analysed(
        _PLACE + "केंद्रीय स्वास्थ्य मंत्रालय ने लोगों से भीड़ से बचने की अपील की है । जिला प्रशासन ने"
        " विश्वविद्यालय को बंद करा दिया है ।"
    )
    ev = one_event(art.events, "बंद")
    assert "Ministry of Health and Family Welfare of India" not in _names(art, ev, "source")
