"""A measure the sentence says comes from the Centre (round ev33, issue 13): "केंद्र सरकार के
दिशा-निर्देशों के अनुसार", "गृह मंत्रालय की ओर से", "आईसीएमआर के निर्देश के आधार पर" make the
guessed issuer of an agentless measure the Government of India, not the article's district, state
or police. Sentences written for these tests in the manner of corpus/hindi-covid-2020."""

from __future__ import annotations

from khabar.config import Config
from khabar.events.issuer import central_rule
from khabar.model import Article
from khabar.pipeline import run_local

INDIA = ["actor:Government of India"]


def sources(text: str, dct: str = "2020-04-20") -> list[list[str]]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [ev.source for ev in art.events]


def test_ministry_as_agent_of_a_passive_cancellation() -> None:
    got = sources(
        "नई दिल्ली । गृह मंत्रालय की ओर से बताया गया कि नियमों का उल्लंघन करने वाले 120 विदेशी "
        "नागरिकों के वीजा रद्द कर दिए गए हैं ।"
    )
    # round ev42: the Union ministry the sentence names, more specific than the Union government
    assert ["actor:Ministry of Home Affairs of India"] in got
    assert ["actor:Government of Delhi"] not in got


def test_closure_on_icmr_instructions_in_a_district_story() -> None:
    got = sources(
        "रांची । शहर की एक जांच लैब का कर्मचारी संक्रमित मिला है । आईसीएमआर के निर्देश के आधार पर "
        "लैब को तीन दिनों के लिए बंद कर दिया गया है ।"
    )
    # round ev93: on whose direction it was done ("X के निर्देश के आधार पर", as "X के निर्देश पर")
    # is its source: the national body the sentence names, more specific than the Union
    # government (as the ministry of round ev42 is)
    assert ["actor:Indian Council of Medical Research"] in got
    assert ["actor:Ranchi district administration"] not in got


def test_what_is_not_a_central_rule() -> None:
    assert central_rule("केंद्र सरकार के दिशा-निर्देशों के अनुसार दुकानें खोली जाएंगी")
    assert central_rule("भारत सरकार के स्वास्थ्य मंत्रालय और डीजीसीए की ओर से एडवाइजरी जारी की गई")
    assert not central_rule("क्वारंटीन केंद्र के अनुसार 40 लोगों को भर्ती किया गया")  # a facility
    assert not central_rule("केंद्र सरकार ने कहा कि राज्यों को छूट दी जाएगी")  # the Centre speaks
    assert not central_rule("दोषियों पर एनडीएमए एक्ट के तहत कार्रवाई की जाएगी")  # a law, applied locally
    assert not central_rule("रेड जोन के लिए केंद्र द्वारा निर्धारित छूट दिल्ली में दी जाएगी")


def test_district_measure_without_a_central_word_stays_local() -> None:
    got = sources(
        "रांची । हिंदपीढ़ी में एक और संक्रमित मिलने के बाद पूरे इलाके को सील कर दिया गया है ।"
    )
    assert got and INDIA not in got
