"""The id of an event: stable across runs, from its article and its trigger's offset.

Why a module of its own: every extractor (:mod:`khabar.events.hindi`, :mod:`khabar.events.english`,
the disaster and run rules, :mod:`khabar.events.accepted_visits`) names its events alike, and the
accepted visits moved out of :mod:`khabar.events.hindi` at its size limit (review rv22) need it
without importing the extractor.
"""
from __future__ import annotations

import hashlib


def event_id(article_id: str, trigger_start: int) -> str:
    """The first 16 hex digits of the SHA-1 of "<article id>:<trigger start>": the same event
    of the same article keeps its id whatever else the run found."""
    return hashlib.sha1(f"{article_id}:{trigger_start}".encode()).hexdigest()[:16]
