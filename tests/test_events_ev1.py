"""Round ev1 (issue 13): a party the event inherited from an earlier sentence (a dropped subject,
an allegation's "इनका") carries the offsets of the mention it comes from, as a
``source_inherited`` / ``target_inherited`` argument, in the store and in ``khabar show --json``;
the event itself (type, parties, names) is what it was. Sentences from the allowed corpus day
files (the file is named at each test)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from khabar.cli import cli
from khabar.events.names import english_names
from khabar.model import Article, Event

from .hindi_events import analyser, one_event

analysed = analyser("2020-03-06")

# AU-2020-MAR-06.txt: the order's doer dropped in the next sentence ("… को कहा है")
CENTRE = (
    "केंद्र सरकार ने सभी मंत्रालयों, विभागों को अपने कर्मचारियों से 31 मार्च तक बायोमीट्रिक उपस्थिति"
    " दर्ज न कराने के निर्देश दिए हैं  । कर्मचारियों को रजिस्टर पर हस्ताक्षर कर उपस्थिति दर्ज कराने को"
    " कहा है  ।"
)


def _inherited(ev: Event, role: str = "source") -> list[tuple[str, int, int]]:
    return [(a.text, a.start, a.end) for a in ev.arguments if a.role == f"{role}_inherited"]


def _told(art: Article, trigger: str) -> Event:
    return one_event([e for e in art.events if trigger in e.trigger], trigger)


def test_a_dropped_subject_carries_the_earlier_agents_offsets() -> None:
    art = analysed(CENTRE)
    ev = _told(art, "को कहा")
    assert [english_names(art, ev)[i] for i in ev.source] == ["Government of India"]
    [(text, start, end)] = _inherited(ev)
    assert text == "केंद्र सरकार" and art.text[start:end] == text
    assert end <= art.text.index("।")  # the sentence before the act's own
    assert ev.arguments[-1].entity_id == ev.source[0]


def test_a_dropped_subject_after_a_prime_minister() -> None:
    # AU-2020-MAY-12.txt
    art = analysed(
        "कोरोना संकटकाल में मंदी से जूझ रही अर्थव्यवस्था में जान फूंकने के लिए प्रधानमंत्री ने"
        " आत्मनिर्भर अभियान का आगाज किया । इसके लिए 20 लाख करोड़ रुपये के विशेष आर्थिक पैकेज की"
        " घोषणा की ।",
        dct="2020-05-12",
    )
    ev = _told(art, "आर्थिक पैकेज")
    [(text, start, _)] = _inherited(ev)
    assert text == "प्रधानमंत्री" and start < art.text.index("।")


def test_a_named_source_gets_no_inherited_argument() -> None:
    # the first sentence's order names its own source: its argument is the source's evidence
    art = analysed(CENTRE)
    [ev] = [e for e in art.events if e.trigger_start < art.text.index("।")]
    assert _inherited(ev) == [] and any(a.role == "source" for a in ev.arguments)


def test_an_allegation_is_of_those_told_before_not_of_those_it_names() -> None:
    # PK-2020-APR-11.txt: "इनका आरोप" is the contract health workers' of the sentence before; the
    # "8 स्वास्थ्य कर्मियों" after the trigger are whom the allegation is about
    art = analysed(
        "प्रदर्शन कर रहे स्वास्थ्यकर्मियों का आरोप है कि उनके साथ भेदभावपूर्ण व्यवहार किया जा रहा है."
        " अनुबंध पर बहाल किये गये स्वास्थ्यकर्मियों को एक स्कूल में रखा जा रहा है. इनका आरोप है कि 8"
        " स्वास्थ्य कर्मियों को उसी स्कूल में क्वारेंटाइन किया गया, जहां कोविड19 का संक्रमित मिला था.",
        dct="2020-04-11",
    )
    [ev] = [e for e in art.events if "आरोप" in e.trigger and _inherited(e)]
    [(text, start, _)] = _inherited(ev)
    assert text == "स्वास्थ्यकर्मियों"
    assert art.text.index("अनुबंध") < start < art.text.index("इनका")  # the sentence before


def test_a_guessed_authority_keeps_its_zero_width_anchor_only() -> None:
    # written: a passive sealing names no authority; the district's administration is guessed,
    # with no mention to point to, and gets no inherited argument
    art = analysed("आगरा में कोरोना संक्रमित मिलने के बाद इलाके को सील कर दिया गया है ।")
    [ev] = art.events
    [guessed] = [a for a in ev.arguments if a.role == "source_inferred"]
    assert guessed.start == guessed.end  # no mention: nothing to point to
    assert _inherited(ev) == [] and _inherited(ev, "target") == []


def test_a_country_named_as_the_agent_is_its_governments_mention() -> None:
    # PK-2020-MAR-09.txt: "भारत ने" is the Government of India's mention, not "भारतीय नागरिकों"
    art = analysed(
        "आधिकारिक सूत्रों के अनुसार, भारत ने कहा है कि वह ईरान में फंसे भारतीय नागरिकों को वापस लाने"
        " के लिए सोमवार की रात वहां एक सैन्य परिवहन विमान भेजेगा.",
        dct="2020-03-09",
    )
    ev = _told(art, "सैन्य परिवहन विमान")
    assert [(t, art.text[s:e]) for t, s, e in _inherited(ev)] == [("भारत", "भारत")]


def test_states_listed_as_agents_each_get_their_name() -> None:
    # NT-2020-APR-25.txt
    art = analysed(
        "वहीं, राजस्थान और पंजाब ने भी ढील देने के आदेश को अस्वीकार कर दिया है ।", dct="2020-04-25"
    )
    ev = _told(art, "अस्वीकार")
    assert [t for t, _, _ in _inherited(ev)] == ["राजस्थान", "पंजाब"]


def test_the_second_act_of_a_country_agent() -> None:
    # AU-2020-MAR-10.txt: "… बंद कर ली और … पृथक कर दिया": the first act's agent is the second's
    art = analysed(
        "उत्तर कोरिया ने अपनी सीमाएं बंद कर ली और हजारों लोगों को पृथक कर दिया ।", dct="2020-03-10"
    )
    ev = _told(art, "पृथक")
    assert [(t, s) for t, s, _ in _inherited(ev)] == [("उत्तर कोरिया", 0)]


def _run(db: str, *args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    return r.exit_code, r.stdout


def test_store_and_show_json_carry_the_antecedents_offsets(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text(f"बायोमेट्रिक उपस्थिति दर्ज न कराने के निर्देश\n\n{CENTRE}\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert _run(db, "ingest", str(src))[0] == 0
    code, out = _run(db, "articles", "--json")
    [row] = json.loads(out)
    code, out = _run(db, "show", row["id"], "--json")
    assert code == 0
    data = json.loads(out)
    told = [e for e in data["events"] if "को कहा" in e["trigger"]]
    [ev] = told
    [arg] = [a for a in ev["arguments"] if a["role"] == "source_inherited"]
    assert data["text"][arg["start"] : arg["end"]] == arg["text"] == "केंद्र सरकार"
    assert arg["entity_id"] == ev["source"][0]
    assert arg["end"] <= ev["trigger_start"]
