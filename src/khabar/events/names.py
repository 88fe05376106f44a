"""English spellings of Hindi name words, learnt from the KB's own Hindi/English name pairs.

Why: a person the KB does not know gets an English name from the rule romaniser
(:func:`romanise`, below), which spells letters, not custom: "केजरीवाल" comes out
"Kejrival", "ठाकरे" "Thakre", "रेड्डी" "Reddi", where English news writes Kejriwal, Thackeray,
Reddy. Name words recur across people ("अरविंद सावंत" shares अरविंद with Arvind Kejriwal), and the
KB already pairs the Hindi and English labels of every person it knows. So the table
(``data/actors/name_tokens_hi_en.txt``) is built from those pairs: the labels of a person whose
Hindi and English have the same number of words are aligned word by word; each Hindi word keeps
the English candidate closest to its rule spelling (so a title or an initial that happens to
stand in the same position, "President Xi" against "शी जिनपिंग", is not taken); only words whose
English differs from the rule spelling are written. The romaniser looks a word up here first.

Build (after a KB change): ``python -m khabar.events.names build [OUT]``; check a table:
``python -m khabar.events.names check [FILE]``. The file is one ``हिंदी English`` pair a line
(``#`` starts a comment); a malformed line is an E061 error naming the line.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..clean.cues import HINDI_STOPWORDS
from ..entities.translit import delete_schwa, deva_key, iast, is_devanagari
from ..errors import E, KhabarError
from ..model import Article, Event, Mention
from .english_sounds import english_sounds
from .press_names import name_initials, press_spelling
from .romaniser import learnt_spelling

TABLE = "name_tokens_hi_en.txt"
# Spellings the KB cannot teach (no person of its own bears the name): common Indian surnames
# and given names as the English press writes them ("अग्रवाल" Agarwal, not the rule's Agraval),
# judged by hand; same format, checked with ``check FILE``.
CONVENTIONAL = "name_spellings_hi_en.txt"
# English words Hindi news writes in Devanagari inside names ("फाउंडेशन" Foundation, "फेस" Phase,
# "चीफ" chief), judged by hand; same format, checked with ``check FILE`` (round ev99).
LOAN = "loan_words_hi_en.txt"
# Smallest similarity (difflib ratio, lower-cased) between the rule spelling and a KB English word
# for the pair to be taken: below it the words are not the same name (an initial "P." against
# "प्रकाश", a title "President" against "शी"). Tuned on the KB's own pairs only (0.5 keeps
# Thakre/Thackeray, Reddi/Reddy, Jelenski/Zelensky and drops every title and initial there).
_MIN_SIMILARITY = 0.5


def _bad(where: str, detail: str) -> KhabarError:
    return KhabarError(E.E061, where=where, detail=detail)


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word)


def read_table(path: Path, text: str | None = None) -> dict[str, str]:
    """Parse a name table; a line that is not ``<Devanagari word> <English word>`` is an E061
    error naming its file and line."""
    text = path.read_text(encoding="utf-8") if text is None else text
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        parts = body.split()
        where = f"{path}:{n}"
        if len(parts) != 2 or not is_devanagari(parts[0]):
            raise _bad(where, "expected '<Hindi word> <English word>'")
        hi, en = _norm(parts[0]), parts[1]
        if not en.isascii() or not en[:1].isalpha():
            raise _bad(where, f"{en!r} is not an English word in Latin letters")
        if out.get(hi, en) != en:
            raise _bad(where, f"{hi} is already spelt {out[hi]!r}")
        out[hi] = en
    return out


def _builtin() -> Path:
    return Path(str(resources.files("khabar") / "data" / "actors" / TABLE))


def _conventional() -> Path:
    return Path(str(resources.files("khabar") / "data" / "actors" / CONVENTIONAL))


@cache
def name_table() -> dict[str, str]:
    """The built-in table, loaded once per process: the KB-learned spellings, and for words
    the KB does not teach, the conventional ones judged by hand (``CONVENTIONAL``)."""
    return read_table(_conventional()) | read_table(_builtin())


def spelling(word: str) -> str | None:
    """The English news spelling of one Hindi name word, when the KB taught us one."""
    return name_table().get(_norm(word))


@cache
def loan_table() -> dict[str, str]:
    """The built-in table of English loan words in Devanagari (``LOAN``), loaded once."""
    return read_table(Path(str(resources.files("khabar") / "data" / "actors" / LOAN)))


_NUMBERED = re.compile(r"([\u0900-\u097f]+)(-?[0-9०-९]+)")


def loan_word(word: str) -> str | None:
    """The English word a Devanagari loan word spells ("फाउंडेशन" Foundation), a number after it
    kept ("फेस-3" Phase-3); None for any other word."""
    word = _norm(word)
    numbered = _NUMBERED.fullmatch(word)
    stem, number = numbered.groups() if numbered else (word, "")
    found = loan_table().get(stem)
    return found + number if found else None


# Romanising a Hindi name the KB does not know, the way English news spells Indian names: our
# schwa deletion (translit.delete_schwa), IAST, then plain ASCII. Order matters: "सिंह" ends in
# "ṃh" (Singh), an anusvara before k/g is "n", before p/b "m"; a short a before h + consonant is e
# (Gehlot). Checked on the person names of the seeds and the COVID dev gold's tune half (ordinary
# spellings such as Abhishek Prakash, Alok Singh, Dushyant Singh come out as written;
# conventional ones such as Agarwal for अग्रवाल do not).
#
# व is "w" or "v" as English spellings of Indian names write it (round ev99, issue 13: counted
# on the KB's person words with one व, their English against the letters around it): "w" where
# it is spoken "wa"/"wā" after a consonant (Gangwar, Paswan, Anwar, Bhagwant, Gaikwad: 9 of 10
# such words) and in स्व, श्व, द्व (Swaraj, Jaiswal, Gupteshwar, Tejashwi, Ashwini, Dwivedi:
# 7 of 9, not the Ukrainian Svyrydenko); "v" at the start of a word (Vijay, Vinod), before i,
# ī, e, o, u or another consonant and at the end (Arvind, Digvijaya, Sukhvinder, Naqvi,
# Devendra, Kovind, Shivraj, Yadav, Rajiv: 58 of 67). The rule spelt "w" after any consonant
# (Arwind, Ranwijay, Nakwi). After र before a/ā it stays "w" (Rampurwa, Tirwa; "v" there was
# tried: it turned these place names wrong, Parvati right). After a vowel "wa" is as often "w"
# (Pawar, Rawat: the KB-learnt table has them) as "v" (Savarkar, Chakravarti): tried as "w", it
# lost a source of the report-only set Tb, and is left "v".
_ROMAN_FOLDS: tuple[tuple[str, str], ...] = (
    ("(?<=[sśṣd])v", "w"),
    ("(?<=[bcdfghjklmnpqrtxzḍṭṇḷ])v(?=[aā])", "w"),
    ("ṃh$", "ngh"),
    ("ṃ(?=[kg])", "n"),
    ("ṃ(?=[pb])", "m"),
    # ज्ञ is "gy" as Hindi speaks it and the English press writes Hindi names (Gyanendra, Gyanesh,
    # Pragya, Gyaneshwar; round kb29: counted in the README), not IAST's "jñ" (Jnaneshwar)
    ("jñ", "gy"),
    ("[ṃṁṅñṇ]", "n"),
    # the vowel ऋ/ृ is "ri" (Rishi, Krishna, Mrityunjay; was "Rshi", "Krshn": IAST writes it
    # ṛ, which the ISO form r̥ below did not catch)
    ("r̥|ṛ", "ri"),
    ("[śṣ]", "sh"),
    ("c(?!h)", "ch"),
    ("ḥ", ""),
    # a Punjabi name's last element -इंदर is "-inder" (Amarinder, Sukhvinder, Harvinder, Manjinder,
    # Balvinder: round kb29, the KB's 2 such person words and the allowed corpus's, see README),
    # not the letters' "-indar"
    ("(?<=[bcdfghjklmnpqrstvwxyz])indar$", "inder"),
    # फ is "f" in the names Hindi news writes (Fadnavis, Asif, Zafar, Musharraf, Sharif: 18 of 20
    # KB person words with फ; Farooq, Firozabad), not the rule's "ph" (Phadanvis, Asiph)
    ("ph", "f"),
    # a short a before h and a consonant in the first syllable is written e: गहलोत = Gehlot,
    # सहगल = Sehgal, महता = Mehta, तहसीलदार = Tehsildar (not after a cluster: ब्रह्म = Brahm)
    ("^(ch|sh|[bcdfgjklmnprstvwyz])ah(?=[bcdfgjklmnpqrstvwxyz])", r"\1eh"),
    # a short a before य in a word's first syllable, the य closing it, is written "ai" (round
    # ev99: Jai, Sai, Jairam, Jaishankar, Naidu, 5 of 5 such KB words; Jaipur, Raipur, Jaiswal):
    # not after it (Vijay, Sanjay, Upadhyay keep "ay")
    ("^(ch|sh|[bcdfghjklmnprstvwz]h?)ay(?![aāiīuūeo])", r"\1ai"),
)
_ROMAN_COMPILED = tuple((re.compile(p), r) for p, r in _ROMAN_FOLDS)


# Last elements of names that English spells by custom, not letter by letter (round ev99, issue
# 13): -दीप is -deep (Sandeep, Pradeep, Jagdeep, Hardeep, Gagandeep, Randeep: 6 of 6 KB person
# words; 35 such names in the allowed corpus day files, Kuldeep, Prabhdeep), -प्रीत -preet
# (Harpreet, Manpreet), -नीत -neet (Vineet, Navneet, Suneet); a place's -गांव is -gaon (Malegaon,
# Jalgaon, Rajnandgaon, Bongaigaon, Gurgaon: 29 such words in the allowed day files, all -gaon in
# English). The rule wrote Sandip, Navnit, Malegamv. The stem is spelt as a word of its own
# (हरप्रीत = Har + preet, not Harapreet), as नगर compounds are in translit.delete_schwa.
_NAME_TAILS = (("दीप", "deep"), ("प्रीत", "preet"), ("नीत", "neet"), ("गांव", "gaon"), ("गाँव", "gaon"))


def _written_rv(word: str) -> str:
    """The word with a joiner inside each written conjunct र्व, so the "w" fold after r (above)
    passes it by and the conjunct is "rv" as English writes it (Parvati, Purvanchal, Urvashi,
    Sarvesh, Sarvagya), while र + व with a schwa dropped between them stays "rw" (Rampurwa, Tirwa).
    Round sn1 (issue 13): was Parwati, Sarwagyaram; rule_spelling's filter drops the joiner."""
    return word.replace("र्व", "र्\u200dव")


