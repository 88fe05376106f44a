"""Issue 13, round cl1 (sentences lost before the events stage): a dash-led bullet of a bulleted
story that lost its final danda is body when its clause is finite (an auxiliary, a perfective verb
after "ने", or a sentence closed before a ": Source" tail), so its event is found
(:mod:`khabar.clean.bullets`). Real lines of the allowed corpus day files, with the near-misses
the rule must leave alone (captions, future-tense decision lists, data rows, signatures, link
lists)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.bullets import finite_clause
from khabar.clean.stage import clean_one, read_clean
from khabar.config import Config
from khabar.model import Article

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-05")

# DH-2020-ARP-05.txt, a live page of bullets: two carry their danda, the last lost it
BUXAR = ("- बक्सर में दीप, फ़्लैश लाइट के अलावे लालटेन भी जलाये गए । यहाँ भी लोगों का उत्साह"
         " देखते बनता था । ")
PATNA = ("- राजधानी पटना के कई इलाकों में रात के 9 बजते ही गलियों, बालकनियों, छतों पर दीया जलाकर"
         " कोरोना वायरस के खिलाफ एकजुटता दिखाई गई । लोगों ने घरों की बत्तियां बुझा दीं ।")
CHOUBEY = ("-  केंद्रीय स्वास्थ्य राज्यमंत्री अश्विनी चौबे ने भी दीप जलाकर पीएम मोदी के आह्वान का"
           " समर्थन किया ")
CAPTION = "- औरंगाबाद में ड्यूटी पर तैनात जवान इस तरह से दीप जलाया"
# DH-2020-ARP-13.txt, a live page of wire updates closed by their source
PUDUCHERRY = ("- पुडुचेरी मंत्रिमंडल ने 30 अप्रैल तक पुडुचेरी में लॉकडाउन बढ़ाने को मंजूरी दे दी है:"
              " मुख्यमंत्री वी. नारायणसामी #COVID19")
BENGAL = ("- आज तक पश्चिम बंगाल में 110 सक्रिय #COVID19 मामले हैं और कोरोना वायरस के कारण 7 मौतें"
          " हुई हैं: राज्य स्वास्थ्य और परिवार कल्याण विभाग")
ASSAM = ("- असम में अब तक 3209 नमूने टेस्ट किए गए हैं । लगभग 85,582 PPE (पर्सनल प्रोटेक्टिव"
         " इक्विपमेंट) मास्क और 56 लाख से अधिक ट्रिपल-लेयर्ड मास्क हमारे पास हैं: असम के स्वास्थ्य"
         " मंत्री हिमंत बिस्वा सरमा (फाइल तस्वीर) #COVID19")
# AU-2020-MAR-16.txt: a cabinet's decisions in the future tense (no act yet, no actor named)
FUTURE = "- बसों, सार्वजनिक स्थानों आदि का सेनिटाइजेशन (संक्रमण मुक्त) किया जाएगा"
# AU-2020-MAR-02.txt: a quote's signature; DJ-2020-ARP-26.txt: a hotspot table row
SIGNATURE = "- मदन कौशिक, कैबिनेट मंत्री व शासकीय प्रवक्ता, उत्तराखंड सरकार"
ROW = "- एन मेडिकल कॉलेज/फव्वारा तिराहा/चित्रा टाकीज/खटिकपाड़ा, 6"


def _labels(text: str) -> dict[str, str]:
    art = clean_one(Article(id="a", text=text))
    return {art.text[b.start : b.end].strip(): b.label for b in art.blocks}


def test_finite_clauses() -> None:
    assert finite_clause(CHOUBEY)  # perfective after an ergative "ने"
    assert finite_clause(PUDUCHERRY)  # auxiliary before ": Source #tag"
    assert finite_clause(BENGAL)
    assert finite_clause(ASSAM)  # ": Source (bracket) #tag" read off


def test_near_miss_clauses() -> None:
    assert not finite_clause(CAPTION)  # a perfective without an agent: a photo's caption
    assert not finite_clause(FUTURE)
    assert not finite_clause(SIGNATURE)
    assert not finite_clause(ROW)
    # a headline with "ने" puts its verb before the object (classify's aux test's headline)
    assert not finite_clause("- निर्देशों के उल्लंघन पर केंद्र ने केरल को लिखा पत्र और दी चेतावनी")


def test_bullet_sentence_of_a_bulleted_story_is_body() -> None:
    labels = _labels(f"{PATNA}\n{CAPTION}\n{BUXAR}\n{CHOUBEY}\n")
    assert labels[CHOUBEY.strip()] == "body"
    assert labels[CAPTION] != "body"  # the classifier's own label (a heading here) stands


def test_wire_updates_closed_by_their_source_are_body() -> None:
    labels = _labels(f"{PATNA}\n{PUDUCHERRY}\n{BENGAL}\n{ASSAM}\n{ROW}\n")
    assert labels[PUDUCHERRY] == labels[BENGAL] == labels[ASSAM] == "body"
    assert labels[ROW] == "boilerplate"


def test_bullets_with_no_body_among_them_stay_out() -> None:
    """A run of bullets none of which the classifier made body (a link list, a decision list
    under prose) keeps its labels, finite clause or not."""
    labels = _labels(f"{PATNA.lstrip('- ')}\n\n{FUTURE}\n{CHOUBEY}\n{SIGNATURE}\n")
    assert labels[FUTURE] == labels[CHOUBEY.strip()] == labels[SIGNATURE] == "boilerplate"


def test_support_of_the_restored_bullet() -> None:
    art = analysed(f"{PATNA}\n{BUXAR}\n{CHOUBEY}\n")
    [ev] = [e for e in events_of(art, "SUPPORT") if e.trigger.startswith("समर्थन")]
    assert role_names(art, ev, "source") == ["Ashwini Kumar Choubey"]
    assert role_names(art, ev, "target") == ["Narendra Modi"]
    assert "अश्विनी चौबे ने भी दीप" in art.text[ev.evidence_start : ev.evidence_end]


def test_real_day_files(shared_data: Path) -> None:
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / "Dainik Hindustan"
    paths = [root / "DH-2020-APR" / "DH-2020-ARP-05.txt", root / "DH-2020-APR" / "DH-2020-ARP-13.txt"]
    if not all(p.exists() for p in paths):
        pytest.skip("corpus day files absent")
    labels: dict[str, str] = {}
    for art in read_clean(paths, Config(data_dir=shared_data)):
        labels.update({art.text[b.start : b.end].strip(): b.label for b in art.blocks})
    assert labels[CHOUBEY.strip()] == "body"
    assert labels[PUDUCHERRY] == "body"
    assert labels[CAPTION] == "boilerplate"
    assert labels["- अररिया में लालटेन जलाया"] == "boilerplate"
