"""HTML path throughput: khabar (read + clean to an Article) against plain ``trafilatura.extract``.

    python benchmarks/html_path.py                  # 990 trafilatura-eval pages, 3 rounds
    python benchmarks/html_path.py --limit 200 --rounds 1

Both systems run in this one process on the same pages, alternating chunk by chunk (the order
flips every chunk), so load from other processes on a shared machine falls on both alike. Time
is CPU time of this process (``time.process_time``), so the figures are pages per CPU-second.

- ``khabar``: the page's bytes through ``read_source`` (sniffing, decoding, ``extract_html``:
  main text and metadata) and the clean stage, as ``khabar ingest`` does for an HTML file, with
  none of the NLP stages after it.
- ``trafilatura``: ``trafilatura.extract(page)`` with its defaults on the decoded page (text
  only, no metadata), the usual way trafilatura is called: the reference of issue 16.
- ``trafilatura_meta``: ``trafilatura.extract(page, with_metadata=True)``, the like-for-like
  reference (khabar keeps title, authors, date, outlet, URL and description of every page).

Neither side is given a URL (a file read from disk has none). Prints pages/CPU-s of each and the
ratios (trafilatura's CPU time over khabar's) per round and over all rounds, and writes
``benchmarks/out/html.json``. The pages come from ``$KHABAR_DATA/boilerplate/trafilatura-eval``
(the set ``khabar eval boilerplate`` scores).
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import sys
import tarfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from khabar.clean.stage import clean_articles
from khabar.clean.templates import OutletTemplates
from khabar.config import Config, default_data_dir
from khabar.ingest.readers import Failure, Source, read_source

ANCHOR_PAGES_PER_CORE_S = 62.0  # the anchor of issue 16 (pages per second per core)
SYSTEMS = ("khabar", "trafilatura", "trafilatura_meta")


def load_pages(data: Path, limit: int) -> list[tuple[str, bytes]]:
    """(name, raw bytes) of the trafilatura-eval pages, in sorted gold-key order."""
    root = data / "boilerplate" / "trafilatura-eval"
    if not root.is_dir():
        sys.exit(f"trafilatura-eval not found at {root} (set KHABAR_DATA)")
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    keys = sorted(gold)[: limit or None]
    wanted = {gold[k]["file"] for k in keys}
    found: dict[str, bytes] = {}
    with tarfile.open(root / "html_tests_eval_cache.tar.gz") as tar:
        for member in tar:
            name = Path(member.name).name
            if member.isfile() and name in wanted and name not in found:
                handle = tar.extractfile(member)
                if handle is not None:
                    found[name] = handle.read()
    return [(gold[k]["file"], found[gold[k]["file"]]) for k in keys if gold[k]["file"] in found]


def run_khabar(pages: list[tuple[str, bytes]], config: Config, templates: OutletTemplates) -> int:
    """Read and clean each page as ingest does; returns the number of articles with text."""
    ok = 0
    for name, data in pages:
        read = [i for i in read_source(Source(name, stream=io.BytesIO(data)), config)
                if not isinstance(i, Failure)]
        ok += sum(1 for art in clean_articles(read, templates) if art.status == "ok")
    return ok


def run_trafilatura(pages: list[tuple[str, str]], with_metadata: bool = False) -> int:
    """Plain ``trafilatura.extract``; returns the number of pages with text."""
    return sum(1 for _, html in pages if trafilatura.extract(html, with_metadata=with_metadata))


def warm_dateparser() -> None:
    """Compile dateparser's per-locale patterns once, outside the timed rounds.

    htmldate's extensive date search (trafilatura's ``with_metadata``, and khabar's fallback on
    pages that declare no date) hands strings to one shared dateparser, which compiles the split
    patterns of every locale it tries on first use: about 1 CPU-s once per process. Whichever
    system met the first such page paid it inside the timed rounds (khabar, in round 1); a
    string no locale accepts compiles them all here instead.
    """
    from htmldate.extractors import get_external_parser

    get_external_parser().get_date_data("zzqq 99")


def cpu_seconds(work: Callable[[], int]) -> tuple[float, int]:
    t0 = time.process_time()
    result = work()
    return time.process_time() - t0, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=20, help="pages per alternation step")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "html.json")
    args = parser.parse_args()
    raw = load_pages(args.data, args.limit)
    decoded = [(name, data.decode("utf-8", errors="replace")) for name, data in raw]
    config = Config()
    # Warm up both (lazy imports, compiled patterns) outside the timed rounds.
    run_khabar(raw[:3], config, OutletTemplates())
    run_trafilatura(decoded[:3], with_metadata=True)
    warm_dateparser()
    rounds = []
    for r in range(args.rounds):
        times = dict.fromkeys(SYSTEMS, 0.0)
        with_text = dict.fromkeys(SYSTEMS, 0)
        templates = OutletTemplates()  # a fresh learner each round: every round does the same work
        for c, start in enumerate(range(0, len(raw), args.chunk)):
            steps: list[tuple[str, Callable[[], int]]] = [
                ("khabar", lambda s=start, t=templates: run_khabar(raw[s : s + args.chunk], config, t)),
                ("trafilatura", lambda s=start: run_trafilatura(decoded[s : s + args.chunk])),
                ("trafilatura_meta",
                 lambda s=start: run_trafilatura(decoded[s : s + args.chunk], with_metadata=True)),
            ]
            for system, work in steps if (r + c) % 2 == 0 else steps[::-1]:
                spent, n = cpu_seconds(work)
                times[system] += spent
                with_text[system] += n
        row = {
            "round": r + 1,
            **{f"{s}_cpu_s": round(t, 3) for s, t in times.items()},
            **{f"{s}_pages_per_cpu_s": round(len(raw) / t, 2) for s, t in times.items()},
            **{f"{s}_with_text": n for s, n in with_text.items()},
            "ratio": round(times["trafilatura"] / times["khabar"], 3),
            "ratio_meta": round(times["trafilatura_meta"] / times["khabar"], 3),
        }
        rounds.append(row)
        print(f"round {r + 1}: khabar {row['khabar_pages_per_cpu_s']:.1f} pages/CPU-s, "
              f"trafilatura {row['trafilatura_pages_per_cpu_s']:.1f}, ratio {row['ratio']:.3f}; "
              f"with metadata {row['trafilatura_meta_pages_per_cpu_s']:.1f}, "
              f"ratio {row['ratio_meta']:.3f}")
    k_total = sum(r["khabar_cpu_s"] for r in rounds)
    t_total = sum(r["trafilatura_cpu_s"] for r in rounds)
    m_total = sum(r["trafilatura_meta_cpu_s"] for r in rounds)
    pages = len(raw) * len(rounds)
    summary = {
        "pages": len(raw),
        "megabytes": round(sum(len(d) for _, d in raw) / 1e6, 2),
        "rounds": len(rounds),
        "khabar_pages_per_cpu_s": round(pages / k_total, 2),
        "trafilatura_pages_per_cpu_s": round(pages / t_total, 2),
        "trafilatura_meta_pages_per_cpu_s": round(pages / m_total, 2),
        "ratio": round(t_total / k_total, 3),
        "ratio_meta": round(m_total / k_total, 3),
        "khabar_vs_anchor": round(pages / k_total / ANCHOR_PAGES_PER_CORE_S, 3),
        "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip(),
        "trafilatura": trafilatura.__version__,
        "per_round": rounds,
    }
    print(f"pages={summary['pages']} MB={summary['megabytes']} rounds={summary['rounds']}")
    print(f"khabar {summary['khabar_pages_per_cpu_s']:.1f} pages/CPU-s, trafilatura "
          f"{summary['trafilatura_pages_per_cpu_s']:.1f} pages/CPU-s, ratio {summary['ratio']:.3f} "
          f"(khabar / anchor {ANCHOR_PAGES_PER_CORE_S:.0f}: {summary['khabar_vs_anchor']:.3f})")
    print(f"trafilatura with metadata {summary['trafilatura_meta_pages_per_cpu_s']:.1f} pages/CPU-s, "
          f"ratio {summary['ratio_meta']:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