def rule_spelling(word: str) -> str:
    """The rule romaniser's spelling of one Devanagari word ("सिंह" -> "Singh"); "" when
    nothing Latin is left of it."""
    d = unicodedata.normalize("NFC", word).replace("ॉ", "ो").replace("ऑ", "ओ")
    latin = iast(delete_schwa(_written_rv(d), True))
    latin = unicodedata.normalize("NFC", latin)
    for pattern, repl in _ROMAN_COMPILED:
        latin = pattern.sub(repl, latin)
    latin = unicodedata.normalize("NFD", latin)
    latin = "".join(c for c in latin if c.isascii() and (c.isalnum() or c in "-'."))
    for tail, english in _NAME_TAILS:
        if d.endswith(tail) and len(d) > len(tail) and d[-len(tail) - 1] != "\u094d":
            return rule_spelling(d[: -len(tail)]) + english  # Har + preet, not Harapreet
    if d.endswith("स्की") and latin.endswith("ski") and len(d) > 5:
        # a Slavic surname's "-स्की" is "-sky" in English news (जेलेंस्की = Zelensky, कानिवेस्की =
        # Kanievsky, पेत्रोव्स्की = Petrovsky; round ev87, issue 13: the KB's pairs and the
        # 3 such words of the 272 corpus day files outside the gold's days)
        latin = latin[:-1] + "y"
    return latin[:1].upper() + latin[1:]


