"""Round rv20 (issues 13, 16): a review of the session's rounds ev136-ev142 and sp9.

- A genitive's people before an act told as a noun (round ev136, `possessors.people_of_the_noun`)
  that the act already holds in another role are not its target too: "डॉक्टरों की एक टीम भी
  वहां पहुंच गयी थी" (the doctors are the team that went, its source) and "… ने … आला
  अधिकारियों की बैठक में …" (the officials are the meeting's partners) each came out with the
  same phrase as a target argument beside it (allowed corpus day files, seed 23). The team's
  arrival is no event at all since round ev143 (`nonacts.drop_nonacts`: a team named by its
  members is no body visiting), so only the meeting's case is tested here."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-20")


def _spans(ev: Event, role: str) -> list[tuple[int, int]]:
    return [(a.start, a.end) for a in ev.arguments if a.role == role]


def test_a_meetings_partners_are_not_its_target_too() -> None:
    art = analysed(
        "अहमदाबाद के विशेष अधिकारी डॉ राजीव गुप्ता ने अहमदाबाद में महानगर पालिका के आला"
        " अधिकारियों की बैठक में फीडबैक मांगा ।"
    )
    [ev] = events_of(art, "CONSULT", "meeting")
    partners = _spans(ev, "partner")
    assert partners
    assert not set(partners) & set(_spans(ev, "target"))


def test_whose_pension_stays_the_target() -> None:
    # the genitive no other role holds is still whom the act falls on (round ev136)
    art = analysed("इसके साथ ही बुजुर्ग, विधवा और दिव्यांग लोगों की पेंशन दोगुनी कर दी जाएगी ।")
    [ev] = events_of(art, "AID")
    assert _spans(ev, "target") and len(ev.target) == 1
