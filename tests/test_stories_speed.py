"""The writer's speed-ups of issue 16 (round sc12) change no output: each faster form gives what
the plain form gave, to the bit, and the story tables of real text are the ones a full rewrite
writes. (The figures themselves are in ``benchmarks/growth.py``; no timings here.)
"""

from __future__ import annotations

import heapq
import json
import math
import random
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import _analysed
from khabar.model import Article
from khabar.stories.cluster import _most_shared, arrival_key
from khabar.stories.features import content_terms, normalise
from khabar.stories.focal import _MEASURES, _measure, _rare_stem
from khabar.stories.persist import SCHEMA_SQL, StoryWriter
from khabar.stories.state import dot, norm, prune, set_cos

ROOT = Path(__file__).resolve().parents[1]


def test_the_sums_give_the_floats_the_generator_forms_gave() -> None:
    """dot, norm, set_cos and prune against the forms they replaced, on random vectors with
    ties (equal weights) and empty sides: same values to the last bit, same kept terms in the
    same order."""
    rng = random.Random(16)
    for _ in range(2000):
        v = {f"t{rng.randint(0, 300)}": rng.choice([rng.random(), 0.5, 0.25])
             for _ in range(rng.randint(0, 250))}  # fmt: skip
        w = {f"t{rng.randint(0, 300)}": rng.random() for _ in range(rng.randint(0, 80))}
        small, big = (v, w) if len(v) <= len(w) else (w, v)
        assert repr(dot(v, w)) == repr(sum(x * big.get(t, 0.0) for t, x in small.items()))
        assert repr(norm(v)) == repr(math.sqrt(sum(x * x for x in v.values())))
        k = rng.choice([12, 30, 60, 200])
        plain = dict(sorted(v.items(), key=lambda kv: -kv[1])[:k]) if len(v) > k else v
        assert list(prune(v, k).items()) == list(plain.items())
        counts = Counter({f"e{rng.randint(0, 40)}": rng.randint(1, 9) for _ in range(rng.randint(1, 30))})
        items = frozenset(f"e{rng.randint(0, 50)}" for _ in range(rng.randint(1, 8)))
        shared = sum(counts[i] for i in items if i in counts)
        expected = shared / (math.sqrt(len(items)) * math.sqrt(sum(c * c for c in counts.values())))
        assert repr(set_cos(items, counts)) == repr(expected)
        # integer counts (two stories' entities), shared in part, in whole or not at all
        other = Counter({f"e{rng.randint(0, 40)}": rng.randint(1, 9)
                         for _ in range(rng.randint(0, 30))})  # fmt: skip
        for x, y in ((counts, other), (counts, Counter(counts)), (other, Counter())):
            s, b = (x, y) if len(x) <= len(y) else (y, x)
            assert repr(dot(x, y)) == repr(sum(c * b.get(e, 0.0) for e, c in s.items()))


def test_dot_of_an_article_and_stories_it_shares_few_terms_with() -> None:
    """The writer's usual case (round sc26: dot() sums only the shared terms): an article's
    TF-IDF vector against story centroids sharing a tenth of its terms, one none, one all."""
    article = {"कोरोना": 0.41, "संक्रमित": 0.33, "जिला": 0.21, "अस्पताल": 0.18, "मरीज": 0.17,
               "लॉकडाउन": 0.12, "प्रशासन": 0.09, "जांच": 0.08, "रिपोर्ट": 0.05, "नमूने": 0.03}
    stories = [
        {"कोरोना": 2.7, "वैक्सीन": 1.9, "टीका": 1.1, "केंद्र": 0.4},  # one shared term
        {"बाढ़": 3.1, "बारिश": 2.2, "नदी": 0.9},  # none
        {t: w * 3 for t, w in reversed(article.items())},  # all, in another order
    ]
    for story in stories:
        plain = sum(w * story.get(t, 0.0) for t, w in article.items())
        assert repr(dot(article, story)) == repr(plain) == repr(dot(story, article))
    assert repr(dot(article, stories[1])) == "0.0" and dot({}, article) == 0


def test_candidates_are_the_ones_the_ranking_by_shared_keys_picked() -> None:
    """_most_shared picks what nsmallest by (-shared keys, story id) picked, with many ties at
    the cut (most stories share one key) and with fewer stories than asked for."""
    rng = random.Random(12)
    for n in (0, 5, 40, 41, 300, 3000):
        for _ in range(20):
            hits = Counter({f"{rng.getrandbits(32):08x}": min(9, int(rng.expovariate(1.2)) + 1)
                            for _ in range(n)})  # fmt: skip
            ranked = heapq.nsmallest(40, hits.items(), key=lambda kv: (-kv[1], kv[0]))
            assert _most_shared(hits, 40) == {sid for sid, _ in ranked}


def test_cached_word_readings_match_the_uncached_ones() -> None:
    """focal's per-word caches read a word as content_terms and normalise do, odd input
    included (empty, digits, Latin, a stopword, a nukta spelling)."""
    for word in ["", "123", "Tablighi", "में", "मरकज", "मरक़ज़", "मामलों", "मौतें", "टेस्ट", "क"]:
        terms = content_terms(word)
        plain = terms[0] if len(terms) == 1 and len(terms[0]) >= 3 and not terms[0].isdigit() else None
        assert _rare_stem(word) == plain
        assert _measure(word) == _MEASURES.get(normalise(word))


