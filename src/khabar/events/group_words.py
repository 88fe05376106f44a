"""What the Hindi says about a group of people right before the words an event's argument holds.

Why a module of its own: a group target is often found by its head alone ("मुख्यमंत्री सचिवालय
के अधिकारियों" read as the actor dictionary's "अधिकारियों", "क्वारंटाइन किए गए मजदूरों" as
"मजदूरों"), and its English then says only the dictionary's name in the jurisdiction of the source
("Bihar officials", "workers in South West Delhi"): who they are, which the words before the head
say, is lost. The argument's span is left as it is (its entity, code and event are the readers';
issue 13 asks for names only): this module reads the words before it, in the same noun phrase,
and says them in English around the name (:func:`group_said`), for
:func:`khabar.events.naming.name_actors`:

* a glossary modifier or quantifier ("अन्य संबंधित अधिकारियों" = other concerned officials,
  "अपनी सदस्य कंपनियों" = member companies), a participle the glossary knows with no place of its own ("फंसे हुए मजदूरों" = stranded workers) or one of
  :data:`_PARTICIPLES` ("क्वारंटाइन किए गए मजदूरों" = quarantined workers);
* an age ("22 वर्षीय युवक" = 22-year-old young man);
* a people's adjective ("बिहारी मजदूरों" = Bihari workers, :data:`_DEMONYMS`, and the KB's
  countries' adjectives): they come from that place, so the jurisdiction's "in <place>" of the
  same place is dropped (they are not said to be there);
* an origin ("भारतीय मूल की महिला" = woman of Indian origin);
* a possessor body ("मुख्यमंत्री सचिवालय के अधिकारियों" = officials of the chief minister's
  secretariat, "अन्य राज्यों की सरकारों" = governments of other states): the body places them,
  so the jurisdiction's place is dropped.

A one-word singular noun of a person with nothing before it ("महिला को गिरफ्तार", "युवक को …
समर्थन") points back at the person the report named before: the age said with the same noun
there ("55 वर्षीय एक महिला") is the person's (:func:`_age_before`).
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Argument
from .actors import _kb
from .gloss import _BROKEN, gloss
from .gloss_phrases import _CONJUNCTIONS, _GENITIVE, _WALE, _people, _singular
from .glossary import _DIGITS, _TOKEN, _lookup, _place_en, _words, glossary
from .participle_heads import count_first, participle_en

# Characters before an argument read for its noun phrase: six or seven words; the phrase ends at
# the sentence's last boundary before the argument anyway.
_REACH = 80
_BOUNDARY = re.compile(r"[।.!?\n;:|]")

# A people's adjective -> (English, the place it is of): the states whose people Hindi news names
# by an adjective ("बिहारी मजदूरों", "कश्मीरी छात्रों"); the countries' adjectives are the KB's
# (:func:`_adjectives`). Read on the allowed corpus day files of round ev163 (issue 13).
_DEMONYMS: dict[str, tuple[str, str]] = {
    "बिहारी": ("Bihari", "Bihar"),
    "पंजाबी": ("Punjabi", "Punjab"),
    "गुजराती": ("Gujarati", "Gujarat"),
    "मराठी": ("Marathi", "Maharashtra"),
    "कश्मीरी": ("Kashmiri", "Jammu and Kashmir"),
    "राजस्थानी": ("Rajasthani", "Rajasthan"),
    "बंगाली": ("Bengali", "West Bengal"),
    "झारखंडी": ("Jharkhandi", "Jharkhand"),
    "असमिया": ("Assamese", "Assam"),
    "ओडिया": ("Odia", "Odisha"),
    "उड़िया": ("Odia", "Odisha"),
    "हरियाणवी": ("Haryanvi", "Haryana"),
    "उत्तराखंडी": ("Uttarakhandi", "Uttarakhand"),
}

# Participles of a measure done to people that the glossary has no entry for (an entry would
# widen the argument readers' spans): "क्वारंटाइन किए गए मजदूरों" = quarantined workers.
_PARTICIPLES: dict[tuple[str, ...], str] = {
    ("क्वारंटाइन", "किए", "गए"): "quarantined",
    ("क्वारंटीन", "किए", "गए"): "quarantined",
    ("आइसोलेट", "किए", "गए"): "isolated",
    ("गिरफ्तार", "किए", "गए"): "arrested",
    ("हिरासत", "में", "लिए", "गए"): "detained",
}
# Modifiers of a group the glossary does not hold as such: "अपनी सदस्य कंपनियों" = member
# companies ("सदस्य" is the glossary's noun "members" only in the plural), "संबंधित अधिकारियों"
# = concerned officials ("संबंधित" is a locality's "उक्त" too: read here only before people).
_MODIFIERS = {"सदस्य": "member", "संबंधित": "concerned"}
# Bodies a group belongs to that the glossary does not say ("मुख्यमंत्री सचिवालय के
# अधिकारियों"), and the offices whose body they are ("मुख्यमंत्री सचिवालय" = Chief Minister's
# Secretariat): an entry in the glossary would widen the argument readers' spans
_BODIES = {"सचिवालय": "Secretariat", "मंत्रालय": "Ministry", "कार्यालय": "Office"}
_OFFICES = {"मुख्यमंत्री": "Chief Minister's", "प्रधानमंत्री": "Prime Minister's"}
_OFFICES |= {"राज्यपाल": "Governor's", "उपराज्यपाल": "Lieutenant Governor's"}
# One-word owners that only say the place again ("राज्य के अधिकारियों", "देश के लोगों"): the
# jurisdiction's name says it better ("Andhra Pradesh officials")
_DEMONSTRATIVES = frozenset({"the", "this", "that", "these", "those"})
# Plurals the gloss's singular rules do not undo ("बच्चे के माता-पिता": the child's parents)
_ONE = {"children": "child", "people": "person"}
_PLACE_NOUNS = frozenset({"state", "country", "district", "city", "town", "village", "area"})
# Nouns of one person ("महिला", "युवक") whose age an earlier mention says
_ONE_PERSON_REACH = 1500  # characters: about the report's earlier paragraphs


@cache
def _groups() -> frozenset[str]:
    """Last English words of the groups said here: the nouns of people (:func:`_people`) and the
    governments a genitive names ("अन्य राज्यों की सरकारों" = governments of other states), only
    with a genitive: a quantifier before them is :func:`khabar.events.naming._states_quantified`'s."""
    return _people() | {"governments"}


