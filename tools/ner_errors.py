"""Count the combined NER system's errors on a gold set by KIND, type and source.

Why: ``khabar eval ner`` gives F1 per type; deciding what to fix needs to know where the missing
points are: names missed outright, spans found with wrong boundaries, right spans with the wrong
type, spans the gold does not have, and which source (KB, rules, CRF) produced each error. Also
lists the words that most often make a spurious span or a missed one, and counts the KB aliases
left as descriptive mentions (:mod:`khabar.entities.kbprior`) by whether the gold has them as names.

    .venv/bin/python tools/ner_errors.py [--dataset il-ner-dev] [--half a|b|all] [--top 25]

``--half a`` keeps the set's even blocks of 25 sentences in file order, ``b`` the odd ones (tune
on one, report the other). Blocks, not the first and second half: IL-NER dev has no name after its
699th sentence (its second half is essays), so a cut at the middle leaves one side without gold.
"""

from __future__ import annotations

import argparse
from collections import Counter

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import GAZ_CLASS, spans_from_bio
from khabar.eval.ner import _words_as_tokens, load_dataset

_CLASS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", **GAZ_CLASS}


BLOCK = 25


def half(sents: list, which: str) -> list:
    """Half ``a`` (even blocks of :data:`BLOCK` sentences) or ``b`` (odd blocks) of a gold set."""
    return [s for k, s in enumerate(sents) if (k // BLOCK) % 2 == (which == "b")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default="il-ner-dev")
    ap.add_argument("--half", default="a", choices=["a", "b", "all"])
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    config = Config()
    kb = load_kb(config)
    _, sents = load_dataset(config, args.dataset)
    if args.half != "all":
        sents = half(sents, args.half)
    kinds: Counter[tuple[str, str, str]] = Counter()  # (kind, type, source)
    spurious: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    boundary: list[str] = []
    n_gold = n_pred = 0
    for words, tags in sents:
        gold = set(spans_from_bio(tags))
        n_gold += len(gold)
        found = recognise(_words_as_tokens(words), kb, set())
        cands = [c for c in found if c.kind == "name" and _CLASS.get(c.type)]
        for c in found:
            if c.kind == "descriptive" and c.source == "kb" and _CLASS.get(c.type):
                hit = (c.i, c.j, _CLASS[c.type]) in gold
                kinds["descr.", _CLASS[c.type], "gold" if hit else "none"] += 1
        pred = {(c.i, c.j, _CLASS[c.type]): c.source for c in cands}
        n_pred += len(pred)
        for (i, j, t), src in pred.items():
            if (i, j, t) in gold:
                kinds["tp", t, src] += 1
                continue
            over = [g for g in gold if g[0] < j and i < g[1]]
            same = [g for g in over if (g[0], g[1]) == (i, j)]
            if same:
                kinds["type", f"{same[0][2]}->{t}", src] += 1
            elif any(g[2] == t for g in over):
                kinds["boundary", t, src] += 1
                g = next(g for g in over if g[2] == t)
                boundary.append(
                    f"{src:4} {t} gold[{' '.join(words[g[0]:g[1]])}] pred[{' '.join(words[i:j])}]"
                )
            elif over:
                kinds["bound+type", t, src] += 1
            else:
                kinds["spurious", t, src] += 1
                spurious[f"{src} {t} {' '.join(words[i:j])}"] += 1
        for i, j, t in gold:
            if not any(p[0] < j and i < p[1] for p in pred):
                kinds["missed", t, "-"] += 1
                missed[f"{t} {' '.join(words[i:j])}"] += 1
    tp = sum(n for k, n in kinds.items() if k[0] == "tp")
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.dataset} half {args.half}: {len(sents)} sentences, combined P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    for key, n in sorted(kinds.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"  {key[0]:11} {key[1]:9} {key[2]:5} {n}")
    print("most frequent spurious spans:")
    for s, n in spurious.most_common(args.top):
        print(f"  {n:3} {s}")
    print("most frequent missed names:")
    for s, n in missed.most_common(args.top):
        print(f"  {n:3} {s}")
    print("boundary errors (first ones):")
    for s in boundary[: args.top]:
        print("  " + s)


if __name__ == "__main__":
    main()
