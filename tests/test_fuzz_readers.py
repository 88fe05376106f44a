"""Fuzzing the readers (hypothesis): random bytes, truncated files and other encodings never
raise, never hang, and never yield an article whose text the input does not hold."""

from __future__ import annotations

import gzip
import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article

from .conftest import SEED_000, SEED_003
from .test_reliability import GOOD

BODIES = [p.read_text(encoding="utf-8").split("\n", 1)[1][:1500] for p in (SEED_000, SEED_003)]
JSONL = "".join(json.dumps({"id": f"r{i}", "text": b}, ensure_ascii=False) + "\n"
                for i, b in enumerate(BODIES)).encode("utf-8")
# A hang guard, not a timing: a reader stuck on one input fails the test instead of the suite.
HANG_SECONDS = 60
FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@contextmanager
def hang_guard() -> Iterator[None]:
    def stuck(signum: int, frame: object) -> None:
        raise AssertionError(f"a reader ran past {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read_bytes(tmp_path: Path, name: str, data: bytes) -> list[Article | Failure]:
    path = tmp_path / name
    path.write_bytes(data)
    with hang_guard():
        items = list(read_paths([path], Config(max_record_bytes=64 * 1024)))
    for item in items:
        if isinstance(item, Failure):
            assert item.error.message.startswith(item.error.code.name + " ")
            assert "\n" not in item.error.message
    return items


def whole_texts(tmp_path: Path, name: str, data: bytes) -> set[str]:
    return {a.text for a in read_bytes(tmp_path, "whole-" + name, data) if isinstance(a, Article)}


@FUZZ
@given(data=st.binary(min_size=1, max_size=4096), name=st.sampled_from(["x.txt", "x.jsonl", "x.warc", "x.html", "x.gz"]))
def test_random_bytes_never_raise(tmp_path: Path, data: bytes, name: str) -> None:
    read_bytes(tmp_path, name, data)


@FUZZ
@given(prefix=st.sampled_from([b"WARC/1.0\r\n", b"{\"text\": \"", b"\x1f\x8b\x08\x00", b"\xff\xfe", b"<rss>", b"<html>"]),
       data=st.binary(max_size=2048))
def test_random_bytes_behind_a_format_marker_never_raise(tmp_path: Path, prefix: bytes, data: bytes) -> None:
    read_bytes(tmp_path, "x.bin", prefix + data)


@pytest.mark.parametrize(("name", "whole"), [("crawl.warc", GOOD), ("news.jsonl", JSONL),
                                             ("news.jsonl.gz", gzip.compress(JSONL, mtime=0))])
@FUZZ
@given(fraction=st.floats(min_value=0.05, max_value=0.999))
def test_a_truncated_file_yields_only_whole_articles(tmp_path: Path, name: str, whole: bytes, fraction: float) -> None:
    complete = whole_texts(tmp_path, name, whole)
    cut = whole[: int(len(whole) * fraction)]
    for item in read_bytes(tmp_path, name, cut):
        if isinstance(item, Article):
            assert item.text in complete


@FUZZ
@given(body=st.sampled_from(BODIES), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
       cut=st.integers(min_value=200, max_value=1500))
def test_text_in_any_unicode_encoding_with_a_bom_reads_back_exactly(tmp_path: Path, body: str, encoding: str,
                                                                     cut: int) -> None:
    text = body[:cut].replace("\r", "")
    if not text.strip():
        return
    (art,) = read_bytes(tmp_path, "page.txt", text.encode(encoding))
    assert isinstance(art, Article) and art.text == text
