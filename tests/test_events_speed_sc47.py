"""Speed round sc47 of the events stage (issue 16): per-process caches of place codes, towns'
states, glosses, jurisdictions and nationality adjectives; cheap tests before dear ones; set unions built once. Each must
give what the code it replaces gave, on sentences written like the news, negatives included."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events import actors, coding, gloss, jurisdictions, naming, objects, places
from khabar.events.actors import _kb_place_code, place_code
from khabar.events.clause import CLAUSE_BREAKS, Token, is_break
from khabar.events.gloss import _gloss
from khabar.events.glossary import glossary
from khabar.events.jurisdictions import jurisdiction
from khabar.events.light_reach import _VERBAL_NEXT
from khabar.events.naming import _outside
from khabar.events.objects import _MEASURE_ADVERBS, _adverb_ending
from khabar.events.places import _nationality, state_of_town
from khabar.events.retold import drop_repeated_sentences
from khabar.events.roles import passive_compound
from khabar.events.stage import is_heading
from khabar.model import Argument, Article, Event
from khabar.pipeline import run_local


def _analysed(text: str) -> Article:
    art = Article(id="t", text=text, language="hi", dct="2020-04-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art


def _tokens(words: list[str]) -> list[Token]:
    out, at = [], 0
    for w in words:
        out.append(Token(at, at + len(w), w))
        at += len(w) + 1
    return out


def test_cached_place_codes_and_states_equal_uncached() -> None:
    for ident in ("kb:country/IN", "kb:country/IT", "kb:in-state/BR", "kb:region/nowhere"):
        assert place_code(ident) == _kb_place_code.__wrapped__(ident)
    assert place_code("actor:Government of India") is None  # not a KB id: never cached
    assert place_code(None) is None
    for ident in ("kb:city/1273294", "kb:country/IN", None):
        assert state_of_town(ident) == state_of_town.__wrapped__(ident)
    for code in ("IND-Bihar GOV", "IND GOV", "ITA GOV", "XYZ GOV", None):
        assert jurisdiction(code) == jurisdiction.__wrapped__(code)
    assert _nationality("रूसी") is not None and _nationality("रूसी") == _nationality.__wrapped__("रूसी")
    assert _nationality("सरकारी") is None  # an adjective, but no country's


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("प्रवासी मजदूरों", "Bihar"),
        ("सभी स्कूलों और कॉलेजों", None),
        ("दूसरे राज्यों में फंसे लोगों", "Punjab"),
        ("अस्पताल के एक किलोमीटर के दायरे", None),
        ("झमाझम बारिश", None),  # no head the glossary knows: None, cached as None
    ],
)
def test_cached_gloss_equals_the_glossary_read_again(phrase: str, place: str | None) -> None:
    expected = _gloss(phrase, place, glossary())
    assert gloss.gloss(phrase, place) == expected
    assert gloss.gloss(phrase, place) == expected  # the cached answer
    assert gloss.gloss(phrase, place, glossary()) == expected  # a glossary given: not cached


@pytest.mark.parametrize(
    "text",
    [
        "पटना : बिहार सरकार ने राज्य के बाहर फंसे मजदूरों से अपील की है कि वे जहां हैं वहीं रहें।",
        "इटली में संक्रमण बढ़ने के बाद वहां के प्रधानमंत्री ने पूरे देश में लॉकडाउन लगा दिया।",
        "जिलाधिकारी ने कहा कि दिल्ली से लौटे लोगों को गांव के स्कूल में क्वारंटीन किया जाएगा।",
        "कोरोना के 12 नए केस\nसरकार ने सभी बाजार तत्काल प्रभाव से बंद करने का आदेश दिया।",
        "रूसी सरकार ने अपने नागरिकों से घरों में रहने की अपील की है।",
    ],
)
def test_uncached_lookups_give_the_same_events(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    warm = _analysed(text).to_dict()
    assert warm["events"]
    monkeypatch.setattr(actors, "_kb_place_code", _kb_place_code.__wrapped__)
    monkeypatch.setattr(coding, "state_of_town", state_of_town.__wrapped__)
    monkeypatch.setattr(gloss, "_gloss_builtin", lambda t, p: _gloss(t, p, glossary()))
    monkeypatch.setattr(naming, "jurisdiction", jurisdiction.__wrapped__)
    monkeypatch.setattr(jurisdictions, "jurisdiction", jurisdiction.__wrapped__)
    monkeypatch.setattr(objects, "jurisdiction", jurisdiction.__wrapped__)
    monkeypatch.setattr(places, "_nationality", _nationality.__wrapped__)
    assert _analysed(text).to_dict() == warm


def test_outside_is_read_only_after_ke_bahar() -> None:
    text = "मुख्यमंत्री ने बिहार के बाहर फंसे लोगों से धैर्य रखने की अपील की।"
    start = text.index("फंसे")
    arg = Argument("target", "फंसे लोगों", start, start + len("फंसे लोगों"), "text:फंसे लोगों")
    got = _outside(arg, text)
    assert got is not None and got[1] == "Bihar"
    plain = "मुख्यमंत्री ने पटना में फंसे लोगों से धैर्य रखने की अपील की।"
    start = plain.index("फंसे")
    arg = Argument("target", "फंसे लोगों", start, start + len("फंसे लोगों"), "text:फंसे लोगों")
    assert _outside(arg, plain) is None  # no "के बाहर": nothing glossed


def test_passive_compound_needs_ja() -> None:
    assert passive_compound(["जा", "रही", "है"])
    assert passive_compound(["गई", "है", "और", "जा", "चुकी"])
    assert not passive_compound(["दिया", "गया", "है"])  # a passive, but no aspect verb after जा
    assert not passive_compound(["रहा", "है"])
    assert not passive_compound([])


def test_adverb_ending_reads_only_where_an_adverbial_ends() -> None:
    toks = _tokens(["सभी", "दुकानें", "तत्काल", "प्रभाव", "से", "बंद"])
    assert _adverb_ending(toks, 4) == ("तत्काल", "प्रभाव", "से")
    assert _adverb_ending(toks, 2) == ("तत्काल",)
    assert _adverb_ending(toks, 5) is None  # "बंद" ends no adverbial
    toks = _tokens(["लोग", "घर", "से", "निकले"])
    assert _adverb_ending(toks, 2) is None  # "से" ends three adverbials, none of them here
    assert all(a[-1] for a in _MEASURE_ADVERBS)


def test_heading_needs_text_after_its_line() -> None:
    text = "स्कूल बंद रहेंगे\nराज्य सरकार ने सभी स्कूल 30 अप्रैल तक बंद रखने का आदेश दिया।"
    assert is_heading(text, 0, len("स्कूल बंद रहेंगे"))
    alone = "स्कूल बंद रहेंगे\n \t\n"  # only blank lines after it: the last line, no heading
    assert not is_heading(alone, 0, len("स्कूल बंद रहेंगे"))
    assert not is_heading("स्कूल बंद रहेंगे", 0, len("स्कूल बंद रहेंगे"))
    body = "राज्य सरकार ने सभी स्कूल बंद रखने का आदेश दिया है।\nआगे की जानकारी जल्द दी जाएगी।"
    assert not is_heading(body, 0, body.index("\n"))  # ends with a stop: body text


def _event(text: str, sentence: str, trigger: str, at: int) -> Event:
    start = text.index(sentence, at)
    t = text.index(trigger, start)
    return Event(
        type="COERCE", mode="close", trigger=trigger, trigger_start=t,
        trigger_end=t + len(trigger), evidence_start=start, evidence_end=start + len(sentence),
        modality="happened",
    )


def test_repeated_sentence_keeps_the_first_telling_only() -> None:
    s = "प्रशासन ने शहर के सभी बाजार बंद कर दिए।"
    other = "पुलिस ने दूसरे दिन भी बाजार बंद कराए।"
    text = f"{s}\n{other}\n{s}"
    first = _event(text, s, "बंद", 0)
    second = _event(text, other, "बंद", len(s))
    again = _event(text, s, "बंद", len(s) + len(other) + 2)
    assert drop_repeated_sentences([first, second, again], text) == [first, second]
    # the same act told once: kept, whatever the other events are
    assert drop_repeated_sentences([first, second], text) == [first, second]
    # another act in the repeated sentence: not the same act, both tellings of it kept
    seal = _event(text, s, "बाजार", len(s) + len(other) + 2)
    seal.mode = "seal"
    assert drop_repeated_sentences([first, seal], text) == [first, seal]


def test_break_words_set_is_what_is_break_reads() -> None:
    toks = _tokens(["डॉ", ".", "शर्मा", "ने", "कहा", "कि", "बाजार", "बंद", "रहेंगे", "।"])
    assert [k for k in range(len(toks)) if is_break(toks, k)] == [5, 9]  # not the title's stop
    assert all(
        toks[k].text in CLAUSE_BREAKS for k in range(len(toks)) if is_break(toks, k)
    )
    assert {"जा", "थी", "थे", "कि", ","} <= _VERBAL_NEXT
