"""Hindi words of target phrases the actor glossary does not know, counted on corpus day files.

Why (round ev34, issue 13): a target phrase whose head or modifier the glossary
(``data/actors/gloss_hi_en.yaml``) lacks gets no English, or loses the word ("115 लोगों" for
"पंजाब से लौटे 115 मजदूरों"). This runs the event stage on a sample of ``corpus/hindi-covid-2020``
day files the dev event gold does not name (never the gold), takes every target (and source)
argument that names no entity, and counts the words of it the glossary does not know
(function words and places left out), with whether the phrase got an English at all and a first
example. The frequent ones are then glossed by hand (nouns, modifiers, participles).

``--dropped`` (round ev119) counts instead the content words of glossed phrases that their
English does not say, by word class (``dropped_words``): ``cut`` (before the phrase's last
postposition: an origin, a place, what an except-phrase excepts), ``verb`` (a participle or
converb), ``owner`` (before a genitive), ``modifier`` (any other word before the head), ``head``
and ``junk`` (pronouns and adverbs a phrase read too far back takes in, rightly left out); a
class ending in ``?`` is a word neither the glossary nor the KB knows. A word counts as said when
the English holds a word of the English of a glossary entry that has it in one of its forms (or
of the place it names); the phrases are glossed anew with the current glossary, so a file of
phrases (``--phrases``: tab-separated lines whose third and fourth fields are the role and the
Hindi, as ``--dump`` writes them with the file and event type before) measures a glossary change
without running the pipeline again. ``--exclude LIST`` leaves out the day files a list names (a
stem or an ISO day, as ``tools/find_missed_acts.py --exclude``).

    python tools/mine_gloss_gaps.py [--every 4] [--offset 0] [--top 120] [--dump]
        [--exclude LIST] [--dropped [--show CLASS]] [--phrases TSV]
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from find_missed_acts import excluded, is_excluded
from mine_light_verbs import FUNCTION_WORDS  # tools/ is on the path when run as a script
from pronoun_targets import day_files

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.events.gloss import gloss
from khabar.events.gloss_phrases import (
    _CONJUNCTIONS,
    _GENITIVE,
    _POSTPOSITIONS,
    _SMALL_NUMBERS,
    _WALE,
)
from khabar.events.glossary import _place_en, _place_pair, _words, glossary, known_word
from khabar.pipeline import available_stages, run_local

# Auxiliaries after a participle ("फंसे हुए", "लौट रहे"): the word before one is a verb
_AUX = frozenset({"हुए", "हुई", "हुआ", "रहे", "रही", "रहा", "गए", "गई"})
# Words no class of the census counts: function words, the glossary's postpositions and
# conjunctions, auxiliaries and determiners whose sense the English carries in its form
_NO_CONTENT = (
    FUNCTION_WORDS
    | _POSTPOSITIONS
    | _CONJUNCTIONS
    | _GENITIVE
    | _WALE
    | _AUX
    | {"गये", "सभी", "इन", "उन", "एक"}
    | {"अपने", "अपनी", "अपना", "हमारे", "लिए", "बाद", "पहले", "सबसे"}
)
# Pronouns and adverbs a phrase read too far back takes in ("इस दौरान सभी राज्यों")
_JUNK = frozenset(
    {"वहां", "यहां", "उन्हें", "उसे", "इन्हें", "उन्होंने", "इसके", "अलावा", "दौरान", "बात", "अभी"}
    | {"इसका", "इस्तेमाल", "इसमें", "जिस", "तरह", "वजह", "कारण", "साथ", "जैसे", "ऐसा", "ऐसे"}
    | {"फिर", "अब", "वहीं", "यहीं", "आज", "कल"}
)
# Words the phrase rules say in their own English, not the glossary's
_RULE_WORDS = {
    "संपर्क": "contacts contact", "उल्लंघन": "violators", "बीच": "between", "कम": "under least",
    "ज्यादा": "more over", "अधिक": "more over", "करीब": "about", "लगभग": "about",
    "छोड़कर": "except", "बाहर": "outside", "वापस": "returning", "हजार": "000", "लाख": "lakh",
    "करोड़": "crore", "विदेश": "abroad", "विदेशों": "abroad",
}  # fmt: skip


def _stems(english: str) -> set[str]:
    return {w[:5].lower() for w in re.findall(r"[A-Za-z]+", english) if len(w) >= 3}


def _english_of(word: str) -> list[str]:
    """The English the glossary (any entry with the word in a form), the KB (a place) or a phrase
    rule (:data:`_RULE_WORDS`) may say a word with; empty when none knows it."""
    said = [e.en for e in glossary().entries if any(word in f for f in e.forms)]
    place = _place_en((word,)) or _place_pair(word)
    return said + ([place] if place else []) + ([_RULE_WORDS[word]] if word in _RULE_WORDS else [])


def _word_class(words: list[str], k: int) -> str:
    w, after = words[k], words[k + 1] if k + 1 < len(words) else ""
    if w in _JUNK:
        return "junk"
    if after in _WALE or after in _AUX or w.endswith("कर"):
        return "verb"
    if k < max((i for i, x in enumerate(words) if x in _POSTPOSITIONS), default=-1):
        return "cut"
    if after in _GENITIVE:
        return "owner"
    return "head" if k == len(words) - 1 else "modifier"


def dropped_words(hindi: str, english: str) -> list[tuple[str, str]]:
    """(word, class) of each content word of a Hindi phrase that its English does not say
    (classes in the module's docstring; "?" after a word neither the glossary nor the KB knows)."""
    words, have = _words(hindi), _stems(english)
    out: list[tuple[str, str]] = []
    for k, w in enumerate(words):
        if w in _NO_CONTENT or not w[:1].isalpha() or w in _SMALL_NUMBERS:
            continue
        known = _english_of(w)
        if any(_stems(e) & have for e in known):
            continue
        out.append((w, _word_class(words, k) + ("" if known else "?")))
    return out


def _phrases(path: Path) -> Iterator[tuple[str, str]]:
    """(role, Hindi) of each line of a phrase file written by ``--dump``."""
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            yield parts[2], parts[3]


def census(phrases: list[tuple[str, str]], show: frozenset[str] = frozenset()) -> None:
    """Print the dropped-word census of distinct (role, phrase) pairs glossed anew."""
    seen = sorted(set(phrases))
    classes: Counter[str] = Counter()
    words: Counter[str] = Counter()
    glossed = whole = content = 0
    for _role, hindi in seen:
        english = gloss(hindi)
        if not english:
            continue
        glossed += 1
        content += sum(1 for w in _words(hindi) if w not in _NO_CONTENT and w[:1].isalpha())
        dropped = dropped_words(hindi, english)
        whole += not dropped
        for word, kind in dropped:
            classes[kind] += 1
            words[word] += kind.endswith("?")
            if kind in show:
                print(f"   [{kind}] {hindi} -> {english}")
    print(
        f"{len(seen)} phrases, {glossed} glossed, {whole} with every content word said; "
        f"{content} content words, {sum(classes.values())} not said"
    )
    for kind, n in classes.most_common():
        print(f"  {kind:10s} {n}")
    print("unknown words not said:", ", ".join(f"{w} {n}" for w, n in words.most_common(40) if n))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--offset", type=int, default=0, help="first file of the sample")
    ap.add_argument("--top", type=int, default=120)
    ap.add_argument(
        "--dump", action="store_true", help="print each phrase with its English (to diff rounds)"
    )
    ap.add_argument("--data", default=os.environ.get("KHABAR_DATA", "../shared/data"))
    ap.add_argument("--exclude", type=Path, help="day files to leave out: stems or ISO days")
    ap.add_argument("--dropped", action="store_true", help="count the words the English drops")
    ap.add_argument("--show", action="append", default=[], help="list a class's phrases")
    ap.add_argument("--phrases", type=Path, help="phrases written by --dump (no pipeline run)")
    args = ap.parse_args()
    if args.phrases is not None:
        census(list(_phrases(args.phrases)), frozenset(args.show))
        return 0
    config = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    missing: Counter[str] = Counter()
    unglossed: Counter[str] = Counter()
    example: dict[str, str] = {}
    args_seen = glossed = 0
    names = excluded(args.exclude)
    files = [
        p for p in day_files(Path(args.data), args.every, args.offset) if not is_excluded(p, names)
    ]
    phrases: list[tuple[str, str]] = []
    for path in files:
        for art in run_local(read_clean([str(path)], config), config, stages, given=("blocks",)):
            for ev in art.events:
                for arg in ev.arguments:
                    unnamed = (arg.entity_id or "text:").startswith("text:")
                    if arg.role not in {"source", "target"} or not unnamed:
                        continue
                    args_seen += 1
                    phrases.append((arg.role, arg.text))
                    if args.dump:
                        print(f"{path.name}\t{ev.type}\t{arg.role}\t{arg.text}\t{arg.en}")
                    glossed += bool(arg.en)
                    for w in _words(arg.text):
                        if w in FUNCTION_WORDS or known_word(w) or not w[:1].isalpha():
                            continue
                        missing[w] += 1
                        unglossed[w] += not arg.en
                        example.setdefault(w, f"{arg.text} -> {arg.en!r}")
    if args.dropped:
        census(phrases, frozenset(args.show))
        return 0
    print(f"{len(files)} day files: {args_seen} unnamed source/target phrases, {glossed} glossed")
    for w, n in missing.most_common(args.top):
        print(f"{n:4d} {unglossed[w]:4d}  {w}\t{example[w]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
