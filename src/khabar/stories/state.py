"""The state online clustering keeps: stories, their members, and how an article was placed.

Split from :mod:`khabar.stories.cluster` (the algorithm) so that the data a story carries (its
summed signals, its members, the reasons each joined) reads in one place; persist stores these.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter, mul

import numpy as np

from .dedup import DupLink
from .signature import Signature

# Terms kept per story centroid (see khabar.stories.cluster for the article and index sizes).
STORY_TERMS = 200


@dataclass(frozen=True)
class Assignment:
    """Where an article went: ``kind`` is new, joined or duplicate (then ``dup`` says of what)."""

    article_id: str
    story_id: str
    kind: str
    score: float
    dup: DupLink | None = None
    merged: tuple[str, ...] = ()


@dataclass
class Member:
    """An article's contribution to its story, kept so splits can be decided later."""

    article_id: str
    vector: dict[str, float]
    entities: frozenset[str]
    date: dt.date | None
    outlet: str | None
    lang: str | None
    title: str | None
    duplicate_of: str | None = None
    signature: Signature | None = None  # None for members reloaded from the store
    # event type + actor keys (Features.events); empty for members reloaded from the store
    events: frozenset[str] = frozenset()


@dataclass
class Story:
    id: str
    seq: int
    first: dt.date | None = None
    last: dt.date | None = None
    centroid: dict[str, float] = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    dates: Counter[str] = field(default_factory=Counter)
    emb_sum: np.ndarray | None = None
    langs: Counter[str] = field(default_factory=Counter)
    members: dict[str, Member] = field(default_factory=dict)
    indexed: tuple[str, ...] = ()
    norm: float = 0.0  # L2 norm of the centroid, kept with it (scoring divides by it per article)
    # Members retired from memory (see MEMBER_DAYS): counted, not kept.
    retired: int = 0
    # Articles per outlet, over all members, retired ones included.
    outlets: Counter[str] = field(default_factory=Counter)
    # The last title computed while older members were in memory (or stored), for when no member
    # in memory has a headline.
    saved_title: str | None = None
    # The union of the members' event signatures: what an article must not contradict to join.
    signature: Signature = field(default_factory=Signature)
    # Article id -> how it joined (kind, score, the member it is closest to, what they share,
    # the stories it was kept apart from and why): ``khabar story ID --why``. Stored in each
    # member's row; the writer keeps those of members in memory only (persist).
    why: dict[str, dict[str, object]] = field(default_factory=dict)
    # The entity counts last written to ``story_entities`` by this process (None: not known, as
    # for a story loaded from the store), so a save rewrites those rows only when they changed.
    saved_entities: dict[str, int] | None = field(default=None, compare=False, repr=False)

    def set_centroid(self, centroid: dict[str, float]) -> None:
        self.centroid = prune(centroid, STORY_TERMS)
        self.norm = norm(self.centroid)

    @property
    def size(self) -> int:
        """Every article of the story, retired members included."""
        return len(self.members) + self.retired

    def title(self) -> str | None:
        """The headline of the member closest to the centroid (original articles first)."""
        best: tuple[float, str] | None = None
        for m in self.members.values():
            if m.title and m.duplicate_of is None:
                s = dot(m.vector, self.centroid)
                if best is None or s > best[0]:
                    best = (s, m.title)
        if best is None:
            found = next((m.title for m in self.members.values() if m.title), None)
            return found or self.saved_title
        return best[1]


# The sums below run through map() rather than a generator: the same products added in the same
# order (so the same floats), without a Python frame per term. Scoring a story is a dot product
# and two norms, for ~40 candidate stories per article: the single largest part of placing one
# (cProfile of benchmarks/growth.py, issue 16).


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Only the shared terms, in the smaller side's order: the products of the others are 0.0,
    # and adding 0.0 leaves a sum of non-negative weights as it was, so the sum is the one over
    # every term (the same float; plain or compensated summation alike). An article shares a
    # tenth of its terms with a candidate story on average (corpus, issue 16, round sc26):
    # dot() 1.2x faster on the pairs the writer scores.
    # Types as before too: an empty side sums nothing (0), and a sum that had a 0.0 term is a
    # float even over integer counts (exact: counts are small integers).
    if not a:
        return 0
    shared = list(filter(b.__contains__, a))
    total = sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
    return total if len(shared) == len(a) else float(total)


def norm(a: dict[str, float]) -> float:
    weights = a.values()
    return math.sqrt(sum(map(mul, weights, weights)))


def set_cos(items: frozenset[str], counts: Counter[str]) -> float:
    if not items or not counts:
        return 0.0
    # the shared counts summed through map() as in dot(): integers, so the same sum in any order
    shared = sum(map(counts.__getitem__, filter(counts.__contains__, items)))
    values = counts.values()
    return shared / (math.sqrt(len(items)) * math.sqrt(sum(map(mul, values, values))))


def prune(vec: dict[str, float], k: int) -> dict[str, float]:
    """The ``k`` heaviest terms, ties in their order in ``vec`` (a stable sort)."""
    if len(vec) <= k:
        return vec
    return dict(sorted(vec.items(), key=itemgetter(1), reverse=True)[:k])


def view_of(members: Iterable[Member]) -> Story:
    """A throwaway story holding just ``members`` (sums only; no id, no index)."""
    view = Story("", 0)
    for m in members:
        for t, w in m.vector.items():
            view.centroid[t] = view.centroid.get(t, 0.0) + w
        view.entities.update(m.entities)
        view.events.update(m.events)
        if m.lang:
            view.langs[m.lang] += 1
        if m.date:
            view.first = min(view.first or m.date, m.date)
            view.last = max(view.last or m.date, m.date)
        if m.signature is not None:
            view.signature = view.signature.union(m.signature)
    view.set_centroid(view.centroid)
    return view
