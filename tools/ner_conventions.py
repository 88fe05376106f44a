"""Count how consistently a gold NER set follows an annotation convention (round ner22, issue 17).

Why: IL-NER dev and IL-NER train disagree on some conventions (an honorific inside a person's
name or not; केंद्र सरकार a name or not; "X नदी" whole or split). Before following dev's, count
how often each set follows it: IL-NER train, dev half a (tune) and dev half b (report only: the
counts, never the errors), and HiNER's training half (the CRF learns from it too). Halves are :func:`tools.ner_errors.half`'s blocks of 25 sentences.

    .venv/bin/python tools/ner_conventions.py
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from khabar.config import Config
from khabar.entities.tagger import IL_NER_TRAIN, spans_from_bio
from khabar.eval.ner import (
    HINER_TAGSET,
    HINER_VALIDATION,
    TAGSET,
    hiner_halves,
    load_dataset,
    read_conll,
)
from khabar.eval.report import require_data

BLOCK = 25
HONORIFICS = {"श्री", "श्रीमती", "श्रीमान", "सुश्री"}
TITLES = {"डॉ", "डॉ.", "डा.", "डॉक्टर", "प्रो.", "प्रोफेसर", "भगवान", "स्वामी", "संत"}
CENTRE = {("केंद्र", "सरकार"), ("केन्द्र", "सरकार")}
UN = {"यूएन", "संयुक्त राष्ट्र", "संयुक्त राष्ट्र संघ"}
SCHEME_HEADS = {"मिशन", "कोष", "फंड", "अभियान", "योजना"}
GEO_CLASS = {"नदी", "गांव", "गाँव", "गणराज्य", "पर्वत", "झील", "घाटी", "खाड़ी", "सागर", "महासागर"}
# words before a scheme head that do not make it a name ("इस योजना", "की योजना", "' अभियान")
NOT_NAME = set(
    "यह इस उस ये वह एक की के का ने में से को और तथा अपनी अपने इसी नई नए हर बड़ी बड़ा , ' \" ( - । :".split()  # noqa: SIM905
)

Sent = tuple[list[str], list[str]]


def _spans(tags: list[str]) -> dict[tuple[int, int], str]:
    return {(i, j): t for i, j, t in spans_from_bio(tags)}


def _before_person(words: list[str], tags: list[str], c: Counter[str], lex: set[str]) -> None:
    for (i, j), t in _spans(tags).items():
        if t != "PER":
            continue
        if words[i] in lex and j - i > 1:
            c["inside"] += 1
        elif i > 0 and words[i - 1] in lex and tags[i - 1] == "O":
            c["outside"] += 1


def honorific(words: list[str], tags: list[str], c: Counter[str]) -> None:
    """श्री/श्रीमती right before or at the start of a gold person: inside or outside."""
    _before_person(words, tags, c, HONORIFICS)


def title(words: list[str], tags: list[str], c: Counter[str]) -> None:
    """डॉ/प्रोफेसर/भगवान … right before or at the start of a gold person: inside or outside."""
    _before_person(words, tags, c, TITLES)


def centre(words: list[str], tags: list[str], c: Counter[str]) -> None:
    """केंद्र सरकार: tagged (any type) or untagged."""
    sp = _spans(tags)
    for k in range(len(words) - 1):
        if (words[k], words[k + 1]) in CENTRE:
            c["tagged " + sp[(k, k + 2)] if (k, k + 2) in sp else "untagged"] += 1


def un(words: list[str], tags: list[str], c: Counter[str]) -> None:
    """यूएन / संयुक्त राष्ट्र (not followed by a further name word): its type."""
    sp = _spans(tags)
    for (i, j), t in sp.items():
        if " ".join(words[i:j]) in UN:
            c[t] += 1
    for k, w in enumerate(words):
        if w == "यूएन" and tags[k] == "O":
            c["untagged"] += 1


def scheme(words: list[str], tags: list[str], c: Counter[str]) -> None:
    """मिशन/कोष/अभियान/योजना after a content word: the phrase tagged (type) or untagged.

    Approximate: "untagged" also counts common phrases ("ऋण योजना"); read the list by hand."""
    sp = _spans(tags)
    for k, w in enumerate(words):
        if w not in SCHEME_HEADS or k == 0 or words[k - 1] in NOT_NAME:
            continue
        ends = [t for (_, j), t in sp.items() if j == k + 1]
        if ends:
            c["tagged " + ends[0]] += 1
        elif any(j == k for (_, j) in sp):
            c["name before, head outside"] += 1
        elif tags[k] == "O" and tags[k - 1] == "O":
            c["untagged"] += 1


def geo(words: list[str], tags: list[str], c: Counter[str]) -> None:
    """A gold place right before नदी/गांव/गणराज्य (class outside) or ending in it (inside)."""
    sp = _spans(tags)
    for (i, j), t in sp.items():
        if t != "LOC":
            continue
        if j - i > 1 and words[j - 1] in GEO_CLASS:
            c["inside " + words[j - 1]] += 1
        elif j < len(words) and words[j] in GEO_CLASS and tags[j] == "O":
            c["outside " + words[j]] += 1


CONVENTIONS: dict[str, Callable[[list[str], list[str], Counter[str]], None]] = {
    "honorific before a person": honorific,
    "title before a person": title,
    "केंद्र सरकार": centre,
    "UN": un,
    "scheme/fund/mission head": scheme,
    "river/village/republic class word": geo,
}


def main() -> None:
    config = Config()
    train = list(read_conll(require_data(config.data_dir, *IL_NER_TRAIN), TAGSET))
    _, dev = load_dataset(config, "il-ner-dev")
    hiner = list(read_conll(require_data(config.data_dir, *HINER_VALIDATION), HINER_TAGSET))
    sets: dict[str, list[Sent]] = {
        "train": train,
        "hiner train half": hiner_halves(hiner)[0],
        "dev a": [s for k, s in enumerate(dev) if (k // BLOCK) % 2 == 0],
        "dev b": [s for k, s in enumerate(dev) if (k // BLOCK) % 2 == 1],
    }
    for name, fn in CONVENTIONS.items():
        print(name)
        for set_name, sents in sets.items():
            c: Counter[str] = Counter()
            for words, tags in sents:
                fn(words, tags, c)
            print(f"  {set_name:16} " + ", ".join(f"{k} {n}" for k, n in sorted(c.items())))


if __name__ == "__main__":
    main()
