"""``khabar eval boilerplate``: main-text extraction on two public benchmarks, three systems.

Datasets (under ``data_dir/boilerplate``):

- ``scrapinghub-aeb``: 181 pages with gold article bodies. Score: the benchmark's own metric,
  token 4-gram shingles matched as a bag per page, tp/fp/fn normalised per page, precision and
  recall averaged over pages, F1 from the two averages.
- ``trafilatura-eval``: 990 pages with snippets that must appear and snippets that must not.
  Score: share of must-include snippets kept (``kept``), share of must-exclude snippets dropped
  (``dropped``), and precision/recall/F1 over snippets as trafilatura's own evaluation counts
  them (a kept must-include is a true positive, a kept must-exclude a false positive).

Systems, in the same run: ``khabar`` (trafilatura, then our text-level pass; its
content blocks, title included, are scored as the others' whole output is), plain ``trafilatura`` (``extract`` with its defaults) and
plain ``justext`` (paragraphs not classified as boilerplate, stop list from the page language).
"""

from __future__ import annotations

import gzip
import json
import re
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from ..config import Config
from ..errors import KhabarError
from ..model import Article
from .report import EvalReport, data_digest, require_data

SYSTEMS = ("khabar", "trafilatura", "justext")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_JUSTEXT_LANG = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pt": "Portuguese", "ru": "Russian", "pl": "Polish", "cs": "Czech",
    "sv": "Swedish", "da": "Danish", "fi": "Finnish", "hu": "Hungarian", "tr": "Turkish",
}


def khabar_text(html: str, url: str | None = None) -> str:
    """Our extraction: trafilatura, then the text-level cleaning pass."""
    from ..clean.html import extract_html
    from ..clean.stage import clean_one

    try:
        page = extract_html(html, url)
    except KhabarError:
        return ""
    art = clean_one(Article(id="eval", text=page.text, source_kind="html", url=url,
                            title=page.title))
    return "\n".join(art.text[b.start : b.end] for b in art.content_blocks())


def trafilatura_text(html: str, url: str | None = None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def justext_text(html: str, url: str | None = None) -> str:
    import justext

    from ..clean.html import _declared_language

    lang = _JUSTEXT_LANG.get(_declared_language(html) or "en", "English")
    try:
        paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist(lang))
    except Exception:  # noqa: BLE001 - jusText raises bare lxml errors on broken pages
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


EXTRACTORS: dict[str, Callable[[str, str | None], str]] = {
    "khabar": khabar_text,
    "trafilatura": trafilatura_text,
    "justext": justext_text,
}


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i : i + n])


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """The AEB metric for one page: bag-of-4-gram tp/fp/fn normalised to sum 1."""
    t, p = _shingles(true), _shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def aeb_scores(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    def prec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [prec(*r) for r in rows if r[0] + r[1] > 0]
    rs = [rec(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _aeb_pages(root: Path, limit: int | None) -> Iterator[tuple[str, str, str]]:
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(gold)[:limit]:
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        yield raw.decode("utf-8", errors="replace"), gold[key].get("url"), gold[key]["articleBody"]


def _trafilatura_pages(root: Path, limit: int | None) -> Iterator[tuple[str, str, dict]]:
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    keys = sorted(gold)[:limit]
    wanted = {gold[k]["file"] for k in keys}
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(
        root / "html_tests_eval_cache.tar.gz"
    ) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and Path(m.name).name in wanted]
        tar.extractall(tmp, members=members, filter="data")
        files = {Path(m.name).name: Path(tmp) / m.name for m in members}
        for k in keys:
            path = files.get(gold[k]["file"])
            if path is None:
                continue
            yield path.read_bytes().decode("utf-8", errors="replace"), k, gold[k]


def _normspace(text: str) -> str:
    return " ".join(text.split())


def evaluate(config: Config, *, limit: int | None = None,
             systems: tuple[str, ...] = SYSTEMS) -> EvalReport:
    """Score main-text extraction; ``limit`` takes the first N pages (sorted ids) of each set."""
    aeb = require_data(config.data_dir, "boilerplate", "scrapinghub-aeb")
    traf = require_data(config.data_dir, "boilerplate", "trafilatura-eval")
    report = EvalReport(
        name="boilerplate",
        columns=["dataset", "system", "pages", "precision", "recall", "f1", "kept", "dropped"],
        data_digest=data_digest([aeb / "ground-truth.json", traf / "evaldata.json"]),
    )
    per_system: dict[str, list[tuple[float, float, float]]] = {s: [] for s in systems}
    for html, url, body in _aeb_pages(aeb, limit):
        for s in systems:
            per_system[s].append(shingle_tp_fp_fn(body, EXTRACTORS[s](html, url)))
    for s in systems:
        row = {"dataset": "scrapinghub-aeb", "system": s, "pages": len(per_system[s])}
        row.update({k: round(v, 4) for k, v in aeb_scores(per_system[s]).items()})
        report.rows.append(row)

    counts = {s: Counter[str]() for s in systems}
    pages = 0
    for html, url, gold in _trafilatura_pages(traf, limit):
        pages += 1
        for s in systems:
            out = _normspace(EXTRACTORS[s](html, url))
            for snippet in gold.get("with", []):
                counts[s]["tp" if _normspace(snippet) in out else "fn"] += 1
            for snippet in gold.get("without", []):
                counts[s]["fp" if _normspace(snippet) in out else "tn"] += 1
    for s in systems:
        c = counts[s]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        report.rows.append({
            "dataset": "trafilatura-eval", "system": s, "pages": pages,
            "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "kept": round(r, 4),
            "dropped": round(c["tn"] / (c["tn"] + c["fp"]) if c["tn"] + c["fp"] else 0.0, 4),
        })
    report.notes.append("khabar = trafilatura + khabar.clean text pass, "
                        "content blocks (title included) scored")
    return report