@cache
def _adjectives() -> dict[str, tuple[str, str]]:
    """Hindi adjective of a KB country -> (its English adjective, the country's name): "भारतीय"
    -> ("Indian", "India"); the English is the adjectival the KB writes in Latin letters."""
    found: dict[str, tuple[str, str]] = {}
    for entry in _kb().entries.values():
        forms = getattr(entry, "adjectival", ())
        latin = next((f for f in forms if f.isascii()), None)
        if entry.type != "COUNTRY" or latin is None:
            continue
        for form in forms:
            if not form.isascii():
                found.setdefault(form, (latin, entry.name))
    return found


def _demonym(word: str) -> tuple[str, str] | None:
    return _DEMONYMS.get(word) or _adjectives().get(word)


def _number(word: str) -> str | None:
    raw = word.translate(_DIGITS)
    return raw if raw.isdigit() else None


def _phrase_before(arg: Argument, text: str) -> list[str]:
    """The words of the argument's sentence before it (at most :data:`_REACH` characters)."""
    window = text[max(0, arg.start - _REACH) : arg.start]
    return _TOKEN.findall(_BOUNDARY.split(window)[-1])


def _read(words: list[str]) -> tuple[list[str], list[str], set[str], bool]:
    """(English before the head, English after it, places the people are said to be of, whether
    a possessor was read) of the words right before a group's head, read back from the head
    until a word that belongs to no noun phrase of a group."""
    g = glossary()
    pre: list[str] = []
    post: list[str] = []
    of: set[str] = set()
    owned = False
    pos = len(words)
    while pos > 0:
        last = words[pos - 1]
        form = next((f for f in _PARTICIPLES if tuple(words[max(0, pos - len(f)) : pos]) == f), None)
        if form is not None:
            pre.insert(0, _PARTICIPLES[form])
            pos -= len(form)
            continue
        if last in {"वर्षीय", "वर्षीया"} and pos >= 2 and _number(words[pos - 2]):
            pre.insert(0, f"{_number(words[pos - 2])}-year-old")
            pos -= 2
            continue
        if last in _GENITIVE and pos >= 3 and words[pos - 2] == "मूल" and _demonym(words[pos - 3]):
            adjective, place = _demonym(words[pos - 3]) or ("", "")
            post.insert(0, f"of {adjective} origin")
            pos -= 3
            continue
        if _demonym(last):
            adjective, place = _demonym(last) or ("", "")
            pre.insert(0, adjective)
            of.add(place)
            pos -= 1
            continue
        if last in _MODIFIERS:
            pre.insert(0, _MODIFIERS[last])
            pos -= 1
            continue
        if last in _GENITIVE and not owned:
            owner = _owner(words[: pos - 1])
            if owner is not None:
                post.append(f"of {owner[1]}")
                owned = True
                pos -= 1 + owner[0]
                # "यहां फंसे यूपी के लगभग 7500 छात्र": the participle before the owner is the
                # group's, "stranded students of Uttar Pradesh" (round gl3)
                lead = participle_en(words[:pos])
                pre[:0] = [lead] if lead else []
            break
        if last in {"हुए", "हुई"} and pos >= 2:
            pos -= 1  # "फंसे हुए": the participle's own auxiliary, said by its English
            last = words[pos - 1]
        hit = next(
            (h for k in (3, 2, 1) if pos - k >= 0 and (h := _lookup(words[:pos], pos - k, g)) and h[0] == k),
            None,
        )
        if hit is None or hit[2] not in {"mod", "det", "rel"}:
            break
        if pos - hit[0] > 0 and words[pos - hit[0] - 1] in {"में", "से"}:
            break  # "बिहार में फंसे": the participle links a place, a phrase of its own
        pre.insert(0, hit[1])
        pos -= hit[0]
    return pre, post, of, owned


