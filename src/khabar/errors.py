"""Every user-facing error as a coded template, in one place (as spaCy does).

A user error is reported as one line, ``E012 path:line: reason``, never as a traceback. Codes are
stable so scripts and tests can match on them.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


class E(StrEnum):
    """Error templates. ``str.format`` fields are filled by :class:`KhabarError`."""

    E001 = "file not found"
    E002 = "empty file"
    E003 = "binary file, not text ({detail})"
    E004 = "cannot decode text: {detail}"
    E005 = "truncated or corrupt gzip stream: {detail}"
    E006 = "corrupt WARC record: {detail}"
    E007 = "malformed JSON: {detail}"
    E008 = "HTML page with no extractable text"
    E009 = "header date is not a date: {detail!r}"
    E010 = "file vanished or became unreadable during the run: {detail}"
    E011 = "file too large for a single article ({detail}); split it or use JSONL/WARC"
    E012 = "record has no text field (expected one of: {detail})"
    E013 = "feed has no entries"
    E014 = "unreadable feed: {detail}"
    E015 = "not a directory or file: {detail}"
    E016 = "no article text: the page is all boilerplate"
    E017 = "record too large ({detail}); split it into smaller records"
    E018 = "malformed token XML: {detail}"
    E019 = ("article of {detail} stored whole and searchable but not analysed: over the {limit}"
            " analysis bound (no entities, dates, events or story); split it to analyse it")
    E020 = "database error: {detail}"
    E021 = "article not found: {detail}"
    E022 = "database schema version {detail} is newer than this khabar understands"
    E023 = "entity not found: {detail}"
    E024 = "story not found: {detail}"
    E025 = "no store at {detail}: nothing is ingested there yet (khabar --db FILE ingest PATH…)"
    E030 = "malformed knowledge-base file: {detail}"
    E031 = "conflicting alias: {detail}"
    E032 = "the accurate NER tagger is not available ({detail}): pip install 'khabar[accurate]'"
    E040 = "evaluation data not found: {detail} (set KHABAR_DATA to the shared data folder)"
    E041 = "malformed gold file: {detail}"
    E050 = "invalid option: {detail}"
    E060 = "malformed event ontology or lexicon: {detail}"
    E061 = "malformed actor dictionary or glossary: {detail}"
    # Fetching and following (khabar.follow) and watches (khabar.watch).
    E070 = "only http and https URLs are fetched: {detail}"
    E071 = "forbidden by robots.txt, not fetched"
    E072 = "fetch failed: {detail}"
    E073 = "server answered HTTP {detail}"
    E074 = "response larger than the {detail} cap, not kept"
    E075 = "not an HTML page, feed or sitemap: {detail}"
    E076 = "too many redirects: {detail}"
    E077 = "server asks to retry later: {detail}"
    E078 = "malformed sources file: {detail}"
    E079 = "malformed watch: {detail}"
    E080 = "watch not found: {detail}"
    E081 = "alert not delivered: {detail}"
    E082 = "nothing to follow: {detail}"
    # The local executor (khabar.executor).
    E090 = ("a worker process stopped abruptly ({detail}); what was committed is kept: run the"
            " same command again to resume, or with --jobs 1")
    E091 = "interrupted; what was committed is kept: run the same command again to resume"
    E092 = "--engine ray needs Ray, which is not installed: pip install 'khabar[ray]'"
    E093 = "not a khabar run folder: {detail}"


class KhabarError(Exception):
    """An error caused by the user's input or environment, reported as one line."""

    def __init__(self, code: E, *, where: str = "", **fields: object) -> None:
        self.code = code
        self.where = where
        self.fields = fields
        super().__init__(self.message)

    @property
    def reason(self) -> str:
        return self.code.value.format_map(_Missing(self.fields))

    @property
    def message(self) -> str:
        """The report, always one line: control characters (a newline in a file name) are
        written as escapes, so a script reading stderr line by line gets one error per line."""
        prefix = f"{self.where}: " if self.where else ""
        return one_line(f"{self.code.name} {prefix}{self.reason}")


def one_line(text: str) -> str:
    """``text`` with control characters (``\\n``, ``\\x1b``) and the lone surrogates of
    undecodable file names escaped; joiners and other format characters of Hindi stay."""
    return "".join(
        ch.encode("unicode_escape", "backslashreplace").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cs") else ch
        for ch in text
    )


class _Missing(dict[str, object]):
    """Leaves a template field visible as ``?`` when the raiser did not fill it."""

    def __missing__(self, key: str) -> str:
        return "?"
