"""Exact-match rate of the rule romaniser on the KB's person name words, tuned and held-out parts.

Why: the rule romaniser (``khabar.events.names.rule_spelling``) spells every Hindi name word the
KB and the name tables do not know, so its rules should be judged on words it has no table entry
for. The KB's person labels give such a test: the Hindi and English labels of one person with the
same number of words are aligned word by word (as ``names.learn`` does); a word is right when the
rule gives one of its KB spellings exactly (case aside). Words of the hand table
(``name_spellings_hi_en.txt`` as given by ``--hand``) and pairs too unlike to be one name (a title
against a name) are left out. Words are split by a fixed hash of the Hindi word into a tuned part
(3 of 4) and a held-out part (1 of 4) that a round does not read, so a rule fitted to the tuned
words is checked on the others (round ev99, issue 13).

    KHABAR_DATA=../shared/data PYTHONPATH=src .venv/bin/python tools/romaniser_exact.py \
        [--hand FILE] [--wrong OUT.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
import unicodedata
from collections import Counter
from pathlib import Path

from khabar.clean.cues import HINDI_STOPWORDS
from khabar.entities.translit import is_devanagari
from khabar.events import names


def aligned_words() -> dict[str, set[str]]:
    """Hindi person-name word -> its English spellings in the KB's labels."""
    out: dict[str, set[str]] = {}
    for hi, en in names.kb_pairs():
        hw, ew = hi.split(), en.replace("-", " ").split()
        if len(hw) != len(ew) or not all(is_devanagari(w) for w in hw):
            continue
        for h, e in zip(hw, ew, strict=True):
            if e.isascii() and e.isalpha() and e[0].isupper() and h not in HINDI_STOPWORDS:
                out.setdefault(unicodedata.normalize("NFC", h), set()).add(e)
    return out


def part(word: str) -> str:
    """'held' for one word in four (by a fixed hash), else 'tune'."""
    return "held" if int(hashlib.sha1(word.encode()).hexdigest(), 16) % 4 == 0 else "tune"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hand", type=Path, default=names._conventional(), help="hand table to skip")
    ap.add_argument("--wrong", type=Path, help="write the tuned part's wrong words here")
    args = ap.parse_args()
    hand = names.read_table(args.hand)
    counts: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for hi, spellings in sorted(aligned_words().items()):
        rule = names.rule_spelling(hi)
        if hi in hand or max(names._similarity(rule, e) for e in spellings) < 0.5:
            continue
        ok = rule.casefold() in {e.casefold() for e in spellings}
        counts[part(hi), "n"] += 1
        counts[part(hi), "ok"] += ok
        if not ok and part(hi) == "tune":
            wrong.append(f"{hi}\t{rule}\t{' '.join(sorted(spellings))}")
    for p in ("tune", "held"):
        n = counts[p, "n"]
        print(f"{p}: {counts[p, 'ok']} / {n} = {counts[p, 'ok'] / max(n, 1):.3f}")
    if args.wrong:
        args.wrong.write_text("\n".join(wrong) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
