"""Which country's body a generic English body name is: "Congress", "Supreme Court", "Senate".

Why: the KB's English aliases of a country's own bodies are often the plain words every country
uses for its own ("Congress" of the Indian National Congress, "Supreme Court" of India's), and
the linker took them wherever they stood: in US wire copy "called on Congress to investigate"
and "an appeal to the Supreme Court" became India's party and court (rounds ev172 and ev175,
TimeBank/AQUAINT and MEANTIME: 11 "Congress", 4 "Supreme Court", all American). A reader takes
such a name as the body of the country the text says ("the U.S. Congress", "Indian National
Congress") or, failing that, of the country the article is about. So after linking, an English
(Latin-script) mention of a country's organisation whose words name a kind of body
(:data:`BODY_HEADS`) and no country is settled against the article:

- a country named right before it ("U.S. Congress", "the Pakistani Supreme Court") decides;
- else the countries of the article's other KB mentions (countries, their places and bodies,
  people with a country), the most often named first;
- among the KB entries that share the name, the one of the country found is kept; where none is
  that country's, or no country is found at all, the mention is a name of the document
  (``doc:``), as any name the KB cannot resolve, never another country's body.

Devanagari mentions are settled only by what the text says right before them: "कांग्रेस" in
Hindi news is the Indian party whatever else the article names (its Hindi aliases are not
shared), but "अमेरिकी कांग्रेस" is the United States Congress. Since round ev184 (issue 13) a
Devanagari mention of one country's body whose English aliases include a generic body name
("Congress", "Supreme Court"), written right after another country's Hindi adjective
("अमेरिकी", "पाकिस्तानी"), is that country's body of the same generic name, or a name of the
document where the KB has none (:func:`settle_adjective_bound`); the home country's own
adjective ("भारतीय कांग्रेस") changes nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..model import Mention
from .kb import KB, KBEntry, alias_key
from .translit import is_devanagari

# The last word of a generic English body name: a kind of institution many countries have.
# Read off the KB's English aliases of organisations with a country and the US bodies the
# English audits found (rounds ev172, ev175, ev180: Congress, Supreme Court, Senate, State/Justice
# Department); an acronym or a proper name (Pentagon, Kremlin, Air India) is no such word.
BODY_HEADS = frozenset(
    [
        "congress", "court", "parliament", "senate", "assembly", "party", "police", "ministry",
        "department", "commission", "council", "bureau", "cabinet", "government", "legislature",
        "tribunal", "army", "navy",
    ]
)
# How many words right before the mention may say its country ("the United States Senate").
STATED_WORDS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")


def _norm(word: str) -> str:
    """A country word without its dots and case: "U.S." and "US" are both ``us``."""
    return word.replace(".", "").casefold()


# KB (by identity, the KB itself kept so that its id is never reused) -> its country words
_WORDS_OF: dict[int, tuple[KB, dict[str, str]]] = {}


def _country_words(kb: KB) -> dict[str, str]:
    """Every Latin-script name, adjective and demonym of a KB country (normalised, words joined
    by a space) -> the country's id. Kept per KB (the packaged one is loaded once a process)."""
    held = _WORDS_OF.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    out: dict[str, str] = {}
    for e in sorted(kb.entries.values(), key=lambda e: e.id):
        if e.type != "COUNTRY":
            continue
        for alias in (e.name, *e.en, *e.adjectival, *e.demonym):
            if alias and not is_devanagari(alias):
                key = " ".join(_norm(w) for w in alias.split())
                if key:
                    out.setdefault(key, e.id)
    _WORDS_OF[id(kb)] = (kb, out)
    return out


def country_of(kb: KB, entry: KBEntry) -> str | None:
    """The country an entry belongs to: itself for a country, else its ``country``."""
    if entry.type == "COUNTRY":
        return entry.id
    return entry.country


def generic_body(kb: KB, surface: str, entry: KBEntry) -> bool:
    """Whether an English mention of ``entry`` is a generic body name: a Latin-script
    organisation of one country whose last word is a :data:`BODY_HEADS` word and none of whose
    words names a country ("Supreme Court" is generic, "Indian National Congress" and "Supreme
    Court of India" are not)."""
    if entry.type != "ORGANIZATION" or not entry.country or is_devanagari(surface):
        return False
    words = [_norm(w) for w in surface.split()]
    if not words or words[-1] not in BODY_HEADS:
        return False
    names = _country_words(kb)
    return not any(w in names for w in words) and not any(
        " ".join(words[i:j]) in names for i in range(len(words)) for j in range(i + 2, len(words) + 1)
    )


def stated_country(kb: KB, text: str, start: int) -> str | None:
    """A country named in the (at most :data:`STATED_WORDS`) capitalised words right before a
    mention: "U.S. Congress", "the United States Senate", "Indian Supreme Court"."""
    words = _WORD.findall(text[max(0, start - 40) : start])
    names = _country_words(kb)
    for n in range(min(STATED_WORDS, len(words)), 0, -1):
        tail = words[-n:]
        if all(w[0].isupper() for w in tail):
            found = names.get(" ".join(_norm(w) for w in tail))
            if found:
                return found
    return None