def _owner(words: list[str]) -> tuple[int, str] | None:
    """(how many words, English) of the body a genitive before a group's head names: an office's
    body (:data:`_BODIES`), else the longest run of at most four words before it that the
    glossary or the KB says as a whole, no place noun alone; one in the oblique singular is one
    ("मरीज के परिजनों" = family members of the patient)."""
    if len(words) >= 2 and words[-1] in _BODIES and words[-2] in _OFFICES:
        return 2, f"the {_OFFICES[words[-2]]} {_BODIES[words[-1]]}"
    for k in range(min(4, len(words)), 0, -1):
        part = words[len(words) - k :]
        if any(w in _GENITIVE or w in {",", "(", ")"} for w in part):
            continue
        if k > 1 and participle_en(part[:1]):
            continue  # "फंसे यूपी के": the participle is the group's, not the owner's (gl3)
        if not all(glossary().index.get(w) or _place_en((w,)) for w in part):
            continue
        if len(words) > k and words[-k - 1] in _CONJUNCTIONS:
            return None  # "मालदीव, … और पेरु के 48 नागरिकों": owners coordinated, one is not all
        en = _place_en(tuple(part)) or gloss(" ".join(part))
        if not en or en in _PLACE_NOUNS:
            continue
        if not part[-1].endswith(("ों", "ओं")) and not _place_en(tuple(part)):
            # one the report is about: "मरीज के परिजनों" = family members of the patient
            en = _ONE.get(en) or _singular(en) or en
            en = en if en.split()[0] in {"the", "all", "every"} else f"the {en}"
        return k, en
    return None


# A state's offices ("मुख्यमंत्री सचिवालय के अधिकारियों"): the Hindi names the office of the state
# whose act it is, and English names the state ("officials of the Bihar Chief Minister's
# Secretariat"); the jurisdiction's place the name held says which (round nm4, issue 13: was
# "officials of Chief Minister's Secretariat", the tuning set Uf's Bihar and a Kerala report)
_STATE_OFFICES = ("of the Chief Minister's", "of the Governor's", "of the Lieutenant Governor's")


def _office_placed(said: str, name: str, core: str) -> str:
    """``said`` with the state of a state's office the group belongs to, read from ``name``
    (the group in its jurisdiction: "Bihar officials", "officials in Bihar"); as it was with no
    place there."""
    if name.startswith(f"{core} in "):
        place = name[len(core) + 4 :]
    elif name.endswith(f" {core}"):
        place = name[: -len(core) - 1]
    else:
        return said
    if not place or not place[:1].isupper() or " in " in place:
        return said
    return said.replace(" of the ", f" of the {place} ", 1)


