"""Dates of Hindi events: the clause's date (an abbreviation's stop is no clause break), the
sentence's, a date after the trigger that its announcing verb carries; never a bound."""

from __future__ import annotations

from .test_events_actors import analysed


def dates(text: str, dct: str = "2020-04-07") -> dict[str, str | None]:
    return {e.mode or "": e.date for e in analysed(text, dct).events}


def test_abbreviation_is_no_clause_break() -> None:
    text = "मुख्य चिकित्सा अधिकारी डॉ. जसजीत कौर ने सोमवार को बताया कि गांव को सील कर दिया गया है।"
    assert dates(text) == {"seal": "2020-04-06"}


def test_speech_date_reaches_the_reported_act() -> None:
    text = "पंजाब सरकार ने सोमवार को कहा कि सभी बसें बंद कर दी गई हैं।"
    assert dates(text) == {"close": "2020-04-06"}


def test_a_bound_is_not_the_date_of_the_act() -> None:
    # "31 मार्च तक" is when the closure ends (the gold's about_time), not when it was ordered
    text = "जिलाधिकारी ने आदेश जारी करके कहा है कि 31 मार्च तक सभी दफ्तर बंद रहेंगे।"
    assert set(dates(text).values()) == {None}


def test_date_of_the_announcing_verb_after_the_act() -> None:
    text = "पंजाब सरकार ने सार्वजनिक परिवहन सेवाओं पर रोक लगाने की सोमवार को घोषणा की।"
    assert dates(text) == {"ban": "2020-04-06"}


def test_no_date_without_one_in_the_sentence() -> None:
    assert dates("पुलिस ने चार युवकों को गिरफ्तार किया।") == {"arrest": None}


def test_a_repeated_mention_inherits_the_date() -> None:
    text = (
        "पंजाब सरकार ने सोमवार को सभी बाजार बंद करने का फैसला किया। "
        "राज्य में संक्रमण बढ़ रहा है। पंजाब सरकार ने सभी बाजार को बंद करने का फैसला किया।"
    )
    # told again with the same parties and words, it is one act told twice: kept once, the
    # lead's telling with its day (round dup2; the inherited date is tested by recall28's
    # lead and body, whose words differ)
    assert [e.date for e in analysed(text).events] == ["2020-04-06"]
    # told again in the very same words, it is the act restated: kept once (round dup1)
    same_words = text.replace("सभी बाजार को बंद", "सभी बाजार बंद")
    assert [e.date for e in analysed(same_words).events] == ["2020-04-06"]
