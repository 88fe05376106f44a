"""Round sc36 (issue 16, session 4): cheap checks first in the Hindi events stage, outputs
unchanged. A locality's name is read only when a locality noun starts within reach; a multiword
trigger form is matched only when its second word (or a particle) follows; a guess is looked for
only back from a "कि" before the trigger. Sentences written like the news (not from the gold)."""

from __future__ import annotations

import pytest

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        # the locality noun three words after the name's start: in reach
        ("पूरे रामपुर खेड़ा गांव", "entire Rampur Khera village"),
        # no locality noun after the name words: nothing spelt, as before
        ("शांति नगर के लोगों", "people"),
        ("राम नगर कॉलोनी", None),
    ],
)
def test_locality_names_only_before_a_locality_noun(phrase: str, english: str | None) -> None:
    from khabar.events.gloss import gloss

    assert gloss(phrase) == english


def _acts(art: Article) -> list[tuple[str, str]]:
    return [(e.type, e.mode) for e in art.events]


def test_a_multiword_trigger_with_a_particle_inside_still_matches() -> None:
    art = analysed("पुलिस ने दुकानदार के खिलाफ मामला भी दर्ज किया है ।")
    assert _acts(art) == [("COERCE", "charge")]
    art = analysed("पुलिस ने दुकानदार के खिलाफ मामला दर्ज किया है ।")
    assert _acts(art) == [("COERCE", "charge")]


def test_a_guess_after_the_act_does_not_drop_it() -> None:
    # the "कि" stands after the trigger: the arrest is no guess
    art = analysed("पुलिस ने 20 लोगों को गिरफ्तार किया और माना जा रहा है कि कल बाजार खोला जाएगा ।")
    assert _acts(art) == [("COERCE", "arrest")]
    art = analysed("अधिकारियों को उम्मीद है कि सरकार सोमवार से बाजार खोल देगी ।")
    assert not art.events


@pytest.mark.parametrize(
    ("word", "activity"), [("करने", True), ("थाने", False), ("सरकार", False), ("ने", False)]
)
def test_activity_words_are_read_cheaply_first(word: str, activity: bool) -> None:
    from khabar.events.arguments import _activity

    assert _activity(word) is activity


def test_an_unknown_country_only_before_a_possessive() -> None:
    from khabar.events.clause import tokenize
    from khabar.events.places import unknown_country_before

    text = "किर्गिस्तान की सरकार ने सभी सीमाएं सील कर दी हैं ।"
    toks = tokenize(text, 0, len(text))
    assert unknown_country_before(toks, 2) == "Kirgistan"
    assert unknown_country_before(toks, 1) is None  # no possessive before the word
    assert unknown_country_before(toks, 4) is None  # "ने" is no possessive


def test_an_unnamed_agent_marker_is_no_we() -> None:
    # "एक अधिकारी ने": an agent nobody names; "हमने" is the speaker's own, no unnamed agent
    from khabar.events.hindi import _OTHERS_DID

    assert {"ने", "उन्होंने"} <= _OTHERS_DID
    assert not {"हमने", "मैंने"} & _OTHERS_DID
