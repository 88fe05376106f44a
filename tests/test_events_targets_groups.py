"""Group targets with the words that say which (round ev20, issue 13): a group the actor
dictionary names ("कामगारों" = workers, "अधिकारियों" = officials) keeps its numbers,
demonstratives, modifiers and a glossable owner in its evidence and English ("93 प्रवासी
कामगारों" = "93 migrant workers"), its actor id (and code) unchanged; the public stays the
public of its place.

The sentences are from the COVID corpus, day files outside the dev event gold, unless marked
as written for the test."""

from __future__ import annotations

import pytest

from hindi_events import article_events
from khabar.events.gloss import gloss
from khabar.model import Article, Event


def events(text: str, dct: str = "2020-04-02") -> tuple[Article, list[Event]]:
    return article_events(text, dct)


@pytest.mark.parametrize(
    ("text", "mode", "phrase", "english"),
    [
        # PK-2020-APR-11.txt
        (
            "कोरोना मरीज के संपर्क में आये तीन दुकानदारों को क्वारेंटाइन में रखा गया है.",
            "quarantine",
            "तीन दुकानदारों",
            "three traders",
        ),
        # DH-2020-MAY-08.txt
        (
            "सीओ शशिकांत कुमार ने बताया कि इन मजदूरों को क्वारंटाइन सेंटर भेज दिया गया है ।",
            "quarantine",
            "इन मजदूरों",
            "the workers",
        ),
        # NT-2020-MAR-21.txt
        (
            "बाद में अपने चैम्बर में एक बैठक में बिरला ने संसद में कार्यरत एनडीएमसी और अन्य संबद्ध"
            " एजेंसियों के अधिकारियों को संसद भवन परिसर और उसके आसपास को संक्रमणमुक्त करने का"
            " निर्देश दिया ।",
            "order",
            "अन्य संबद्ध एजेंसियों के अधिकारियों",
            "officials of other agencies",
        ),
    ],
)
def test_a_group_target_keeps_the_words_that_say_which(
    text: str, mode: str, phrase: str, english: str
) -> None:
    art, evs = events(text)
    [ev] = [e for e in evs if e.mode == mode]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert arg.entity_id is not None and arg.entity_id.startswith("actor:")  # still the group
    assert (arg.text, art.text[arg.start : arg.end]) == (phrase, phrase)
    assert arg.en is not None and arg.en.startswith(english)  # then its jurisdiction, if any


def test_the_public_is_not_widened() -> None:
    # written for the test: "सभी लोगों से अपील" addresses the public of the speaker's place
    _, evs = events("मुख्यमंत्री ने सभी लोगों से घरों में रहने की अपील की ।")
    [ev] = [e for e in evs if e.mode == "appeal"]
    assert all(t.startswith("actor:public") for t in ev.target)
    assert {a.text for a in ev.arguments if a.role == "target"} == {"लोगों"}


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        # people after a coordination's genitive are owned by every conjunct (PK day files:
        # "गृह विभाग और पुलिस के आला अधिकारियों")
        ("गृह विभाग और पुलिस के आला अधिकारियों", "senior officials of home department and police"),
        # things after it are one more conjunct: a liquor shop is no hotel's
        ("होटल, रेस्तरां और शराब की दुकानें", "hotels, restaurants and liquor shops"),
        # a number the tokenizer split at its thousands comma stays one number
        ("करीब 3 , 000 पुलिस कर्मियों", "about 3,000 police employees"),
    ],
)
def test_genitives_after_coordinations_and_split_numbers(phrase: str, english: str) -> None:
    assert gloss(phrase) == english
