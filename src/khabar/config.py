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
    # unparsed with E017. It bounds memory, not time (time is bounded by ``max_analysis_bytes``):
    # a 50 MB JSONL record is stored whole with a peak RSS well under 1 GB (reliability battery,
    # SLOW=1), and 64 MiB keeps that bound with room to spare. An HTML page (a WARC block, a
    # JSONL ``html`` field) is held to ``max_article_bytes`` too: its extraction needs ~25x its size.
    max_record_bytes: int = 64 * 1024 * 1024
    # The analysis bound: an article whose text is bigger (UTF-8 bytes) is stored whole (raw input,
    # text, body, full-text index) with status ``too_large`` and one E019 warning, but the analysis
    # stages (clean, lang, entities, time, events, stories) skip it, so one giant record costs a
    # read and a write, linear in its size. A daily dump over it whose articles are each under it
    # is analysed as usual. Real news is far smaller: the largest file of the hindi-covid-2020
    # corpus (a whole day's dump of one outlet) is 78 KB, its largest article 51 KB; 512 KiB
    # leaves a 10x margin while keeping the cost of a record just under it to seconds.
    max_analysis_bytes: int = 512 * 1024
    # Articles written per SQLite transaction: a crash loses at most this uncommitted batch and
    # never leaves half an article. 200 keeps ingest within 5% of one big transaction (corpus run).
    commit_every: int = 200
    # Share of undecodable bytes tolerated in a UTF-8 text before falling back to detection.
    max_bad_utf8_ratio: float = 0.01
    languages_supported: tuple[str, ...] = ("hi", "en")
    user_kb_paths: tuple[Path, ...] = ()
    use_embeddings: bool = False
    # The statistical NER tagger: "default" (the fast CRF) or "accurate" (khabar[accurate]; the
    # global option --ner / KHABAR_NER). Opt-in: it is about 40 times slower per word.
    ner_tagger: str = "default"

    def with_(self, **changes: object) -> Config:
        return replace(self, **changes)  # type: ignore[arg-type]
