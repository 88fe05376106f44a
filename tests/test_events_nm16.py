"""Issue 13, round nm16 (junk actors): an unresolved actor phrase cut across a clause edge (a
discourse opener "ऐसे मे", "इसके अलावा", "आए दिन"; a clause's verb "आया", "आए"; the time adverb
"अभी") loses the edge words, or its slot is emptied when no party is left
(:mod:`khabar.events.junk_edges`). Real sentences (the allowed corpus day files named) and the
near-misses the rule must not touch."""

from __future__ import annotations

from khabar.events.junk_edges import _trimmed, trim_junk_edges
from khabar.model import Argument, Event

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-10")


def _event(sentence: str, role: str, phrase: str) -> Event:
    at = sentence.index(phrase)
    ident = f"text:{phrase}"
    ev = Event(
        type="COERCE",
        mode=None,
        trigger="",
        trigger_start=0,
        trigger_end=0,
        evidence_start=0,
        evidence_end=len(sentence),
    )
    ev.source = ["gov"] if role == "target" else [ident]
    if role == "target":
        ev.target = [ident]
    ev.arguments = [
        Argument(role=role, text=phrase, start=at, end=at + len(phrase), entity_id=ident)
    ]
    ev.codes = {ident: "IND"}
    return ev


def test_an_opener_is_cut_and_the_party_kept_with_its_evidence() -> None:
    # DJ-2020-MAR-22.txt
    sentence = "ऐसे मे केंद्र ने जहां सभी अस्पतालों को हर स्थिति से निपटने के लिए तैयार रहने का निर्देश दिया है ।"
    ev = _event(sentence, "source", "ऐसे मे केंद्र")
    trim_junk_edges([ev])
    assert ev.source == ["text:केंद्र"]
    [arg] = ev.arguments
    assert sentence[arg.start : arg.end] == "केंद्र" == arg.text
    assert ev.codes == {"text:केंद्र": "IND"}


def test_besides_and_a_participle_are_cut() -> None:
    # DH-2020-MAR-04.txt, DJ-2020-MAR-02.txt
    assert _trimmed("इसके अलावा कार्यलयों") == "कार्यलयों"
    sentence = "जापान से आए एक योग साधक को अखिल भारतीय आयुर्विज्ञान संस्थान की टीम ने निगरानी में लिया"
    ev = _event(sentence, "target", "आए एक योग साधक")
    trim_junk_edges([ev])
    assert ev.target == ["text:एक योग साधक"]
    [arg] = ev.arguments
    assert sentence[arg.start : arg.end] == "एक योग साधक"


def test_a_time_adverb_is_cut() -> None:
    # DH-2020-MAR-03.txt: "सीएमओ का कहना है कि स्कूल अभी एक-दो दिन बंद रहेगा ।"
    assert _trimmed("स्कूल अभी") == "स्कूल"


def test_no_party_left_empties_the_slot_and_keeps_the_event() -> None:
    # DH-2020-MAR-10.txt
    sentence = "व्यक्ति जिन लोगों के साथ संपर्क में आया सभी को आइसोलेट कर दिया गया है ।"
    ev = _event(sentence, "target", "आया सभी")
    trim_junk_edges([ev])
    assert ev.target == [] and ev.source == ["gov"] and ev.arguments == []
    assert ev.codes == {}
    # DH-2020-MAY-07.txt ("आए दिन किसी ना किसी की मदद"), AU-2020-ARP-05.txt ("उसके आसपास के 50 घरों")
    assert _trimmed("आए दिन किसी ना किसी") == ""
    assert _trimmed("उसके आसपास") == ""


def test_near_misses_are_kept() -> None:
    # NT-2020-APR-15.txt: "जी, एच और आई ब्लॉक" — "आई" is the letter I, no verb
    assert _trimmed("आई ब्लॉक") is None
    # participles of the phrase itself, and a noun "पास" (passes), are no clause edge
    assert _trimmed("आने वाले शिकायत") is None
    assert _trimmed("पास") is None
    assert _trimmed("सभी") is None
    assert _trimmed("एक योग साधक") is None


def test_sentence_keeps_the_centre_without_its_opener() -> None:
    # DJ-2020-MAR-22.txt
    text = "ऐसे मे केंद्र ने जहां सभी अस्पतालों को हर स्थिति से निपटने के लिए तैयार रहने का निर्देश दिया है ।"
    for ev in events_of(analysed(text), "COERCE"):
        assert not any(s.startswith("text:ऐसे") for s in ev.source)


def test_sentences_lose_the_time_adverb_and_the_clause_verb() -> None:
    # DH-2020-MAR-03.txt
    [ev] = events_of(analysed("सीएमओ का कहना है कि स्कूल अभी एक-दो दिन बंद रहेगा ।"), "COERCE")
    assert ev.target == ["text:स्कूल"]
    # DH-2020-MAR-10.txt: the event and its source stay, the junk target goes
    text = "व्यक्ति जिन लोगों के साथ संपर्क में आया सभी को आइसोलेट कर दिया गया है ।"
    [ev] = events_of(analysed(text), "COERCE")
    assert ev.target == [] and ev.source


def test_a_document_local_common_noun_gets_its_gloss() -> None:
    # PK-2020-APR-24.txt: the linker's document-local id for "सिनेमाघर" had no English
    from khabar.events.name_glosses import named_phrase

    assert named_phrase("सिनेमाघर") == "cinemas"
    assert named_phrase("एयरपोर्ट") == "airport"  # PK-2020-MAR-16.txt
    # near-misses left without English rather than guessed: a bare "प्रदेश", "एसोसिएशन", "कैप्टन"
    assert named_phrase("एसोसिएशन") is None
    assert named_phrase("कैप्टन") is None
