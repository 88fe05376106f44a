"""One frozen, typed object for every option khabar takes.

Stages read what they need from it; nothing else is global. Defaults are the tuned values, and
each tuned constant names the data it was tuned on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def default_data_dir() -> Path:
    """The shared evaluation data: ``$KHABAR_DATA`` or ``../shared/data`` from the working dir."""
    return Path(os.environ.get("KHABAR_DATA", "../shared/data")).expanduser()


@dataclass(frozen=True)
class Config:
    db_path: Path = Path("khabar.db")
    data_dir: Path = field(default_factory=default_data_dir)
    # Largest single-article file read whole into memory; bigger text/HTML files are refused with
    # E011 (streamed formats, JSONL and WARC, are read record by record).
    max_article_bytes: int = 32 * 1024 * 1024
    # Largest record of a streamed format (a JSONL line, a WARC block); bigger ones are skipped
    # with E017. Processing cost grows faster than record size (a 0.9 MB record took ~20 s in the
    # reliability battery), and real news records are far below it: the largest of the
    # hindi-covid-2020 corpus files is under 1 MB.
    max_record_bytes: int = 2 * 1024 * 1024
    # Articles written per SQLite transaction: a crash loses at most this uncommitted batch and
    # never leaves half an article. 200 keeps ingest within 5% of one big transaction (corpus run).
    commit_every: int = 200
    # Share of undecodable bytes tolerated in a UTF-8 text before falling back to detection.
    max_bad_utf8_ratio: float = 0.01
    languages_supported: tuple[str, ...] = ("hi", "en")
    user_kb_paths: tuple[Path, ...] = ()
    use_embeddings: bool = False

    def with_(self, **changes: object) -> Config:
        return replace(self, **changes)  # type: ignore[arg-type]
