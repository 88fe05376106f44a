"""The story clusterer's upkeep: putting members in stories, merging, splitting, retiring and
evicting stories, and loading stored ones back.

:class:`StoryUpkeep` is the base of :class:`~khabar.stories.cluster.StoryClusterer`; it holds
the bookkeeping that keeps the clusterer's state consistent (a story's sums and index keys, the
article-to-story map, the redirects of merged ids, what must be saved), apart from the scoring
and placing of :mod:`.cluster`, which decides *where* an article goes. It exists as a module of
its own because these updates are one concern, shared by placement, re-checks, splits, eviction
and the resume path of :mod:`.persist`.
"""


from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence

from .dedup import NearDupIndex
from .focal import focal_pair, forget_focal
from .signature import (
    Signature,
)
from .state import (
    Member,
    Story,
    dot,
    prune,
)

# Stories idle this long before the newest article are inactive (out of memory); at that gap
# the decay leaves 1% of the score, which no channel can lift over the threshold.
ACTIVE_DAYS = 14
# Members dated this long before their story's last article are retired from memory. Not tuned:
# the same horizon as ACTIVE_DAYS, past which the decay leaves no member a say in joining (and
# the near-duplicate index has forgotten them too); on one- or two-day gold nothing retires.
MEMBER_DAYS = ACTIVE_DAYS
# Terms of a story that are indexed.
INDEX_TERMS = 30
# Members of a story whose pairwise scores no longer reach this fraction of the threshold (as a
# connected graph) are split off.
SPLIT_FRACTION = 0.5
# Stories larger than this are not re-checked for splits (quadratic); they are long-running
# topics where a split is a product decision, not a clustering one.
SPLIT_MAX = 60


def story_id_for(article_id: str) -> str:
    """A story's id, derived from its first article so re-runs give the same ids."""
    return "st-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