def group_said(arg: Argument, text: str, name: str, core: str) -> str | None:
    """The English ``name`` of a group target said with what the words before its span say
    (:func:`_read`), or None when they say nothing more. ``core`` is the group's own English
    ("officials", "workers"), found in ``name`` ("Bihar officials", "workers in Bihar")."""
    if not arg.text or arg.end <= arg.start or core not in name:
        return None
    if not text.startswith(arg.text.split()[0], arg.start) or core.split()[-1] not in _groups():
        return None
    words = _words(arg.text)
    if core.startswith(("public", "residents", "everyone")) or name.startswith(("public", "residents")):
        return None  # the public of a place is everyone there: no words say more of it
    if words and words[0] in {"इन", "उन", "इस", "उस", "ये", "वे"}:
        return None  # a demonstrative points back; what is before it is another phrase
    before = _phrase_before(arg, text)
    cut = _lookup([*before, *words], len(before) - 1, glossary()) if before and words else None
    if cut is not None and cut[0] > 1:
        return None  # "कोरोना [वायरस संक्रमित …]": the span cuts a glossary form, no phrase
    pre, post, of, owned = _read(before)
    if owned and _WALE & set(words):
        # "मरीज के संपर्क वाले सदस्यों": the genitive is the relative clause's ("in contact with
        # the patient"), not the head's possessor
        return None
    if not pre and not post and len(words) == 1:
        age = _age_before(arg, text)
        pre = [age] if age else []
    # a demonstrative before the span ("इन मीटर रीडरों") points back and says nothing of who
    pre = [p for p in pre if p not in core.split() and p not in _DEMONSTRATIVES]
    if core.endswith("governments") and not owned:
        return None  # "सभी राज्य सरकारों": quantified states' governments are named apart (ev87)
    if not pre and not post:
        return None
    said = count_first(" ".join([*pre, core, *post]))  # not "stranded about 7500 …" (gl3)
    if owned and post and post[-1].startswith(_STATE_OFFICES):
        said = _office_placed(said, name, core)
    if owned or any(name in {f"{core} in {p}", f"{p} {core}"} for p in of):
        return said  # the body or the people's origin places them: no jurisdiction's place
    return name.replace(core, said, 1)


_AGE_BEFORE = re.compile(r"([\d०-९]+)\s+(?:वर्षीय|वर्षीया)\s+(?:एक\s+)?(\S+)")


def _age_before(arg: Argument, text: str) -> str | None:
    """ "55-year-old" for a one-word singular person noun whose latest mention before it in the
    report says an age with the same noun ("55 वर्षीय एक महिला … महिला को गिरफ्तार")."""
    word = arg.text.strip()
    if word.endswith(("ों", "ओं")):
        return None
    entries = [e for f, e in glossary().index.get(word, ()) if f == (word,)]
    if not entries or not all(e.kind == "noun" and e.people for e in entries):
        return None
    before = text[max(0, arg.start - _ONE_PERSON_REACH) : arg.start]
    found = [m for m in _AGE_BEFORE.finditer(before) if m.group(2) == word]
    if not found:
        return None
    # the latest age said with the noun: an earlier person's is not, once a second is said
    return f"{found[-1].group(1).translate(_DIGITS)}-year-old"


# What a rule-breaker breaks, said right before the span that holds the breaking ("लॉकडाउन
# नियमों का [उल्लंघन करने वाले कुल 1,28,257 लोगों]", "नियम का [उल्लंघन करने वाले 348 लोगों]"):
# the span's English said "violators" and dropped it (round ev192, issue 13: the tuning set Uf's
# "1,28,257 lockdown violators"; 2 such spans on the 280 allowed corpus day files)
_VIOLATORS = re.compile(r"\bviolators\b(?! of)")
_BROKEN_WORDS = 2  # "लॉकडाउन नियमों": the thing broken and a noun of rules after it


def broken_before(arg: Argument, text: str) -> str | None:
    """The English of a violators span with what they break, read before the span, or None."""
    en = arg.en or ""
    if not _VIOLATORS.search(en) or not _words(arg.text)[:1] or _words(arg.text)[0] != "उल्लंघन":
        return None
    before = _phrase_before(arg, text)
    if len(before) < 2 or before[-1] not in _GENITIVE:
        return None
    owner = before[-1 - _BROKEN_WORDS : -1]
    of = next((en_ for hi, en_ in _BROKEN if owner and owner[0].startswith(hi)), None)
    if of is None and owner:
        of = next((en_ for hi, en_ in _BROKEN if owner[-1].startswith(hi)), None)
    if of is None:
        return None
    return _VIOLATORS.sub(lambda _m: f"violators of {of}", en, count=1)


