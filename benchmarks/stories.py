"""Story clustering throughput and memory on synthetic-but-realistic streams.

Articles are made by recombining real paragraphs of corpus/hindi-covid-2020 (a real headline,
then 2-4 real paragraphs drawn from articles of the same or a nearby day), spread over days so
the online clusterer's active window slides as it would on a live feed. Prints docs/s and peak
RSS for each size. Usage: ``python benchmarks/stories.py [N ...]`` (default 10000 100000
1000000); needs $KHABAR_DATA. Memory is bounded by the active window (idle stories leave, long
stories retire members older than the window), so cost per article is flat.
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from khabar.clean.stage import read_clean
from khabar.config import Config, default_data_dir
from khabar.model import Article, Block
from khabar.stories.cluster import StoryClusterer
from khabar.stories.features import story_text

ARTICLES_PER_DAY = 2000


def corpus_pool(data_dir: Path) -> tuple[list[str], list[str]]:
    root = data_dir / "corpus" / "hindi-covid-2020" / "Corpora"
    titles, paras = [], []
    for a in read_clean(sorted(root.glob("*/*/*.txt")), Config(data_dir=data_dir)):
        titles.append(a.title or "")
        paras.extend(p for p in story_text(a).split("\n\n") if len(p) > 80)
    return titles, paras


def synthetic(n: int, titles: list[str], paras: list[str], seed: int = 7) -> Iterator[Article]:
    """``n`` articles, made one at a time (a 1M stream never sits in memory at once)."""
    rng = random.Random(seed)
    start = dt.date(2020, 3, 1)
    for i in range(n):
        title = rng.choice(titles)
        body = "\n\n".join(rng.sample(paras, rng.randint(2, 4)))
        text = title + "\n\n" + body
        day = start + dt.timedelta(days=i // ARTICLES_PER_DAY)
        art = Article(id=f"syn-{i}", text=text, title=title, dct=day.isoformat(), language="hi")
        art.outlet = f"outlet-{rng.randint(1, 40)}"
        art.blocks = [Block(0, len(title), "title"), Block(len(title) + 2, len(text), "body")]
        yield art


def end_of_day(cl: StoryClusterer) -> int:
    """What ingest does after each batch: idle stories leave memory, and what ``save_state``
    writes to the store (duplicate links, new ids, df changes) is dropped from memory."""
    cl.evict()
    cl.evicted.clear()
    links = len(cl.dup_links)
    for pending in (cl.dup_links, cl.new_articles, cl.splits):
        pending.clear()
    cl.dirty.clear()
    cl.unsaved.clear()
    cl.df_delta.clear()
    return links


def run(n: int, titles: list[str], paras: list[str]) -> None:
    cl = StoryClusterer()
    t0 = time.perf_counter()
    last_day = None
    links = 0
    for art in synthetic(n, titles, paras):
        if art.dct != last_day and last_day is not None:
            links += end_of_day(cl)
        last_day = art.dct
        cl.add(art)
    links += end_of_day(cl)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{n:>9} articles  {n / secs:8.0f} docs/s  {secs:8.1f} s  peak RSS {rss:7.0f} MiB"
        f"  active stories {len(cl.stories)}  members in memory {len(cl.story_of)}"
        f"  dup links {links}",
        flush=True,
    )


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    titles, paras = corpus_pool(default_data_dir())
    for n in sizes:
        run(n, titles, paras)


if __name__ == "__main__":
    main(sys.argv[1:])
