"""Round sp27 (issue 16): the events stage's last per-sentence generators and its token maker.

No timings. The events tokenizer (:func:`khabar.events.clause.tokenize`) makes each token blank
by ``object.__new__`` and stores its three slots, with no ``__init__`` frame: the tokens equal,
field by field and in type, those its ``__init__`` builds. The helpers whose ``any()``/``all()``
of a generator became a loop or a set test in C (:func:`khabar.events.roles._gap`,
:func:`khabar.events.voice._asserted_main_clause`, :func:`khabar.events.voice.granted_passive`,
:func:`khabar.events.verbforms.habitual`, :func:`khabar.events.timexowner._since_duration`)
answer as the generator forms did on every sentence and candidate of corpus articles (day
files 3 and 4 of each outlet); the inline rewrites (``hindi._note_context``,
``naming._named_before``, ``jurisdictions._drop_unplaced_public``, ``coding``'s context) are
checked by the whole output: ``benchmarks/core_dump.py --days 76 --baseline`` identical.
"""

from __future__ import annotations

import pytest

from conftest import corpus_day_articles
from khabar import pipeline
from khabar.config import Config
from khabar.events import clause, roles, timexowner, verbforms, voice
from khabar.events.candidates import find_candidates
from khabar.events.clause import SentenceView, is_place, sentences_of
from khabar.events.lexicon import hindi_triggers
from khabar.model import Article
from khabar.wordtokens import Token


# ---- the generator forms, as they stood before round sp27 ---------------------------------------
def _tokenize_init(text: str, start: int, end: int) -> list[Token]:
    at = start
    return [
        Token((at := at + len(gap)), (at := at + len(word)), word)
        for gap, word in clause._GAPPED_TOKEN.findall(text, start, end)
    ]


def _gap_generator(sv: SentenceView, units, u, cand) -> tuple[int, bool]:
    import bisect

    skip: set[int] = set()
    if sv.timexes:
        for tx in sv.timexes:
            skip.update(range(bisect.bisect_left(sv.starts, tx.start),
                              bisect.bisect_left(sv.starts, tx.end)))
    for o in units:
        if o is not u and is_place(o) and o.first >= u.marker_end:
            skip.update(range(o.first, o.last + 1))
    between = range(u.marker_end, cand.first)
    texts = sv.texts
    gap = sum(1 for i in between if i not in skip and texts[i] not in roles.PARTICLES)
    topic = any(
        texts[i] in roles._TOPIC_MARKS
        and (i == 0 or texts[i - 1] not in roles._MEDIUM_OR_QUANTITY)
        for i in between
        if i not in skip and i - 1 not in skip
    )
    return gap, topic


def _asserted_generator(cand, sv: SentenceView) -> bool:
    toks = sv.texts
    if any(t in voice._NEGATION for t in toks[max(0, cand.first - 3) : cand.last + 6]):
        return False
    return not (any(t in voice._RELATIVE_OR_IF for t in toks[: cand.first])
                or voice._attributive(cand))


def _habitual_generator(cand, modality: str = "ongoing") -> bool:
    verb = cand.verb
    aux = verbforms._PAST_AUX | (verbforms._HABITUAL_AUX if modality == "ongoing" else frozenset())
    return any(
        b in aux and a.endswith(("ते", "ती", "ता")) and a not in verbforms._PROGRESSIVE
        for a, b in zip(verb, verb[1:], strict=False)
    )


@pytest.fixture(scope="module")
def analysed(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet through entities and time, ready for the events."""
    given = ["blocks", "sentences", "language"]
    return list(pipeline.run_local(corpus_day_articles(shared_data), Config(),
                                   ["entities", "time"], given=given))


def test_the_tokens_are_those_of_the_init(analysed):
    seen = 0
    for article in analysed:
        for sent in sentences_of(article):
            if clause._ODD_CODE_POINTS.search(article.text, sent.start, sent.end):
                continue  # rewritten texts: built by __init__ as before
            got = clause.tokenize(article.text, sent.start, sent.end)
            want = _tokenize_init(article.text, sent.start, sent.end)
            assert got == want
            assert all(type(t) is Token and (t.start, t.end, t.text) == (w.start, w.end, w.text)
                       for t, w in zip(got, want, strict=True))
            seen += len(got)
    assert seen > 10_000


def test_the_helpers_answer_as_their_generators(analysed):
    lex = hindi_triggers()
    cands_seen = gaps = topics = habituals = asserted = 0
    for article in analysed:
        for index, sent in enumerate(sentences_of(article)):
            sv = clause.view(article, index, sent)
            for cand in find_candidates(sv, lex):
                cands_seen += 1
                got = voice._asserted_main_clause(cand, sv)
                assert got == _asserted_generator(cand, sv)
                asserted += got
                for modality in ("ongoing", "past"):
                    got = verbforms.habitual(cand, modality)
                    assert got == _habitual_generator(cand, modality)
                    habituals += got
                assert voice.granted_passive(cand, sv) in (True, False)
                assert timexowner._since_duration(sv, cand) in (True, False)
                units = [u for u in sv.units if u.marker_end <= cand.first]
                for u in units:
                    got_gap = roles._gap(sv, units, u, cand)
                    assert got_gap == _gap_generator(sv, units, u, cand)
                    gaps += 1
                    topics += got_gap[1]
    assert cands_seen > 300 and gaps > 300, (cands_seen, gaps)
    assert topics > 0 and habituals > 0 and asserted > 100, (topics, habituals, asserted)
