"""Stores and servers the serve and export tests share: the seeds ingested once per session, a
sample of the shared Hindi corpus, and a live uvicorn server on loopback for browser tests."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.ingest.api import ingest

from .conftest import EXAMPLES, data_dir

# Two days of the corpus's five dailies (file names end -2020-APR-01.txt): stories across outlets
# and wire copies, small enough to ingest in well under a minute on 2 cores.
CORPUS_SAMPLE_DAYS = ("-2020-APR-01.", "-2020-APR-02.")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two seed articles through every stage (read-only for tests: copy before writing)."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    report = ingest([EXAMPLES], Config(db_path=db))
    assert report.ok and report.counts["new"] == 2
    return db


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files of a few days of the shared Hindi corpus (skips when the data is absent)."""
    root = data_dir() / "corpus" / "hindi-covid-2020"
    files = sorted(p for p in root.rglob("*") if p.is_file() and any(d in p.name for d in CORPUS_SAMPLE_DAYS))
    if not files:
        pytest.skip(f"corpus sample not found under {root} (set KHABAR_DATA)")
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    ingest(files, Config(db_path=db))
    return db


def copy_db(db: Path, to: Path) -> Path:
    target = to / db.name
    shutil.copy(db, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving one store in a thread on 127.0.0.1, stopped when the block ends."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from khabar.serve import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(Config(db_path=db), token=""), host="127.0.0.1",
                                port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("server did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
