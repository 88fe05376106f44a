"""How often the training annotation tags a knowledge-base alias as a name, and what that means.

Why: the KB knows institutions by the words news uses for them (संसद, लोकसभा, चुनाव आयोग, नीति
आयोग). Those are references to a known entity, and events and stories need them linked; but Hindi
NER annotation (IL-NER, HiNER) mostly leaves such common-noun designations untagged, so calling
each one a *name* costs precision against any gold of that kind. Which aliases are of that kind is
learnt, not listed: every KB match over the training sentences (IL-NER train and HiNER's training
half, the CRF's supervision, :func:`.tagger.training_sentences`) is counted as tagged exactly
(same words, same type), inside a larger gold name (no evidence either way: the alias is part of
a longer name there), or otherwise (the annotation does not call it a name of that type).

An organisation's alias seen often enough with a low exact rate keeps its KB entry and its link
but becomes a ``descriptive`` mention instead of a ``name`` (:func:`descriptive`), the kind a
named office already has. The table is built by

    python -m khabar.entities.kbprior      # writes src/khabar/data/ner/kb-aliases.tsv

and is small (one row per alias matched in training). Never trained on IL-NER dev or HiNER's
evaluation half.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

from ..config import Config
from ..errors import E, KhabarError
from .kb import KB, load_kb
from .kbmatch import kb_candidates
from .tagger import GAZ_CLASS, Tok, spans_from_bio, training_sentences

TABLE_PATH = Path(str(resources.files("khabar") / "data" / "ner" / "kb-aliases.tsv"))
HEADER = "type\talias\tmatched\texact\tinside"
# The span types of KB candidates, as the gold sets type names.
CLASS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", **GAZ_CLASS}
# An alias becomes descriptive when at least MIN_SEEN of its training matches are not inside a
# larger gold name and fewer than MAX_EXACT of those are tagged exactly as a name of its type.
# Tuned on IL-NER dev half a (tools/ner_errors.py --half a); half b reported.
MIN_SEEN = 3
MAX_EXACT = 0.5
# Only organisations are demoted: an institution named by common words (संसद, चुनाव आयोग) is a
# description; a place the annotation leaves untagged (गाजा, रोम) is still a place's name, which
# story signatures and metonym readings need. Places too would add 0.002 on IL-NER dev half b.
DESCRIPTIVE_TYPES = frozenset(["ORG"])


def alias_of(keys: Sequence[str], i: int, j: int) -> str:
    """The table's key of a match over words ``[i, j)``: their folded forms, space-joined."""
    return " ".join(keys[i:j])


def count_matches(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], kb: KB
) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(type, alias) -> (matched, exact, inside) over gold sentences: KB name matches, those the
    gold tags with the same words and type, and those inside a longer gold name."""
    from .translit import deva_key

    matched: Counter[tuple[str, str]] = Counter()
    exact: Counter[tuple[str, str]] = Counter()
    inside: Counter[tuple[str, str]] = Counter()
    for words, tags in sentences:
        gold = set(spans_from_bio(tags))
        toks, pos = [], 0
        for w in words:
            toks.append(Tok(pos, pos + len(w), w))
            pos += len(w) + 1
        keys = [deva_key(w) for w in words]
        for c in kb_candidates(toks, kb, set()):
            label = CLASS.get(c.type)
            if c.kind != "name" or label is None:
                continue
            key = (label, alias_of(keys, c.i, c.j))
            matched[key] += 1
            if (c.i, c.j, label) in gold:
                exact[key] += 1
            elif any(g[0] <= c.i and c.j <= g[1] for g in gold):
                inside[key] += 1
    return {k: (matched[k], exact[k], inside[k]) for k in matched}


def write_table(counts: dict[tuple[str, str], tuple[int, int, int]], path: Path) -> int:
    """Write the counts sorted by type and alias (same input, same file); returns the rows."""
    rows = sorted(counts.items())
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for (label, alias), (m, x, n) in rows:
            f.write(f"{label}\t{alias}\t{m}\t{x}\t{n}\n")
    return len(rows)


def read_table(path: Path) -> frozenset[tuple[str, str]]:
    """The (type, alias) pairs that are descriptive by :data:`MIN_SEEN` and :data:`MAX_EXACT`;
    E030 naming the line when the file is not the table :func:`write_table` writes."""
    out = set()
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if n == 1:
                if line.rstrip("\n") != HEADER:
                    raise KhabarError(E.E030, detail=f"{path}:1: header is not {HEADER!r}")
                continue
            if len(parts) != 5 or not all(p.isdigit() for p in parts[2:]):
                raise KhabarError(E.E030, detail=f"{path}:{n}: not type, alias and three counts")
            matched, exact, inside = (int(p) for p in parts[2:])
            seen = matched - inside
            if seen >= MIN_SEEN and exact < MAX_EXACT * seen:
                out.add((parts[0], parts[1]))
    return frozenset(out)


@cache
def _descriptive_aliases(path: Path) -> frozenset[tuple[str, str]]:
    return read_table(path) if path.is_file() else frozenset()


def descriptive(entity_type: str, keys: Sequence[str], i: int, j: int) -> bool:
    """Whether a KB name match over words ``[i, j)`` is an alias the training annotation does
    not call a name (see the module docstring)."""
    label = CLASS.get(entity_type)
    if label not in DESCRIPTIVE_TYPES:
        return False
    return (label, alias_of(keys, i, j)) in _descriptive_aliases(TABLE_PATH)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar.entities.kbprior", description=__doc__)
    ap.add_argument("--out", type=Path, default=TABLE_PATH)
    args = ap.parse_args(argv)
    config = Config()
    try:
        sentences = [s for part in training_sentences(config).values() for s in part]
        n = write_table(count_matches(sentences, load_kb(config)), args.out)
    except KhabarError as e:
        print(str(e), file=sys.stderr)
        return 2
    print(f"{args.out}: {n} aliases from {len(sentences)} training sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
