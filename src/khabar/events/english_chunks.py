"""English actor phrases without a parser: the tokens of a sentence and its actor chunks.

Why a module of its own: :mod:`khabar.events.english` codes a sentence as subject, verb and
object, and needs the actor phrases around the verb. Where the entities stage ran, its mentions
are the chunks; otherwise this light chunker makes them: runs of capitalised names and the
collective nouns news uses for actors (army, police, rebels, officials …), minus words that are
capitalised only because they open the sentence ("Several ministers met", "Thousands
protested"). Here too are the rules on chunks alone: which chunks are conjoined into one party
("Xi Jinping and Russian President Vladimir Putin"), which chunk before the verb is its subject
("Police in Delhi arrested …"), and which chunk after it is no one acted on ("withdraw its
troops"). The underscored names are private to this package.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .english_leads import time_lead
from .english_titles import of_title_between

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]")
_ACTOR_NOUNS = frozenset(
    [
        "army",
        "armies",
        "police",
        "troops",
        "forces",
        "force",
        "soldiers",
        "government",
        "governments",
        "officials",
        "official",
        "rebels",
        "rebel",
        "guerrillas",
        "militants",
        "protesters",
        "demonstrators",
        "students",
        "workers",
        "leaders",
        "leader",
        "president",
        "minister",
        "ministry",
        "parliament",
        "court",
        "opposition",
        "party",
        "authorities",
        "navy",
        "military",
        "refugees",
        "civilians",
        "villagers",
        "residents",
        "delegation",
        "spokesman",
        "negotiators",
        "union",
        "unions",
        "doctors",
        "mob",
        "gunmen",
        "fighters",
        "separatists",
        "administration",
        "regime",
        "cabinet",
        "embassy",
        # round en6: common actor nouns of wire copy that a lower-case subject left out
        # ("insurgents surrendered to", "farmers blocked"); checked on NGEC synthetic stories,
        # CASE 2021 snippets and plover-gsr tune (source F1, see the commit)
        "insurgents",
        "groups",
        "militia",
        "militias",
        "guards",
        "officers",
        "commanders",
        "marines",
        "peacekeepers",
        "warships",
        "warplanes",
        "farmers",
        "miners",
        "teachers",
        "nurses",
        "activists",
        "journalists",
        "prisoners",
        "inmates",
        "detainees",
        "hostages",
        "settlers",
        "tribesmen",
        "hackers",
        "crowd",
        "lawmakers",
        "legislators",
        "judge",
        "judges",
        "prosecutors",
        "governor",
        "mayor",
        "council",
    ]
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "However",
        "Meanwhile",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "Mr",
        "Mrs",
        "Ms",
        "Rs",  # rupees: "a relief package of Rs 500 crore" (round en2)
    ]
) | frozenset(
    # Round en15: the abbreviations of weekdays and months that are no given name (not "Sun",
    # "Jan", "Mar", "Jun", "Jul"): "Xi-Putin call today (Weds)", "the Oct truce" of a
    # correspondent's thread made actors "Weds" and "Oct". Closed classes of English; NGEC's
    # synthetic stories have 5 such words with no day number after them (docs/events-rounds.md).
    {"Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat",
     "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)


@dataclass
class _Chunk:
    first: int
    last: int
    text: str
    start: int
    end: int
    entity: str | None = None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [
        (start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(text[start:end])
    ]


# Round en4: a capitalised word at the start of a sentence is capitalised by position, not
# because it is a name. These closed-class words, number words and quantity nouns open wire
# sentences ("Twelve people were arrested", "Thousands protested", "Several ministers met") and
# are never a one-word actor. Closed classes by definition; the quantity nouns from wire style
# (our own sentences in tests/test_events_english_subjects.py), not tuned on a gold.
_OPENERS = frozenset(
    """
    a an the this that these those some any many much most more few several all both each every
    no none other another such own same either neither nor not only also even just still yet
    there here then thus so as if when while where whereas whether though although because
    since until unless after before during despite amid among between about above below under
    over across against along around through throughout within without into onto upon towards
    with from for of by at in on off out up down to than but and or however meanwhile moreover
    furthermore nevertheless nonetheless instead earlier later now today yesterday tomorrow
    tonight again once ever never already soon last next first second third finally overall
    it its he his him she her they their them we our us you your i my me who whom whose which
    what why how one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion dozens hundreds thousands millions billions
    scores tens lakhs crores half nearly almost around roughly about over
    """.split()  # noqa: SIM905 (a closed list reads better as words)
)
# Participles that open a sentence before its subject ("Speaking to reporters, Modi said"):
# not a name, but they may be triggers elsewhere ("hours before speaking by phone").
_VERB_OPENERS = frozenset(
    ["according", "asked", "speaking", "addressing", "following", "including", "regarding"]
)


# Round ev172: sentence adverbs before a comma ("Separately,", "Additionally,", "Reportedly,");
# suffixes that no country or person name of the KB ends with ("Italy", "Kelly" do not match)
_ADVERB_ENDINGS = ("ally", "ately", "arly", "ously", "ently", "antly", "edly", "ively", "ingly")


# A plural of people ("Teachers", "Farmers", "Residents", "Activists") is a real group actor
# even when the article also writes it in lower case: the lower-case test leaves it. Checked by
# hand on NGEC synthetic stories (outside the gold), round en4.
_PEOPLE_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "men", "women")


def _opener(toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Round en4: the sentence's first word, capitalised only by position: a closed-class or
    number word (``_OPENERS``), or a word the same article writes in lower case ("Calls to
    extend ..." beside "calls for ...") and never capitalised inside a sentence (which would
    make it a name, "Trump ... a trump card"). A run of capitalised words ("Twelve Apostles")
    or a known actor noun is left to the chunker; the entities stage, where it ran, supplies
    the KB's names instead of this chunker."""
    if i == 0 and _speaker_label(toks):
        return True  # round en16: a transcript's or an interview's label ("ANCHOR:", "Q:")
    if any(t[2][:1].isalnum() for t in toks[:i]) and not (i == 2 and _speaker_label(toks)):
        return False  # not the first word ("(Reuters) - Officials ...": the dash is skipped)
    word = toks[i][2]
    if not word[:1].isupper() or word[1:2].isupper():
        return False  # "U.S.", "WHO": an acronym is a name
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if nxt[:1].isupper() or nxt in {"'s", "’s"}:
        return False  # the name continues ("Twelve Apostles", "China's Xi")
    low = word.lower()
    if low in _OPENERS or low in _VERB_OPENERS or time_lead(low, nxt):
        return True
    if nxt == "," and low.endswith(_ADVERB_ENDINGS):
        return True  # round ev172: "Separately, the court said ...": an adverb, no name
    if low in _ACTOR_NOUNS or low == word or low.endswith(_PEOPLE_SUFFIXES):
        return False
    if _kb_actor(word):
        return False  # round en5: "Turkey", "Congress", "Chad" open a sentence as the KB's names
    pat = re.escape(low)
    if not re.search(rf"(?<![A-Za-z]){pat}(?![A-Za-z])", text):
        return False
    return not re.search(rf"[a-z,][ \t]+{re.escape(word)}(?![A-Za-z])", text)