# Hindi names of Latin letters, as initials are written in names ("बीएन सिंह" = BN Singh,
# "एसके वर्मा" = SK Verma); longest first, so एल is not ए + ल. W and I have other spellings
# (round ev99, issue 13: in the allowed corpus day files "डब्लूएचओ" 9 and "डबल्यूएचओ" 1 beside
# "डब्ल्यूएचओ" 55, "आइसीएमआर" 2 beside "आईसीएमआर" 89; "डब्लूएचओ चीफ" was the person
# "Dabluechao Chiph"; the entity tagger's own letter list has डब्लू too).
_LETTER_NAMES = (
    ("डब्ल्यू", "W"), ("डबल्यू", "W"), ("डब्लू", "W"), ("एक्स", "X"),
    ("एच", "H"), ("एफ", "F"), ("एल", "L"), ("एम", "M"),
    ("एन", "N"), ("एस", "S"), ("आर", "R"), ("क्यू", "Q"), ("वाई", "Y"), ("जेड", "Z"),
    ("बी", "B"), ("सी", "C"), ("डी", "D"), ("जी", "G"), ("जे", "J"), ("के", "K"), ("पी", "P"),
    ("टी", "T"), ("वी", "V"), ("यू", "U"), ("ए", "A"), ("ई", "E"), ("आई", "I"), ("आइ", "I"),
    ("ओ", "O"),
)
# Joiners some outlets put inside conjuncts ("डब्‍ल्‍यूएचओ": 8 in the allowed day files): no letter.
_JOINERS = str.maketrans("", "", "\u200c\u200d")


# Titles written before a name, in the English form news uses.
_NAME_TITLES = {"डॉ": "Dr", "डॉ.": "Dr", "श्री": "Shri", "श्रीमती": "Smt"}
# + the short spelling of Dr and Prof ("डा. रणदीप गुलेरिया", 28 times "डा." in corpus/hindi-covid-2020,
# romanised "Da." or left as ". Randip", round ev42)
_NAME_TITLES |= {"डा": "Dr", "डा.": "Dr", "प्रो": "Prof", "प्रो.": "Prof"}


