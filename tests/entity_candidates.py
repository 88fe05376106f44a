"""The recogniser's candidates for one sentence, as the entity round tests read them: each
candidate's words, type, kind (name or descriptive) and KB ids."""

from __future__ import annotations

from khabar.entities.kb import KB
from khabar.entities.recognize import recognise
from khabar.entities.tagger import tokenize


def candidates(kb: KB, text: str) -> list[tuple[str, str, str, list[str]]]:
    """(words, type, kind, KB ids) of every candidate ``recognise`` finds in ``text``."""
    toks = tokenize(text)
    return [
        (" ".join(t.text for t in toks[c.i : c.j]), c.type, c.kind, [e.id for e in c.entries])
        for c in recognise(toks, kb, set())
    ]


def named(kb: KB, text: str) -> list[tuple[str, str]]:
    """(words, type) of the candidates that are names."""
    return [(s, t) for s, t, kind, _ in candidates(kb, text) if kind == "name"]
