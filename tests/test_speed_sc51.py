"""Speed round sc51 (issue 16), the writer's story side: each shortcut gives what it replaces
gave, on text written like the news, negatives included.

- A near-duplicate entry keeps its band keys (computed once, or cut from the stored signature
  bytes on a reload) instead of recomputing them from its values for every look-up, index and
  eviction: the same keys, so the same candidates and links.
- ``set_cos`` and ``StoryClusterer.score`` add through ``map()``: the same numbers, in the same
  order, so the same floats.
- ``entity_label`` keeps the KB it reads (the one a default ``Config`` loads) instead of making
  a ``Config`` per label.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import numpy as np
import pytest

from khabar.stories import dedup
from khabar.stories.cluster import STRONG_SCORE, WEIGHTS, StoryClusterer
from khabar.stories.dedup import NearDupIndex, bands_of, fingerprint
from khabar.stories.features import Features
from khabar.stories.state import Story, set_cos

# Written for this test in the style of the corpus's reports (not taken from it).
REPORT = (
    "लखनऊ में शनिवार को कोरोना संक्रमण के 31 नए मामले सामने आए, जिसके बाद जिले में संक्रमितों की"
    " संख्या बढ़कर 228 हो गई। जिलाधिकारी ने बताया कि सभी मरीजों को अस्पताल में भर्ती कराया गया है और"
    " उनके संपर्क में आए लोगों की पहचान की जा रही है। प्रशासन ने सदर और नाका इलाकों को हॉटस्पॉट घोषित"
    " कर सील कर दिया है तथा लोगों से घरों में रहने की अपील की है।"
)
# the same report re-published with its last sentence trimmed and a line added: a near copy
COPY = REPORT.rsplit("।", 2)[0] + "। अपडेट: शाम तक जांच रिपोर्ट आने की उम्मीद है।"
# another report on the same day and topic, in its own words: no copy
OTHER = (
    "पटना में रविवार को स्वास्थ्य विभाग ने बताया कि राज्य में अब तक 60 लोग संक्रमित पाए गए हैं।"
    " पटना के खाजपुरा और फुलवारी शरीफ में घर-घर सर्वे शुरू हुआ है, टीमों ने पहले दिन चार हजार घरों"
    " में लोगों के बुखार और खांसी की जानकारी जुटाई। बाजार में केवल दवा और राशन की दुकानें खुलीं।"
)
# a third report, on another topic: copies nothing
THIRD = (
    "इंदौर में नगर निगम की टीमों ने सोमवार सुबह से शहर के सभी वार्डों में सैनिटाइजेशन का काम शुरू"
    " किया। निगम आयुक्त ने कहा कि दमकल की गाड़ियों से मुख्य सड़कों पर छिड़काव होगा और गलियों में"
    " कर्मचारी हाथ से दवा डालेंगे। रहवासियों से कहा गया है कि वे इस दौरान खिड़कियां बंद रखें।"
)
SHORT = "दिल्ली में आज दो नए मामले मिले।"  # too short for a signature: matched only exactly


def test_band_keys_cut_from_stored_bytes_are_those_of_the_values() -> None:
    for text in (REPORT, COPY, OTHER):
        _, sig = fingerprint(text)
        assert sig is not None
        stored = sig.tobytes()  # as story_minhash keeps it
        assert bands_of(stored) == dedup._bands(sig)
        assert bands_of(stored) == dedup._bands(np.frombuffer(stored, dtype=np.uint64).copy())
    assert fingerprint(SHORT)[1] is None


def _links(index: NearDupIndex) -> list[tuple[str, str | None]]:
    day = dt.date(2020, 4, 11)
    out = []
    for aid, text in (("c", COPY), ("d", OTHER), ("e", SHORT), ("f", SHORT), ("g", THIRD)):
        link = index.check_add(aid, text, outlet="Y", date=day)
        out.append((aid, link.of_id if link is not None else None))
    return out


def test_an_index_reloaded_with_stored_band_keys_links_as_a_fresh_one() -> None:
    day = dt.date(2020, 4, 10)
    fresh = NearDupIndex()
    fresh.check_add("a", REPORT, outlet="X", date=day)
    fresh.check_add("b", OTHER.replace("पटना", "गया"), outlet="X", date=day)
    reloaded = NearDupIndex()  # as load_state rebuilds it from story_minhash rows
    for aid in ("a", "b"):
        key, sig, outlet, wire, ordinal = fresh.entry(aid)
        raw = sig.tobytes() if sig is not None else None
        hv = np.frombuffer(raw, dtype=np.uint64).copy() if raw is not None else None
        reloaded.add(aid, key, hv, outlet=outlet, wire=wire, date=dt.date.fromordinal(ordinal),
                     bands=bands_of(raw) if raw is not None else None)
    assert reloaded._buckets == fresh._buckets
    links = _links(fresh)
    assert links == _links(reloaded)
    # the copy links to the report, the other report to its copy with one town changed, the
    # short text only exactly, the third report to nothing
    assert links == [("c", "a"), ("d", "b"), ("e", None), ("f", "e"), ("g", None)]


def test_eviction_takes_out_the_kept_band_keys() -> None:
    index = NearDupIndex()
    index.check_add("a", REPORT, outlet="X", date=dt.date(2020, 4, 1))
    index.check_add("b", OTHER, outlet="X", date=dt.date(2020, 4, 9))
    assert index.evict_before(dt.date(2020, 4, 5)) == 1
    _, sig = fingerprint(OTHER)
    assert sig is not None
    assert index._buckets == [{band: {"b"}} for band in dedup._bands(sig)]
    # the evicted report is no longer found: its copy starts nothing
    assert index.check_add("c", COPY, outlet="Y", date=dt.date(2020, 4, 9)) is None


def _set_cos_before(items: frozenset[str], counts: Counter[str]) -> float:
    """set_cos as it was written before this round (a generator over the shared items)."""
    if not items or not counts:
        return 0.0
    shared = sum(counts[i] for i in items if i in counts)
    return shared / (math.sqrt(len(items)) * math.sqrt(sum(v * v for v in counts.values())))


@pytest.mark.parametrize(
    ("items", "counts"),
    [
        ({"kb:lucknow", "kb:up_health"}, {"kb:lucknow": 5, "kb:yogi": 2, "kb:up_health": 1}),
        ({"kb:patna"}, {"kb:lucknow": 5, "kb:yogi": 2}),  # nothing shared: 0
        ({"kb:patna", "kb:bihar"}, {}),  # a story without entities
        (set(), {"kb:lucknow": 1}),  # an article without entities
        ({f"kb:e{n}" for n in range(40)}, {f"kb:e{n}": n % 7 + 1 for n in range(0, 80, 3)}),
    ],
)
def test_set_cos_is_the_sum_it_replaced(items: set[str], counts: dict[str, int]) -> None:
    frozen, counter = frozenset(items), Counter(counts)
    assert set_cos(frozen, counter) == _set_cos_before(frozen, counter)


def _score_before(cl: StoryClusterer, f: Features, vec: dict[str, float], story: Story) -> float:
    """StoryClusterer.score as it was written before this round (generators over the channels)."""
    ch = cl.channels(f, vec, story)
    if not ch:
        return 0.0
    total = sum(WEIGHTS[k] for k in ch)
    raw = sum(WEIGHTS[k] * v for k, v in ch.items()) / total
    strong = raw >= STRONG_SCORE and "signature" not in ch
    return raw * cl.decay(f.date, story, strong=strong)


def test_score_is_the_weighted_mean_it_replaced() -> None:
    cl = StoryClusterer()
    day = dt.date(2020, 4, 10)
    story = Story("st-1", 1, day, day)
    story.set_centroid({"लखनऊ": 0.61, "संक्रमण": 0.52, "हॉटस्पॉट": 0.43, "सील": 0.31})
    story.entities = Counter({"kb:lucknow": 3, "kb:up_health": 1})
    story.events = Counter({"HEALTH:kb:lucknow": 2})
    story.langs = Counter({"hi": 3})
    cases = [
        # text, entities and events channels, same day
        (Features("a", day, "X", "hi", None, Counter(), frozenset({"kb:lucknow"}),
                  frozenset({"HEALTH:kb:lucknow"}), frozenset()),
         {"लखनऊ": 0.7, "मामले": 0.5, "संक्रमण": 0.51}),
        # text only, a week later (decayed)
        (Features("b", day + dt.timedelta(days=7), "X", "hi", None, Counter(), frozenset(),
                  frozenset(), frozenset()), {"लखनऊ": 0.5, "सील": 0.6, "पटना": 0.4}),
        # another language: no text channel, entities only
        (Features("c", day, "Y", "en", None, Counter(), frozenset({"kb:lucknow", "kb:delhi"}),
                  frozenset(), frozenset()), {"lucknow": 1.0}),
        # nothing in common with the story's channels: 0
        (Features("d", day, "Y", "en", None, Counter(), frozenset(), frozenset(), frozenset()),
         {"patna": 1.0}),
    ]
    scores = []
    for f, vec in cases:
        got = cl.score(f, vec, story)
        assert got == _score_before(cl, f, vec, story)
        scores.append(got)
    assert scores[0] > scores[1] > 0.0 and scores[2] > 0.0 and scores[3] == 0.0


def test_entity_label_reads_the_builtin_kb_once() -> None:
    from khabar.config import Config
    from khabar.entities.kb import load_kb
    from khabar.stories.signature import _label_kb, entity_label

    kb = load_kb(Config())
    assert _label_kb() is kb  # the KB a default Config loads, kept
    for eid in sorted(kb.entries)[:3]:
        assert entity_label(f"kb:{eid}") == kb.entries[eid].name
    # outside the KB: the id itself
    assert entity_label("kb:no-such-district-xyz") == "kb:no-such-district-xyz"
    assert entity_label("लखनऊ") == "लखनऊ"
