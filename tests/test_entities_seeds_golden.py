"""Golden test: entities, mentions, roles and metonyms of both seed articles against seeds-gold.

The articles are built from the gold content/boilerplate lines (the clean stage's job), so this
test measures the entities stage alone. Mentions are compared as (text, line, canonical entity).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import EXAMPLES
from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.stage import extract_mentions
from khabar.model import Article, Block, Mention

SCORED_KINDS = {"name", "adjectival", "demonym", "role_only", "group"}


def build_article(name: str, doc: dict) -> Article:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    blocks = []
    for item in doc["content_lines"]:
        n = item["line"]
        s, e = starts[n - 1], starts[n - 1] + len(lines[n - 1])
        s += len(item.get("strip_prefix", ""))
        e -= len(item.get("strip_suffix", ""))
        blocks.append(Block(s, e, item["label"], n))
    for item in doc["boilerplate_lines"]:
        n = item["line"]
        blocks.append(Block(starts[n - 1], starts[n - 1] + len(lines[n - 1]), item["label"], n))
    blocks.sort(key=lambda b: b.start)
    return Article(
        id=name.split("_")[1].removesuffix(".txt"), text=text, dct=doc["dct"], blocks=blocks
    )


def line_of(article: Article, m: Mention) -> int:
    return article.text.count("\n", 0, m.start) + 1


def compare(doc: dict, article: Article, mentions: list[Mention]) -> dict[str, list]:
    """Differences between the system's mentions and the gold, as lists (all empty when equal).

    ``missing``: scored gold mentions (text, line, canonical entity) not found. ``extra``: mentions
    at a (text, line) the gold has fewer mentions of (any kind, optional ones included; a title
    before a name, the gold's ``excluded_lines``, is no mention). ``mislinked``: mentions whose
    canonical name is none of the gold entities for that text and line.
    """
    expected: Counter[tuple[str, int, str]] = Counter()
    allowed: Counter[tuple[str, int]] = Counter()
    names: dict[tuple[str, int], set[str]] = {}
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            for line in m["lines"]:
                allowed[(m["text"], line)] += 1
                names.setdefault((m["text"], line), set()).add(ent["name"])
            if ent.get("optional") or m.get("optional") or m["kind"] not in SCORED_KINDS:
                continue
            for line in m["lines"]:
                expected[(m["text"], line, ent["name"])] += 1
    keyed = [(m.text, line_of(article, m), m.canonical or "") for m in mentions]
    got = Counter(keyed)
    at: Counter[tuple[str, int]] = Counter((text, line) for text, line, _ in keyed)
    return {
        "missing": sorted((expected - got).elements()),
        "extra": sorted((at - allowed).elements()),
        "mislinked": sorted(k for k in got if k[2] not in names.get(k[:2], set())),
    }


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


SEEDS = ("000_067ad915245d0b3d.txt", "003_cf99c38d322cc213.txt")


@pytest.mark.parametrize("name", SEEDS)
def test_seed_mentions_equal_gold(seeds_gold, kb, name):
    """Every scored gold mention with its entity, and nothing the gold does not have."""
    doc = seeds_gold["documents"][name]
    article = build_article(name, doc)
    diff = compare(doc, article, extract_mentions(article, kb))
    assert diff == {"missing": [], "extra": [], "mislinked": []}


@pytest.mark.parametrize("name", SEEDS)
def test_seed_metonyms_match_gold(seeds_gold, kb, name):
    doc = seeds_gold["documents"][name]
    article = build_article(name, doc)
    got = Counter(
        (m.text, line_of(article, m), m.reading)
        for m in extract_mentions(article, kb)
        if m.text in ("मॉस्को", "बीजिंग", "क्रेमलिन")
    )
    want: Counter[tuple[str, int, str]] = Counter()
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            if m["text"] in ("मॉस्को", "बीजिंग", "क्रेमलिन"):
                for line in m["lines"]:
                    want[(m["text"], line, m.get("reading", "literal"))] += 1
    assert got == want


def test_nothing_from_boilerplate(seeds_gold, kb):
    name = "003_cf99c38d322cc213.txt"
    doc = seeds_gold["documents"][name]
    article = build_article(name, doc)
    bp_lines = {item["line"] for item in doc["boilerplate_lines"]}
    assert not [m for m in extract_mentions(article, kb) if line_of(article, m) in bp_lines]


def test_seed_roles_and_inferences(seeds_gold, kb):
    name = "003_cf99c38d322cc213.txt"
    article = build_article(name, seeds_gold["documents"][name])
    mentions = extract_mentions(article, kb)
    ushakov = [m for m in mentions if m.text == "यूरी उशाकोव"]
    assert ushakov and ushakov[0].role == "Foreign Policy Adviser"
    assert ushakov[0].affiliation == "Vladimir Putin"
    chancellor = [m for m in mentions if m.text == "जर्मन चांसलर"]
    assert chancellor[0].kind == "role_only" and chancellor[0].inferred
    assert chancellor[0].entity_id == "kb:person/friedrich-merz"
    pms = {m.canonical for m in mentions if m.kind == "role_only" and m.type == "PERSON"}
    assert {"Prime Minister of the United Kingdom", "Prime Minister of Canada"} <= pms
    short = [m for m in mentions if m.text == "उशाकोव"]
    assert {m.entity_id for m in short} == {"kb:person/yuri-ushakov"}


def test_examples_exist():
    assert Path(EXAMPLES).is_dir()


def test_compare_reports_every_kind_of_difference(seeds_gold, kb):
    """The equality test above can fail: a lost, an invented and a mislinked mention all show."""
    name = SEEDS[1]
    doc = seeds_gold["documents"][name]
    article = build_article(name, doc)
    mentions = extract_mentions(article, kb)
    ushakov = next(m for m in mentions if m.text == "यूरी उशाकोव")
    putin = next(m for m in mentions if m.text == "पुतिन")
    wrong = Mention(putin.start, putin.end, putin.text, "PERSON", None, "Somebody Else")
    invented = Mention(0, 4, article.text[:4], "PERSON", None, "Nobody")
    diff = compare(doc, article, [m for m in mentions if m is not ushakov] + [wrong, invented])
    assert diff["missing"] == [("यूरी उशाकोव", 29, "Yuri Ushakov")]
    assert (putin.text, line_of(article, putin), "Somebody Else") in diff["mislinked"]
    assert (article.text[:4], 1) in diff["extra"]  # and a second पुतिन on that line
    assert (putin.text, line_of(article, putin)) in diff["extra"]
