"""Round ev184 (issue 13): a body written with its short name in brackets after its Hindi name
has an English name: the body the actor dictionary or the KB knows by the short name, else its
own words where each can be said, else its initials; and English words Hindi news writes in
Devanagari inside bodies' names. Sentences quoted from the allowed corpus day files."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events.names import _aside, _short_name, english_names
from khabar.model import Article
from khabar.pipeline import run_local


def _bodies(text: str) -> dict[str, str | None]:
    """Each organisation actor named by its Hindi name (not the bracketed short name the
    tagger keeps a mention of its own) -> its English name."""
    art = Article(id="t", text=text, language="hi", dct="2020-03-08", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return {
        ident: english_names(art, ev).get(ident)
        for ev in art.events
        for ident in ev.source + ev.target
        if ident.startswith("name:organization:")
    }


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # PK-2020-MAR-08 and NT-2020-MAR-08: the Hindi name had no English at all before; its
        # words cannot all be said, so the initials in brackets name it
        ("इसके अलावा मंत्रालय ने झज्जर में राष्ट्रीय कैंसर संस्थान (एनसीआई) से कहा है कि वह अपनी "
         "पृथक बिस्तर क्षमता को वर्तमान में 25 सीटों से बढ़ाकर 125 कर दे ।", "NCI"),
        # AU-2020-MAR-27: English words in Devanagari (the round's loan words), said in full
        ("साथ ही भारत इलेक्ट्रॉनिक्स लिमिटेड (बीईएल) से भी एक से दो महीने के अंदर 30,000 "
         "अतिरिक्त वेंटिलेटर खरीदने का अनुरोध किया गया है ।", "Bharat Electronics Limited"),
    ],
)
def test_a_body_with_its_short_name_in_brackets_is_named(text: str, english: str) -> None:
    assert list(_bodies(text).values()) == [english]


def test_the_short_name_a_dictionary_knows_gives_its_body() -> None:
    assert _aside("इंडिया इंस्टीट्यूट ऑफ मेडिकल साइंसेज ( एम्स )") == (
        "इंडिया इंस्टीट्यूट ऑफ मेडिकल साइंसेज", "एम्स")
    assert _short_name("एम्स") == "All India Institute of Medical Sciences"
    assert _short_name("SAARC") == "SAARC"  # the KB's
    assert _short_name("WHO") == "World Health Organization"


def test_no_short_name_no_guess() -> None:
    assert _aside("एलएंडटी )") == ("एलएंडटी )", None)  # a stray bracket, no short name
    assert _aside("( एम्स )") == ("( एम्स )", None)  # nothing before it
    assert _short_name("यह") is None  # a word, no initials
    assert _short_name("UP") is None  # two letters: too short to be told from a word
    assert _short_name("Covid") is None  # a Latin word, no initials


def test_the_kb_body_of_the_short_name_names_the_hindi_name() -> None:
    # DJ-2020-MAR-16, its meeting turned into an appeal: since round ev187 the name and its
    # bracket are one unit, and the bracket's KB body is the party itself (the meeting the day
    # file tells, "… (SAARC) के देशों के साथ बैठक करना …", had SAARC twice and no other party,
    # and is no event now)
    text = ("कांग्रेस के वरिष्ठ नेता कपिल सिब्बल ने कहा कि दक्षिण एशियाई देशों के संगठन (SAARC) ने "
            "सदस्य देशों से अपील की ।")
    art = Article(id="t", text=text, language="hi", dct="2020-03-08", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    [ev] = art.events
    assert ev.source == ["kb:org/saarc"]
    assert english_names(art, ev)["kb:org/saarc"] == "SAARC"


def test_a_hindi_name_without_a_short_name_stays_unnamed() -> None:
    # the rule reads a bracket after the name only: a body with none keeps no English
    text = "इसके अलावा मंत्रालय ने झज्जर में राष्ट्रीय कैंसर संस्थान से कहा है कि वह क्षमता बढ़ाए ।"
    assert set(_bodies(text).values()) <= {None}


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        # DJ-2020-MAR-27 (and five other day files); PK-2020-MAY-04
        ("यूएस सेंटर फॉर डिजीज कंट्रोल एंड प्रीवेंशन", "US Centre for Disease Control and Prevention"),
        ("इंडियन एसोसिएशन फॉर कल्टिवेशन ऑफ साइंस", "Indian Association for Cultivation of Science"),
    ],
)
def test_english_words_in_devanagari_name_a_body(hindi: str, english: str) -> None:
    from khabar.events.names import _organisation_name
    from khabar.model import Mention

    assert _organisation_name([Mention(0, len(hindi), hindi, "ORGANIZATION")]) == english


def test_an_acronym_agent_carried_to_a_second_verb_keeps_its_initials() -> None:
    # AU-2020-MAR-11's Thrissur report: the DMO complained and alleged; the second act's agent
    # has no argument of its own and had no English name, the first's had "DMO"
    text = ("आधिकारिक सूत्रों ने बताया कि त्रिशूर के जिला चिकित्सा अधिकारी (डीएमओ) ने कलक्टर से शीनू "
            "श्यामलन की शिकायत की थी और आरोप लगाया था कि श्यामलन स्वास्थ्य अधिकारियों को बदनाम कर "
            "रही हैं ।")
    art = Article(id="t", text=text, language="hi", dct="2020-03-08", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    named = [english_names(art, ev).get(i) for ev in art.events for i in ev.source if i.startswith("doc:")]
    assert named and set(named) == {"DMO"}