# Words of role, office, trade or kinship that Hindi news writes before a person's name and the
# tagger takes into it ("आरोपी संजीव", "रेलमंत्री पीयूष गोयल", "जेलर अनिमेष चौधरी", "सास मीरा
# ठाकुर"): no part of the English name (romanised they gave "Aropi Sanjiv", "Relamntri Piyush
# Goyal"). Round ev71 (issue 13): 9 of the ~300 romanised person names of the 320 corpus day files
# outside the gold's days began with one, read by hand; the list adds the same kinds' common words.
# A word ending in मंत्री (रेलमंत्री, गृहमंत्री) is an office too.
_ROLE_WORDS = frozenset(
    {"आरोपी", "अभियुक्त", "मृतक", "पीड़ित", "युवक", "युवती", "महिला", "बुजुर्ग", "किशोर", "बालक"}
    | {"सास", "ससुर", "पति", "पत्नी", "पिता", "माता", "मां", "भाई", "बहन", "बेटा", "बेटी", "पुत्र"}
    | {"पुत्री", "चाचा", "चाची", "मामा", "मामी", "दादा", "दादी", "नाना", "नानी", "भतीजा", "भतीजी"}
    | {"भांजा", "भांजी", "देवर", "भाभी", "बहू", "दामाद", "जीजा", "साला", "पड़ोसी"}
    | {"जेलर", "एक्सपोर्टर", "जनरल", "कैप्टन", "कप्तान", "कमांडर", "गृह", "सचिव", "अधिकारी"}
    | {"निरीक्षक", "इंस्पेक्टर", "दारोगा", "दरोगा", "सिपाही", "कांस्टेबल", "थानाध्यक्ष", "थानेदार"}
    | {"मुखिया", "सरपंच", "विधायक", "सांसद", "पार्षद", "प्रवक्ता", "प्राचार्य", "प्रोफेसर"}
    | {"अभिनेता", "अभिनेत्री", "गायक", "गायिका", "क्रिकेटर", "खिलाड़ी", "कारोबारी", "व्यवसायी"}
    | {"व्यापारी", "किसान", "मजदूर", "छात्र", "छात्रा", "शिक्षक", "पत्रकार", "चालक", "ड्राइवर"}
    | {"मुख्यमंत्री", "प्रधानमंत्री", "राष्ट्रपति", "राज्यपाल", "उपराज्यपाल", "जिलाधिकारी"}
)
# "डॉक्टर मनीष चौधरी": the title written out, English "Dr" as for डॉ (was "Doktar", ev71)
_NAME_TITLES |= {"डॉक्टर": "Dr", "डाक्टर": "Dr", "डॉक्‍टर": "Dr"}


def _role_word(word: str) -> bool:
    return word in _ROLE_WORDS or word.endswith("मंत्री")


def name_words(parts: list[str]) -> list[str]:
    """The words of a person's name without the role, office or kinship words before it
    (:data:`_ROLE_WORDS`); all of them when nothing else would be left."""
    k = 0
    while k < len(parts) - 1 and _role_word(unicodedata.normalize("NFC", parts[k])):
        k += 1
    return parts[k:]


def initials(word: str, alone: bool = False) -> str | None:
    """"BN" for "बीएन": a word made only of Hindi letter names, two or more, or one with a dot
    or (``alone``) standing as a word of its own before the surname ("ए के सिंह"); else None."""
    word = unicodedata.normalize("NFC", word).translate(_JOINERS)
    out, rest = "", word.rstrip(".")
    while rest:
        hit = next(((hi, en) for hi, en in _LETTER_NAMES if rest.startswith(hi)), None)
        if hit is None:
            return None
        out, rest = out + hit[1], rest[len(hit[0]) :].lstrip(".")
    return out if len(out) >= 2 or word.endswith(".") or alone else None


def _surname(word: str, n: int, count: int) -> str:
    """The rule spelling of word ``n`` of a name of ``count`` words, a surname's final -िया written
    "-ia" as the English press writes surnames (Guleria, Sisodia, Bhatia: round ev42, a held-out
    source stand-in); a given name keeps "-iya" (Priya, Supriya)."""
    latin = learnt_spelling(word) or rule_spelling(word)  # round tr1: the KB-learnt letters
    latin = english_sounds(word, latin)  # round sn2: "बोस्टन" Boston, "ऑरलैंडो" Orlando
    if count > 1 and n == count - 1 and word.endswith("िया") and latin.endswith("iya"):
        return latin[:-3] + "ia"
    return latin


