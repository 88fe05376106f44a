"""Readers for the temporal gold corpora: ILTIMEX2012 (Hindi), TimeML .tml (TempEval-3), MEANTIME CAT.

Each reader yields :class:`GoldDoc`: the plain text the tagger sees, the document creation time and the
gold expressions as character spans into that text. Inline formats (ILTIMEX, TimeML) are read by
stripping tags and keeping offsets; MEANTIME is stand-off over tokens, so the text is rebuilt from the
tokens (one space between tokens, a newline between sentences) and spans are token extents.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import E, KhabarError


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str  # ILTIMEX: D P F T; TimeML: DATE TIME DURATION SET
    value: str = ""


@dataclass
class GoldDoc:
    id: str
    text: str
    dct: str | None  # YYYY-MM-DD
    timexes: list[GoldTimex] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)  # optional gold: neither hit nor miss


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


def strip_inline(marked: str, wanted: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of inline-annotated ``marked`` and the spans of its ``wanted`` elements."""
    out: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos = 0
    for m in _TAG.finditer(marked):
        piece = html.unescape(marked[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != wanted or selfclosing:
            continue
        if closing:
            if stack:
                start, found = stack.pop()
                spans.append((start, length, found))
        else:
            stack.append((length, dict(_ATTR.findall(attrs))))
    out.append(html.unescape(marked[pos:]))
    return "".join(out), spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _natural_key(path: Path) -> tuple[str, int]:
    digits = re.findall(r"\d+", path.stem)
    return (path.stem.rstrip("0123456789"), int(digits[-1]) if digits else 0)


# Expressions TIMEX3 tags and ILTIMEX2012 leaves untagged throughout (a convention, not a miss):
# "अब तक"/"अभी तक" (so far) are PRESENT_REF in TIMEX3 and in the Hindi event gold, and ILTIMEX's
# annotators tagged none of their 72 standalone occurrences (only inside a range, "... से लेकर अब
# तक"). Outside a gold span they go to ``ignore``: a prediction there counts neither way.
_ILTIMEX_UNTAGGED = re.compile(r"(?<![\w\u0900-\u097F])(?:अब|अभी)\s?तक(?![\w\u0900-\u097F])")


def read_iltimex(folder: Path) -> Iterator[GoldDoc]:
    """ILTIMEX2012: ``Manual_Tagged/*.xml`` with inline ``<ILTIMEX TYPE="D|P|F|T">``; no DCT, no values.

    ``ignore`` holds the spans of :data:`_ILTIMEX_UNTAGGED` that no gold expression overlaps.
    """
    files = sorted((folder / "Manual_Tagged").glob("*.xml"), key=_natural_key)
    if not files:
        raise KhabarError(E.E040, detail=str(folder / "Manual_Tagged"))
    for path in files:
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if body is None:
            raise KhabarError(E.E041, where=str(path), detail="no <TEXT> element")
        text, spans = strip_inline(body.group(1), "ILTIMEX")
        gold = []
        for s, e, attrs in spans:
            s, e = _trimmed(text, s, e)
            if e > s:
                gold.append(GoldTimex(s, e, attrs.get("TYPE", "D").strip().upper()))
        ignore = [(m.start(), m.end()) for m in _ILTIMEX_UNTAGGED.finditer(text)
                  if not any(g.start < m.end() and m.start() < g.end for g in gold)]
        yield GoldDoc(path.stem, text, None, sorted(gold, key=lambda g: g.start), ignore)


def read_tml(folder: Path) -> Iterator[GoldDoc]:
    """TimeML ``.tml`` files (TimeBank, AQUAINT): DCT from ``<DCT>``, TIMEX3 inside ``<TEXT>``."""
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise KhabarError(E.E040, detail=str(folder))
    for path in files:
        raw = path.read_text(encoding="utf-8")
        dct_match = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if dct_match is None or body is None:
            raise KhabarError(E.E041, where=str(path), detail="no <DCT> or <TEXT>")
        text, spans = strip_inline(body.group(1), "TIMEX3")
        gold = [GoldTimex(s, e, a.get("type", "DATE"), a.get("value", "")) for s, e, a in spans]
        yield GoldDoc(path.stem, text, dct_match.group(1)[:10], sorted(gold, key=lambda g: g.start))


def _iso_day(value: str) -> str | None:
    """YYYY-MM-DD from a DCT value; one MEANTIME file writes it US-style as MM-DD-YYYY."""
    us = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    if us:
        return f"{us.group(3)}-{us.group(1)}-{us.group(2)}"
    return value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else None


def read_meantime(folder: Path) -> Iterator[GoldDoc]:
    """MEANTIME CAT XML: tokens + stand-off TIMEX3 (``token_anchor``); DCT = the CREATION_TIME timex."""
    files = sorted(folder.rglob("*.xml"))
    if not files:
        raise KhabarError(E.E040, detail=str(folder))
    for path in files:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise KhabarError(E.E041, where=str(path), detail=str(exc)) from exc
        if root.tag != "Document":
            continue
        spans: dict[str, tuple[int, int]] = {}
        parts: list[str] = []
        length = 0
        sentence = None
        for tok in root.iter("token"):
            if parts:
                sep = "\n" if tok.get("sentence") != sentence else " "
                parts.append(sep)
                length += 1
            sentence = tok.get("sentence")
            word = tok.text or ""
            spans[tok.get("t_id", "")] = (length, length + len(word))
            parts.append(word)
            length += len(word)
        text = "".join(parts)
        dct = None
        gold = []
        for tx in root.iter("TIMEX3"):
            anchors = [spans[a.get("t_id", "")] for a in tx.iter("token_anchor") if a.get("t_id") in spans]
            if tx.get("functionInDocument") == "CREATION_TIME":
                dct = _iso_day(tx.get("value") or "")
            if anchors and tx.get("value"):
                gold.append(GoldTimex(min(s for s, _ in anchors), max(e for _, e in anchors),
                                      tx.get("type", "DATE"), tx.get("value", "")))
        yield GoldDoc(path.stem, text, dct, sorted(gold, key=lambda g: g.start))


def read_seeds(seeds: Path, gold_file: Path) -> Iterator[GoldDoc]:
    """The two seed articles with their hand gold (``seeds-gold/seeds.yaml``), content lines only.

    The text is the content lines (crawl header prefix and wire suffix cut) joined by newlines; each
    gold expression is its ``head`` found in order on its line. ``optional`` items go to ``ignore``.
    """
    try:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))["documents"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise KhabarError(E.E041, where=str(gold_file), detail=str(exc)) from exc
    for name, doc in gold.items():
        path = seeds / name
        if not path.is_file():
            raise KhabarError(E.E040, detail=str(path))
        lines = path.read_text(encoding="utf-8").splitlines()
        parts: list[str] = []
        starts: dict[int, int] = {}
        length = 0
        for item in doc["content_lines"]:
            line = lines[item["line"] - 1]
            prefix, suffix = item.get("strip_prefix") or "", item.get("strip_suffix") or ""
            if prefix and line.startswith(prefix):
                line = line[len(prefix):]
            if suffix and suffix in line:
                line = line[: line.index(suffix)]
            starts[item["line"]] = length
            parts.append(line)
            length += len(line) + 1
        text = "\n".join(parts)
        found: list[GoldTimex] = []
        ignore: list[tuple[int, int]] = []
        cursor: dict[tuple[int, str], int] = {}
        for tx in doc.get("timexes") or []:
            base = starts[tx["line"]]
            line_text = parts[list(starts).index(tx["line"])]
            at = line_text.find(tx["head"], cursor.get((tx["line"], tx["head"]), 0))
            if at < 0:
                raise KhabarError(E.E041, where=f"{gold_file}:{name}", detail=f"{tx['head']!r} not on line")
            cursor[(tx["line"], tx["head"])] = at + len(tx["head"])
            span = (base + at, base + at + len(tx["head"]))
            if tx.get("optional"):
                ignore.append(span)
            else:
                found.append(GoldTimex(span[0], span[1], tx["type"], tx["value"]))
        yield GoldDoc(name, text, doc["dct"], sorted(found, key=lambda g: g.start), ignore)