# A team or group named by its noun alone, whose owner the genitive right before the span says
# ("डॉक्टरों की [टीम] को ट्रेनिंग", "पुलिस की [टीम] पर पथराव", "क्राइम ब्रांच की [टीम] को"): the
# span had no English at all (round ev192, issue 13: "टीम" was the commonest head with none on
# the 280 allowed corpus day files, 8 sides, 5 of them with an owner before)
_TEAMS = {"टीम": "team", "टीमों": "teams", "टीमें": "teams", "दल": "team", "दलों": "teams"}
_TEAMS |= {"समूह": "group"}
_TEAM_DETERMINERS = {"एक": "a"}


def team_of(arg: Argument, text: str) -> str | None:
    """ "team of doctors" for a team noun (with "एक" before it at most) whose owner the genitive
    before the span names in words the glossary or the KB says (:func:`_owner`); else None."""
    words = _words(arg.text)
    if not words or words[-1] not in _TEAMS or len(words) > 2:
        return None
    if len(words) == 2 and words[0] not in _TEAM_DETERMINERS:
        return None
    before = _phrase_before(arg, text)
    if len(before) < 2 or before[-1] not in _GENITIVE:
        return None
    owner = _owner(before[:-1])
    if owner is None:
        return None
    said = _TEAMS[words[-1]]
    if len(words) == 2:
        said = f"{_TEAM_DETERMINERS[words[0]]} {said}"
    return f"{said} of {owner[1]}"


# The reflexive possessive before a group or a thing acted on ("एपल ने अपने कर्मचारियों को घर से काम
# करने को कहा", "सीआईआई ने अपनी सदस्य कंपनियों से आग्रह", "जेएनयू ने अपने सभी छात्रों को सलाह"): they
# are the agent's own, and the English said only "workers", "member companies", "all students"
# (round ev192, issue 13: the tuning set Uh's "CII member companies")
_OWN = frozenset({"अपने", "अपनी", "अपना"})
_OWN_REACH = 3  # words between the reflexive and the span: "अपने सभी मुख्य [चिकित्सा अधिकारियों]"


def own_of(arg: Argument, text: str, en: str, owner: str, agent_end: int) -> str | None:
    """The English ``en`` of a target said as the named body ``owner``'s own ("all employees of
    Apple Inc."), where "अपने/अपनी/अपना" stands before the head with only modifiers and quantifiers
    between; None when it does not, when the English places it already or is a name itself
    ("Indian state governments" for "अपने राज्यों"), or when the owner is no name (a common noun
    in lower case: "companies", "college administration"). The reflexive is the agent's only
    where the agent's span (ending at ``agent_end``) is its clause's subject (followed by "ने" or no
    postposition: "एयर इंडिया ने … कहा कि वह … अपनी उड़ानें") and no "को" but a date's stands between
    it and the reflexive: "उपायुक्त ने सभी अस्पतालों को अपने कर्मचारियों को मास्क देने के निर्देश"
    gives the hospitals' workers, the subject of the act ordered, not the officer's."""
    between = _TOKEN.findall(text[agent_end : arg.start])
    if not between or between[0] in _OBLIQUE or any(
        w == "को" and not _when(between[i - 1]) for i, w in enumerate(between) if i
    ):
        return None
    if not en[:1].islower() or not owner[:1].isupper() or " in " in en or " of " in en:
        return None
    words = _words(arg.text)
    before = _phrase_before(arg, text)
    run = [*before, *words[:-1]]
    for k in range(1, min(_OWN_REACH, len(run)) + 1):
        if run[-k] in _OWN:
            between = run[len(run) - k + 1 :]
            if all(w in _MODIFIERS or _modifier(w) for w in between):
                return f"{en} of {owner}"
            return None
    return None


# Postpositions after a span that make it no subject; a "को" after a day, a month or a number
# marks a date ("रविवार 22 मार्च को"), no object of another act
_OBLIQUE = frozenset({"को", "से", "का", "की", "के", "में", "पर", "द्वारा", "तक"})
_DAYS = frozenset({"सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"})
_MONTHS = frozenset({"जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त"})
_MONTHS |= {"सितंबर", "अक्टूबर", "नवंबर", "दिसंबर", "दिन", "रात", "सुबह", "शाम"}


def _when(word: str) -> bool:
    return word in _DAYS or word in _MONTHS or _number(word) is not None