def _speaker_label(toks: list[tuple[int, int, str]]) -> bool:
    """Round en16: the sentence opens on a speaker's label, one upper-case word and a colon
    ("Q: So the visit is on?", "ANCHOR: ..."; a broadcast transcript's and an interview's, read
    on the round's blind reports): the label is no actor, and the word after it is capitalised
    by position. A KB actor's name stays one ("NATO: ...", a headline's source)."""
    if len(toks) < 3 or toks[1][2] != ":":
        return False
    word = toks[0][2]
    return word.isupper() and word.isalpha() and not _kb_actor(word)


# KB entry types whose one-word name, opening a sentence, is the actor even where the article
# also writes the word in lower case ("Turkey" beside "turkey", "Congress" beside "a party
# congress"); rivers and towns ("Tons", "Male") are left to the lower-case test.
_KB_ACTOR_TYPES = frozenset({"PERSON", "COUNTRY", "ORGANIZATION", "GROUP"})


@functools.cache
def _kb_actor(word: str) -> bool:
    """Whether the built-in KB names an actor (see ``_KB_ACTOR_TYPES``) by exactly this word, as
    its name or short form."""
    from .actors import _kb

    return any(
        kind in {"name", "short"} and entry.type in _KB_ACTOR_TYPES
        for entry, kind in _kb().lookup(word)
    )


