"""Write silver NER labels: the accurate tagger's BIO tags on unlabelled Hindi news sentences.

Why: distillation. Trained on these sentences beside the gold ones (``khabar train ner
--silver FILE``), the default CRF could learn some of what the e5 evidence tells the accurate
tagger (``khabar[accurate]``) about names it has never seen, and still tag as fast (same
attributes). Measured 2026-12-03 and NOT used for the committed model: on IL-NER dev the CRF
trained with all 7,383 silver sentences lost 0.002 F1 (combined) on the tuning half and 0.008 on
the report half; with only the sentences the teacher tags with sequence probability ≥ 0.9
(``--min-probability 0.9``: 4,564; the measured run kept 4,565, its probabilities rounded to
four places), +0.003 and -0.011 (HiNER's half gained 0.004-0.005 both times); see README,
Quality. The text is ILTIMEX2012's 300 plain news documents (under ``KHABAR_DATA``; a
time-expression set with no entity labels, read by no entity, event or story evaluation), so
nothing of IL-NER dev, HiNER's evaluation half or the COVID event and story gold is labelled
by the teacher.

Sentences are cut at danda, ? and ! and at line ends, tokenised as the pipeline tokenises,
kept at 4-60 words, first occurrence only, in file-name order: the output is the same on every
run (the accurate tagger is deterministic with one BLAS thread).

    OPENBLAS_NUM_THREADS=1 .venv/bin/python tools/ner_silver.py /tmp/khabar-ner-silver.conll
    .venv/bin/khabar train ner --silver /tmp/khabar-ner-silver.conll --out /tmp/crf.model

The file stays outside the repository (it holds newspaper text); about 4 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from khabar.config import Config
from khabar.entities.accurate import tag_with_probability
from khabar.entities.kb import load_kb
from khabar.entities.tagger import tokenize
from khabar.errors import KhabarError
from khabar.eval.report import require_data

SOURCE = ("time", "iltimex2012-hindi", "Plain_Text")
MIN_WORDS, MAX_WORDS = 4, 60
_SENTENCE_END = re.compile(r"(?<=[।?!])|\n")
_MARKUP = re.compile(r"<[^>]+>")


def silver_sentences(root: Path) -> list[list[str]]:
    """The distinct sentences of every document under ``root``, in file-name order."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for path in sorted(root.iterdir()):
        text = _MARKUP.sub(" ", path.read_text(encoding="utf-8"))
        for part in _SENTENCE_END.split(text):
            words = [t.text for t in tokenize(part)]
            if MIN_WORDS <= len(words) <= MAX_WORDS and tuple(words) not in seen:
                seen.add(tuple(words))
                out.append(words)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument(
        "--min-probability",
        type=float,
        default=0.0,
        help="keep only sentences the teacher tags with at least this sequence probability",
    )
    args = ap.parse_args()
    config = Config()
    try:
        root = require_data(config.data_dir, *SOURCE)
        kb = load_kb(config)
        lines = []
        for words in silver_sentences(root):
            tags, probability = tag_with_probability(words, kb)
            if probability < args.min_probability:
                continue
            lines.append("".join(f"{w}\t{t}\n" for w, t in zip(words, tags, strict=True)))
    except KhabarError as err:
        print(err.message, file=sys.stderr)
        raise SystemExit(1) from None
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(lines)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
