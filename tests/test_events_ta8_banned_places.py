"""Round ta8 (issue 13): a ban on an activity done in a facility names the facility as its target.

Sentences of the allowed corpus day files (short quotes) and negatives: a ban whose people are
named keeps them, a ban over a territory or a settlement names no place (the public or nobody)."""

from __future__ import annotations

from hindi_events import article_events, target_names


def _targets(text: str) -> list[list[str]]:
    art, evs = article_events(text, "2020-04-09")
    return [target_names(art, e) for e in evs if e.type == "COERCE"]


def test_the_facility_of_a_banned_activity_is_the_target() -> None:
    found = _targets(
        "तेलंगाना प्रदेश की सरकार ने वैश्विक महामारी कोरोना वायरस के मद्देनजर सार्वजनिक स्थानों और"
        " कार्यालयों में थूकने पर पाबंदी लगा दी है ।"
    )
    assert found and "public places and offices" in " ".join(found[0])
    found = _targets(
        "प्रदेश सरकार के निर्देश पर जिले में सभी सिनेमाघरों, मल्टीप्लेक्स में फिल्मों के संचालन पर"
        " 31 मार्च तक के लिए रोक लगा दी गई है ।"
    )
    assert found and "all cinemas and multiplexes" in " ".join(found[0])
    found = _targets("सरकारी विभागों में बायोमीट्रिक हाजिरी पर 31 मार्च तक रोक लगा दी गई है ।")
    assert found and "government departments" in " ".join(found[0])


def test_people_named_by_the_ban_stay_its_target() -> None:
    found = _targets("इसके साथ ही अकादमी परिसर में बाहरी व्यक्तियों के प्रवेश पर रोक लगा दी गई है ।")
    assert found == [["outsiders"]]
    assert all("premises" not in " ".join(t) for t in found)
    # whose running is banned, said by the glossary, stays the target (round ev89's reading)
    assert _targets("राज्य सरकार ने स्कूलों में कक्षाओं के संचालन पर रोक लगा दी है ।") == [["classes"]]


def test_a_territory_or_settlement_is_no_facility() -> None:
    for text in (
        "इटली की सरकार ने पूरे देश में आवाजाही पर प्रतिबंध लगा दिया है ।",
        "दिल्ली सहित कई राज्यों में बायोमीट्रिक सिस्टम से हाजिरी बनाने पर रोक लगा दी गई है ।",
        "प्रशासन ने गांव में जाने पर रोक लगा दी है ।",
    ):
        found = _targets(text)
        joined = " ".join(" ".join(t) for t in found)
        assert not any(w in joined for w in ("country", "states", "village")), (text, found)
