"""Issue 13, round pl2 (places from outside the act's story): a live blog's timestamp line opens
a new item, and the places the items before named are not its own (:mod:`khabar.events.live_items`).
Sentences from the allowed corpus day files (AU-2020-MAR-29.txt, PK-2020-MAR-04.txt); the
negatives are the near-misses read on them: an item whose own heading and report name its place
keeps it, and a report's next line with no timestamp goes on in the same place."""

from __future__ import annotations

from khabar.events.live_items import stamped
from khabar.model import Article, Event

from .hindi_events import analyser, one_event, role_names

analysed = analyser("2020-03-28")

# AU-2020-MAR-29.txt: Amar Ujala's live blog, the Gujarat item two items before the Centre's
_GUJARAT_ITEM = (
    "04:21 PM, 28-MAR-2020\n"
    "गुजरात में अब तक चार लोगों की मौत\n"
    "गुजरात में अब तक चार लोगों की मौत हो गई है । अहमदाबाद में दो लोगों की और सूरत व भावनगर में"
    " एक-एक व्यक्ति की मौत हो चुकी है ।\n"
)
_CENTRES_ITEM = (
    "केंद्र सरकार ने राज्यों के लिए जारी किए हेल्पलाइन नंबर\n"
    "केंद्र सरकार ने कोरोना वायरस के संक्रमण के बीच लोगों को मदद पहुंचाने के लिए हेल्पलाइन नंबर"
    " जारी किए हैं । सभी राज्यों के लिए केंद्र की ओर से अलग-अलग नंबर जारी किए गए हैं ।\n"
)
# PK-2020-MAR-04.txt: Prabhat Khabar's live blog, a Maharashtra item, then a national one
_MAHARASHTRA_ITEM = (
    "Wed, Mar 4, 2020, 9:34 AM IST\n"
    "महाराष्ट्र में भी कोरोना वायरस से संक्रमित 6 संदिग्ध\n"
    "दिल्ली और आगरा के बाद अब महाराष्ट्र में भी कोरोना वायरस से संक्रमित 6 संदिग्ध मिले हैं."
    " राज्य के स्वास्थ्य मंत्री राजेश टोपे ने यह जानकारी दी. इन 6 में से 2 संदिग्धों को पुणे और"
    " बाकी 4 को मुंबई में अलग निगरानी में रखा गया है. इनमें से एक संदिग्ध चंद्रपुर जिले के वरोरा"
    " गांव का रहने वाला बताया जा रहा है.\n"
)
_NATIONAL_ITEM = (
    "बरती जा रही विशेष सतर्कता\n"
    "देश में कोरोना वायरस से ग्रसित नए मरीजों के सामने आने के बाद सरकार इसे फैलने से रोकने की हर"
    " संभव कोशिश में जुटी है. इसके तहत वायरस से ग्रसित व्यक्ति के संपर्क में आने वाले एक-एक"
    " व्यक्ति और फिर उन व्यक्तियों के संपर्क में आने वालों तक निगरानी रखी जा रही है. उनमें से"
    " किसी में भी वायरस से संक्रमण की आशंका पाए जाने पर उन्हें अलग-थलग बार्ड में विशेष निगरानी"
    " में रख दिया गया है. इसके लिए केंद्रीय स्वास्थ्य मंत्रालय से लेकर जिला व स्थानीय प्रशासन तक"
    " की ईकाई को सक्रिय कर दिया गया है.\n"
)


def _told(art: Article, words: str) -> Event:
    """The one event whose evidence holds ``words``."""
    [ev] = [e for e in art.events if words in art.text[e.evidence_start : e.evidence_end]]
    return ev


def test_the_centres_helpline_after_a_gujarat_item_is_not_gujarats() -> None:
    text = _GUJARAT_ITEM + "03:52 PM, 28-MAR-2020\n" + _CENTRES_ITEM
    art = analysed(text)
    ev = one_event(art.events, "हेल्पलाइन नंबर")
    assert role_names(art, ev, "source") == ["Government of India"]
    assert "Gujarat" not in " ".join(role_names(art, ev, "target"))


def test_an_agentless_watch_in_a_national_item_is_not_the_last_districts() -> None:
    text = _MAHARASHTRA_ITEM + "Wed, Mar 4, 2020, 9:29 AM IST\n" + _NATIONAL_ITEM
    art = analysed(text, "2020-03-04")
    ev = _told(art, "अलग-थलग")
    assert role_names(art, ev, "source") == ["Ministry of Health and Family Welfare of India"]


def test_an_item_naming_its_own_place_keeps_it() -> None:
    text = _MAHARASHTRA_ITEM + "Wed, Mar 4, 2020, 9:29 AM IST\n" + _NATIONAL_ITEM
    art = analysed(text, "2020-03-04")
    ev = _told(art, "बाकी 4")
    assert role_names(art, ev, "source") == ["Maharashtra health department"]


def test_with_no_timestamp_the_item_before_goes_on() -> None:
    # the same national lines glued to the Maharashtra report with no time line between them:
    # nothing says a new item opens, and the context is left as main read it
    text = _MAHARASHTRA_ITEM + _NATIONAL_ITEM
    art = analysed(text, "2020-03-04")
    ev = _told(art, "अलग-थलग")
    assert role_names(art, ev, "source") != ["Ministry of Health and Family Welfare of India"]


def test_the_two_timestamp_styles_and_not_a_time_in_a_sentence() -> None:
    assert stamped("x\n04:21 PM, 28-MAR-2020\ny", 0, 30)
    assert stamped("x\nWed, Mar 4, 2020, 9:34 AM IST\ny", 0, 40)
    assert not stamped("शाम 04:21 PM, 28-MAR-2020 को बैठक हुई\n", 0, 40)
    assert not stamped("x\n04:21 PM, 28-MAR-2020\ny", 25, 30)
