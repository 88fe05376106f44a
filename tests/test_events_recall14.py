"""Issue 13, recall pass ev41: kinds missed on a self-annotated unseen stand-in set (set C, 8 article
spans of corpus day files outside the event gold) and the older sets B/annot4: a seal or a lockdown
announced to *stay* ("सील रहेंगे", "17 मई तक लॉकडाउन रहेगा"), and the period of a measure extended
("बंद करने की अवधि … बढ़ा दी"). Sentences are written like the news, each kind with a negative beside
it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str, mode: str) -> list[Event]:
    return [e for e in art.events if e.type == type_ and e.mode == mode]


def test_a_seal_announced_to_stay_is_coerce() -> None:
    art = analysed("पुलिस अधीक्षक ने बताया कि जिले की सभी सीमाएं 30 अप्रैल तक सील रहेंगी ।")
    [ev] = _of(art, "COERCE", "seal")
    assert ev.source


def test_a_seal_that_stayed_is_no_new_act() -> None:
    # the past "सील रहा" describes a state, like "बंद रहा": no seal is ordered here
    art = analysed("पिछले हफ्ते पूरे दिन मोहल्ला सील रहा और लोग घरों में रहे ।")
    assert not _of(art, "COERCE", "seal")


def test_a_lockdown_announced_to_last_until_a_date_is_coerce() -> None:
    art = analysed("ओडिशा में अब 30 अप्रैल तक लॉकडाउन रहेगा ।")
    [ev] = _of(art, "COERCE", "lockdown")
    assert ev.modality == "planned"


def test_as_long_as_the_lockdown_lasts_is_no_act() -> None:
    # no date bound: "जितने दिन लॉकडाउन रहेगा" says how long something else lasts
    art = analysed("जितने दिन लॉकडाउन रहेगा, उतने दिन दफ्तरों का काम घर से ही चलेगा ।")
    assert not _of(art, "COERCE", "lockdown")
    # the present "लॉकडाउन है" describes the state, it announces nothing
    art = analysed("कोरोना वायरस के चलते पूरे प्रदेश में लॉकडाउन है ।")
    assert not _of(art, "COERCE", "lockdown")


def test_a_closure_period_extended_is_the_agents_act() -> None:
    art = analysed("जिला प्रशासन ने स्कूलों को बंद करने की अवधि 3 मई तक बढ़ा दी है ।")
    [ev] = _of(art, "COERCE", "close")
    assert ev.source and ev.modality == "happened"


def test_a_closure_period_that_merely_ends_is_no_act() -> None:
    # "बंद करने की अवधि खत्म हो रही है": the period ends, nobody closes anything
    art = analysed("स्कूलों को बंद करने की अवधि अगले हफ्ते खत्म हो रही है ।")
    assert not _of(art, "COERCE", "close")