def settle_country_bound(
    mentions: Sequence[Mention], kb: KB, text: str, local_id: Callable[[Mention], str]
) -> None:
    """Relink, in place, every generic English body name to the body of its article's country
    (see the module's docstring); ``local_id`` gives a mention left unresolved its document id.
    Same input, same output: the countries are counted over the mentions in text order and a
    tie keeps the KB index's order."""
    bound: list[tuple[Mention, list[KBEntry]]] = []
    for m in mentions:
        if not m.entity_id or not m.entity_id.startswith("kb:"):
            continue
        entry = kb.get(m.entity_id)
        if entry is None or not generic_body(kb, m.text, entry):
            continue
        shared = [kb.entries[i] for i, kind in kb.index.get(alias_key(m.text), []) if kind == "name"]
        if entry in shared:
            bound.append((m, [e for e in shared if generic_body(kb, m.text, e)]))
    if not bound:
        return
    pinned = {id(m) for m, _ in bound}
    context: Counter[str] = Counter()
    for m in mentions:
        if id(m) in pinned or not m.entity_id or not m.entity_id.startswith("kb:"):
            continue
        other = kb.get(m.entity_id)
        country = country_of(kb, other) if other is not None else None
        if country:
            context[country] += 1
    for m, shared in bound:
        stated = stated_country(kb, text, m.start)
        if stated is not None:
            chosen = next((e for e in shared if e.country == stated), None)
        else:
            ranked = sorted(
                (e for e in shared if context[e.country or ""] > 0),
                key=lambda e: -context[e.country or ""],
            )
            chosen = ranked[0] if ranked else None
        if chosen is not None:
            m.entity_id, m.canonical = chosen.kb_id, chosen.name
        else:
            m.entity_id, m.canonical = local_id(m), m.text


# KB (by identity, as _WORDS_OF) -> Devanagari country adjectives ("अमेरिकी") -> country id
_ADJECTIVES_OF: dict[int, tuple[KB, dict[str, str]]] = {}


def _country_adjectives(kb: KB) -> dict[str, str]:
    """Every Devanagari adjective of a KB country (exact-lookup key) -> the country's id; an
    adjective two countries share is left out. Kept per KB."""
    held = _ADJECTIVES_OF.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    found: dict[str, set[str]] = {}
    for e in kb.entries.values():
        if e.type == "COUNTRY":
            for alias in e.adjectival:
                if is_devanagari(alias):
                    found.setdefault(alias_key(alias), set()).add(e.id)
    out = {key: next(iter(ids)) for key, ids in sorted(found.items()) if len(ids) == 1}
    _ADJECTIVES_OF[id(kb)] = (kb, out)
    return out


def _generic_aliases(kb: KB, entry: KBEntry) -> list[str]:
    """The entry's English aliases that are generic body names ("Congress" of the Indian
    National Congress, "Supreme Court" of India's), as :func:`generic_body` reads them."""
    return sorted({a for a in (entry.name, *entry.en) if not is_devanagari(a) and generic_body(kb, a, entry)})


def settle_adjective_bound(
    mentions: Sequence[Mention], kb: KB, text: str, local_id: Callable[[Mention], str]
) -> None:
    """Relink, in place, every Devanagari mention of a country's body written right after
    another country's Hindi adjective to the KB body of the adjective's country that shares one
    of its generic English names, else to a name of the document: never the other country's
    body. Two forms: the adjective a mention of its own before the linked body ("अमेरिकी" +
    "कांग्रेस", the KB's "कांग्रेस" being the Indian National Congress), or one unlinked
    organisation the tagger read as a whole ("अमेरिकी कांग्रेस", "भारतीय कांग्रेस": the body of
    the adjective's country, the home country's too; left as it is when the KB has none).

    Round ev184 (issue 13): noticed by round ev180 and on the corpus day files ("अमेरिकी
    कांग्रेस के दो नेता आइसोलेशन में" linked the Indian party)."""
    adjectives = _country_adjectives(kb)
    for m in mentions:
        if not m.entity_id or not is_devanagari(m.text):
            continue
        if m.entity_id.startswith("kb:"):
            entry = kb.get(m.entity_id)
            before = text[max(0, m.start - 24) : m.start]
            words = before.split()
            gap = before[before.rfind(words[-1]) + len(words[-1]) :] if words else ""
            # the adjective right before it, on the same line
            stated = adjectives.get(alias_key(words[-1])) if words and gap == " " else None
            if entry is None or stated is None or stated == entry.country:
                continue
            chosen = _bound_body(kb, [entry], stated)
            if chosen is not None:
                m.entity_id, m.canonical = chosen.kb_id, chosen.name
            elif _generic_aliases(kb, entry):
                m.entity_id, m.canonical = local_id(m), m.text
        elif m.type == "ORGANIZATION":
            first, _, rest = m.text.partition(" ")
            stated = adjectives.get(alias_key(first)) if rest else None
            bodies = [e for e, _ in kb.lookup(rest)] if stated else []
            chosen = next((e for e in bodies if _bodily(e) and e.country == stated), None)
            chosen = chosen or (_bound_body(kb, bodies, stated) if stated else None)
            if chosen is not None:
                m.entity_id, m.canonical = chosen.kb_id, chosen.name


def _bodily(entry: KBEntry) -> bool:
    return entry.type == "ORGANIZATION" and bool(entry.country)


def _bound_body(kb: KB, entries: list[KBEntry], country: str) -> KBEntry | None:
    """The KB body of ``country`` sharing a generic English name (:func:`_generic_aliases`) with
    one of ``entries`` (bodies of another country), the first by id; None when it has none."""
    found = {
        other.id: other
        for entry in entries
        if _bodily(entry) and entry.country != country
        for alias in _generic_aliases(kb, entry)
        for other, _ in kb.lookup(alias)
        if _bodily(other) and other.country == country
    }
    return found[min(found)] if found else None
