"""Issue 13, round nm15: actors with no English name. A body the KB lacks named in common nouns
("नगर विकास एवं आवास विभाग" = Urban Development and Housing Department, :mod:`khabar.events.
body_names`), and text actors whose head only the naming-only glossary lacked ("इलाको", "लोगो",
"उस रास्ते"). Real sentences (the allowed corpus day files named) and the negatives the reading found:
a modifier the gloss would drop, a word no glossary knows, a group or a person tagged as a body,
a junk phrase."""

from __future__ import annotations

from khabar.events.body_names import body_name
from khabar.events.name_glosses import named_phrase
from khabar.model import Mention

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-05-04")


def _names(text: str, kind: str, role: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    return [n for e in events_of(art, kind) for n in role_names(art, e, role)]


def _org(text: str) -> list[Mention]:
    return [Mention(start=0, end=len(text), text=text, type="ORGANIZATION")]


def test_department_with_joined_modifiers() -> None:
    # DH-2020-MAY-04.txt
    text = (
        "कोरोना महामारी को देखते हुए नगर विकास एवं आवास विभाग ने पूर्व के फैसले को तत्काल "
        "स्थगित करते हुए यह फैसला लिया है ।"
    )
    assert _names(text, "COERCE", "source", "2020-05-04") == [
        "Urban Development and Housing Department"
    ]


def test_bureau_and_ministry() -> None:
    # NT-2020-MAR-11.txt
    assert body_name(_org("आव्रजन ब्यूरो")) == "Immigration Bureau"
    assert body_name(_org("केंद्रीय सड़क परिवहन एवं राजमार्ग मंत्रालय")) == (
        "Central Road Transport and Highways Ministry"
    )
    # NT-2020-MAR-07.txt, PK-2020-MAR-14.txt: a body is one, its name in title case
    assert body_name(_org("ड्रग विभाग")) == "Drug Department"
    assert body_name(_org("नोएडा मेट्रो कॉरपोरेशन")) == "Noida Metro Corporation"
    assert body_name(_org("दिल्ली विश्वविद्यालय")) == "Delhi University"


def test_no_body_name() -> None:
    # a modifier the gloss drops ("गृह" alone is no glossary word): never a bare "Ministry"
    assert body_name(_org("गृह मंत्रालय")) is None
    # a word no glossary knows (PK-2020-MAR-19.txt "रिम्स प्रबंधन", AU-2020-ARP-09.txt)
    assert body_name(_org("रिम्स प्रबंधन")) is None
    # (round nm17: the naming-only glossary now says "पुलित्जर पुरस्कार" and बोर्ड, so
    # "पुलित्जर पुरस्कार बोर्ड" is the Pulitzer Prize Board: tests/test_events_nm17.py)
    # a person tagged as a body (AU-2020-MAR-11.txt), a group of countries (PK-2020-MAR-14.txt)
    assert body_name(_org("डायरेक्टर हेल्थ डॉ. जी दीवान")) is None
    assert body_name(_org("लातिन अमेरिकी देशों")) is None
    # a place's mention is no body's
    place = [Mention(start=0, end=8, text="ड्रग विभाग", type="LOCATION")]
    assert body_name(place) is None


def test_text_heads_of_the_naming_glossary() -> None:
    # NT-2020-MAY-04.txt, DJ-2020-MAR-21.txt: the texts' spellings of इलाकों and लोगों
    assert named_phrase("इलाको") == "areas"
    assert named_phrase("लोगो") == "people"
    # DJ-2020-ARP-18.txt
    assert named_phrase("उस रास्ते") == "the route"
    # junk stays without English (AU-2020-ARP-05.txt "उसके आसपास"; "पास" there is passes, but
    # alone it is as often "near", round gl1); "जिले" stays out: "गृह जिले में लौटने वालों" would
    # read "people returning in district"
    assert named_phrase("उसके आसपास") is None
    assert named_phrase("पास") is None
    assert named_phrase("उस जिले") is None
