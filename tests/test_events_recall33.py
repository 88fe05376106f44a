"""Issue 13, round ev130: kinds of core events missed on the unseen tuning sets (Uf, Uh, Ug) that
recur on other allowed corpus text:

- an obligation told ("मंत्री ने कहा कि … सभी यात्रियों को … संपर्क में होना चाहिए"): the
  को-dative the "चाहिए" binds is whom the speaker urges, a REQUEST to it; a generic dative ("एक
  इलाके के लोगों को …"), a participle's object and a passive ("… किया जाना चाहिए") name nobody.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-18")


def _of(art: Article, type_: str, mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)]


def test_obligation_told_to_a_dative_is_a_request_to_it() -> None:
    art = analysed(
        "स्वास्थ्य मंत्री के के शैलजा ने कहा कि 29 फरवरी को दोहा से कोच्चि आने वाली उड़ान में "
        "यात्रा करने वाले सभी यात्रियों को स्वास्थ्य अधिकारियों के संपर्क में होना चाहिए ।"
    )
    [ev] = _of(art, "REQUEST")
    assert ev.trigger == "कहा" and role_names(art, ev, "target")[0].startswith("all passengers")
    art = analysed("भाजपा प्रवक्ता संबित पात्रा ने कहा कि कांग्रेस को इस तरह की राजनीति बंद कर सरकार का सहयोग करना चाहिए ।")
    [ev] = _of(art, "REQUEST")
    assert ev.target
    # the dative of a participle inside the clause is not whom it binds: the next one is
    art = analysed(
        "मंत्री हरदीप पुरी ने कहा कि 33 करोड़ लोगों को रोजगार देने वाले इस क्षेत्र के लिए भी "
        "सरकार को मदद करने पर विचार करना चाहिए ।"
    )
    [ev] = _of(art, "REQUEST")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["सरकार"]


def test_obligation_with_nobody_bound_stays_an_opinion() -> None:
    # a generic dative: a norm for anyone
    art = analysed("अधिकारी दम्मू रवि ने कहा कि एक इलाके के लोगों को दूसरे इलाके में नहीं जाना चाहिए ।")
    assert not _of(art, "REQUEST")
    # a passive: nobody bound
    art = analysed("मुख्यमंत्री ने कहा कि मजदूरों को घर भेजने का इंतजाम किया जाना चाहिए ।")
    assert not _of(art, "REQUEST")
    # no dative at all
    assert not _of(analysed("मुख्यमंत्री ने कहा कि लॉकडाउन जारी रहना चाहिए ।"), "REQUEST")
