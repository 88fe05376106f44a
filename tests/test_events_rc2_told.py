"""Issue 13, round rc2: a passive appeal or "told to" made of a named group of people, its issuer
unnamed ("सभी संक्रमितों के परिवार को भी सावधानी बरतने को कहा गया है"), is the authority's request
(:mod:`khabar.events.told_groups`); the public at large, a pronoun's antecedent, an addressee
outside the clause and a group told to isolate (a measure) stay out."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-27")


def _requests(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "REQUEST" and e.source]


def test_people_told_to_do_something_stay_no_request() -> None:
    # rounds ev16 and rv24 (tests/test_events_rv24.py): "को कहा गया" to people is no request
    assert not _requests(analysed("सभी संक्रमितों के परिवार को भी सावधानी बरतने को कहा गया है ।"))
    assert not _requests(analysed("सभी निर्यातकों से अपनी राय देने को कहा गया है ।"))


def test_the_people_of_a_place_or_a_patient_told_are_a_group() -> None:
    # NT-2020-MAR-27.txt (a patient's neighbours: a core COERCE of the tuning set Vu, a
    # REQUEST accepted)
    art = analysed("आसपास के लोगों को क्वारंटाइन का पालन करने की हिदायत दी गई है ।")
    [ev] = _requests(art)
    assert ev.trigger == "हिदायत" and ev.mode == "appeal"
    # DH-2020-MAR-10.txt (a core REQUEST of the tuning set Vo)
    art = analysed(
        "स्वास्थ्य विभाग के तरफ से ईरान के लोगों से कहा गया है कि वे अपने घरों में ही रहें ।"
    )
    [ev] = [e for e in _requests(art) if e.trigger == "कहा"]
    assert "public of Iran" in target_names(art, ev)


def test_the_public_at_large_a_pronoun_or_another_clause_stay_out() -> None:
    # the public at large, no genitive: the guessed issuer and "the public" would be all it says
    assert not _requests(analysed("लोगों को घरों में रहने की हिदायत दी गई है ।"))
    assert not _requests(analysed("लोगों को घरों पर रहने की सलाह दी जा रही है ।"))
    # a group told to isolate: a measure the gold codes COERCE (round ev16; NT-2020-MAR-04.txt)
    assert not _requests(
        analysed("हालांकि सभी 6 लोगों को अगले 14 दिन के लिए अपने-अपने घर में अलग थलग रहने को कहा गया है ।")
    )
    # "सभी को": all of whom, said before
    assert not _requests(analysed("सभी को 14 दिनों के लिए घर पर क्वारंटाइन में रहने की सलाह दी गई है ।"))
    # a pronoun is the addressee; the officials are whom they are to tell (NT-2020-MAR-03.txt)
    assert not _requests(analysed("कोरोना के लक्षण आने पर उन्हें तुरंत अधिकारियों को बताने को कहा गया है ।"))
    # the marked noun is a relative clause's, the addressee a genitive's head (NT-2020-MAR-04.txt)
    assert not _requests(
        analysed(
            "सूत्रों ने बताया कि जिस विमान से दिल्ली का शख्स भारत आया था, उस विमान के सभी क्रू"
            " मेंबर्स को 14 दिनों तक अपने घर में अलग रहने को कहा गया है ।"
        )
    )
    # with its agent named the request stays the agent's (no issuer inferred)
    art = analysed("प्रशासन ने सभी 6 लोगों को घर में अलग रहने को कहा है ।")
    [ev] = _requests(art)
    assert ev.source == ["actor:district administration"]
