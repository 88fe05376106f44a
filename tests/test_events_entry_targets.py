"""Targets of bans on going in (round ev118, issue 13): a ban on going into a place names the
place visited ("शहर के सभी पार्कों में जाने पर रोक": the parks, standing for their visitors),
never a town or country, and people whose going it is stay the target; whose entry is barred
is found past an adverbial or particle before the trigger ("श्रद्धालुओं का प्रवेश पूरी तरह बंद",
"सभी लोगों का प्रवेश भी बंद"). Sentences written in the style of the news, none from a gold
file."""

from __future__ import annotations

from hindi_events import article_events, target_names


def _targets(text: str) -> list[list[str]]:
    art, evs = article_events(text, "2020-04-10")
    return [target_names(art, e) for e in evs]


def test_ban_on_going_into_a_facility_names_the_facility() -> None:
    assert _targets("प्रशासन ने शहर के सभी पार्कों में जाने पर रोक लगा दी है ।") == [["all parks"]]
    assert _targets("प्रशासन ने अस्पताल में जाने पर रोक लगा दी है ।") == [["hospital"]]


def test_ban_on_going_into_a_country_or_by_people_is_not_the_place() -> None:
    # negatives: a country is no target; whose going it is names the people
    assert _targets("सरकार ने विदेश में जाने पर रोक लगा दी है ।") == [[]]
    assert _targets("सरकार ने पर्यटकों के ताजमहल में जाने पर रोक लगा दी है ।") == [["tourists"]]


def test_whose_entry_is_barred_past_an_adverbial() -> None:
    assert _targets("प्रशासन ने मंदिर में श्रद्धालुओं का प्रवेश पूरी तरह बंद कर दिया है ।") == [
        ["devotees"]
    ]
    assert _targets("प्रशासन ने बाजार में सभी लोगों का प्रवेश भी बंद कर दिया है ।") == [["everyone"]]
