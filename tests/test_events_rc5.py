"""Issue 13, round rc5 (missed core events): "no need to panic" told to people in a speech
verb's कि-clause ("… ने ट्वीट कर कहा है कि देशवासियों को घबराने की बिल्कुल जरूरत नहीं है")
tells them not to panic, a REQUEST to the dative, as the tuning sets code it. Sentences from the
allowed corpus day files; the negatives are the near-misses the rule must leave alone: the same
reassurance with no dative (nobody addressed), a "no need" that is not of fear, and a retelling
of advice the article already gave the same public."""

from __future__ import annotations

from khabar.events.obligation import no_need_cut

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-24")


def _requests(text: str, dct: str) -> list[tuple[str, list[str]]]:
    art = analysed(text, dct)
    return [(e.trigger, target_names(art, e)) for e in art.events if e.type == "REQUEST"]


def test_no_need_to_panic_asks_the_dative() -> None:
    # AU-2020-MAR-24.txt
    text = (
        "देशव्यापी लॉकडाउन की घोषणा के बाद प्रधानमंत्री नरेंद्र मोदी ने ट्वीट कर कहा है कि"
        " देशवासियों को घबराने की बिल्कुल जरूरत नहीं है ।"
    )
    assert _requests(text, "2020-03-24") == [("कहा", ["public of India"])]


def test_a_dated_saying_is_read_as_the_plain_said() -> None:
    # DH-2020-MAR-05.txt: "गुरुवार को कहा" is no "को कहा" (told to), the date's को
    text = (
        "कोरोना वायरस को लेकर जारी दहशत के बीच महाराष्ट्र के मुख्यमंत्री उद्धव ठाकरे ने गुरुवार को"
        " कहा कि राज्य के लोगों को घबराने की जरूरत नहीं है ।"
    )
    art = analysed(text, "2020-03-05")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert (ev.trigger, ev.date) == ("कहा", "2020-03-05")
    assert target_names(art, ev) == ["general public of Maharashtra"]


def test_no_dative_no_request() -> None:
    # AU-2020-MAR-06.txt: nobody addressed, a remark on masks
    text = "स्वास्थ्य मंत्री डॉ. हर्षवर्धन ने कहा कि मास्क पहनने को लेकर घबराने की कोई जरूरत नहीं है ।"
    assert _requests(text, "2020-03-06") == []


def test_retold_advice_to_the_same_public_is_one_act() -> None:
    # DJ-2020-MAR-08.txt: the advice, then the same reassurance told again
    text = (
        "कोडरमा, जासं । योगगुरु स्वामी रामदेव ने देशवासियों को कोरोना वायरस से आतंकित नहीं होने की"
        " सलाह दी ।\n\nयोगगुरु ने कहा कि कोरोना से भारत के लोगों को डरने की जरूरत नहीं है ।\n"
    )
    assert [t for t, _ in _requests(text, "2020-03-08")] == ["सलाह"]


def _cut(clause: str) -> int | None:
    return no_need_cut(clause.split(" "))


def test_only_fear_makes_the_no_need_a_request() -> None:
    assert _cut("देशवासियों को घबराने की बिल्कुल जरूरत नहीं है") == 2
    assert _cut("लोगों को डरने की कोई आवश्यकता नहीं") == 2
    assert _cut("राज्यों को लॉकडाउन बढ़ाने की जरूरत नहीं है") is None
    assert _cut("घबराने की जरूरत है") is None