def romanise(name: str) -> str | None:
    """An English spelling of a Devanagari name ("आलोक सिंह" -> "Alok Singh"), for actors with
    no KB name: each word as the KB's own names spell it (:mod:`.names`: "केजरीवाल" ->
    Kejriwal), initials as letters ("बीएन" -> BN), else by rule; None when the name holds no
    Devanagari word."""
    words = []
    parts = [w for w in name.split() if any(c.isalnum() for c in w)]  # ". रणदीप": no stray dot
    parts = name_words(parts)  # "आरोपी संजीव": Sanjiv
    if parts and all(_role_word(unicodedata.normalize("NFC", w)) for w in parts):
        # "कैप्टन ने कहा कि …": a title or role alone is no name (was the person "Kaiptan";
        # round ev87, issue 13: 1 of the ~300 romanised persons of the 272 corpus day files
        # outside the gold's days and the held-out sets, found by round ev85)
        return None
    for n, word in enumerate(parts):
        if not is_devanagari(word):
            words.append(word)
            continue
        latin = (
            _NAME_TITLES.get(word)
            or press_spelling(word)  # round nm7: the press's Chauhan, Shetty, Rajneesh
            or name_initials(word, parts[n + 1 :])  # a single letter before the surname too
            or spelling(word)
            or loan_word(word)
            or _surname(word, n, len(parts))
        )
        if latin:
            words.append(latin)
    return " ".join(words) if is_devanagari(name) and words else None


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def learn(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Hindi word -> English word from (Hindi label, English label) pairs of the same person:
    equal word counts aligned by position, the candidate closest to the rule spelling kept
    (ties: alphabetical), and only those the rule does not already spell. Initials ("P.") and
    particles ("bin") are no candidates."""
    candidates: dict[str, set[str]] = {}
    for hi, en in pairs:
        hw, ew = hi.split(), en.replace("-", " ").split()
        if len(hw) != len(ew) or not all(is_devanagari(w) for w in hw):
            continue
        for h, e in zip(hw, ew, strict=True):
            # a name word, capitalised (not "bin", "von"), that is no Hindi function word
            # (उन, जो would turn the pronouns of a mis-tagged name into "Un", "Joe")
            if e.isascii() and e.isalpha() and e[0].isupper() and h not in HINDI_STOPWORDS:
                candidates.setdefault(_norm(h), set()).add(e)
    out: dict[str, str] = {}
    for hi in sorted(candidates):
        rule = rule_spelling(hi)
        best = max(sorted(candidates[hi]), key=lambda e: _similarity(rule, e))
        if best != rule and _similarity(rule, best) >= _MIN_SIMILARITY:
            out[hi] = best
    return out


# ---- the English name of each actor of an event -------------------------------------------------


def _latin(name: str | None) -> str | None:
    return name if name and any(c.isascii() and c.isalpha() for c in name) else None


_PERSON_IDS = ("kb:person/", "name:person:")


def english_names(article: Article, event: Event) -> dict[str, str]:
    """Actor id -> English name for the sources and targets of one event, as analysts reading
    English exports (and the event gold) name them: a KB entity's name; else the English the
    events stage gave the argument (a gloss, a placed group); else a Latin canonical or the
    name in a coded actor's id; else a phrase's gloss; else a person's romanised name. Actors
    with no English at all are left out (the Hindi stays on the event)."""
    from .actors import _kb
    from .body_names import body_name
    from .english_said import said
    from .gloss import text_english
    from .group_words import dwellers_said, members_said, portfolio_said
    from .home_groups import home_group_name
    from .loan_phrases import loan_phrase
    from .name_glosses import named_phrase, whole_name
    from .public_words import public_said
    from .territory_administrations import territory_administration

    out: dict[str, str] = {}
    for ident in dict.fromkeys(event.source + event.target):
        ms = [m for m in article.mentions if ident in (m.entity_id, m.metonym_for)]
        entry = _kb().get(ident[3:]) if ident.startswith("kb:") else None
        en = entry.name if entry is not None else None
        en = en or next((a.en for a in event.arguments if a.entity_id == ident and a.en), None)
        en = en or next((_latin(m.canonical) for m in ms if _latin(m.canonical)), None)
        if en is None and ident.startswith("text:"):
            en = whole_name(ident.split(":", 1)[1])  # "मंत्रियों के समूह GoM" (round gl5)
        if en is None and ident.startswith(("actor:", "text:")):
            en = _latin(ident.split(":", 1)[1].split("|", 1)[-1])
        if en is None and ident.startswith("text:"):
            phrase = ident.split(":", 1)[1]
            en = text_english(event, ident) or loan_phrase(phrase) or named_phrase(phrase)
        people = sorted({m.text for m in ms if m.type == "PERSON"}, key=lambda t: (-len(t), t))
        if en is None and people:
            en = romanise(_split_as_written(people[0], article.text))
        places = sorted(
            {m.text for m in ms if m.type == "LOCATION" and all(map(name_like, m.text.split()))},
            key=lambda t: (-len(t), t),
        )
        if en is None and places:
            # a place the tagger found and the KB lacks ("गौतमबुद्धनगर" in a list of districts
            # under lockdown): its name spelt from the Hindi, not no English (round ev43)
            en = romanise(places[0])
        written = [a.text for a in event.arguments if a.entity_id == ident]
        if en is None and ident.startswith("name:organization:") and any("(" in t for t in written):
            # a name with its short form in brackets (one argument since round ev187): the name
            # in English words before its initials ("भारत इलेक्ट्रॉनिक्स लिमिटेड ( बीईएल )")
            en = _organisation_name(ms, written)
        if en is None:
            en = _acronym_of(ident, event, ms)
        if en is None and ident.startswith("name:organization:"):
            # else a body named in common nouns: "नगर विकास एवं आवास विभाग" (round nm15)
            en = _organisation_name(ms, written) or body_name(ms)
        if en is None and ident.startswith("name:") and not people:
            en = _common_words(ms)
        if en is None and ident.startswith("doc:") and not people:
            # a document-local body or place the KB lacks whose mention is a common noun the
            # glossaries know ("सिनेमाघर", "एयरपोर्ट", "विधानसभा"): its gloss, not the id (round
            # nm16: 3 of the 9 "doc:" actors on the 280 allowed files, all 3 right)
            en = next((e for t in sorted({m.text for m in ms}) if (e := named_phrase(t))), None)
        if en and ident.startswith("actor:"):
            # what the Hindi says of a group its dictionary name does not: "देशवासियों" (people
            # of India), "स्वास्थ्य मंत्री" (the portfolio), "सांसदों" (the house; round ev204),
            # "नागरिकों"/"लोगों" (citizens, the general public; round gl4)
            en = (
                dwellers_said(written, en)
                or portfolio_said(written, en)
                or members_said(written, en)
                or public_said(article.text, event, ident, en)
                or en
            )
            sentence = article.text[event.evidence_start : event.evidence_end]
            en = territory_administration(en, written, sentence)  # "… Kashmir administration"
        if en:
            out[ident] = en
    _owned_by_source(article, event, out)
    for ident, en in out.items():
        if not ident.startswith("kb:"):  # a KB name is the body's own ("Pakistan Army")
            out[ident] = home_group_name(said(en))
    return out


_VIRAMA = "\u094d"


def _split_as_written(name: str, text: str) -> str:
    """A person's name with a word the report also writes as two ("कौशलराज शर्मा" beside
    "कौशल राज शर्मा" in the same report) in its split form: English writes the two given names
    apart (Kaushal Raj Sharma), and the romaniser spells one word as one ("Kaushalraj"). Round
    nm4, issue 13: 8 actor names of one such person on the 280 allowed corpus day files. Only a
    split between two whole letters (no vowel sign, virama or nukta cut off), the rest of the
    name written after it the same way."""
    words = name.split()
    for k, word in enumerate(words):
        for i in range(2, len(word) - 1):
            if unicodedata.category(word[i])[0] == "M" or word[i - 1] == _VIRAMA:
                continue
            split = " ".join([*words[:k], word[:i], word[i:], *words[k + 1 :]])
            if len(words) > 1 and re.search(rf"(?<!\S){re.escape(split)}(?!\S)", text):
                return split
    return name


def _owned_by_source(article: Article, event: Event, out: dict[str, str]) -> None:
    """Targets written as the named body acting's own ("एपल ने अपने कर्मचारियों को …") said as
    its own in ``out`` (:func:`khabar.events.group_words.own_of`; a person's followers and a
    common noun's own: :func:`khabar.events.reflexive_owners.own_by_agent`)."""
    from .group_words import own_of
    from .reflexive_owners import own_by_agent

    if len(event.source) != 1:
        return  # two agents' own are neither's alone ("कोरियन एयर और एशियाना ने अपनी उड़ानें")
    person = event.source[0].startswith(_PERSON_IDS)
    owner = out.get(event.source[0])
    if owner is None:
        return
    # the agent's words: its span as the source, or as the one who reports the act it does
    # ("एयर इंडिया ने … कहा कि वह … अपनी उड़ानें … बंद कर रही है")
    agents = [
        a
        for a in event.arguments
        if a.role in {"source", "reported_by"} and a.entity_id == event.source[0] and a.end > a.start
    ]
    for arg in event.arguments:
        ident = arg.entity_id or ""
        agent = next((a for a in reversed(agents) if a.end <= arg.start), None)
        if arg.role == "target" and ident in out and agent is not None:
            said = None if person else own_of(arg, article.text, out[ident], owner, agent.end)
            # a person's followers, a common noun's own (round nm14)
            said = said or own_by_agent(arg, article.text, out[ident], owner, person, agent.end)
            out[ident] = said or out[ident]


# ---- an organisation written as its English initials in Devanagari ---------------------------

# Round ev68 (issue 13, actor naming): Hindi news writes the initials of bodies the KB and the
# actor dictionary lack letter by letter ("डीजीसीए ने", "दूरसंचार विभाग (डीओटी) ने", "आईटीटीएफ ने
# … निलंबित"): 11 of the 24 sources with no English at all on 32 corpus day files outside the gold's
# days (ev68 sample), ~60 such initials as agents in corpus/hindi-covid-2020. English news names such a
# body by the same initials, so an actor with no other English is given them (:func:`initials`).
# Fewest letters: a two-letter "word" is too often a Hindi word or a short form of an office
# (के = of, जी = sir; सीएम, डीएम are offices the actor dictionary codes).
_MIN_LETTERS = 3
# The bare body nouns an agent may be written as once the body is named (the agent rules'
# ``agent_anaphora._ANY_ORGANISATION``): their actor's initials are read from its mentions.
_BARE_BODY_NOUNS = frozenset({"संगठन"})


def _acronym_of(ident: str, event: Event, mentions: Sequence[Mention] = ()) -> str | None:
    """The initials of an actor with no other English whose every argument on the event is
    written as one Devanagari acronym (brackets dropped: "डीओटी )"); None when any is written
    otherwise (a pronoun the agent analysis took for the body, "उन्होंने", is no evidence that
    the body acts). An argument written as a bare organisation noun that the agent rules gave
    the body named before ("सीआईआई ने … । संगठन ने …", round ev178) is said by the body's
    mentions instead: the rules chose it, and the bare word says no name of its own; so is an
    actor with no argument on the event at all."""
    texts = [a.text for a in event.arguments if a.entity_id == ident]
    if not texts or all(t in _BARE_BODY_NOUNS for t in texts):
        # no argument of its own (an agent carried to a second verb, "… डीएमओ ने … शिकायत की थी
        # और आरोप लगाया था", round ev184): said by its mentions, as on the event where it has one
        texts = sorted({m.text for m in mentions if m.type == "ORGANIZATION"})
    found = set()
    for text in texts:
        # a name and its short form in brackets are one argument since round ev187 ("अपीलीय
        # न्यायाधिकरण ( एनसीएलएटी )"): the bracket's word is the acronym
        text = text.rsplit("(", 1)[1] if "(" in text else text
        words = [w for w in text.replace("(", " ").replace(")", " ").split() if w]
        one = initials(words[0]) if len(words) == 1 else None
        if one is None or len(one) < _MIN_LETTERS:
            return None
        found.add(one)
    return found.pop() if len(found) == 1 else None


def _organisation_name(mentions: list[Mention], written: Sequence[str] = ()) -> str | None:
    """The English name of a body the KB lacks whose Hindi name is written in English words
    ("बिहार फाउंडेशन" Bihar Foundation, "हिन्दुस्तान टाइम्स" Hindustan Times, "डीसीबी बैंक" DCB Bank,
    "आईआईटी दिल्ली" IIT Delhi), as English news names it: each word a loan word, initials, a
    place of the KB, a name word of the tables or a name spelt by rule; None when the name holds
    no loan word or initials (an Indian name in Hindi words, "व्यापार मंडल", is no such name)
    or a word the glossary knows ("रिम्स प्रबंधन": RIMS management, the glossary's work).

    Round ev99 (issue 13): 32 actors of the events on the 278 allowed corpus day files were
    bodies with no English at all, named in the English the tuned sets' coders wrote for two
    of them (Bihar Foundation, Hindustan Times); see the README for the count. Round ev184: a
    name whose mention or argument (``written``) ends in its short name in brackets is the body
    the tables know by it (:func:`_known_short`), else its words, else its initials."""
    texts = sorted({m.text for m in mentions if m.type == "ORGANIZATION"}, key=lambda t: (-len(t), t))
    # the short name is read where the body is written: the tagger keeps it a mention of its
    # own ("एनसीआई", an actor of the same event), the argument holds both
    shorts = [
        short
        for text in sorted(set(written), key=lambda t: (-len(t), t)) + texts
        if (short := _aside(text)[1]) is not None
    ]
    known = next((en for en in map(_known_short, shorts) if en), None)
    if known:
        return known  # "( एम्स )": the body itself, whatever the tagger cut off its name
    for text in texts:
        words = _aside(text)[0].split()
        if not any(loan_word(w) or initials(w) for w in words):
            continue
        found = [_organisation_word(w) for w in words]
        if all(found):
            return " ".join(w for w in found if w)
    return next((en for en in map(_initials_short, shorts) if en), None)


# "राष्ट्रीय कैंसर संस्थान ( एनसीआई )": a body's name with its short name in brackets after it,
# as Hindi news introduces a body (the tokenizer spaces the brackets)
_ASIDE = re.compile(r"^(.*?)\s*\(\s*(\S+)\s*\)\s*$")


def _aside(text: str) -> tuple[str, str | None]:
    """(the name, its one-word short name in brackets after it, else None) of a mention."""
    found = _ASIDE.match(text)
    return (found.group(1), found.group(2)) if found and found.group(1) else (text, None)


def _known_short(word: str) -> str | None:
    """The English name of the body the actor dictionary or the KB knows by a short name written
    in brackets after a body's Hindi name ("एम्स" All India Institute of Medical Sciences,
    "SAARC"); None for any other word.

    Round ev184 (issue 13): "राष्ट्रीय कैंसर संस्थान ( एनसीआई )", "भारत इलेक्ट्रॉनिक्स लिमिटेड
    ( बीईएल )", "दक्षिण एशियाई देशों के संगठन ( SAARC )" and "इंडिया इंस्टीट्यूट ऑफ मेडिकल साइंसेज
    ( एम्स )" (the tagger cut "ऑल" off) had no English at all on the events of the 280 allowed
    corpus day files, the short name being a mention and an actor of its own."""
    from .actors import _kb, actor_dictionary, fold_nasals

    folded = fold_nasals(_norm(word))
    for form, entry in actor_dictionary().index.get(folded, ()):
        if form == (folded,) and "{" not in entry.en:
            return entry.en
    bodies = [e for e, _ in _kb().lookup(word) if e.type == "ORGANIZATION"]
    return str(bodies[0].name) if len(bodies) == 1 else None


def _initials_short(word: str) -> str | None:
    """A short name in brackets as English news writes it when no table knows it and the
    body's own words cannot all be said: its initials ("एनसीआई" NCI) or the Latin word in
    capitals; None for a word that is neither, or shorter than :data:`_MIN_LETTERS`."""
    if word.isascii():
        return word if word.isalnum() and word.isupper() and len(word) >= _MIN_LETTERS else None
    short = initials(word)
    return short if short and len(short) >= _MIN_LETTERS else None


def _short_name(word: str) -> str | None:
    """:func:`_known_short`, else :func:`_initials_short`."""
    return _known_short(word) or _initials_short(word)


# Smallest similarity of a place's rule spelling to its English for the English to stand in a
# body's name: Dilli/Delhi 0.40, Lakhnau/Lucknow 0.43 (the same name), Bharat/India 0.18 (another).
_PLACE_SIMILARITY = 0.3


def _organisation_word(word: str) -> str | None:
    """One word of a body's name in English (:func:`_organisation_name`); None when it is a
    glossary word or no name word."""
    from ..entities.translit import is_devanagari
    from .actors import _kb, place_code
    from .glossary import known_word
    from .places import _kb_place

    if not is_devanagari(word):
        return word if word.isalnum() else None
    numbered = _NUMBERED.fullmatch(_norm(word))
    if numbered and initials(numbered.group(1), alone=True):  # "टी-20": T-20
        return f"{initials(numbered.group(1), alone=True)}{numbered.group(2)}"
    found = loan_word(word) or initials(word) or spelling(word)
    if found:
        return found
    kb_id = _kb_place([word])
    entry = _kb().get(kb_id[3:]) if kb_id else None
    placed = place_code(kb_id) if kb_id else None
    if entry is not None and placed:
        # a place's English where the word is its Hindi name ("दिल्ली" Delhi), as written where
        # it is another name of it ("हिन्दुस्तान टाइम्स" is no "India Times") or the English is
        # another word ("भारत ग्लोबल पार्टनर्स": Bharat, as Bharat Petroleum, not India)
        rule = rule_spelling(word)
        own = bool(entry.hi) and _norm(entry.hi[0]) == _norm(word)
        return placed[1] if own and _similarity(rule, placed[1]) >= _PLACE_SIMILARITY else rule
    return rule_spelling(word) if not known_word(word) and name_like(word) else None


def _common_words(mentions: list[Mention]) -> str | None:
    """The gloss of a place the tagger found whose words the glossary knows every one of
    ("कंटेनमेंट जोन" tagged a place: "containment zone"); None otherwise. Round ev68 (issue 13):
    such a target had no English on the ev62 target stand-in; an organisation's name is left
    alone ("दिल्ली विश्वविद्यालय" is no "Delhi universities")."""
    from .gloss import gloss
    from .glossary import known_word

    places = {m.text for m in mentions if m.type == "LOCATION"}
    for text in sorted(places, key=lambda t: (len(t), t)):
        words = text.split()
        if words and all(known_word(w) for w in words):
            found = gloss(text)
            if found:
                return found
    return None


# ---- a name right after an office word, which the tagger missed -----------------------------------

# What may follow a name: a postposition, a conjunction, punctuation.
_AFTER_NAME = frozenset({"ने", "के", "की", "का", "को", "से", "और", "तथा", "एवं", "व", ",", "।"})
_NAME_WORDS = (2, 3)  # "बादल पत्रलेख", "बलबीर सिंह सिद्धू"; a single word is too often a noun


def name_like(word: str) -> bool:
    """A word that may be part of a person's name: Devanagari, no function word, no word the
    glossary or actor dictionary knows, and not a word the tagger's training text uses 5+ times
    outside names or mostly outside them (O5, Olow: "पैकेज", "राहत", "कल्याण")."""
    from ..entities.tagger import lexicon_label
    from .places import unknown_word  # here: places imports this module

    if word in HINDI_STOPWORDS or not unknown_word(word):
        return False
    label = lexicon_label(deva_key(word))
    return label is None or label == "O1" or "PER" in label


def untagged_name(tokens: list[Any], k: int, mentions: list[Mention]) -> Mention | None:
    """The person named by the two or three words from token ``k`` on, when they look like a
    name and a postposition or conjunction follows ("कृषि मंत्री बादल पत्रलेख के"): the caller
    has just read an office held by one person, and Hindi news names the holder right after
    it. None where any of the words is taken by a mention or is no name word."""
    from ..entities.link import name_id

    for n in _NAME_WORDS:
        words = tokens[k : k + n]
        if len(words) < n or k + n >= len(tokens) or tokens[k + n].text not in _AFTER_NAME:
            continue
        start, end = words[0].start, words[-1].end
        if any(m.start < end and start < m.end for m in mentions):
            return None
        if not all(name_like(t.text) for t in words):
            return None
        text = " ".join(t.text for t in words)
        return Mention(
            start=start,
            end=end,
            text=text,
            type="PERSON",
            entity_id=name_id("PERSON", text),
            canonical=text,
            kind="name",
            source="actors",
        )
    return None


def kb_pairs() -> list[tuple[str, str]]:
    """(Hindi label, English label) of every person in the KB, in id order."""
    from ..config import Config
    from ..entities.kb import load_kb

    kb = load_kb(Config())
    out = []
    for ident in sorted(kb.entries):
        entry = kb.entries[ident]
        if entry.type == "PERSON":
            out += [(hi, en) for hi in entry.hi for en in (entry.name, *entry.en)]
    return out


def build(out: Path) -> int:
    """Write the table learnt from the KB; the number of words."""
    table = learn(kb_pairs())
    lines = [
        "# Hindi name word -> English news spelling, learnt from the KB's person labels.",
        "# Built by: python -m khabar.events.names build (see khabar/events/names.py).",
        *(f"{hi} {en}" for hi, en in sorted(table.items())),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(table)


def main(argv: list[str] | None = None) -> int:
    """``build [OUT]`` writes the table from the KB; ``check [FILE]`` checks one."""
    from .actors import check_command

    return check_command(
        argv, "khabar.events.names", _builtin(), lambda p: f"{len(read_table(p))} words",
        build=lambda p: f"{build(p)} words",
    )


if __name__ == "__main__":
    raise SystemExit(main())
