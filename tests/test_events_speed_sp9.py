"""Round sp9 (issue 16): the events stage's repeated work done once, the same events.

No timings: each test holds a shortcut against the long way it replaced, on short news
sentences: the token texts read once per sentence view (and handed to the actor words), the
outermost mentions in one pass, a heading line turned away before it is copied, a person's
office read once per article, a phrase glossed once whatever its place, a sentence with no date
given none without reading its triggers, the class of the word after a bare noun read only for
a trace, the disaster cue words counted in C. The whole output is checked by
``benchmarks/core_dump.py --days 76 --baseline`` (README, round sp9).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from khabar.config import Config
from khabar.events import stage
from khabar.events.actor_context import ActorContext
from khabar.events.actors import entity_code
from khabar.events.candidates import find_candidates
from khabar.events.clause import (
    DocContext,
    SentenceView,
    sentences_of,
    tokenize,
)
from khabar.events.clause import _outermost as _outermost
from khabar.events.coding import held_code
from khabar.events.disaster import _cue_counts
from khabar.events.fates import tracing
from khabar.events.gloss import gloss
from khabar.events.glossary import glossary
from khabar.events.lexicon import disaster_triggers, hindi_triggers
from khabar.events.timexowner import _timex_owner
from khabar.model import Article, Mention

from .hindi_events import before_events
from .hindi_events import sentence_views as _views

TEXT = (
    "पटना : बिहार सरकार ने राज्य के बाहर फंसे मजदूरों से अपील की है कि वे जहां हैं वहीं रहें।\n"
    "मुख्यमंत्री नीतीश कुमार ने सोमवार को सभी स्कूलों को 31 मार्च तक बंद करने का आदेश दिया। "
    "कोरोना वायरस के संक्रमण को देखते हुए यह फैसला लिया गया।\n"
    "कोरोना के 12 नए केस\n"
    "प्रधानमंत्री नरेंद्र मोदी ने देश में लॉकडाउन की घोषणा की। लॉकडाउन के दौरान हेल्\u200dपलाइन पर "
    "लोगों ने फोन किया।\n"
    "इटली में संक्रमण बढ़ने के बाद वहां के प्रधानमंत्री ने पूरे देश में लॉकडाउन लगा दिया।"
)


def _prepared(text: str = TEXT) -> Article:
    return before_events(text, "2020-03-23")


def test_a_view_reads_its_token_texts_once_and_hands_them_on() -> None:
    views = _views(_prepared())
    assert any("हेल्पलाइन" in sv.texts for sv in views)  # the joiner dropped, as the tokens have it
    for sv in views:
        assert sv.texts == [t.text for t in sv.tokens]
        assert sv.words == frozenset(t.text for t in sv.tokens)
    # a view made by hand reads them itself
    toks = tokenize("सरकार ने स्कूल बंद किए।", 0, 23)
    made = SentenceView(0, 0, 23, toks, [], [])
    assert made.texts == [t.text for t in toks] and "सरकार" in made.words


def _outermost_by_scan(mentions: list[Mention]) -> list[Mention]:
    """:func:`clause._outermost` as written before round sp9: each mention against every kept."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            if (m.start, m.end) == (out[-1].start, out[-1].end):
                out.append(m)
            continue
        if any(m.start >= o.start and m.end <= o.end for o in out):
            continue
        out.append(m)
    return out


def test_outermost_mentions_in_one_pass_are_those_the_scan_kept() -> None:
    art = _prepared()
    assert _outermost(art.mentions) == _outermost_by_scan(art.mentions)
    spans = [(0, 10), (0, 10), (2, 5), (3, 12), (4, 6), (11, 12), (12, 20), (13, 14), (30, 31)]
    made = [Mention(a, b, "x" * (b - a), "PERSON") for a, b in spans]
    for k in range(len(made)):  # every order the extractor may hand them in
        turned = made[k:] + made[:k]
        assert _outermost(turned) == _outermost_by_scan(turned)


