"""The "entities" stage: fill :attr:`Article.mentions` from content sentences only.

Boilerplate never yields mentions: only sentences inside content blocks (``CONTENT_LABELS``) are
read; an article whose sentences are not split yet is read block by block. The article's dct (or
published date) is the date on which role-only mentions are resolved through the KB.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice

from ..config import Config
from ..model import CONTENT_LABELS, Article, Mention
from ..pipeline import stage
from ..wordtokens import keep_sentence_tokens
from .country_bound import settle_adjective_bound, settle_country_bound
from .homonyms import settle_homonyms
from .kb import KB, load_kb
from .kbmatch import Cand
from .link import DocLinker
from .recognize import Known, known_candidates, recognise
from .tagger import TOK_TEXT, Tok, load_tagger, tag_sentences, tokenize
from .translit import deva_key, is_devanagari

# Articles whose sentences the CRF tags in one batch before their mentions are read: its
# decoder runs Viterbi over all of a batch's sentences at once, so bigger batches take fewer
# numpy steps per sentence. Tuned on scale.py's --days 16 sample (420 articles, entities CPU-s
# at load average 5-6): 1.28 one article a batch, 1.25 with 8, 1.07 with 32, 1.06 with 128;
# 32 articles are a few hundred sentences in memory.
TAG_BATCH = 32


def article_date(article: Article) -> date | None:
    for value in (article.dct, article.published):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def content_spans(article: Article) -> list[tuple[int, int]]:
    """Sentence spans inside content blocks (block spans when there are no sentences)."""
    blocks = article.blocks
    if article.sentences:
        return [
            (s.start, s.end)
            for s in article.sentences
            if 0 <= s.block < len(blocks) and blocks[s.block].label in CONTENT_LABELS
        ]
    return [(b.start, b.end) for b in blocks if b.label in CONTENT_LABELS]


def sentence_tokens(
    article: Article, spans: list[tuple[int, int]] | None = None
) -> list[list[Tok]]:
    """The words of each content sentence (``spans``, by default :func:`content_spans`), with
    absolute offsets."""
    text = article.text
    return [tokenize(text[s:e], s) for s, e in (content_spans(article) if spans is None else spans)]


def extract_mentions(
    article: Article,
    kb: KB,
    *,
    use_crf: bool = True,
    use_kb: bool = True,
    tagger: str = "default",
    token_lists: list[list[Tok]] | None = None,
    tag_lists: Sequence[Sequence[str]] | None = None,
) -> list[Mention]:
    """All mentions of one article, linked and canonicalised, in text order.

    ``tagger``: the statistical tagger, "default" (fast CRF) or "accurate" (``--ner accurate``).
    ``token_lists``: the article's :func:`sentence_tokens`, when the caller has them;
    ``tag_lists``: then, when it has them, the default tagger's tags of each (:func:`pretag`)."""
    text = article.text
    if token_lists is None:
        token_lists = sentence_tokens(article)
    # Each sentence's folded words, once for both passes and the sweep (read in C: round sc50).
    key_lists = [list(map(deva_key, map(TOK_TEXT, toks))) for toks in token_lists]
    linker = DocLinker(kb, article.id, article_date(article))
    # Full names found anywhere in the document license their very short forms (शी for Xi).
    full: set[str] = set()
    known: list[Known | None] = [None] * len(token_lists)
    if use_kb:
        firsts = [known_candidates(toks, kb, set(), keys)
                  for toks, keys in zip(token_lists, key_lists, strict=True)]
        known[:] = firsts
        if _names_read(firsts):
            for toks, keys, first_known in zip(token_lists, key_lists, firsts, strict=True):
                if not _may_name(first_known):
                    continue
                for c in recognise(toks, kb, set(), use_crf=False, known=first_known, keys=keys):
                    if c.entries and c.kind == "name":
                        linker.named.update(e.id for e in c.entries)
                        if c.j - c.i > 1:
                            full.update(e.id for e in c.entries)
    mentions: list[Mention] = []
    found: list[list[Cand]] = []
    tag_of = [None] * len(token_lists) if tag_lists is None else tag_lists
    for toks, keys, sentence_known, tags in zip(token_lists, key_lists, known, tag_of, strict=True):
        cands = recognise(toks, kb, full, use_crf=use_crf, use_kb=use_kb, tagger=tagger,
                          known=sentence_known, keys=keys, tags=tags)
        found.append(cands)
        by_word: dict[int, Mention] = {}
        linked: list[tuple[Mention, Cand]] = []
        for c in cands:
            for m in linker.link(c, toks, text):
                linked.append((m, c))
                if not c.nests:
                    for k in range(c.i, c.j):
                        by_word[k] = m
        for m, cand in linked:
            linker.attach_role(m, cand, toks, by_word)
            mentions.append(m)
    if linker.kb_surnames or linker.local_surnames:
        # The sweep finds nothing before a person is named (``sweep_short_forms`` returns at
        # once), so the words each sentence's candidates cover are gathered only then (round
        # sp15, issue 16: a set per sentence of every article before).
        for toks, keys, cands in zip(token_lists, key_lists, found, strict=True):
            covered = {k for c in cands for k in range(c.i, c.j)} if cands else set()
            mentions.extend(linker.sweep_short_forms(toks, text, covered, keys))
    linker.relink_short(mentions)
    if use_kb:
        settle_country_bound(mentions, kb, text, linker.local_entity)
        settle_adjective_bound(mentions, kb, text, linker.local_entity)
        settle_homonyms(mentions, kb, text)
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions




