"""Find entity mentions in one sentence by combining three kinds of evidence.

1. The knowledge base: longest alias match over the sentence's words (both scripts, spelling
   folded), so known actors, adjectives (रूसी) and demonyms (रूसियों) are found with their entry.
2. High-precision rules: a title followed by an unknown name ("सलाहकार यूरी उशाकोव ने"), Latin
   acronyms inside Hindi text (NATO), role-only offices ("जर्मन चांसलर", "ब्रिटिश और कनाडाई
   प्रधानमंत्रियों"), leader descriptions ("रूसी नेता ने", "क्रेमलिन के नेता ने") and unnamed
   groups ("पश्चिमी देश", "यूरोपीय नेता").
3. The trained CRF tagger (:mod:`.tagger`) for names the KB does not know.

The KB matching lives in :mod:`.kbmatch` and the rules in :mod:`.rules`; this module reads the
tagger's spans, bounds them with :mod:`.structure`, and decides between all three.

KB matches win over rules, rules over the CRF, where spans overlap; role-only and group mentions
may nest over names (जर्मन inside जर्मन चांसलर), as the gold conventions allow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .crffeatures import HONORIFIC_AFTER, HONORIFIC_BEFORE, acronym_letters, is_letter_name
from .kb import KB
from .kbmatch import (
    NESTING_TYPES,
    Cand,
    _kb_candidates,
    _short_forms_in_names,
    _title_at,
    _with_initials,
    _wordy,
)
from .kbprior import descriptive
from .rules import (
    COMMON_ACRONYMS,
    EN_EDGE_WORDS,
    HONORIFICS_OUTSIDE,
    NAME_SUFFIXES,
    NOT_ONE_WORD_NAMES,
    NUMBER_RE,
    ORG_NAME_HEADS,
    STOP,
    rule_candidates,
    web_site_at,
)
from .rules import DOMAIN_SUFFIXES as DOMAIN_SUFFIX_KEYS
from .structure import (
    CAMPUS_ACRONYMS,
    HYPHENS,
    LIST_JOINERS,
    MAX_ORG_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
    RESIDENT,
    before_passive_kar,
    bracketed_acronyms,
    campus_spans,
    common_plural,
    coordinated_start,
    hyphened_start,
    initials_before,
    joined_tail,
    list_agreement,
    only_initials,
    org_head_spans,
    plural_head,
    split_org,
    surname_after_initials,
    surname_after_middle_initial,
    trim_verbs,
)
from .tagger import TOK_TEXT, Tok, gazetteer, is_ordinary_word, spans_from_bio, tag_with
from .titles import CALLINGS, is_title_word, office_alone, trim_person
from .translit import deva_key, is_devanagari

GOVERNMENT = deva_key("सरकार")
# After a legislature's name these make it the name of a constituency ("अजमेर लोक सभा निर्वाचन
# क्षेत्र", "दरभंगा लोकसभा क्षेत्र", "विधानसभा सीट"): no mention of the legislature itself.
CONSTITUENCY_WORDS = frozenset(deva_key(w) for w in ["क्षेत्र", "निर्वाचन", "सीट", "सीटों"])
# After a place's name these make it part of a programme's or statute's name ("स्वच्छ भारत
# अभियान", "डिजिटल इंडिया कार्यक्रम", "रोम संविधि"), no mention of the place: so IL-NER train
# tags 81 of its 96 such places (counted on train, not tuned).
PROGRAMME_HEADS = frozenset(
    deva_key(w)
    for w in ["अभियान", "मिशन", "योजना", "कार्यक्रम", "संविधि", "कन्वेंशन", "कंवेंशन"]
)
PLACE_TYPES = frozenset({"COUNTRY", "CITY", "REGION", "LOCATION"})
HONORIFIC_WORDS = HONORIFIC_BEFORE | HONORIFIC_AFTER | HONORIFICS_OUTSIDE
# Round ner21: a press or video conference is an event: IL-NER train and HiNER's training half
# never tag one (6 such phrases, counted); the tagger made 8 "प्रेस कांफ्रेंस" organisations on
# the COVID corpus's day files outside the event gold's days. A named conference ("नेशनल
# कांफ्रेंस", the party) has a name word before the head and stays.
CONFERENCES = frozenset(
    deva_key(w)
    for w in ["कांफ्रेंस", "कॉन्फ्रेंस", "कान्फ्रेंस", "कॉन्फ़्रेंस", "कांफ्रेस", "कॉन्फ्रेंसिंग",
              "कांफ्रेंसिंग", "ब्रीफिंग"]
)
CONFERENCE_KINDS = frozenset(
    deva_key(w) for w in ["प्रेस", "वीडियो", "संयुक्त", "साझा", "राजनीतिक", "ऑनलाइन", "वर्चुअल"]
)
# Round ner21: words for the class of a place, which IL-NER train and HiNER's training half leave
# after the place's name (जिले 926 times after a place, once at a place's end; राज्य 967 and 8;
# शहर 18 and 4; प्रांत/प्रान्त 26 and 5; counted, not tuned). गांव (6 and 9) and नदी (16 and 11)
# go either way and are not here.
PLACE_CLASSES = frozenset(
    deva_key(w) for w in ["जिले", "जिला", "ज़िले", "ज़िला", "राज्य", "शहर", "प्रांत", "प्रान्त",
                          # and the divisions of a district or state (मण्डल 709 times after a
                          # place and 2 at its end, तहसील 482 and 1, प्रखंड/प्रखण्ड 41 and 1,
                          # डिवीजन 4 and 1; counted)
                          "मण्डल", "तहसील", "प्रखंड", "प्रखण्ड", "डिवीजन", "डिविजन", "संभाग",
                          # Round ner26: plurals of a landform's or water's class, which name a
                          # class, as a plural head does ("सतपुड़ा पहाड़ियां", "गंगा-यमुना
                          # नदियों"): training has them after a place's name 5 times, never at
                          # its end (counted)
                          "पहाड़ियां", "पहाड़ियाँ", "पहाड़ियों", "पर्वतों", "पर्वतमालाओं",
                          "नदियां", "नदियाँ", "नदियों", "घाटियों", "झीलों", "द्वीपों"]
)
# Round ner28: the same class words before a place's name ("सदस्य देश सेन्ट्रल अफ्रीकी रिपब्लिक",
# "राज्य उत्तर प्रदेश", "जिले बस्ती"), which the tagger sometimes takes into a place or person:
# IL-NER train and HiNER's training half have them right before a place 69 times and as the first
# word of a place of two words or more once (राज्य; counted, not tuned). Organisations keep
# theirs ("राज्य निर्वाचन आयोग", "जिला प्रशासन": 21 such in training).
CLASSES_BEFORE = frozenset(
    deva_key(w) for w in ["देश", "राज्य", "शहर", "जिला", "जिले", "ज़िला", "ज़िले", "प्रांत", "प्रान्त",
                          "गांव", "गाँव", "कस्बा", "कस्बे", "क्षेत्र", "इलाके"]
)
# Heads that make a name a country ("सेन्ट्रल अफ्रीकी रिपब्लिक", "डोमिनिकन गणराज्य", "यूनाइटेड
# किंगडम"), which the tagger reads as an organisation: IL-NER train and HiNER's training half tag
# 9 such names places and 1 an organisation (भारत गणराज्य). Counted on training, not tuned.
COUNTRY_HEADS = frozenset(deva_key(w) for w in ["गणराज्य", "रिपब्लिक", "किंगडम", "अमीरात", "गणतंत्र"])
ENGLISH_OF = deva_key("ऑफ")


def _split_at_open_brackets(
    spans: Sequence[tuple[int, int, str]], toks: Sequence[Tok]
) -> list[tuple[int, int, str]]:
    """A span holding an opening bracket and not its closing one is two names: the full name
    and the abbreviation after it ("यूरोपियन बैंक फॉर रिकन्स्ट्रक्शन एंड डेवलपमेंट ( ईबीआरडी").
    One holding both is the name before, the one in brackets and what follows (round ner21:
    "अखिल भारतीय आयुर्विज्ञान संस्थान ( एम्स )" lost its closing bracket to the edge trim and
    was read "... संस्थान ( एम्स", 25 tagger spans on the COVID corpus's day files outside the
    event gold's days; IL-NER train tags 56 such names whole and 63 as two, HiNER's training
    half 0 and 181: counted)."""
    words = [t.text for t in toks]
    if "(" not in words:
        # no bracket in the sentence (most): every span whole (round sp15, issue 16: asked once
        # per sentence, not once per span; the spans given are never empty, as
        # :func:`.tagger.spans_from_bio` makes them, so none was dropped here either)
        return list(spans)
    out = []
    for i, j, label in spans:
        texts = words[i:j]
        if "(" in texts:
            p = i + texts.index("(")
            if ")" not in texts[p - i :]:
                pieces = [(i, p, label), (p + 1, j, label)]
            else:
                q = i + texts.index(")", p - i)
                pieces = [(i, p, label), (p + 1, q, label), (q + 1, j, label)]
            out += [(a, b, kind) for a, b, kind in pieces if a < b]  # an empty piece goes
        else:
            out.append((i, j, label))
    return out


def _split_at_commas(
    spans: Sequence[tuple[int, int, str]], toks: Sequence[Tok]
) -> list[tuple[int, int, str]]:
    """A person or place span across a comma is a list of names ("मैथ्यू हेडन, पार्थिव पटेल",
    "सैन जुआन प्रान्त, अर्जेन्टीना"), cut after each comma, whether the comma is a word of its
    own or glued to the word before it (HiNER's "हेडन,"; the glued word stays in the name before).
    Round ner26: IL-NER train and HiNER's training half list two persons or places with a comma
    between them 2,191 times and run one name across a comma 5 times ("सेंट जॉर्ज कैथेड्रल,
    चेन्नई"; counted, not tuned). Organisations keep theirs ("मत्स्यपालन, पशुपालन एवं डेरी
    मंत्रालय"): :func:`.structure.split_org` cuts those."""
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        if label == "ORG" or "," not in "".join(map(TOK_TEXT, toks[i : j - 1])):
            out.append((i, j, label))  # (no comma: the span whole, asked in C: round sp10)
            continue
        pieces = []
        start = i
        for x in range(i, j - 1):
            text = toks[x].text
            if text == ",":
                pieces.append((start, x, label))
                start = x + 1
            elif len(text) > 1 and text.endswith(","):
                pieces.append((start, x + 1, label))
                start = x + 1
        pieces.append((start, j, label))
        # only a cut span's pieces may be empty (round sp15: the spans given never are, as
        # :func:`.tagger.spans_from_bio` makes them, so the whole list is not filtered again)
        out += [(a, b, kind) for a, b, kind in pieces if a < b]
    return out


# Round ner26: heads of institutions named after a person ("[बी. आर.] अंबेडकर विश्वविद्यालय",
# "[एम. एस.] स्वामीनाथन रिसर्च फाउंडेशन", "[राजीव गांधी] फाउंडेशन"), where the tagger starts the
# organisation at the surname or after the person. Written by hand: IL-NER train and HiNER's
# training half never have a person right before one of these words outside an organisation
# (a person before सरकार, समिति, कमेटी, आयोग or पार्टी stays out 11 times: "उद्धव सरकार", a
# commission named after its chair; counted, not tuned).
NAMED_AFTER_HEADS = frozenset(
    deva_key(w)
    for w in (
        "विश्वविद्यालय", "यूनिवर्सिटी", "महाविद्यालय", "कॉलेज", "संस्थान", "इंस्टीट्यूट", "अकादमी",
        "फाउंडेशन", "ट्रस्ट", "अस्पताल",
    )
)


def _named_after_people(
    crf: list[Cand], persons: Sequence[Cand], toks: Sequence[Tok], keys: Sequence[str]
) -> list[Cand]:
    """Tagger organisations ending at an institution's head (:data:`NAMED_AFTER_HEADS`) that
    start right after a person's name or inside a run of initials, extended over them: the
    institution is named after the person ("जी. बी. पंत अस्पताल"). The tagger decides that
    there is an organisation; a person merely standing before a head ("मंत्री सत्येंद्र जैन
    अस्पताल में भर्ती") has none and stays a person."""
    starts = {p.j: p.i for p in persons}
    out = []
    for c in crf:
        if c.type == "ORGANIZATION" and keys[c.j - 1] in NAMED_AFTER_HEADS:
            i = starts.get(c.i, c.i)
            if i == c.i:
                i = initials_before(keys, toks, c.i)
            if i < c.i and c.j - i <= MAX_ORG_WORDS:
                c = replace(c, i=i)
        out.append(c)
    return out


# Words of an organisation's full name that its acronym skips ("रक्षा अनुसंधान एवं विकास संगठन
# ( डीआरडीओ )", "नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी ( एनआईवी )").
ACRONYM_SKIPS = frozenset(deva_key(w) for w in ("ऑफ", "ऑफ़", "फॉर", "फ़ॉर", "एंड", "एवं", "और", "द", "ऑन"))
# Heads of a full name before its bracketed acronym: the organisation heads and those of forces,
# federations, municipal bodies and institutes, which the tagger cuts or leaves out before an
# acronym the KB knows ("केंद्रीय रिजर्व पुलिस [बल] ( सीआरपीएफ )"). Written by hand from Hindi
# usage; round ner20 read every "<n words> ( <n-letter acronym> )" of the COVID corpus's day files
# outside the event gold's days (239 bracketed acronyms).
ACRONYM_HEADS = ORG_HEADS | frozenset(
    deva_key(w)
    for w in (
        "बल", "फेडरेशन", "पालिका", "महापालिका", "कॉरपोरेशन", "कारपोरेशन", "सोसाइटी", "फाउंडेशन",
        "अस्पताल", "केंद्र", "केन्द्र", "परिसंघ", "इंस्टीट्यूट", "कमेटी", "सेना",
    )
)


def bracketed_full_names(toks: Sequence[Tok], keys: Sequence[str], kbc: Sequence[Cand]) -> list[Cand]:
    """An organisation's full name before its acronym in brackets ("केंद्रीय रिजर्व पुलिस बल
    ( सीआरपीएफ )"), as one name that is the acronym's entity: the words before the bracket, as
    many as the acronym has letters (joiners such as ऑफ, एवं not counted), each a word and none a
    function word, ending at an organisation's head or naming what the KB knows the acronym as
    (round ner20). The acronym itself is found by :func:`.structure.bracketed_acronyms` or the KB."""
    out: list[Cand] = []
    if "(" not in keys:
        return out  # most sentences
    for p in range(1, len(toks) - 2):
        if toks[p].text != "(" or toks[p + 2].text != ")":
            continue
        n = acronym_letters(keys[p + 1])
        if n < 2:
            continue
        acronym = [c for c in kbc if c.i == p + 1 and c.j == p + 2 and c.kind == "name"]
        known_org = any(c.type == "ORGANIZATION" for c in acronym)
        if keys[p - 1] not in ACRONYM_HEADS and not known_org:
            continue
        if acronym and not known_org:
            continue  # the KB knows the acronym as something else (यूएई, a country)
        i, counted = p, 0
        while i > 0 and counted < n:
            i -= 1
            k = keys[i]
            if not _wordy(toks[i].text) or k in STOP or k in GENITIVES or toks[i].text.isdigit():
                break
            if k not in ACRONYM_SKIPS:
                counted += 1
        else:
            # The first word no everyday word ("हालांकि अंतरराष्ट्रीय मुद्राकोष ( आईएमएफ़ )": a
            # name written solid, मुद्राकोष, leaves one letter to the word before it).
            if counted == n and keys[i] not in ACRONYM_SKIPS and not is_ordinary_word(keys[i]):
                entries = [e for c in acronym for e in c.entries]
                out.append(Cand(i, p, "ORGANIZATION", "rule", "name", entries, 0.7))
    return out


# Adjectives of a body's level, which with a head alone make no name (round ner19).
GENERIC_ADJECTIVES = frozenset(
    deva_key(w)
    for w in (
        "राष्ट्रीय", "केंद्रीय", "केन्द्रीय", "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "राज्य", "स्थानीय",
        "प्रांतीय", "प्रादेशिक", "क्षेत्रीय", "भारतीय", "जिला",
    )
)
# The genitive postpositions (folded), which end a tagger's place or organisation.
GENITIVES = frozenset(deva_key(w) for w in ("का", "की", "के"))


def crf_candidates(
    toks: Sequence[Tok], kb: KB, tagger: str = "default", keys: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
) -> list[Cand]:
    """CRF spans with the boundaries of :mod:`.structure`: function words outside every name;
    verbs, titles and honorifics outside a person's, initials joined to the surname ("वी के
    कृष्णमेनन"); no span before the passive of करना ("फ्रीज की गई"). ``keys``: as
    :func:`.rules.rule_candidates` takes them. ``tags``: the tagger's tags of ``toks`` when
    the caller has them (the stage's ``pretag``: empty for a sentence without a Devanagari
    word, which is not tagged and has no spans)."""
    if tags is None:
        if not any(is_devanagari(t.text) for t in toks):
            return []  # a Hindi tagger: Latin-script sentences are read by english_names
        tags = tag_with(tagger, [t.text for t in toks], kb)
    spans = spans_from_bio(tags)
    if not spans:
        return []  # the tagger found no name (half the sentences; round sp10)
    types = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    gaz = gazetteer(kb)
    out = []
    sites = {} if DOMAIN_SUFFIX_KEYS.isdisjoint(keys) else {  # most sentences: no domain
        k: web_site_at(toks, keys, k) for k in range(len(toks)) if keys[k] in DOMAIN_SUFFIX_KEYS}
    for i, j, label in _split_at_commas(_split_at_open_brackets(spans, toks), toks):
        site = next((k for k in range(i, j) if sites.get(k) is not None), None) if sites else None
        if site is not None:
            # Round ner18: "नवभारतटाइम्स.कॉम" is the outlet's site, at most an organisation;
            # its domain suffix is never a person.
            begin = sites[site]
            assert begin is not None
            out.append(Cand(begin, site + 1, "ORGANIZATION", "crf", "name", [], 0.7))
            continue
        # A place whose name is also a function word (गया, the city Gaya, in "इमामगंज, गया,
        # बिहार") stays when the tagger tagged the word alone, against its strong prior (no
        # such one-word span in a third of the news corpus is a function word).
        if not (j == i + 1 and label == "LOC" and _wordy(toks[i].text)):
            while i < j and (keys[i] in STOP or not _wordy(toks[i].text) or toks[i].text.lower() in EN_EDGE_WORDS):
                i += 1
            while j > i and (
                keys[j - 1] in STOP or not _wordy(toks[j - 1].text) or toks[j - 1].text.lower() in EN_EDGE_WORDS
            ):
                j -= 1
        i, j = _numbers_out(toks, keys, i, j)
        # (both asked of the span's words in C: round sp10)
        if i < j and EN_EDGE_WORDS.issuperset(map(str.lower, map(TOK_TEXT, toks[i:j]))):
            continue  # Round ner18: "Latest Updates" in a Hindi page's title, no name
        if i < j and COMMON_ACRONYMS.issuperset(keys[i:j]):
            continue  # Round ner21: "सामान्य ओपीडी को", "सेंसेक्स ने": an abbreviation of a thing
        if label != "PER" and j - i > 2 and keys[j - 1] not in ORG_HEADS:
            # Round ner19: a genitive inside a place or organisation ends it ("[आजाद हिंद फौज]
            # का दिल्ली मार्च"): IL-NER train and HiNER's training half have one in 1 of 2,707
            # organisations and 11 of 12,513 places (बंगाल की खाड़ी, a KB alias that outranks
            # the cut span). Counted on training, not tuned. A span ending at an organisation's
            # head stays whole (training's one: "तेल निर्यातक देशों के संगठन", OPEC).
            j = next((k for k in range(i + 1, j - 1) if keys[k] in GENITIVES), j)
        if before_passive_kar(keys, j) or (label == "ORG" and i < j and plural_head(keys[j - 1])):
            continue
        if (
            label == "ORG"
            and j - i > 3
            and toks[j - 2].text == ","
            and gaz.get(keys[j - 1]) == "LOC"
        ):
            j -= 2  # "राष्ट्रीय विषाणु विज्ञान संस्थान , पुणे": the seat is no part of the name
        if label == "LOC" and j - i > 1 and keys[j - 1] in ORG_HEADS:
            # A place ending at an organisation's head is that organisation ("दिल्ली
            # विश्वविद्यालय", the tagger misled by the place): of the names of two words or more
            # ending at such a head, IL-NER train and HiNER's training half tag 832 organisations
            # and 7 places (सोवियत संघ, a KB country that outranks this span). Persons stay
            # (तनुश्री सरकार). Counted on training, not tuned.
            label = "ORG"
        elif label == "ORG" and j - i > 1 and _country_head(keys, i, j):
            label = "LOC"
        if label == "ORG":
            j = joined_tail(toks, keys, j, STOP)
            i = hyphened_start(toks, keys, i, STOP, gaz)
            i = coordinated_start(toks, keys, i, j, STOP, gaz)
        if label == "ORG" and keys[j - 1] in CONFERENCES and all(
            keys[x] in CONFERENCE_KINDS for x in range(i, j - 1)
        ):
            continue  # Round ner21: "प्रेस कांफ्रेंस में", "वीडियो कॉन्फ्रेंसिंग": an event, no body
        if label == "ORG" and j - i == 1 and keys[i] in ORG_NAME_HEADS:
            # Round ner21: a company's or institution's head alone ("हर कॉलेज एवं विश्वविद्यालय
            # में", "यूनिवर्सिटी द्वारा जारी बयान") is a common noun, as for persons (ner18):
            # IL-NER train and HiNER's training half never tag one alone an organisation.
            continue
        if label == "ORG" and i < j and office_alone(toks, keys, kb, i, j):
            continue  # "डीजीपी ने", "एसडीएम": an office, not its organisation (no training ORG is)
        if (
            label == "ORG"
            and j - i == 2
            and keys[i] in GENERIC_ADJECTIVES
            and keys[j - 1] in ORG_HEADS
            and keys[j - 1] != GOVERNMENT
        ):
            # Round ner19: a level and a head alone ("राष्ट्रीय आयोग", "केंद्रीय समिति") is a kind of
            # body, no name: IL-NER train and HiNER's training half tag such a pair (governments
            # aside) 3 times in 26 (केंद्रीय विश्वविद्यालय, परिषद, बैंक). Counted, not tuned.
            continue
        if label == "ORG" and j - i > 2:
            for a, b in split_org(keys, i, j, gaz):
                a, b = _numbers_out(toks, keys, a, b)
                if not (b - a == 1 and keys[a] in ORG_NAME_HEADS):  # "कॉलेज एवं विश्वविद्यालय"
                    out.append(Cand(a, b, types[label], "crf", "name", [], 0.7))
            continue
        while label in ("LOC", "PER") and j - i > 1 and keys[i] in CLASSES_BEFORE:
            i += 1
        if label in ("LOC", "ORG") and j - i > 1 and keys[j - 1] in PLACE_CLASSES and (
            label == "LOC" or gaz.get(keys[j - 2]) == "LOC"
        ):
            # Round ner21: "मुजफ्फरपुर जिले", "खुजेस्तान प्रांत", "पुणे डिवीजन" (the tagger's
            # organisation): the place is the name
            j, label = j - 1, "LOC"
        if label == "PER" and j - i > 1 and keys[j - 1] == RESIDENT:
            j -= 1  # "शिवाजी नगर निवासी": a resident of the place
        if label == "PER" and j - i > 1 and keys[j - 1] in PLACE_HEADS:
            label = "LOC"  # "शिवाजी नगर", "शालीमार गार्डन": a place, not a surname
        if label == "PER" and i < j:
            j = trim_verbs(keys, i, j)
            if j - i > 1 and keys[j - 1] == GOVERNMENT and gaz.get(keys[j - 2]) == "PER":
                # "उद्धव सरकार": a known person's government is not part of the name. IL-NER
                # train and HiNER's training half tag the person alone 7 times, the whole an
                # organisation 4 times, never a person (counted, not tuned); a surname सरकार
                # (तनुश्री सरकार) follows a given name the KB does not know as a person.
                j -= 1
            i = trim_person(toks, keys, kb, i, j, HONORIFIC_BEFORE | HONORIFICS_OUTSIDE)
            while i < j - 1 and not _wordy(toks[i].text):
                i += 1  # Round ner21: the dot of "डॉ . सीके मिश्रा" once the honorific is out
            if office_alone(toks, keys, kb, i, j) or (j - i == 1 and keys[i] in NAME_SUFFIXES):
                continue
            if j - i == 1 and keys[i] in HONORIFIC_WORDS:
                # Round ner21: an honorific alone ("झांसी की रानी ने", "डीएम साहब ,") is no
                # name: IL-NER train and HiNER's training half tag one alone 4 times in about
                # 400 (श्री, सेठ, महाराजा, साहब once each; counted).
                continue
            j = surname_after_initials(toks, keys, i, j, STOP)
            j = surname_after_middle_initial(toks, keys, i, j, STOP)
            i = initials_before(keys, toks, i)
            if only_initials(toks, keys, i, j) or common_plural(keys[j - 1]):
                continue
            if j - i == 1 and keys[i] in ORG_NAME_HEADS:
                # Round ner18: a company's or institution's head alone ("मेडिसिन विभाग",
                # "एयरलाइन ने") is a common noun, no person (ner17 counted 3 on 228 day files).
                continue
        if i < j:
            i, j = _numbers_out(toks, keys, i, j)  # again, once a seat or tail is cut off
            out.append(Cand(i, j, types[label], "crf", "name", [], 0.7))
    return out


def _numbers_out(toks: Sequence[Tok], keys: Sequence[str], i: int, j: int) -> tuple[int, int]:
    """``[i, j)`` less the numbers before it ("6. पुणे डिवीजन", "19 मामले") and the long ones
    after it (:data:`.rules.NUMBER_RE`: "मनीष रावत 9760698944", "ठाणे 288"); a number of one
    or two digits after a name is part of it ("झमटिया १", a village; "जी 20", "टीवी २": HiNER's
    training half has such names), as is one after a dash (round ner21)."""
    if j - i < 2:
        return i, j
    while i < j - 1 and NUMBER_RE.fullmatch(toks[i].text):
        i += 1
    while (
        j > i + 1
        and NUMBER_RE.fullmatch(toks[j - 1].text)
        and len(toks[j - 1].text) > 2
        and toks[j - 2].text[-1] not in HYPHENS
    ):
        j -= 1
    return i, j


def _country_head(keys: Sequence[str], i: int, j: int) -> bool:
    """Whether the name ``[i, j)`` is headed by a word that makes it a country: its last word,
    or the word before an English ऑफ ("डेमोक्रेटिक रिपब्लिक ऑफ द काँगो")."""
    of = keys.index(ENGLISH_OF, i + 1, j) if ENGLISH_OF in keys[i + 1 : j] else j
    return keys[of - 1] in COUNTRY_HEADS


def structure_candidates(
    toks: Sequence[Tok], keys: Sequence[str], kb: KB, crf: Sequence[Cand]
) -> list[Cand]:
    """Organisations ending at a head word, extended over their modifiers (:mod:`.structure`).

    The tagger decides that there is an organisation (a CRF organisation span overlaps the
    words), the structure decides where it begins; "<place> सरकार" is an organisation either way
    (the government of that place), as is an institution's acronym with its campus city
    (:func:`.structure.campus_spans`).
    """
    if ORG_HEADS.isdisjoint(keys) and CAMPUS_ACRONYMS.isdisjoint(keys):
        return []  # no head word and no campus acronym: neither kind of span (round sp10)
    gaz = gazetteer(kb)
    orgs = [c for c in crf if c.type == "ORGANIZATION"] if crf else []
    people = (frozenset(x for c in crf if c.type == "PERSON" for x in range(c.i, c.j)) if crf
              else frozenset())
    out = []
    for i, j in org_head_spans(toks, keys, gaz, STOP, people):
        i = hyphened_start(toks, keys, i, STOP, gaz)
        government = keys[j - 1] == GOVERNMENT and gaz.get(keys[j - 2]) in ("LOC", "ADJ")
        if government or any(c.i < j and i < c.j for c in orgs):
            out.append(Cand(i, j, "ORGANIZATION", "rule", "name", [], 0.7))
    out += [Cand(i, j, "ORGANIZATION", "rule", "name", [], 0.7) for i, j in campus_spans(keys, gaz)]
    return out


def _tiled_by_kb_names(c: Cand, kbc: Sequence[Cand], toks: Sequence[Tok]) -> bool:
    if c.j - c.i < 2:
        # one word holds at most one KB match (one per start and end): never two names (round
        # sp15, issue 16: asked first, most tagger spans are one word)
        return False
    inside = [k for k in kbc if k.kind == "name" and c.i <= k.i and k.j <= c.j]
    covered = {x for k in inside for x in range(k.i, k.j)}
    return len(inside) >= 2 and all(
        x in covered or not _wordy(toks[x].text) for x in range(c.i, c.j)
    )


def _split_place_pairs(crf: list[Cand], kbc: Sequence[Cand], toks: Sequence[Tok]) -> list[Cand]:
    """Tagger places joined by a dash, one side a KB place, are two places ("अगरतला - अखौरा"
    of a rail link, "भारत - म्यांमार सीमा"): IL-NER train and HiNER's training half tag such a
    pair as two names 22 times where a side is a KB place, as one name twice (केन - बेतवा; a pair the
    KB knows whole, जम्मू - कश्मीर, stays whole). Counted on training, not tuned. Dash-tokenised
    text only, as the gold sets give it: :func:`.tagger.tokenize` drops dashes."""
    if not any(c.j - c.i > 2 and c.type in PLACE_TYPES for c in crf):
        return crf  # most sentences: no tagger place of three words or more
    places = {(k.i, k.j) for k in kbc if k.kind == "name" and k.type in PLACE_TYPES}
    out = []
    for c in crf:
        dashes = [x for x in range(c.i + 1, c.j - 1) if toks[x].text in HYPHENS]
        if c.type in PLACE_TYPES and len(dashes) == 1:
            d = dashes[0]
            if (c.i, d) in places or (d + 1, c.j) in places:
                out += [replace(c, j=d), replace(c, i=d + 1)]
                continue
        out.append(c)
    return out


def _names_something_else(c: Cand, keys: Sequence[str]) -> bool:
    """A KB name that is part of a larger name of another kind: a legislature naming a
    constituency ("दरभंगा लोकसभा क्षेत्र"), a place naming a programme ("स्वच्छ भारत अभियान")."""
    if c.j >= len(keys) or c.kind != "name":
        return False
    nxt = keys[c.j]
    return (c.type == "ORGANIZATION" and nxt in CONSTITUENCY_WORDS) or (
        c.type in PLACE_TYPES and nxt in PROGRAMME_HEADS
    )


def _starts_longer_name(c: Cand, crf: Sequence[Cand]) -> bool:
    """A KB person of no office that begins a longer tagger span: an institution or place named
    after them ("जवाहरलाल नेहरू मेडिकल कॉलेज", "छत्रपति शिवाजी टर्मिनल", "इंदिरा गांधी एयरपोर्ट")
    or another person who shares the names ("भगत सिंह कोश्यारी", "विवेकानंद झा"). The tagger's
    span is then read (longest first); office-holders keep their KB span, which events need
    (round ner19: the KB's historical figures, read on the COVID corpus's day files)."""
    if c.source != "kb" or any(e.roles for e in c.entries):
        return False
    return any(k.i == c.i and k.j > c.j for k in crf)


INITIAL_KE = deva_key("के")
# Words of the title clusters that are no office (a versus, a hero, a writer, a surname, a
# resident): "<word> के <name>" after them is a genitive. By hand from the clusters' words.
NO_OFFICES = frozenset(
    deva_key(w)
    for w in (
        "बनाम", "नायक", "लेखक", "चैंपियन", "सिंधिया", "निवासी", "प्रधान", "हेड", "शोधकर्ता",
        "विशेषज्ञ", "वैज्ञानिक", "कोच", "&", "on", "चिकित्सक", "फिजिशियन", "सर्जन",
    )
) | CALLINGS


def _without_common_nouns(cands: list[Cand], keys: Sequence[str]) -> list[Cand]:
    """``cands`` less a common noun for people or an everyday loan noun alone, which is no
    person's name (round ner20), and an abbreviation of a thing alone (ओपीडी, सेंसेक्स), no name
    at all (round ner21)."""
    if NOT_ONE_WORD_NAMES.isdisjoint(keys) and COMMON_ACRONYMS.isdisjoint(keys):
        return cands  # no such word in the sentence (most; asked in C first: round sp15)
    return [
        c for c in cands
        if not _common_noun_person(c, keys)
        and not (c.kind == "name" and c.j - c.i == 1 and keys[c.i] in COMMON_ACRONYMS)
    ]


def _common_noun_person(c: Cand, keys: Sequence[str]) -> bool:
    """A one-word person that is a common noun (:data:`.rules.NOT_ONE_WORD_NAMES`)."""
    return (
        c.type == "PERSON" and c.kind == "name" and c.j - c.i == 1 and keys[c.i] in NOT_ONE_WORD_NAMES
    )


def _through_initials(rules: list[Cand], crf: Sequence[Cand], keys: Sequence[str]) -> list[Cand]:
    """A title's person cut at an initial that is also a postposition ("मुख्यमंत्री [कोनराड] के
    संगमा ने", "डा [एस] के वर्मा ने") runs on to the end of the tagger's person over it, when
    the words after the initial are no function words and not only everyday words (round ner20:
    the title rule stops at के, a case marker; the tagger's person then lost to it). "डॉ सुधीर
    के मुताबिक" stays cut (मुताबिक is an everyday word)."""
    out = []
    for r in rules:
        if r.type == "PERSON" and r.kind == "name" and r.j < len(keys) and is_letter_name(keys[r.j]):
            c = next(
                (c for c in crf if c.type == "PERSON" and c.i < r.j and r.j + 1 < c.j), None
            )
            if c is not None and all(
                keys[x] not in STOP and not is_ordinary_word(keys[x])
                for x in range(r.j + 1, c.j)
                if not is_letter_name(keys[x])
            ):
                r = replace(r, i=max(r.i, c.i), j=c.j)  # the tagger leaves "डा" out
        out.append(r)
    return out


def _initial_after_title(
    accepted: list[Cand], toks: Sequence[Tok], keys: Sequence[str], kb: KB, taken: set[int]
) -> list[Cand]:
    """A person's name right after "<title> के" begins with the initial के ("मुख्यमंत्री के
    पलानीस्वामी", "जिलाधिकारी के विजयेंद्र पांडियन"): a title takes no genitive before the name
    of the person who holds it (round ner20: on 12,492 corpus sentences with के or a bracket,
    every "<word> के <person>" whose word is a title reads so, the 44 others are genitives)."""
    out = []
    for c in accepted:
        x = c.i - 1
        if (
            c.type == "PERSON"
            and c.kind == "name"
            and x >= 1
            and keys[x] == INITIAL_KE
            and x not in taken
            and keys[x - 1] != INITIAL_KE
            and (
                kb.title_of(toks[x - 1].text)
                or (is_title_word(keys[x - 1]) and keys[x - 1] not in NO_OFFICES)
            )
        ):
            c = replace(c, i=x)
            taken.add(x)
        out.append(c)
    return out


@dataclass(frozen=True)
class Known:
    """The KB and rule candidates of one sentence, found with a set of the document's names.

    The stage reads each sentence twice (once to learn which full names the document has, once
    for its mentions); the names change these candidates only where a very short form asked for
    them (``asked``), so the second pass mostly reuses the first one's (half the KB work).
    """

    names: frozenset[str]
    kbc: list[Cand]
    rules: list[Cand]
    asked: bool

    def valid_for(self, full_text_names: set[str]) -> bool:
        return not self.asked or self.names == full_text_names


def known_candidates(
    toks: Sequence[Tok], kb: KB, full_text_names: set[str], keys: Sequence[str] | None = None
) -> Known:
    """KB matches (less those naming something else) and the rule candidates built on them."""
    kbc, asked = _kb_candidates(toks, kb, full_text_names)
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    if kbc:  # none in 59% of the sentences (round sp10, as in recognise)
        if not (CONSTITUENCY_WORDS.isdisjoint(keys) and PROGRAMME_HEADS.isdisjoint(keys)):
            # (a KB name names something else only before one of these words: the sentence
            # asked in C first, round sp15)
            kbc = [c for c in kbc if not _names_something_else(c, keys)]
        # An alias the training annotation does not call a name (संसद) stays linked, as a
        # description.
        kbc = [
            replace(c, kind="descriptive")
            if c.kind == "name" and descriptive(c.type, keys, c.i, c.j) else c
            for c in kbc
        ]
    return Known(frozenset(full_text_names), kbc, rule_candidates(toks, kb, kbc, keys), asked)


def recognise(
    toks: Sequence[Tok],
    kb: KB,
    full_text_names: set[str],
    use_crf: bool = True,
    use_kb: bool = True,
    tagger: str = "default",
    known: Known | None = None,
    keys: Sequence[str] | None = None,
    tags: Sequence[str] | None = None,
) -> list[Cand]:
    """All accepted candidates of one sentence: non-overlapping names plus nested role mentions.

    ``tagger``: "default" (the fast CRF) or "accurate" (``khabar[accurate]``, see
    :mod:`.accurate`). ``known``: this sentence's :func:`known_candidates` from an earlier pass,
    used where still valid for ``full_text_names``. ``keys``: the words' :func:`deva_key`, when
    the caller has them (the stage reads each sentence in two passes). ``tags``: the tagger's
    tags of the sentence when the caller has them (see :func:`crf_candidates`)."""
    keys = keys if keys is not None else [deva_key(t.text) for t in toks]
    kbc: list[Cand] = []
    rules: list[Cand] = []
    if use_kb:
        if known is None or not known.valid_for(full_text_names):
            known = known_candidates(toks, kb, full_text_names, keys)
        kbc, rules = known.kbc, [*known.rules]
    crf = crf_candidates(toks, kb, tagger, keys, tags) if use_crf else []
    # Round sp10 (issue 16): each step below over a list that may be empty runs only when it
    # is not (rules are empty in 97% of the calls over the allowed --days 40 sample, the tagger's
    # spans in 66%, the KB's in 42%): a comprehension is a function call in CPython 3.11, and
    # over an empty list each gave an empty list
    if crf and any(c.type == "ORGANIZATION" for c in crf):
        persons = [c for c in kbc + rules + crf if c.kind == "name" and c.type == "PERSON"]
        crf = _named_after_people(crf, persons, toks, keys)
        orgs = [c for c in crf if c.type == "ORGANIZATION"]
        # the person an institution is named after is no name of its own there
        rules, crf = (
            [c for c in cands if not (c.type == "PERSON" and any(
                o.i <= c.i and c.j <= o.j and o.j - o.i > c.j - c.i for o in orgs))]
            for cands in (rules, crf)
        )
    if use_kb:
        rules += structure_candidates(toks, keys, kb, crf)
    # Round ner20: only where the KB knows the acronym or the tagger has an organisation there;
    # every such name added where neither had one (भारतीय खाद्य निगम, एनएचएआई's full name: 12 on
    # the corpus sample, all right) moved IL-NER dev 0.805 -> 0.807 but took the stories gate's
    # 2020-04-02 B-cubed F1 0.95 -> 0.931 (not read: a gold day).
    brackets = bracketed_full_names(toks, keys, kbc)  # most sentences: none
    if brackets:
        brackets = [
            b for b in brackets
            if b.entries or any(c.type == "ORGANIZATION" and c.i < b.j and b.i < c.j
                                for c in crf + rules)
        ]
    if not (kbc or rules or crf or brackets):
        # No candidate from any source: nothing below can accept, nest, add or retype one (the
        # acronym and list steps start from accepted names). 2,904 of the 7,598 calls over
        # scale.py --days 16 (round sc38); the same empty list as the steps gave.
        return []
    nested = ([c for c in rules if c.nests] if rules else []) + (
        [c for c in kbc if c.type in NESTING_TYPES] if kbc else []
    )
    # Round sp15 (issue 16): the filters by nested and known spans below run only where there
    # is one (most sentences have no nested candidate, and a KB match of a nesting type is one):
    # a filter by nothing keeps every candidate.
    if kbc:
        if nested:
            groups = [c for c in nested if c.type == "GROUP"]
            # The adjective of an unnamed group (यूरोपियन in "यूरोपियन लीडर्स") is part of the
            # group.
            kbc = [
                c
                for c in kbc
                if c.type not in NESTING_TYPES
                and not (c.kind == "adjectival" and any(g.i <= c.i and c.j <= g.j for g in groups))
            ]
        kbc = _short_forms_in_names(kbc, crf, keys)
        kbc = [_with_initials(c, toks, keys) for c in kbc]
    if rules:
        rules = _through_initials(rules, crf, keys)
    if rules:
        rules = _without_common_nouns(rules, keys)
    if crf:
        crf = _without_common_nouns(crf, keys)
    if crf:
        # A CRF span never swallows a known person (शी-पुतिन, "लेकर पुतिन") or named event; it
        # may swallow a place or an adjective (the organisations "भारत सरकार", "अमरीकी सेना").
        people = [
            c
            for c in kbc + rules
            if c.kind == "name" and c.type == "PERSON" and not _starts_longer_name(c, crf)
        ]
        if nested:
            people += [c for c in nested if c.type in NESTING_TYPES]
        if people:
            crf = [c for c in crf if not any(k.i < c.j and c.i < k.j for k in people)]
        if nested:
            # Nor is it a name inside an unnamed group or office ("यूरोपियन लीडर्स" is
            # role-only).
            crf = [c for c in crf
                   if not any(g.nests and g.i <= c.i and c.j <= g.j for g in nested)]
        # Nor does it join two or more known names that tile it ("बीजिंग-मॉस्को" is two
        # cities): it adds no word the KB has not placed.
        # (none can be where the KB has fewer than two names: round sp15, asked once)
        if sum(c.kind == "name" for c in kbc) > 1:
            crf = [c for c in crf if not _tiled_by_kb_names(c, kbc, toks)]
        crf = _split_place_pairs(crf, kbc, toks)
    names = ([c for c in rules if not c.nests] if rules else []) + brackets
    accepted: list[Cand] = []
    taken: set[int] = set()
    # Longest span first (a CRF organisation "अमरीकी सेना" beats the KB adjective inside it);
    # on equal spans the KB, then the rules, then the CRF.
    # A KB alias that begins with a title ("President Xi") yields to the bare name it overlaps
    # ("President Xi Jinping" is Xi Jinping, titled).
    def rank(c: Cand) -> tuple[int, int, bool, int]:
        titled = c.j - c.i > 1 and _title_at(toks, kb, c.i + 1) is not None
        return (c.i - c.j, _SOURCE_ORDER[c.source], titled, c.i)

    pool = kbc + names + crf
    if len(pool) > 1:  # one candidate is its own order (round sp10: no ranks read for it)
        pool.sort(key=rank)
    for c in pool:
        span = set(range(c.i, c.j))
        if span & taken:
            continue
        accepted.append(c)
        taken |= span
    accepted = _initial_after_title(accepted, toks, keys, kb, taken)
    # (read only where there is a bracket, as bracketed_acronyms reads them: round sp10)
    org_ends = (frozenset(c.j for c in accepted if c.type == "ORGANIZATION") if "(" in keys
                else frozenset())
    for x in bracketed_acronyms(toks, keys, org_ends):
        if x not in taken:
            accepted.append(Cand(x, x + 1, "ORGANIZATION", "rule", "name", [], 0.7))
    found = _agree_in_lists(toks, keys, accepted, taken) + nested
    if len(found) > 1:
        found.sort(key=_text_order)
    return found


# Candidates' sources in the order ``recognise`` prefers them on equal spans, and the order it
# returns candidates in.
_SOURCE_ORDER = {"kb": 0, "rule": 1, "crf": 2}


def _text_order(c: Cand) -> tuple[int, int]:
    return (c.i, -c.j)


_LIST_CLASS = {"PERSON": "PER", "ORGANIZATION": "ORG", **{t: "LOC" for t in PLACE_TYPES}}
_CLASS_TYPE = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}


def _agree_in_lists(
    toks: Sequence[Tok], keys: Sequence[str], accepted: list[Cand], taken: set[int]
) -> list[Cand]:
    """The accepted candidates once the names of each list agree in type (:func:`list_agreement`):
    tagger names retyped, and list items the tagger missed added as rule names."""
    n = len(keys)
    if LIST_JOINERS.isdisjoint(keys):
        return accepted  # no joiner at all (asked in C first: round sp10)
    names = [c for c in accepted if c.kind == "name" and c.type in _LIST_CLASS]
    if not any(c.j < n and keys[c.j] in LIST_JOINERS for c in names):
        return accepted  # most sentences: no name followed by a joiner, so no list
    out = accepted
    # Twice: an item added in the first pass can join two parts of one list ("पोपनगर ,
    # [होंडुराज] , भारत"), whose names then agree in the second.
    for _ in range(2):
        names.sort(key=lambda c: c.i)
        retyped, added = list_agreement(
            toks, keys, [(c.i, c.j, _LIST_CLASS[c.type], c.source == "crf") for c in names], STOP
        )
        new_type = {id(names[x]): _CLASS_TYPE[label] for x, label in retyped.items()}
        new = [
            Cand(i, j, _CLASS_TYPE[label], "rule", "name", [], 0.6)
            for i, j, label in added
            if not any(x in taken for x in range(i, j))
        ]
        out = [replace(c, type=new_type[id(c)]) if id(c) in new_type else c for c in out] + new
        if not new:
            break
        taken = taken | {x for c in new for x in range(c.i, c.j)}
        names = [c for c in out if c.kind == "name" and c.type in _LIST_CLASS]
    return out
