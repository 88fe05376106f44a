"""Exact-match rate of the romanisers on the KB's person and place name words, tuned and held-out.

Why: the rule romaniser (``khabar.events.names.rule_spelling``) spells every Hindi name word the
KB and the name tables do not know, and since round tr1 the learnt table
(``khabar.events.romaniser``) corrects its letters, so both should be judged on words they were
not fitted to. The KB's labels give such a test: the Hindi and English labels of one person, or
of one place below the country (GeoNames' romanisations are the English press's), with the same
number of words are aligned word by word (as ``names.learn`` does); a word is right when the
spelling is one of its KB spellings exactly (case aside). Words of the hand table
(``name_spellings_hi_en.txt`` as given by ``--hand``) and pairs too unlike to be one name (a title
against a name) are left out. Words are split by a fixed hash of the Hindi word
(``romaniser.part``) into a tuned part (3 of 4) and a held-out part (1 of 4) that a round does not
read (round ev99, issue 13). The learnt table is learnt from the tuned part only, so on the tuned
part it is judged by 4-fold cross-validation (each fold spelt by a table learnt from the other
three); on the held-out part by the built-in table. Persons and places are counted apart.

    KHABAR_DATA=../shared/data PYTHONPATH=src .venv/bin/python tools/romaniser_exact.py \
        [--hand FILE] [--wrong OUT.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from khabar.events import names, romaniser

Table = dict[str, tuple[str, int, int]]


def fold(word: str) -> int:
    """The cross-validation fold of a tuned word (a fixed hash other than the part's)."""
    return int(hashlib.md5(word.encode()).hexdigest(), 16) % 4


def measure(
    words: dict[str, set[str]], hand: dict[str, str], which: str, table_for: Callable[[str], Table],
    wrong: list[str],
) -> Counter[str]:
    """Counts of words, rule right and learnt right on one part."""
    counts: Counter[str] = Counter()
    for hi, spellings in sorted(words.items()):
        if romaniser.part(hi) != which or hi in hand:
            continue
        rule = names.rule_spelling(hi)
        if max(names._similarity(rule, e) for e in spellings) < 0.5:
            continue
        learnt = romaniser.spell(hi, table_for(hi)) or rule
        right = {e.casefold() for e in spellings}
        counts["n"] += 1
        counts["rule"] += rule.casefold() in right
        counts["learnt"] += learnt.casefold() in right
        if which == "tune" and learnt.casefold() not in right:
            wrong.append(f"{hi}\t{rule}\t{learnt}\t{' '.join(sorted(spellings))}")
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hand", type=Path, default=names._conventional(), help="hand table to skip")
    ap.add_argument("--wrong", type=Path, help="write the tuned part's wrong words here")
    args = ap.parse_args()
    hand = names.read_table(args.hand)
    persons = romaniser.aligned_words(romaniser.PERSON_TYPES)
    places = romaniser.aligned_words(romaniser.PLACE_TYPES)
    pairs = sorted(set(romaniser.training_pairs(persons)) | set(romaniser.training_pairs(places)))
    folds = {f: romaniser.learn([p for p in pairs if fold(p[0]) != f]) for f in range(4)}
    builtin = romaniser.learnt_table()
    wrong: list[str] = []
    for kind, words in (("persons", persons), ("places", places)):
        for which in ("tune", "held"):
            c = measure(words, hand, which, (lambda h: folds[fold(h)]) if which == "tune"
                        else (lambda h: builtin), wrong)
            n = max(c["n"], 1)
            print(f"{kind} {which}: rule {c['rule']} / {c['n']} = {c['rule'] / n:.3f}, "
                  f"learnt {c['learnt']} / {c['n']} = {c['learnt'] / n:.3f}")
    if args.wrong:
        args.wrong.write_text("\n".join(wrong) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