def _names_read(firsts: Sequence[Known]) -> bool:
    """Whether the names the first pass of :func:`extract_mentions` collects can be read at all
    in this article. They are read twice, and nowhere else: the full names (``full``) by a
    sentence whose KB match was a very short form (``Known.asked``: the second pass asks
    whether the names it was found with are still the document's), and the KB ids named
    (``DocLinker.named``) when a role-only office is linked (a rule candidate with places,
    ``role_of``: the office-holder is "descriptive" when the article names them). Every other
    step of the second pass, the linking and the sweep give the same result whatever the first
    pass found, so where neither can happen the first pass is skipped (round sp15, issue 16:
    3 of the 227 allowed articles of scale.py's --days 16 sample need it, 11 of the 648 of
    --days 40; it was a twentieth of the stage)."""
    return any(k.asked or (k.rules and any(c.role_of for c in k.rules)) for k in firsts)


def _may_name(known: Known) -> bool:
    """Whether the first pass of :func:`extract_mentions` can learn a name from a sentence with
    these KB and rule candidates. The names it collects carry KB entries, and only the KB and
    rule candidates bring any (the rest of ``recognise`` keeps, retypes or drops them, and what
    it adds has none): 61% of the corpus sample's sentences have none, and reading them there
    found nothing."""
    return bool(known.kbc and any(c.entries for c in known.kbc)
                or known.rules and any(c.entries for c in known.rules))


def pretag(token_lists: Sequence[Sequence[Tok]], kb: KB) -> list[list[str]]:
    """Tag with the default CRF, in one batch, every sentence the recogniser will ask it about
    (those with a Devanagari word, see ``crf_candidates``): the same tags as one by one
    (:func:`tag_sentences`), each sentence's handed to the recogniser (``recognise``'s
    ``tags``), and an empty list for a sentence without a Devanagari word, which it does not
    tag. (Before round sc38 the tags only waited in the tagger's sentence cache, and the
    recogniser found each sentence again there by its words after asking again whether it
    has a Devanagari word; the cache still holds them for any other caller.)"""
    # a sentence's words joined hold a Devanagari letter where one of its words does (no word
    # holds a space); searched in C (round sc50), the slots read by a comprehension (sp26)
    texts = [[t.text for t in toks] for toks in token_lists]
    asked = [is_devanagari(" ".join(words)) for words in texts]
    tagged = iter(tag_sentences([words for words, ask in zip(texts, asked, strict=True) if ask], kb))
    return [next(tagged) if ask else [] for ask in asked]


# The KBs whose tables have been settled in this process (see settle()).
_SETTLED: set[int] = set()


def settle(kb: KB, tagger: str) -> None:
    """Load the KB's tagger tables, then take every object alive out of the cyclic garbage
    collector's full passes (``gc.freeze``), once per KB and process.

    Why: the KB, the tagger's lexicon, clusters and feature sets are hundreds of thousands of
    long-lived containers that never become garbage, and every full collection walked them all
    again: a tenth of the stage's CPU on scale.py's --days 16 sample (0.13 of 1.3 s; two full
    collections). Frozen objects are still freed by reference counting; only the collector stops
    visiting them. Nothing found changes."""
    if id(kb) in _SETTLED:
        return
    if tagger == "default":
        load_tagger(kb)
    _SETTLED.add(id(kb))
    gc.freeze()


@stage("entities", requires=("blocks", "sentences"), assigns=("mentions",))
def entities_stage(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    kb = load_kb(config)
    settle(kb, config.ner_tagger)
    stream = iter(articles)
    while batch := list(islice(stream, TAG_BATCH)):
        with _collected_per_batch():  # no article is handed on inside it
            _batch_mentions(batch, kb, config)
        yield from batch


def _batch_mentions(batch: list[Article], kb: KB, config: Config) -> None:
    """Fill the mentions of one batch of articles (tagged together, see ``TAG_BATCH``)."""
    spans = [content_spans(a) if a.status == "ok" else [] for a in batch]
    tokens = [sentence_tokens(a, a_spans) for a, a_spans in zip(batch, spans, strict=True)]
    for article, a_spans, token_lists in zip(batch, spans, tokens, strict=True):
        if token_lists:  # for the events stage (round sp19, issue 16: khabar.wordtokens)
            keep_sentence_tokens(article, a_spans, token_lists)
    tags = None
    if config.ner_tagger == "default":
        tags = iter(pretag([toks for article_tokens in tokens for toks in article_tokens], kb))
    for article, token_lists in zip(batch, tokens, strict=True):
        if article.status == "ok":
            article.mentions = extract_mentions(
                article, kb, tagger=config.ner_tagger, token_lists=token_lists,
                tag_lists=None if tags is None else [next(tags) for _ in token_lists])


@contextmanager
def _collected_per_batch() -> Iterator[None]:
    """Hold the cyclic garbage collector off while one batch's mentions are read, so that it
    runs once after the batch instead of every 700 allocations within it.

    Why: a batch allocates tens of thousands of tracked containers (the words are a tuple
    subclass, which the collector tracks for life; their lists, the candidates, the mentions),
    most kept for the events stage, and each young collection walked the young ones again and
    moved the survivors on to be walked by the middle and full collections: about 158 young, 14
    middle and one full collection over the 227 allowed articles of scale.py's --days 16
    sample, 4.7% of the stage's instructions (round sp23, issue 16). With the collector held
    off, the objects that die by reference counting within the batch (most of them) are never
    walked, and the next allocation after the batch starts one young collection over what is
    left: 8 young collections for those articles.

    Why it is safe: the collector only frees garbage caught in reference cycles; nothing the
    stage computes depends on when that happens (no finaliser or weak reference of the stage
    is read), so the mentions are the same (tests/test_entities_speed_sp23.py). Memory stays
    bounded: the cycles a batch leaves wait only until that batch ends (``TAG_BATCH``
    articles; 288 such objects over the 227 articles). The collector is switched back on before
    any article is handed on, and left off where the caller had switched it off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