# Round en6: lower-case particles inside a person's name keep the name whole ("Sheikh Hamad bin
# Khalifa al-Thani" was cut to "Khalifa"). General name grammar (Arabic, Dutch/German, Romance);
# one plover-gsr tune record, checked on NGEC synthetic stories and CASE 2021 snippets.
_NAME_PARTICLES = frozenset(
    {"bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "del", "dos", "du"}
)
_NAME_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)-[A-Z]")


def _after_particles(toks: list[tuple[int, int, str]], k: int) -> int:
    """Index of the capitalised word after the name particles from ``k`` ("von der Leyen"), or
    0 when none follows."""
    while k < len(toks) and toks[k][2] in _NAME_PARTICLES:
        k += 1
    return k if k < len(toks) and toks[k][2][:1].isupper() else 0


# Round en14 (issue 13): a month's abbreviation before a day number is a date, no name ("spent
# Wednesday, Feb. 4, working the phones" gave the call an actor "Feb"; en9 saw "Sept." and "Nov."
# taken as partners on NGEC synthetic stories). Only before a number, so "Jan Egeland" stays a name.
_MONTH_ABBREVIATIONS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)


def _month_day(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Token ``i`` is a month's abbreviation followed by a day number ("Feb. 4", "Nov 3")."""
    if toks[i][2] not in _MONTH_ABBREVIATIONS:
        return False
    k = i + 2 if i + 1 < len(toks) and toks[i + 1][2] == "." else i + 1
    return k < len(toks) and toks[k][2][:1].isdigit()


def _chunks(toks: list[tuple[int, int, str]], text: str) -> list[_Chunk]:
    out: list[_Chunk] = []
    i = 0
    while i < len(toks):
        word = toks[i][2]
        is_name = (word[:1].isupper() and word not in _NOT_NAMES and not _opener(toks, i, text)
                   and not _month_day(toks, i))
        if is_name or word.lower() in _ACTOR_NOUNS:
            j = i
            while j + 1 < len(toks):
                nxt = toks[j + 1][2]
                if (nxt[:1].isupper() and nxt not in _NOT_NAMES and not _month_day(toks, j + 1)) or (
                    nxt.lower() in _ACTOR_NOUNS
                ):
                    j += 1
                elif nxt in {"of", "for"} and j + 2 < len(toks) and toks[j + 2][2][:1].isupper():
                    j += 2
                elif _NAME_PREFIX.match(nxt):
                    j += 1  # round en6: "Bashar al-Assad", "Ahmed el-Tayeb"
                elif nxt in _NAME_PARTICLES and _after_particles(toks, j + 1):
                    j = _after_particles(toks, j + 1)  # round en6: "Hamad bin Khalifa"
                else:
                    break
            s, e = toks[i][0], toks[j][1]
            out.append(_Chunk(i, j, text[s:e], s, e))
            i = j + 1
        else:
            i += 1
    return out


# Round en6: a chunk followed by a reporting verb after a comma is the speaker of the sentence
# ("..., officials said Tuesday"), never a conjunct of the target before it. English grammar;
# plover-gsr tune had it once, checked on NGEC synthetic stories and CASE 2021 snippets.
_REPORTING = frozenset(
    {"said", "says", "say", "told", "reported", "added", "stated", "announced", "reports"}
)


# Round en8 (issue 13): "later dialled US President Donald Trump, official media said": an
# "official"/"military" before a noun of reports is an adjective ("official media", "military
# sources"), no actor conjoined to the name before it. A closed class of such nouns.
_REPORT_NOUNS = frozenset(
    {"media", "sources", "source", "news", "television", "radio", "statement", "channels",
     "figures", "data", "spokesman", "spokesperson"}
)


_TIME_PREPS = frozenset({"with", "after", "before", "since"})


def _modifier(toks: list[tuple[int, int, str]], chunk: _Chunk) -> bool:
    """``chunk`` is an adjectival "official"/"military" before a noun of reports."""
    nxt = chunk.last + 1
    return (
        chunk.first == chunk.last
        and toks[chunk.first][2].lower() in _ADJECTIVAL_ACTORS
        and nxt < len(toks)
        and toks[nxt][2] in _REPORT_NOUNS
    )


def _speaker(toks: list[tuple[int, int, str]], chunk: _Chunk) -> bool:
    nxt = chunk.last + 1
    return nxt < len(toks) and toks[nxt][2].lower() in _REPORTING


# Round en8 (issue 13): "Donald Trump and Chinese leader Xi Jinping", "Modi and his Japanese
# counterpart Fumio Kishida": a lower-case title (with a possessive) between "and" and the name
# is a title, as a capitalised one is. A closed class of English office words (checked on plover-gsr
# and NGEC synthetic stories, round en8 in docs/events-rounds.md).
_TITLE_WORDS = frozenset(
    {"leader", "president", "premier", "prime", "minister", "chancellor", "counterpart"}
)
# a possessive only with a title word ("and his Japanese counterpart"): "President Kagame and
# his Rwandan Patriotic Front" is the subject and what is his (plover-gsr tune record); no
# "foreign": "Sudanese and foreign workers" is one group (NGEC)
_OWNERS = frozenset({"his", "her", "their"})


def _group(chunks: list[_Chunk], toks: list[tuple[int, int, str]], anchor: _Chunk) -> list[_Chunk]:
    """The anchor chunk and those conjoined with it by "and" or a comma."""
    group = [anchor]
    idx = chunks.index(anchor)
    for step in (-1, 1):
        k = idx
        while 0 <= k + step < len(chunks):
            a, b = (chunks[k + step], chunks[k]) if step < 0 else (chunks[k], chunks[k + step])
            between = [t[2] for t in toks[a.last + 1 : b.first]]
            cand = chunks[k + step]
            if cand.first == 1 and toks[0][2].lower() in _PLACE_PREPS:
                break  # round en5: "In Kabul, gunmen attacked": an opening place, no conjunct
            if step < 0 and between == [","] and cand.first > 0 and (
                toks[cand.first - 1][2].lower() in _TIME_PREPS
            ):
                # round en8: "Several hours after the talks with Putin, Xi phoned Trump": the
                # name ends an opening adverbial, no conjunct of the subject after its comma
                break
            if step > 0 and (_speaker(toks, cand) or _modifier(toks, cand)):
                break  # round en6: "... army officers, officials said": the speaker, no conjunct
            if step > 0 and between == [","] and _possessive_apposition(toks, cand):
                break  # round en13: "Narendra Modi, India's prime minister, met": an apposition
            # "Xi Jinping and Russian President Vladimir Putin": a title between the two names
            # (capitalised words after the conjunction) does not break the group; after a comma
            # it may be an apposition ("at the National Theatre, President X"), so "and" only
            # (round en7: an abbreviated title's full stops too, "and U.S. President Trump")
            if between and (
                all(w in {"and", ",", "the"} for w in between)
                or between[0] == "and"
                and all(
                    w in {"and", ",", "the", "."} or w[:1].isupper() or w in _TITLE_WORDS
                    or w in _OWNERS and _TITLE_WORDS & set(between)
                    or w == "of" and of_title_between(between)  # round en17
                    for w in between
                )
            ):
                group.append(chunks[k + step])
                k += step
            else:
                break
    return sorted(group, key=lambda c: c.first)


def _possessive_apposition(toks: list[tuple[int, int, str]], cand: _Chunk) -> bool:
    """Round en13: a possessor chunk after a name's comma whose office follows in lower case and
    closes with a comma ("Xi Jinping, China's president, spoke ...", "Modi, India's prime
    minister, met ..."): the apposition names the office of the actor before it, so the
    possessor is no conjunct. English grammar, read on the round's blind reports."""
    words = cand.text.split()
    if not words[0].endswith(("'s", "\u2019s")) or not all(w.islower() for w in words[1:]):
        return False
    # the office in the chunk ("China's president", an unnamed actor) or after it
    for k in range(cand.last + 1, min(cand.last + 1 + _APPOSITION_WORDS, len(toks))):
        w = toks[k][2]
        if w == ",":
            return k > cand.last + 1 or len(words) > 1
        if not (w.isalpha() and w.islower()):
            return False
    return False


_APPOSITION_WORDS = 4  # "prime minister", "foreign affairs minister", "top trade negotiator" + comma


# Round en5: "Police in Delhi arrested ...", "Rebels near Goma attacked ...": the chunk just
# before the verb sits in a place phrase that modifies the subject before it; the subject is that
# head. English grammar (our own sentences in tests/test_events_english_en5.py), checked on NGEC
# synthetic stories and CASE 2021 snippets.
# (round ev172: "from" too: "senator Mark Warner from Virginia called on", "Officials from the
# ministry said")
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "inside", "across", "from"})
# Round en12: verbs of saying whose "on"/"via" names the medium ("wrote on X", "said via a post")
_SAYING_VERBS = frozenset({"said", "says", "wrote", "writes", "posted", "posts", "announced", "tweeted"})
# the act must follow the medium closely: on an NGEC synthetic story a run-on "said on Twitter that
# six people ... hospitals.Two people ... was shot" gave the shot a new wrong victim (H1's call
# stands 11 tokens after its medium)
_MEDIUM_REACH = 12
# a day after "said on" is no medium ("said on Feb. 14, when ...": NGEC synthetic stories)
_WHEN_WORDS = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
    | {"January", "February", "March", "April", "May", "June", "July", "August", "September"}
    | {"October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday"}
    | {"Friday", "Saturday", "Sunday"}
)