def _whole_line_copied(text: str, start: int, end: int) -> str | None:
    """:func:`stage._whole_line` as written before round sp9: the line copied first."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or re.search(r"\S", text[line_end:]) is None:
        return None
    line = text[line_start:line_end].strip()
    if text[start:end].strip() != line or stage._BODY_END.search(line):
        return None
    return line


def test_a_line_with_other_words_is_no_heading_before_it_is_copied() -> None:
    art = _prepared("दिल्ली में 5 नए मरीज\n  अस्पताल में भर्ती   \n" + TEXT)
    text = art.text
    found = []
    for s in sentences_of(art):
        stage._whole_line.cache_clear()
        line = stage._whole_line(text, s.start, s.end)
        assert line == _whole_line_copied(text, s.start, s.end)
        found.append(line)
    assert "कोरोना के 12 नए केस" in found and "अस्पताल में भर्ती" in found


def test_a_persons_office_is_read_once_per_article() -> None:
    art = _prepared()
    people = [m.entity_id for m in art.mentions if m.type == "PERSON" and m.entity_id]
    assert people
    ctx = ActorContext(on=stage.day_of(art.dct))
    for ident in people + people:
        assert held_code(ctx, ident) == entity_code(ident, ctx.on)
    assert set(ctx.held_codes) == set(people)
    assert DocContext().actors.held_codes == {}  # a new article starts with none


def test_a_phrase_is_glossed_once_whatever_its_place() -> None:
    g = glossary()
    phrases = ["प्रवासी मजदूरों", "सभी स्कूलों और कॉलेजों", "दिल्ली के लोगों", "झमाझम बारिश"]
    for phrase in phrases:
        for place in (None, "Bihar", "Punjab"):
            assert gloss(phrase, place) == gloss(phrase, place, g)
    assert gloss("प्रवासी मजदूरों", "Bihar") == f"{gloss('प्रवासी मजदूरों')} in Bihar"
    assert gloss("दिल्ली के लोगों", "Bihar") == gloss("दिल्ली के लोगों")  # its own place
    assert gloss("झमाझम बारिश", "Bihar") is None


def test_triggers_of_a_sentence_without_a_date_own_none() -> None:
    lex = hindi_triggers()
    owned = 0
    for sv in _views(_prepared()):
        cands = find_candidates(sv, lex)
        owners = _timex_owner(sv, cands)
        if not sv.timexes:
            assert owners == {}
        owned += len(owners)
    assert owned  # "सोमवार को … बंद करने का आदेश दिया" keeps its date


def test_a_bare_noun_is_traced_with_the_word_after_it() -> None:
    art = _prepared("लॉकडाउन के बाद सड़कें सूनी रहीं।")
    with tracing() as fates:
        stage.analyse(art)
    assert any(f.fate.startswith("noun without light verb, then ") for f in fates)
    stage.analyse(art)  # and untraced, nothing to record


def test_disaster_cues_counted_in_c_as_token_by_token() -> None:
    lex = disaster_triggers()
    views = _views(_prepared())
    by_token: Counter[str] = Counter()
    for sv in views:
        for tok in sv.tokens:
            if tok.text in lex.cues:
                by_token[lex.cues[tok.text]] += 1
    counted = _cue_counts(_prepared(), views, lex)
    assert counted == by_token and list(counted) == list(by_token)


HEADLINES = [
    "मरीजों के भोजन की व्यवस्था नगर निगम की ओर से की जा रही है।",
    "खाने का इंतजाम जिला प्रशासन की तरफ से किया गया है।",
    "पुलिस ने की कार्रवाई, रांची के डीसी ने दिये जरूरी निर्देश",
    "शहर के तीन इलाके हुए सील",
    "पीएम मोदी और अमित शाह के बीच हुई बैठक",
    "सरकार ने 1.4 लाख लोगों को राहत दी।",
]


def _behalf_light_by_scan(toks, j, trig, lex):  # noqa: ANN001, ANN202
    """:func:`light_reach._behalf_light` as written before round sp9 (every word asked)."""
    from khabar.events.clause import is_break
    from khabar.events.light_reach import _BEHALF_REACH, _BEHALF_WORDS, _trigger_at
    from khabar.events.roles import PASSIVE

    for k in range(j + 1, min(j + _BEHALF_REACH + 2, len(toks) - 2)):
        text = toks[k].text
        if is_break(toks, k) or text in {",", "कि", "ने", "और", "तथा", "द्वारा"}:
            return -1
        if _trigger_at(toks, k, lex):
            return -1
        if text in _BEHALF_WORDS and toks[k - 1].text == "की" and toks[k + 1].text == "से":
            p = k + 2
            while p < len(toks) and toks[p].text in lex.particles:
                p += 1
            passive = p + 1 < len(toks) and (toks[p + 1].text in PASSIVE or toks[p + 1].text == "जा")
            return p if p < len(toks) and toks[p].text in trig.light and passive else -1
    return -1


def test_light_verb_searches_turn_away_only_what_they_cannot_find() -> None:
    from khabar.events import light_reach

    lex = hindi_triggers()
    trigs = {t.mode: t for forms in lex.index.values() for _, t in forms}
    found = 0
    for text in HEADLINES:
        toks = tokenize(text, 0, len(text))
        for trig in trigs.values():
            for j in range(len(toks)):
                got = light_reach._behalf_light(toks, j, trig, lex)
                assert got == _behalf_light_by_scan(toks, j, trig, lex)
                found += got >= 0
    assert found  # "नगर निगम की ओर से की जा रही है" still finds its light verb
    modes = set()
    for text in HEADLINES:
        sv = SentenceView(0, 0, len(text), tokenize(text, 0, len(text)), [], [])
        modes |= {c.trig.mode for c in find_candidates(sv, lex) if c.fronted}
    assert modes  # the fronted light verbs of the headlines are still read


def test_a_span_without_a_decimal_point_is_its_words_joined() -> None:
    for text in HEADLINES:
        toks = tokenize(text, 0, len(text))
        sv = SentenceView(0, 0, len(text), toks, [], [])
        for first in range(-2, len(toks) + 1):
            for last in range(-2, len(toks) + 2):
                words = [toks[k].text for k in range(first, min(last, len(toks) - 1) + 1)]
                if "." not in words:
                    assert sv.text_of(first, last) == " ".join(words), (first, last)
    sv = SentenceView(0, 0, 30, tokenize(HEADLINES[-1], 0, len(HEADLINES[-1])), [], [])
    assert "1.4 लाख" in sv.text_of(0, 10)


def test_constructions_read_past_a_few_words_are_still_found() -> None:
    # each search now turns away a window without the word it needs before reading each word;
    # these hold it and still get their light verb (or their gathering)
    from khabar.events.places import origin_places

    lex = hindi_triggers()
    sentences = {
        "केंद्र की टीम गांव पहुंच गई।": "reach",
        "उन्हें होम क्वारंटाइन के लिए भेजा गया।": "via",
        "सरकार ने लॉकडाउन को 3 मई तक बढ़ा दिया।": "object",
    }
    for text in sentences:
        sv = SentenceView(0, 0, len(text), tokenize(text, 0, len(text)), [], [])
        cands = find_candidates(sv, lex)
        assert any(c.light for c in cands), text
    text = "वे दिल्ली की जमात में शामिल होकर लौटे थे।"
    toks = tokenize(text, 0, len(text))
    at = text.index("दिल्ली")
    delhi = Mention(at, at + len("दिल्ली"), "दिल्ली", "CITY", "kb:city/delhi")
    assert origin_places(toks, [delhi]) == {at}
    text = "वे दिल्ली से बाहर नहीं गए।"
    toks = tokenize(text, 0, len(text))
    assert origin_places(toks, [Mention(3, 9, "दिल्ली", "CITY", "kb:city/delhi")]) == {3}


def test_the_tables_built_on_first_use_are_built_with_the_lexicons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # emptied first, in a process not yet settled: any earlier test (or article) may have built
    # them, and then the count said nothing of settle (review rv20)
    for table in stage._LAZY_TABLES:
        table.cache_clear()
    monkeypatch.setattr(stage, "_SETTLED", [])
    stage.settle(Config())
    for table in stage._LAZY_TABLES:
        assert table.cache_info().currsize == 1, table.__name__  # built once, before any article