class StoryUpkeep:
    """Story bookkeeping of :class:`~khabar.stories.cluster.StoryClusterer`, which sets these
    attributes (see its ``__init__``)."""

    threshold: float
    stories: dict[str, Story]
    story_of: dict[str, str]
    redirects: dict[str, str]
    splits: list[tuple[str, str]]
    dups: NearDupIndex
    seq: int
    newest: dt.date | None
    dirty: set[str]
    evicted: list[Story]
    unsaved: set[str]
    _postings: dict[str, set[str]]

    def _index(self, story: Story) -> None:
        for k in story.indexed:
            self._postings.get(k, set()).discard(story.id)
        keys = [f"t:{t}" for t in prune(story.centroid, INDEX_TERMS)]
        entities = sorted(story.entities.items(), key=lambda kv: (-kv[1], kv[0]))  # not hash order
        keys += [f"e:{e}" for e, _ in entities[:INDEX_TERMS]]
        keys += [f"f:{t}" for t in sorted(story.signature.focal | story.signature.tallies)]
        story.indexed = tuple(keys)
        for k in keys:
            self._postings.setdefault(k, set()).add(story.id)

    def _touch(self, story: Story, member: Member) -> None:
        """Put a member in a story and count its language and outlet."""
        self._place(story, member)
        if member.lang:
            story.langs[member.lang] += 1
        if member.outlet:
            story.outlets[member.outlet] += 1

    def _place(self, story: Story, member: Member) -> None:
        story.members[member.article_id] = member
        if self.story_of.get(member.article_id) != story.id:
            self.unsaved.add(member.article_id)
        self.story_of[member.article_id] = story.id
        if member.date:
            story.first = min(story.first or member.date, member.date)
            story.last = max(story.last or member.date, member.date)
        forget_focal(story)
        self.dirty.add(story.id)

    def _drop(self, gone: Story, keep: Story) -> None:
        """Forget a story whose every member moved to ``keep``; its id redirects there."""
        for k in gone.indexed:
            self._postings.get(k, set()).discard(gone.id)
        del self.stories[gone.id]
        self.redirects[gone.id] = keep.id
        for old, new in list(self.redirects.items()):
            if new == gone.id:
                self.redirects[old] = keep.id
        self.dirty.add(gone.id)

    def _merge(self, a: Story, b: Story) -> Story:
        """Fold the younger story into the older; the younger id redirects."""
        keep, gone = (a, b) if a.seq <= b.seq else (b, a)
        for t, w in gone.centroid.items():
            keep.centroid[t] = keep.centroid.get(t, 0.0) + w
        keep.set_centroid(keep.centroid)
        keep.entities.update(gone.entities)
        keep.events.update(gone.events)
        keep.dates.update(gone.dates)
        keep.signature = keep.signature.union(gone.signature)
        keep.why.update(gone.why)
        if gone.emb_sum is not None:
            keep.emb_sum = gone.emb_sum if keep.emb_sum is None else keep.emb_sum + gone.emb_sum
        for m in gone.members.values():
            self._place(keep, m)
        keep.langs.update(gone.langs)
        keep.outlets.update(gone.outlets)
        keep.retired += gone.retired
        for d in (gone.first, gone.last):
            if d is not None:
                keep.first = min(keep.first or d, d)
                keep.last = max(keep.last or d, d)
        self._drop(gone, keep)
        self._index(keep)
        return keep

    def check_splits(self, story_ids: Iterable[str]) -> list[str]:
        """Split stories whose members fell apart; returns the ids of the new stories."""
        new_ids = []
        for sid in list(story_ids):
            story = self.stories.get(sid)
            if story is None or not 3 <= story.size <= SPLIT_MAX:
                continue
            parts = self._components(story)
            if len(parts) < 2:
                continue
            parts.sort(key=lambda p: (-len(p), min(p)))
            for part in parts[1:]:
                child = self._carve(story, part)
                self.splits.append((story.id, child.id))
                new_ids.append(child.id)
            # copies of a retired original or of another copy belong to no part: they stay with
            # the story (before, a copy of a copy silently left the story's members on a split)
            placed = {a for p in parts for a in p}
            rest = [a for a in story.members if a not in placed]
            self._rebuild(story, [story.members[a] for a in parts[0] + rest])
        return new_ids

    def _components(self, story: Story) -> list[list[str]]:
        ids = [a for a, m in story.members.items() if m.duplicate_of is None]
        limit = self.threshold * SPLIT_FRACTION
        parent = {a: a for a in ids}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i, a in enumerate(ids):
            ma = story.members[a]
            for b in ids[i + 1 :]:
                mb = story.members[b]
                text = dot(ma.vector, mb.vector) if ma.lang == mb.lang else 0.0
                ents = 0.0
                if ma.entities and mb.entities:
                    ents = len(ma.entities & mb.entities) / math.sqrt(
                        len(ma.entities) * len(mb.entities)
                    )
                if max(text, ents) >= limit or focal_pair(ma, mb):
                    parent[find(a)] = find(b)
        groups: dict[str, list[str]] = {}
        for a in ids:
            groups.setdefault(find(a), []).append(a)
        # duplicates follow the article they copy
        for a, m in story.members.items():
            if m.duplicate_of is not None and m.duplicate_of in parent:
                groups[find(m.duplicate_of)].append(a)
        return list(groups.values())

    def _carve(self, story: Story, part: list[str]) -> Story:
        self.seq += 1
        # the id of the part's first member by id that no story in memory holds: the part may
        # hold the article the parent's id derives from, and the parent keeps that id (before,
        # the child took it and replaced the parent in memory: its other members' rows were lost)
        ids = (story_id_for(a) for a in sorted(part))
        sid = next((i for i in ids if i not in self.stories and i not in self.redirects), None)
        child = Story(sid or story_id_for(f"{min(part)}#{self.seq}"), self.seq)
        self.stories[child.id] = child
        child.why = {a: story.why.pop(a) for a in part if a in story.why}
        self._rebuild(child, [story.members[a] for a in part])
        return child

    def _rebuild(self, story: Story, members: Sequence[Member]) -> None:
        """Recompute a story's sums from its members (after a split; embeddings and events are
        kept only on the largest part, which keeps the id).

        Languages, outlets and the first date also keep what the story's retired members
        contributed (the part that keeps the id keeps them); centroid and entities are rebuilt
        from the members in memory only.
        """
        for m in story.members.values():
            if m.lang:
                story.langs[m.lang] -= 1
            if m.outlet:
                story.outlets[m.outlet] -= 1
        story.langs, story.outlets = +story.langs, +story.outlets
        story.centroid, story.entities = {}, Counter()
        old_last = story.last
        if not story.retired:
            story.first = None
        story.last = None
        story.members = {}
        for m in members:
            if m.duplicate_of is None:
                for t, w in m.vector.items():
                    story.centroid[t] = story.centroid.get(t, 0.0) + w
                story.entities.update(m.entities)
            self._touch(story, m)
        if story.last is None and story.retired:
            story.last = old_last
        signatures = [m.signature for m in members]
        if not story.retired and all(sig is not None for sig in signatures):
            story.signature = Signature()
            for sig in signatures:
                story.signature = story.signature.union(sig or Signature())
            forget_focal(story)
        story.set_centroid(story.centroid)
        self._index(story)
        self.dirty.add(story.id)  # its row changes even when no member is left in memory

    def evict(self) -> list[Story]:
        """Move stories idle for :data:`ACTIVE_DAYS` out of memory and retire the old members
        of the others; returns the stories evicted (for saving)."""
        if self.newest is None:
            return []
        cutoff = self.newest - dt.timedelta(days=ACTIVE_DAYS)
        gone = [s for s in self.stories.values() if s.last is not None and s.last < cutoff]
        for s in gone:
            for k in s.indexed:
                self._postings.get(k, set()).discard(s.id)
            for a in s.members:
                self.story_of.pop(a, None)
            del self.stories[s.id]
        for s in self.stories.values():
            self._retire(s)
        self.dups.evict_before(cutoff)
        self.evicted.extend(gone)
        return gone

    def _retire(self, story: Story) -> None:
        """Drop members dated :data:`MEMBER_DAYS` before the story's last article from memory,
        with how they joined (``why``); undated ones count as recent; rows not yet saved stay
        until they are."""
        if story.last is None or story.first is None:
            return
        horizon = story.last - dt.timedelta(days=MEMBER_DAYS)
        if story.first >= horizon:
            return
        old = [
            a
            for a, m in story.members.items()
            if m.date is not None and m.date < horizon and a not in self.unsaved
        ]
        if not old:
            return
        story.saved_title = story.title()
        for a in old:
            del story.members[a]
            self.story_of.pop(a, None)
            # how it joined went with its row (saved: not in ``unsaved``); kept here, it was one
            # entry per article ever placed in a long-running story (issue 16: the clusterer's
            # memory grew ~80 MiB per 100k articles; the writer's persist dropped them already)
            story.why.pop(a, None)
        story.retired += len(old)

    def load_story(self, story: Story, keys: tuple[str, ...] | None = None) -> None:
        """Put a stored story back in memory (used by persist when resuming). ``keys``: its
        index keys as an earlier load of the same stored state computed them (its centroid
        already pruned, its norm set): indexed as they are."""
        if keys is None:
            story.set_centroid(story.centroid)
        self.stories[story.id] = story
        for a in story.members:
            self.story_of[a] = story.id
        if keys is None:
            self._index(story)
            return
        story.indexed = keys
        for k in keys:
            self._postings.setdefault(k, set()).add(story.id)