def _modifier(word: str) -> bool:
    """A glossary modifier or quantifier said inside the English already ("सभी", "मुख्य")."""
    return any(e.kind in {"mod", "det"} for f, e in glossary().index.get(word, ()) if f == (word,))


# A "-वासी" compound of a country or a state ("देशवासियों", "इटलीवासियों", "भारतवासी"): the
# dwellers of the place. Not "प्रवासी" (migrant), "निवासी" (resident): their first part names
# no place, which :func:`dwellers_said` asks for.
_DWELLERS = re.compile(r"^(\S+?)-?(?:वासियों|वासियो|वासी)$")
_COUNTRY = "देश"
_PUBLIC = "public of "


def dwellers_said(written: list[str], name: str) -> str | None:
    """The people of a country or a state a "-वासी" compound names by its name: "people of X"
    where the actor dictionary gives the word the public's name ("भारतवासियों" = public of India)
    or a people's name ("इटलीवासियों" = Italians); None for any other phrase, for a town's or a
    district's ("नगरवासियों", "जिलावासियों": residents, as their names say) and for "देशवासियों",
    "the country's dwellers", which names no country and stays the public of its country.

    Why (round ev204, issue 13): "-वासी" is a dweller: the Hindi says the people of X, not the
    nationals of a country wherever they are ("Italians"). Round nm6: "देशवासियों" is the
    country's public, as event coders name it ("public of India" 6 times of 6 on the tuning sets
    Vf-Vj, Vm-Vq; ev204 had made it "people of India", 9 targets on the allowed files).
    ``name`` is the argument's English so far: "public of India" or "public of Italy" (a
    foreign leader's own public, :func:`khabar.events.naming.name_actors`) keeps its country."""
    for text in written:
        words = text.split()
        found = _DWELLERS.match(words[-1]) if words else None
        if found is None:
            continue
        first = found.group(1)
        place = None if first == _COUNTRY else _place_en((first,))
        if name.startswith(_PUBLIC) and place is not None:
            return f"people of {name[len(_PUBLIC):]}"
        if place is not None and place not in name and not name.startswith("residents of "):
            return f"people of {place}"
    return None


# The portfolios the actor dictionary's minister entry lists among its forms ("स्वास्थ्य मंत्री",
# "कृषि मंत्री", …), which its one English ("{place} minister") does not say
_PORTFOLIOS = {
    "स्वास्थ्य": "health",
    "कृषि": "agriculture",
    "शिक्षा": "education",
    "गृह": "home",
    "श्रम": "labour",
    "खाद्य": "food",
    "परिवहन": "transport",
}
_MINISTER = "मंत्री"


def portfolio_said(written: list[str], name: str) -> str | None:
    """A minister's English with the portfolio his Hindi names: "फ्रांस के स्वास्थ्य मंत्री" =
    France health minister (was "France minister", round ev204, issue 13: the Hindi said which
    minister, the English only whose); None when no span ends in a portfolio and "मंत्री", or the
    name is no bare minister's or says the portfolio already."""
    if not name.endswith(" minister") and name != "minister":
        return None
    for text in written:
        words = text.split()
        if len(words) >= 2 and words[-1] == _MINISTER and words[-2] in _PORTFOLIOS:
            portfolio = _PORTFOLIOS[words[-2]]
            if portfolio in name.split():
                return None
            return f"{name[: -len('minister')]}{portfolio} minister"
    return None


# Members of parliament, whom the actor dictionary names with the state assemblies' members
# under one English ("विधायकों, सांसदों" = legislators): the Hindi says which house
_PARLIAMENT_MEMBERS = frozenset({"सांसदों", "सांसद", "सदस्यों", "सदस्य"})
_LEGISLATORS = re.compile(r"\blegislators\b")


def members_said(written: list[str], name: str) -> str | None:
    """"सांसदों" = members of parliament, where the dictionary's name says "legislators" (round
    ev204, issue 13: "legislators" is any house's, "सांसद" the parliament's; "विधायकों", the
    state assemblies' members, stay legislators); None for any other phrase."""
    if not _LEGISLATORS.search(name):
        return None
    for text in written:
        words = text.split()
        if not words or words[-1] not in _PARLIAMENT_MEMBERS:
            continue
        if words[-1].startswith("सांसद") or words[-2:-1] == ["संसद"]:
            return _LEGISLATORS.sub("members of parliament", name, count=1)
    return None
