"""What the story layer reads off one article, computed where the article is analysed.

Placing an article in a story has two parts. Reading its story signals (the features, the event
signature, and the near-duplicate fingerprint: text key and MinHash) depends on the article
alone; placing it depends on every story before it, so only the one writer may do that. Under
``--jobs N`` the first part ran in the writer too and was a third of its time (cProfile of
``ingest --jobs 1`` on 348 corpus articles), time the writer spends while the workers wait.

So the process that analysed an article also prepares it (:func:`attach`, called by
:func:`khabar.stagepool.run_stages`): the result travels with the article under a private ``extra``
key, which the store never writes, and :func:`prepared` hands it to the writer. An article without
it (one stored by an interrupted earlier run and read back) is prepared on the spot by the same
function, so the stories do not depend on which process computed what.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..config import Config
from ..model import Article
from ..store.db import LEAN_KEY
from .dedup import _permutations, fingerprint
from .features import Features, extract, get_embedder, story_text
from .signature import Signature, signature_of

# The private key of ``Article.extra`` the preparation travels under (``_`` keys are not stored).
KEY = "_story"


@dataclass(frozen=True)
class Prepared:
    """One article's story signals: all the clusterer needs besides the stories themselves."""

    features: Features
    signature: Signature
    fingerprint: tuple[str, np.ndarray | None]


def prepare(article: Article, config: Config) -> Prepared:
    """The story signals of ``article``, exactly as the clusterer would compute them itself."""
    features = extract(article, get_embedder(config))
    text = (features.title or "") + "\n" + story_text(article)
    return Prepared(features, signature_of(article), fingerprint(text))


def warm() -> None:
    """Set up what preparing needs (the MinHash permutations) in this process, once; worker
    processes forked after it start with it done."""
    _permutations()


def attach(articles: Iterable[Article], config: Config) -> None:
    """Prepare the articles that will be placed in stories (status ``ok``), in place."""
    for art in articles:
        if art.status == "ok":
            art.extra[KEY] = prepare(art, config)


def prepared(article: Article, config: Config) -> Prepared:
    """The preparation ``article`` carries (taken off it), or a new one when it carries none or
    one made before its id changed."""
    done = article.extra.pop(KEY, None)
    if isinstance(done, Prepared) and done.features.article_id == article.id:
        return done
    if article.extra.get(LEAN_KEY):  # sent without its text (round sc43): nothing to read
        raise RuntimeError(f"article {article.id}: sent without its text, its preparation is stale")
    return prepare(article, config)
