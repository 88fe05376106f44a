"""Round dt9 (issue 13): an undated act that happened takes the day of the same actor's dated
act earlier in its paragraph once the actors are resolved (`events.resolved_actor_dates`): the
bare "बोर्ड ने" after "… श्राइन बोर्ड … ने रविवार को …"; another actor's act, a new paragraph and a
sentence that tells a day of its own leave the act as it was."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event

# DH-2020-MAR-15.txt (allowed corpus day file), line 29
_ADVISED = (
    "वैष्णो देवी तीर्थ का प्रबंधन करने वाले श्री माता वैष्णो देवी श्राइन बोर्ड (एसएमवीडीएसबी) ने"
    " रविवार को परामर्श जारी कर प्रवासी भारतीयों और विदेशियों को भारत आने के 28 दिन बाद तक मंदिर"
    " नहीं आने को कहा ।"
)
_ALSO_ASKED = (
    " बोर्ड ने उन घरेलू श्रद्धालुओं जिनमें खांसी, बुखार और सांस लेने में परेशानी के लक्षण है"
    " उन्हें भी अपनी यात्रा स्थगित करने को कहा ।"
)


def _second(events: list[Event], start: int) -> Event:
    """The REQUEST told in the second sentence (its trigger at or after ``start``)."""
    [ev] = [e for e in events if e.type == "REQUEST" and e.trigger_start >= start]
    return ev


def test_the_boards_further_request_takes_the_sunday_of_its_advisory() -> None:
    _, events = article_events(_ADVISED + _ALSO_ASKED, "2020-03-15")
    ev = _second(events, len(_ADVISED))
    assert ev.date == "2020-03-15"
    assert ev.date_basis is not None and ev.date_basis.startswith("paragraph: ")


def test_a_new_paragraph_leaves_the_request_undated() -> None:
    _, events = article_events(_ADVISED + "\n" + _ALSO_ASKED.strip(), "2020-03-15")
    assert _second(events, len(_ADVISED)).date is None


def test_another_actors_act_takes_no_day() -> None:
    # NT-2020-MAR-24.txt (allowed corpus day file): the Centre's dated declaration, then Odisha's
    centre = "केंद्र सरकार ने कोरोना वायरस को 14 मार्च को ही राष्ट्रीय आपदा घोषित किया था ।"
    odisha = " उत्तर प्रदेश के अलावा ओडिशा भी कोरोना वायरस को आपदा घोषित कर चुका है ।"
    _, events = article_events(centre + odisha, "2020-03-24")
    later = [e for e in events if e.trigger_start >= len(centre)]
    assert later and all(e.date is None for e in later)


def test_a_day_of_its_own_sentence_is_kept() -> None:
    # written: the request's own sentence tells its day, which the earlier Sunday must not replace
    own = " बोर्ड ने सोमवार को घरेलू श्रद्धालुओं को भी अपनी यात्रा स्थगित करने को कहा ।"
    _, events = article_events(_ADVISED + own, "2020-03-17")
    assert _second(events, len(_ADVISED)).date == "2020-03-16"
