"""Targets on unseen text (issue 13, round ev110): the public named by the word the text writes
for it, and the people an act told as a noun falls on, in the genitive before it."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.model import Article, Event


def events(text: str, dct: str = "2020-04-21") -> tuple[Article, list[Event]]:
    return article_events(text, dct=dct)


def one(evs: list[Event], trigger: str) -> Event:
    [ev] = [e for e in evs if e.trigger.startswith(trigger)]
    return ev


def test_the_public_written_as_people_is_named_people() -> None:
    art, evs = events("प्रधानमंत्री ने देशवासियों से अपील की कि वे घरों में ही रहें ।")
    assert target_names(art, one(evs, "अपील")) == ["people of India"]
    art, evs = events("ईरान में संक्रमण तेजी से फैल रहा है । यहां की सरकार ने लोगों को हिदायत दी है कि वे हाथ न मिलाएं ।")
    assert target_names(art, one(evs, "हिदायत")) == ["people of Iran"]


def test_the_public_no_people_word_names_stays_the_public() -> None:
    # "जनता" is the public; a lockdown's people are inferred from its place
    art, evs = events("मुख्यमंत्री ने जनता से अपील की कि वे घरों में ही रहें ।")
    assert target_names(art, one(evs, "अपील")) == ["public of India"]
    art, evs = events("केंद्र सरकार ने पूरे देश में लॉकडाउन लगा दिया है ।")
    assert target_names(art, one(evs, "लॉकडाउन")) == ["public of India"]
    # the public a measure binds is the public, whatever word the text writes for it
    art, evs = events("पंजाब सरकार ने 20 से अधिक लोगों के एकत्रित होने पर पाबंदी लगा दी है ।")
    assert target_names(art, one(evs, "पाबंदी")) == ["public of Punjab"]

