"""Issue 13, round gl5: a text actor whose whole phrase, a genitive inside it, is one entry of the
naming glossary is named by that entry ("मंत्रियों के समूह" = Group of Ministers, "खेल के मैदान"
= playgrounds), read before the phrase is split at के, a Latin acronym after it allowed. Sentences
quoted from the 280 allowed corpus day files of corpus/hindi-covid-2020 (file named with each)."""

from __future__ import annotations

from khabar.events.name_glosses import whole_name

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-21")


def _targets(text: str, kind: str) -> list[list[str]]:
    art = analysed(text)
    return [role_names(art, e, "target") for e in events_of(art, kind)]


def test_group_of_ministers_with_its_acronym() -> None:
    # PK-2020-APR-21.txt: was the Hindi with the acronym, "मंत्रियों के समूह GoM"
    text = "साउथ ब्लॉक में रक्षा मंत्री राजनाथ सिंह की अध्यक्षता में मंत्रियों के समूह GoM की बैठक होगी."
    assert _targets(text, "CONSULT") == [["Group of Ministers"]]


def test_playgrounds_closed() -> None:
    # NT-2020-APR-26.txt: was no English at all ("text:खेल के मैदान")
    text = "लॉस एंजिलिस में सिटी और काउंटी बीच, खेल के मैदान बंद किए गए ।"
    assert _targets(text, "COERCE") == [["playgrounds"]]


def test_whole_entry_only() -> None:
    assert whole_name("मंत्रियों के समूह GoM") == "Group of Ministers"
    assert whole_name("खेल के मैदान") == "playgrounds"
    # AU-2020-MAR-01.txt "कर्मचारियों के संगठनों के समूह यूनाइटेड फोरम …": a group of other
    # members is no entry, nor a longer phrase that only holds one
    assert whole_name("संगठनों के समूह") is None
    assert whole_name("राज्य के खेल के मैदान") is None
    # a phrase with no genitive inside is the glossary's word-by-word reading, not this rule's
    assert whole_name("खेल मैदान") is None
    assert whole_name("GoM") is None


def test_phrases_read_word_by_word_are_not_entries() -> None:
    # the other phrases kept as text on the allowed files that hold के/की: no whole entry
    assert whole_name("ई रिक्शा सहित सार्वजनिक परिवहन के सभी साधन") is None
    assert whole_name("कर्मचारियों की सभी तरह की छुट्टियां") is None
    assert whole_name("मूल्यांकन का काम") is None
