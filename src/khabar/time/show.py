"""What ``khabar dates ID`` prints: each expression of an article with its value and reference date.

Kept apart from the CLI so the rows are plain data (for ``--json``) and testable without a store.
The header line says which date relative expressions were counted from and where that date came
from (``provenance`` of ``published`` / ``dct``, e.g. "byline" or "header").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Article


def reference_of(article: Article) -> tuple[date | None, str | None]:
    """The reference date of an article and where it came from ("published" or "dct").

    Here, not in the time stage, so ``khabar dates`` reads it without loading the tagger's
    grammars (issue 16); the stage imports it from here."""
    for name in ("published", "dct"):
        value = getattr(article, name)
        if value:
            try:
                return date.fromisoformat(str(value)[:10]), name
            except ValueError:
                continue
    return None, None


def date_rows(article: Article) -> list[dict[str, Any]]:
    """One row per timex of ``article``, in text order."""
    rows = []
    for t in sorted(article.timexes, key=lambda t: t.start):
        head = article.text[t.head_start : t.head_end] if t.head_start is not None else t.text
        rows.append({
            "sentence": t.sentence, "start": t.start, "end": t.end, "text": t.text, "head": head,
            "type": t.type, "value": t.value, "mod": t.mod, "alternatives": list(t.alternatives),
            "begin": t.begin_point, "finish": t.end_point,
            "reference": t.reference, "reference_source": t.reference_source,
        })
    return rows


def reference_line(article: Article) -> str:
    """"reference 2026-02-04 (published, from byline)" or a note that there is none."""
    reference, field = reference_of(article)
    if reference is None or field is None:
        return "reference: none (no published date or dct): relative values are left as XXXX"
    origin = article.provenance.get(field)
    return f"reference {reference.isoformat()} ({field}" + (f", from {origin})" if origin else ")")


def format_dates(article: Article) -> str:
    """Plain-text listing for the terminal: the reference line, then one line per expression."""
    lines = [f"{article.id}: {reference_line(article)}"]
    for row in date_rows(article):
        extra = []
        if row["mod"]:
            extra.append(f"mod={row['mod']}")
        if row["begin"]:
            extra.append(f"{row['begin']}..{row['finish']}")
        if row["alternatives"]:
            extra.append("or " + ", ".join(row["alternatives"]))
        suffix = ("  [" + "; ".join(extra) + "]") if extra else ""
        lines.append(f"  s{row['sentence']} {row['start']}-{row['end']} {row['text']!r} {row['type']} "
                     f"{row['value']} (ref {row['reference'] or '-'}){suffix}")
    return "\n".join(lines)
