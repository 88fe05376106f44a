"""The words of the person names khabar romanises on a list of corpus day files, with their spelling.

Why: a person the KB does not know is named by ``khabar.events.names.romanise``, word by word
from the name tables or by rule; English news and the event gold write Indian names in their
conventional spelling (Shetty, Rajneesh, Chauhan), so a round that adds conventional spellings
(``data/actors/name_spellings_hi_en.txt``) needs every such word of the corpus in front of it,
with how often it occurs and how it is spelt now, to judge which words the table must hold and
to read every change a table edit makes (round nm7, issue 13). Only PERSON mentions without a KB
entity count (a KB person keeps the KB's own English name).

    KHABAR_DATA=../shared/data PYTHONPATH=src .venv/bin/python tools/person_spellings.py \
        LIST.txt OUT.tsv [--root DIR]

LIST is one day file a line, under ``--root`` (default: the COVID corpus's ``Corpora``); OUT is
``word<TAB>count<TAB>spelling<TAB>example name<TAB>its English`` a line, most frequent first.
With ``--names OUT2`` also ``name<TAB>count<TAB>English`` for each distinct name. Compare two
runs (before and after a table change) with ``diff``.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.entities.translit import is_devanagari
from khabar.events.names import name_words, romanise
from khabar.pipeline import available_stages, run_local

_ROOT = "corpus/hindi-covid-2020/Corpora"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("list", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--root", type=Path, default=Path(os.environ.get("KHABAR_DATA", ".")) / _ROOT)
    ap.add_argument("--names", type=Path, help="also write each distinct name and its English")
    args = ap.parse_args(argv)
    paths = [str(args.root / line) for line in args.list.read_text().split("\n") if line]
    cfg = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities"}]
    counts: Counter[str] = Counter()
    example: dict[str, tuple[str, str]] = {}
    names: Counter[tuple[str, str]] = Counter()
    for article in run_local(read_clean(paths, cfg), cfg, stages, given=("blocks",)):
        for m in article.mentions:
            if m.type != "PERSON" or (m.entity_id or "").startswith("kb:"):
                continue
            english = romanise(m.text)
            if not english:
                continue
            names[m.text, english] += 1
            for word in name_words(m.text.split()):
                if is_devanagari(word):
                    counts[word] += 1
                    example.setdefault(word, (m.text, english))
    with args.out.open("w", encoding="utf-8") as fh:
        for word, n in counts.most_common():
            name, english = example[word]
            fh.write(f"{word}\t{n}\t{romanise(word)}\t{name}\t{english}\n")
    if args.names:
        with args.names.open("w", encoding="utf-8") as fh:
            for (name, english), n in sorted(names.items()):
                fh.write(f"{name}\t{n}\t{english}\n")
    print(f"{len(counts)} name words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