# Round en6: "near the town of Samarra", "in the province of X": a place noun and "of" between
# the preposition and the name. English grammar; plover-gsr tune had two such sources, checked on
# NGEC synthetic stories and CASE 2021 snippets.
_PLACE_NOUNS = frozenset(
    {"town", "city", "village", "province", "district", "region", "area", "capital", "state"}
)


def _head_of(
    toks: list[tuple[int, int, str]], before: list[_Chunk], at: int | None = None
) -> _Chunk | None:
    """The subject chunk among ``before`` (chunks before the trigger): the last one, or the one
    just before a place phrase ("Police in Delhi", "Officials at the Ministry of Health"). None
    when the last one sits in a place phrase with no subject right before it (round en6: "An
    explosion near the town of Samarra killed": a place is no actor; the source stays empty)."""
    anchor = before[-1]
    k = anchor.first - 1
    if (
        k >= 2
        and toks[k][2].lower() in {"on", "via"}
        and toks[k - 1][2].lower() in _SAYING_VERBS
        and toks[anchor.first][2].rstrip(".") not in _WHEN_WORDS
        and (at is None or at - anchor.last <= _MEDIUM_REACH)
    ):
        # round en12: "Trump said on Truth Social that he ...": the page a speaker said it on
        # is no actor; the speaker before it is (the blind report H1; "said in Delhi" is a place
        # phrase, read below)
        head = before[-2] if len(before) > 1 else None
        return head if head is not None and head.last == k - 2 else None
    if k >= 0 and toks[k][2].lower() == "the":
        k -= 1
    if (
        k >= 3
        and toks[k][2].lower() == "of"
        and toks[k - 1][2].lower() in _PLACE_NOUNS
        and toks[k - 2][2].lower() == "the"
    ):
        k -= 3
    if k >= 1 and toks[k][2].lower() in _PLACE_PREPS:
        head = before[-2] if len(before) > 1 else None
        if head is not None and head.last == k - 1:
            return head
        if head is not None and head.last == k - 2 and toks[k - 1][2].isalpha():
            return head  # one head noun the chunker left out: "Opposition groups in Zimbabwe"
        if not any(c.first <= k <= c.last for c in before):
            return None
    return anchor