@pytest.fixture(scope="module")
def corpus_articles(shared_data: Path) -> list[Article]:
    """Every fourth day file of two outlets, analysed, in arrival order."""
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root}")
    files = [f for o in ("Amar Ujala", "Dainik Jagran") for f in sorted((root / o).rglob("*.txt"))[::4]]
    config = Config(data_dir=shared_data)
    arts: list[Article] = sorted(
        _analysed(config, [a for a in read_clean(files, config) if a.status == "ok"]),
        key=arrival_key,
    )
    return arts


def _place_all(arts: list[Article], writer: StoryWriter) -> sqlite3.Connection:
    for i in range(0, len(arts), 20):
        writer.place(arts[i : i + 20])
    writer.close()
    return writer.conn


def _writer(config: Config, kind: type[StoryWriter] = StoryWriter) -> StoryWriter:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA_SQL)
    return kind(conn, config)


@pytest.fixture(scope="module")
def placed(shared_data: Path, corpus_articles: list[Article]) -> sqlite3.Connection:
    """The corpus articles placed by one writer in batches of 20."""
    return _place_all(corpus_articles, _writer(Config(data_dir=shared_data)))


class _EveryStory(StoryWriter):
    """A writer whose new day visits every story in memory (the rule as it was first written)."""

    visited: list[tuple[int, int]] = []

    def _advance(self, cl, day):  # type: ignore[no-untyped-def]
        self._tracked = None
        super()._advance(cl, day)

    def _keep(self, cl, sids, active, far):  # type: ignore[no-untyped-def]
        type(self).visited.append((len(sids), len(cl.stories)))
        super()._keep(cl, sids, active, far)


class _Counted(StoryWriter):
    visited: list[tuple[int, int]] = []

    def _keep(self, cl, sids, active, far):  # type: ignore[no-untyped-def]
        type(self).visited.append((len(sids), len(cl.stories)))
        super()._keep(cl, sids, active, far)


def test_a_new_day_visits_the_stories_it_may_change_and_stores_the_same(
    shared_data: Path, corpus_articles: list[Article], placed: sqlite3.Connection
) -> None:
    """Issue 16: a new day visits the stories changed since the last one and those whose next
    step (summarised, forgotten) the day passed, not every story in memory: under a third of
    the visits; stored tables are those of a writer visiting every story (real text over
    weeks, batches of 20, merges and splits on the way)."""
    config = Config(data_dir=shared_data)
    every = _place_all(corpus_articles, _writer(config, _EveryStory))
    tables = [r[0] for r in placed.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in sorted(tables):
        q = f'SELECT * FROM "{table}"'
        assert sorted(map(repr, placed.execute(q))) == sorted(map(repr, every.execute(q))), table
    _Counted.visited = []
    _place_all(corpus_articles, _writer(config, _Counted))
    seen = sum(n for n, _ in _Counted.visited)
    total = sum(m for _, m in _EveryStory.visited)
    assert seen < total / 3, (seen, total)



def test_entity_rows_are_rewritten_when_counts_change_and_only_then(placed: sqlite3.Connection) -> None:
    """A save skips a story's entity rows when its counts did not change: the rows left are
    still exactly the counts of every active story's state (real text, many batches, merges
    and splits on the way), and merged stories keep none."""
    stories = placed.execute("SELECT id, status, state FROM stories").fetchall()
    assert len(stories) > 20
    rows: dict[str, dict[str, int]] = {}
    for entity, sid, count in placed.execute("SELECT entity_id, story_id, count FROM story_entities"):
        rows.setdefault(sid, {})[entity] = count
    for sid, status, state in stories:
        expected = json.loads(state)["entities"] if status == "active" else {}
        assert rows.get(sid, {}) == expected, sid


def test_stories_same_compares_two_stores_and_refuses_a_missing_one(tmp_path: Path) -> None:
    """benchmarks/stories_same.py: two stores with the same story rows are the same, one row
    changed is found; a path that is no store is one line, no traceback."""
    paths = []
    for name in ("a.db", "b.db"):
        conn = sqlite3.connect(tmp_path / name)
        conn.executescript(SCHEMA_SQL)
        conn.execute("INSERT INTO story_meta VALUES ('n_docs', '3')")
        conn.commit()
        conn.close()
        paths.append(str(tmp_path / name))
    tool = [sys.executable, str(ROOT / "benchmarks" / "stories_same.py")]
    same = subprocess.run([*tool, *paths], capture_output=True, text=True, check=False)
    assert same.returncode == 0 and "DIFFERENT" not in same.stdout
    conn = sqlite3.connect(paths[1])
    conn.execute("UPDATE story_meta SET value = '4'")
    conn.commit()
    conn.close()
    differ = subprocess.run([*tool, *paths], capture_output=True, text=True, check=False)
    assert differ.returncode == 1 and "story_meta" in differ.stdout and "DIFFERENT" in differ.stdout
    missing = subprocess.run([*tool, paths[0], str(tmp_path / "none.db")], capture_output=True,
                             text=True, check=False)  # fmt: skip
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"no store at {tmp_path / 'none.db'}"
    assert "Traceback" not in missing.stderr
