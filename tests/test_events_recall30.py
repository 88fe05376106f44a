"""Issue 13, round ev96 (session 9): kinds of core events missed on the unseen set Td (12 articles
of allowed corpus days, annotated fast by someone who never ran khabar) that recur on other corpus
text:

- people kept apart, the plain word for isolation ("… यात्रियों को 14 दिनों तक अलग-थलग रखा जाएगा",
  "… लोगों को उनके घरों में अलग रखा गया है"), with रख only;
- work done together with a partner, under way ("भारत ग्लोबल पार्टनर्स के साथ काम कर रहा है"),
  the progressive only, and not where the "साथ" names a manner ("जिम्मेदारी के साथ").

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


# ---- kept apart -------------------------------------------------------------------------------


def test_people_kept_apart_are_isolated() -> None:
    art = analysed("स्वास्थ्य विभाग ने कहा कि इटली से लौटे 30 यात्रियों को 14 दिनों तक अलग-थलग रखा जाएगा ।")
    assert [(e.mode, e.modality) for e in _of(art, "COERCE")] == [("quarantine", "planned")]
    art = analysed("जांच के बाद गांव के सभी 12 लोगों को उनके घरों में अलग रखा गया है ।")
    assert [e.mode for e in _of(art, "COERCE")] == ["quarantine"]
    art = analysed("रिपोर्ट आने के बाद उस युवक को अस्पताल में अलग थलग रखा गया ।")
    assert [e.mode for e in _of(art, "COERCE")] == ["quarantine"]


def test_apart_without_keeping_or_anyone_kept_is_no_isolation() -> None:
    # "अलग-अलग" is "various"; "अलग किया" also separates areas; "अलग रखकर" sets a matter aside
    art = analysed("राज्यों में अलग-अलग नियम लागू हैं और लोग परेशान हैं ।")
    assert not [e for e in art.events if e.mode == "quarantine"]
    art = analysed("प्रभावित इलाकों को चिन्हित करके अलग किया जाए ।")
    assert not [e for e in art.events if e.mode == "quarantine"]
    art = analysed("इस बात को अलग रखकर देखें तो जिले की स्थिति ठीक है ।")
    assert not [e for e in art.events if e.mode == "quarantine"]
    # nobody named whom it keeps apart
    art = analysed("इस दौरान अस्पताल में अलग रखे गए वार्ड की सफाई की गई ।")
    assert not [e for e in art.events if e.mode == "quarantine"]


# ---- working together -------------------------------------------------------------------------


def test_work_with_a_partner_under_way_is_cooperation() -> None:
    art = analysed("जापान टीका बनाने के लिए जर्मनी के साथ मिलकर काम कर रहा है ।")
    assert [(e.mode, e.modality) for e in _of(art, "COOPERATE")] == [("work_with", "ongoing")]
    art = analysed("राज्य सरकार इस महामारी से निपटने के लिए केंद्र सरकार के साथ काम कर रही है ।")
    assert [e.mode for e in _of(art, "COOPERATE")] == ["work_with"]


def test_work_as_a_habit_appeal_wish_or_manner_is_no_cooperation() -> None:
    # a colleague's habit, an appeal, a wish
    art = analysed("संक्रमित नर्स एक दूसरे डॉक्टर के साथ काम करती है ।")
    assert not _of(art, "COOPERATE")
    art = analysed("सरकार और समाज एक दूसरे के साथ मिलकर काम करें ।")
    assert not _of(art, "COOPERATE")
    art = analysed("हम केंद्र सरकार के साथ काम करने के लिए तैयार हैं ।")
    assert not _of(art, "COOPERATE")
    # how the work is done, not with whom
    art = analysed("मुख्यमंत्री ने कहा कि सभी विभाग जिम्मेदारी के साथ काम कर रहे हैं ।")
    assert not _of(art, "COOPERATE")
    art = analysed("जिला प्रशासन और पुलिस पूरे समन्वय के साथ काम कर रहे हैं ।")
    assert not _of(art, "COOPERATE")
    # workers at work, nobody beside them
    art = analysed("फैक्ट्री में मजदूर काम कर रहे हैं और साथ में मास्क भी पहन रहे हैं ।")
    assert not _of(art, "COOPERATE")