# Round en5: a chunk after the trigger that is no one acted on: the subject's own means
# ("withdraw its troops from Lebanon", "pulled back its forces": see ``_OWN_MEANS``) or an actor word used
# as an adjective without a determiner ("military aid to Mozambique", "official contact with the
# United States"; "the military", "an official" stay actors). English grammar; the kind counted
# on the PLOVER-GSR tune half (4 targets) and checked on NGEC synthetic stories and CASE 2021.
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# the subject's own means: its people acted on ("topple her government", "calling on their
# government", "restrictions on its opposition") stay targets
_OWN_MEANS = frozenset(
    {
        "troops",
        "forces",
        "force",
        "soldiers",
        "army",
        "armies",
        "navy",
        "military",
        "fighters",
        "delegation",
        "negotiators",
        "embassy",
    }
)
_ADJECTIVAL_ACTORS = frozenset({"military", "official"})
_ARTICLES = frozenset({"the", "a", "an"})


def _no_target(toks: list[tuple[int, int, str]], chunk: _Chunk) -> bool:
    prev = toks[chunk.first - 1][2].lower() if chunk.first > 0 else ""
    if _speaker(toks, chunk):
        return True  # round en6: "..., the White House announced": the speaker, no one acted on
    if prev in _POSSESSIVES and toks[chunk.first][2].lower() in _OWN_MEANS:
        return True
    word = toks[chunk.first][2]
    return chunk.first == chunk.last and word in _ADJECTIVAL_ACTORS and prev not in _ARTICLES
