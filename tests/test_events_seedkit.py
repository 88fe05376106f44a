"""Hand-built analyses of the two bundled seed articles, for the event tests.

The events stage consumes sentences, mentions and timexes from the lang, entities and time stages.
These builders give it what those stages should produce on the seeds (content lines only, the
entities and dates of seeds-gold, written here by hand), so the event extractor is tested on its
own. ``pipeline_or_handmade`` prefers the real stages once all of them are installed.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from khabar.model import Article, Mention, Sentence, Timex

from .conftest import SEED_000, SEED_003

# Content lines (1-based) of each seed, with text to strip (crawl header, wire credit).
CONTENT = {
    SEED_000.name: ([1, 3, 5, 7, 9, 11, 13, 15, 17], " date 2026-02-05 Xi Jinping: ", " (ANI)"),
    SEED_003.name: ([5, 7, 11, 17, 21, 23, 25, 27, 29, 31], None, None),
}
DCT = {SEED_000.name: "2026-02-05", SEED_003.name: "2026-02-04"}

# surface -> (type, entity id, canonical, kind, metonym_for); longest surfaces are matched first.
PEOPLE = {
    "व्लादिमीर पुतिन": ("PERSON", "kb:putin", "Vladimir Putin", "name", None),
    "पुतिन": ("PERSON", "kb:putin", "Vladimir Putin", "name", None),
    "क्रेमलिन के नेता": ("PERSON", "kb:putin", "Vladimir Putin", "descriptive", None),
    "रूसी नेता": ("PERSON", "kb:putin", "Vladimir Putin", "descriptive", None),
    "शी जिनपिंग": ("PERSON", "kb:xi", "Xi Jinping", "name", None),
    "जिनपिंग": ("PERSON", "kb:xi", "Xi Jinping", "name", None),
    "शी": ("PERSON", "kb:xi", "Xi Jinping", "name", None),
    "चीनी नेता": ("PERSON", "kb:xi", "Xi Jinping", "descriptive", None),
    "डोनाल्ड ट्रंप": ("PERSON", "kb:trump", "Donald Trump", "name", None),
    "ट्रंप": ("PERSON", "kb:trump", "Donald Trump", "name", None),
    "अमेरिकी राष्ट्रपति ने": ("PERSON", "kb:trump", "Donald Trump", "descriptive", None),
    "यूरी उशाकोव": ("PERSON", "kb:ushakov", "Yuri Ushakov", "name", None),
    "उशाकोव": ("PERSON", "kb:ushakov", "Yuri Ushakov", "name", None),
    "जर्मन चांसलर": ("PERSON", "doc:de-chancellor", "Chancellor of Germany", "role_only", None),
    "यूरोपियन लीडर्स": ("GROUP", "doc:eu-leaders", "European leaders", "role_only", None),
    "यूरोपीय नेता": ("GROUP", "doc:eu-leaders", "European leaders", "role_only", None),
    "वेस्टर्न लीडर्स": ("GROUP", "doc:west-leaders", "Western leaders", "role_only", None),
    "पश्चिमी नेताओं": ("GROUP", "doc:west-leaders", "Western leaders", "role_only", None),
    "शिन्हुआ": ("ORGANIZATION", "kb:xinhua", "Xinhua News Agency", "name", None),
    "संयुक्त राज्य अमेरिका": ("COUNTRY", "kb:us", "United States", "name", None),
    "अमेरिका": ("COUNTRY", "kb:us", "United States", "name", None),
    "चीन": ("COUNTRY", "kb:china", "China", "name", None),
    "रूस": ("COUNTRY", "kb:russia", "Russia", "name", None),
    "रूसियों": ("COUNTRY", "kb:russia", "Russia", "demonym", None),  # the gold's demonym mention
    "कनाडा": ("COUNTRY", "kb:canada", "Canada", "name", None),
    "यूक्रेन": ("COUNTRY", "kb:ukraine", "Ukraine", "name", None),
    "ईरान": ("COUNTRY", "kb:iran", "Iran", "name", None),
    "ताइवान": ("REGION", "kb:taiwan", "Taiwan", "name", None),
    "दक्षिण कोरिया": ("COUNTRY", "kb:south-korea", "South Korea", "name", None),
    "गाजा": ("REGION", "kb:gaza", "Gaza Strip", "name", None),
    "शेन्जेन": ("CITY", "kb:shenzhen", "Shenzhen", "name", None),
    "मॉस्को": ("CITY", "kb:moscow", "Moscow", "name", "kb:russia"),
    "बीजिंग": ("CITY", "kb:beijing", "Beijing", "name", "kb:china"),
}
PM_PAIR = "ब्रिटिश और कनाडाई प्रधानमंत्रियों"

TIMEXES = {
    "साल के पहले छह महीनों में": ("DATE", "2026-H1"),
    "बुधवार को": ("DATE", "2026-02-04"),
    "पिछले साल": ("DATE", "2025"),
    "इस साल": ("DATE", "2026"),
    "इस वर्ष": ("DATE", "2026"),
    "पिछले महीने": ("DATE", "2026-01"),
    "फरवरी में": ("DATE", "2026-02"),
    "अप्रैल में": ("DATE", "2026-04"),
    "नवंबर में": ("DATE", "2026-11"),
    "सालों से": ("DURATION", "PXY"),
    "वर्षों से": ("DURATION", "PXY"),
}

_WORD_END = r"(?![\u0900-\u0963\u0966-\u097F])"  # not followed by more Devanagari letters


def _content_spans(text: str, name: str) -> list[tuple[int, int]]:
    lines, prefix, suffix = CONTENT[name]
    spans = []
    offset = 0
    for no, line in enumerate(text.split("\n"), start=1):
        start, end = offset, offset + len(line)
        offset = end + 1
        if no not in lines:
            continue
        if prefix and line.startswith(prefix):
            start += len(prefix)
        if suffix and line.endswith(suffix):
            end -= len(suffix)
        spans.append((start, end))
    return spans


def _find(text: str, surface: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(re.escape(surface) + _WORD_END, text):
        if any(s <= m.start() and m.end() <= e for s, e in spans):
            out.append((m.start(), m.end()))
    return out


def seed_article(path: Path) -> Article:
    """The seed with hand-made sentences, mentions and timexes (what the stages should give)."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    name = path.name
    spans = _content_spans(text, name)
    sentences = []
    for bi, (s, e) in enumerate(spans):
        for m in re.finditer(r"[^।.?!]+[।.?!]*", text[s:e]):
            if m.group().strip():
                lead = len(m.group()) - len(m.group().lstrip())
                sentences.append(Sentence(s + m.start() + lead, s + m.end(), bi))
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for start, end in _find(text, PM_PAIR, spans):
        taken.append((start, end))
        for eid, canon in (
            ("doc:uk-pm", "Prime Minister of the United Kingdom"),
            ("doc:ca-pm", "Prime Minister of Canada"),
        ):
            mentions.append(Mention(start, end, PM_PAIR, "PERSON", eid, canon, kind="role_only"))
    for surface in sorted(PEOPLE, key=len, reverse=True):
        type_, eid, canon, kind, metonym = PEOPLE[surface]
        for start, end in _find(text, surface, spans):
            if surface.endswith(" ने"):
                end -= len(" ने")
            if any(s < end and start < e for s, e in taken):
                continue
            literal = metonym is not None and text[end:].startswith((" दौरे", " यात्रा"))
            taken.append((start, end))
            mentions.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    type_,
                    eid,
                    canon,
                    kind=kind,
                    reading="metonym" if metonym and not literal else "literal",
                    metonym_for=None if literal else metonym,
                )
            )
    mentions.sort(key=lambda m: m.start)
    timexes = []
    tx_taken: list[tuple[int, int]] = []
    for surface in sorted(TIMEXES, key=len, reverse=True):
        type_, value = TIMEXES[surface]
        for start, end in _find(text, surface, spans):
            if any(s < end and start < e for s, e in tx_taken):
                continue
            tx_taken.append((start, end))
            sent = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
            timexes.append(Timex(start, end, surface, type_, value, DCT[name], sentence=sent))
    timexes.sort(key=lambda t: t.start)
    return Article(
        id=name.split(".")[0],
        text=text,
        source_path=str(path),
        dct=DCT[name],
        language="hi",
        sentences=sentences,
        mentions=mentions,
        timexes=timexes,
    )


def test_seedkit_builds_content_only() -> None:
    art = seed_article(SEED_003)
    assert all("देवेन्द्र" not in art.text[s.start : s.end] for s in art.sentences)
    assert any(m.canonical == "Yuri Ushakov" for m in art.mentions)
    assert {t.value for t in art.timexes} >= {"2026-02-04", "2026-H1", "2026-11"}
