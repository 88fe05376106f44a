"""Issue 13, round sa3: two kinds of a second unbiased source audit (120 random events of the
280 allowed corpus/hindi-covid-2020 day files, seed 3452), on real sentences, with negatives:

- a reported clause's own ने-agent with a genitive owner ("कहा कि राज्य के वरिष्ठ राजनीतिक
  नेताओं ने … समर्थन दिया है") is the act's source, not the speaker
  (:func:`khabar.events.agent_anaphora._owned_from`);
- a later item's dateline of two towns typed with a glued slash ("जागरण संवाददाता,
  बक्सर/डुमरांव(बक्सर) :") after a credit dateline ("लखनऊ, जेएनएन ।") opens a new item
  (:func:`khabar.events.actor_context._glued_slash`)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from khabar.events.actor_context import _glued_slash

from .hindi_events import analyser

analysed = analyser("2020-04-30")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return ev.source


# DH-2020-ARP-30.txt: a chief minister reports the leaders' support
_KHATTAR = (
    "हरियाणा के मुख्यमंत्री मनोहर लाल खट्टर ने कोविड-19 की स्थिति पर गुरुवार को एक सर्वदलीय बैठक की"
    " अध्यक्षता की और कहा कि राज्य के वरिष्ठ राजनीतिक नेताओं ने संकट से निपटने के लिए सरकार द्वारा"
    " उठाए गए कदमों को पूरा समर्थन दिया है ।"
)


def test_an_owned_agent_of_a_reported_clause_is_its_source() -> None:
    assert _sources(_KHATTAR, "समर्थन") == ["text:राज्य के वरिष्ठ राजनीतिक नेताओं"]


def test_an_agent_with_no_owner_is_read_as_before() -> None:
    # round ev42's own case: a genitive pronoun before the agent is left out
    text = "गोबिंदा ने बताया कि उन्हें उनकी पत्नी ने घर में प्रवेश करने से मना कर दिया ।"
    assert _sources(text, "से मना") == ["text:पत्नी"]


def test_a_chain_of_owners_keeps_the_speaker() -> None:
    # "X के Y के Z ने": which words are the agent is unclear, the speaker stays
    text = (
        "मनोहर लाल खट्टर ने कहा कि राज्य के सभी जिलों के वरिष्ठ नेताओं ने सरकार के कदमों को पूरा"
        " समर्थन दिया है ।"
    )
    assert _sources(text, "समर्थन") == ["kb:person/manohar-lal-khattar"]


# DJ-2020-ARP-18.txt: a Lucknow report, then a Buxar item under a two-town dateline
_BUXAR = (
    "कसाई बाड़ा से निकलकर हाता रामदास पहुंचा कोरोना\n\n"
    "लखनऊ, जेएनएन । यूपी के सबसे बड़े हॉट स्पॉट सदर बाजार के कसाई बाड़ा में पुलिस की चूक ने"
    " कोरोना वायरस का दायरा बढ़ा दिया ।\n\n"
    "जागरण संवाददाता, बक्सर/डुमरांव(बक्सर) : जिले के डुमरांव अनुमंडल अंतर्गत नया भोजपुर गांव में"
    " कोरोना पॉजिटिव का मामला सामने आने के बाद प्रशासन पूरी तरह अलर्ट मोड में आ गया है ।"
    " हालांकि, अनुमंडल प्रशासन द्वारा डॉक्टर को क्वारंटाइन के लिए जिला मुख्यालय भेज दिया गया है ।"
)


def test_a_glued_slash_dateline_opens_a_new_item() -> None:
    art = analysed(_BUXAR, dct="2020-04-18")
    [ev] = [e for e in art.events if e.mode == "quarantine"]
    assert ev.source == ["actor:Buxar district administration"]


def _token(text: str, start: int) -> Any:
    return SimpleNamespace(text=text, start=start, end=start + len(text))


def test_glued_slash_needs_the_slash_right_after_the_place() -> None:
    tok = _token("बक्सर/डुमरांव", 20)
    assert _glued_slash(tok, SimpleNamespace(start=20, end=25))  # "बक्सर" then "/"
    assert not _glued_slash(tok, SimpleNamespace(start=26, end=33))  # "डुमरांव" ends the token
    assert not _glued_slash(_token("बक्सर", 20), SimpleNamespace(start=20, end=25))


def test_a_credit_dateline_makes_a_later_dateline_an_item(shared_data: Path) -> None:
    # the day file itself: its Lucknow credit line ("लखनऊ, जेएनएन ।" a line of its own) and the
    # Buxar item after it; without the credit counted as the first dateline the Buxar dateline
    # was read as the story's own and the subdivision's quarantine stayed Lucknow's
    from khabar.clean.stage import read_clean
    from khabar.config import Config
    from khabar.pipeline import run_local

    path = shared_data / "corpus/hindi-covid-2020/Corpora/Dainik Jagran/DJ-2020-APR/DJ-2020-ARP-18.txt"
    if not path.is_file():
        pytest.skip(f"corpus day file not found at {path}")
    config = Config()
    stages = ["lang", "entities", "time", "events"]
    art = next(iter(run_local(read_clean([str(path)], config), config, stages, given=("blocks",))))
    [ev] = [
        e for e in art.events
        if e.mode == "quarantine" and "अनुमंडल प्रशासन द्वारा डॉक्टर" in art.text[e.evidence_start : e.evidence_end]
    ]
    assert ev.source == ["actor:Buxar district administration"]
