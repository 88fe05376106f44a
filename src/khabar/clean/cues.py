"""Word lists and patterns the cleaner reads: stop words, page-furniture cues, outlets, wires, months.

These are facts about Hindi/English news pages in general (what a share widget, an author box or an
agency credit looks like), never about one page. Lists are small and explicit so a reviewer can
see why a line was dropped; per-outlet furniture that no list can foresee is learnt by
:class:`khabar.clean.templates.OutletTemplates` instead.
"""

from __future__ import annotations

import re

# Function words whose density separates running prose from menus and link lists (jusText's
# main signal). Hindi: postpositions, auxiliaries, pronouns, conjunctions; English: the usual.
HINDI_STOPWORDS: frozenset[str] = frozenset(
    ["का", "की", "के", "है", "हैं", "में", "से", "को", "ने", "पर", "और", "भी", "कि", "यह", "वह", "ये", "वे", "इस", "उस", "इन", "उन", "था", "थी", "थे", "थीं", "हो", "होगा", "होगी", "होंगे", "गया", "गई", "गए", "गयी", "कर", "करने", "करते", "करता", "करती", "किया", "की", "किए", "किये", "लिए", "लिये", "एक", "तो", "ही", "नहीं", "न", "जो", "तक", "साथ", "बाद", "पहले", "अपने", "अपनी", "अपना", "उन्होंने", "उनके", "उनकी", "उनका", "इसके", "इसकी", "इसका", "उसके", "उसकी", "उसका", "रहा", "रही", "रहे", "होने", "हुई", "हुआ", "हुए", "जा", "जाता", "जाती", "जाते", "सकता", "सकती", "सकते", "कहा", "बताया", "या", "व", "एवं", "तथा", "लेकिन", "परंतु", "मगर", "क्योंकि", "जब", "तब", "यहां", "वहां", "यहाँ", "वहाँ", "कोई", "कुछ", "सभी", "सब", "बहुत", "अब", "फिर", "द्वारा", "प्रति", "बीच", "ओर", "तरफ", "हम", "मैं", "आप", "तुम", "हमारे", "हमारी", "उन्हें", "इसे", "उसे", "जिस", "जिसे", "जिसके", "जिसकी", "जिन्होंने", "वाले", "वाली", "वाला", "रूप", "दौरान", "अभी", "होता", "होती", "होते"]
)
ENGLISH_STOPWORDS: frozenset[str] = frozenset(
    ["the", "a", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "these", "those", "it", "its", "on", "at", "by", "for", "with", "as", "from", "but", "not", "he", "she", "they", "we", "you", "his", "her", "their", "our", "them", "who", "which", "what", "when", "where", "will", "would", "can", "could", "said", "says", "after", "before", "about", "into", "than", "then", "there", "also", "more", "most", "other", "over", "such", "only", "new", "one", "two", "i", "my", "me", "him", "us", "do", "does", "did", "so", "if", "no", "up", "out", "all", "any"]
)

# Whole-line page furniture: navigation, share/follow widgets, promos, author box, read-more
# links. A line matching one of these (and short, see ``SHORT_CUE_MAX``) is boilerplate.
_FURNITURE = [
    r"share",
    r"shares?\s+share",
    r"follow\s+us(\s+on)?",
    r"more",
    r"read\s+more",
    r"also\s+read",
    r"advertisement",
    r"sponsored",
    r"subscribe",
    r"sign\s+in",
    r"log\s*in",
    r"e-?paper",
    r"tags?:?",
    r"comments?",
    r"related( news| articles?| stories)?",
    r"और\s+पढ़ें",
    r"(यह|ये)\s+भी\s+पढ़ें.*",
    r"अभी\s+पढ़ें",
    r"पूरा\s+पढ़ें",
    r"आगे\s+पढ़ें",
    r"विज्ञापन",
    r"फॉलो\s+करें.*",
    r"शेयर(\s+करें)?",
    r"सब्सक्राइब(\s+करें)?",
    r"लेखक\s+के\s+बारे\s+में",
    r"about\s+the\s+author",
    r"संक्षेप\s*:?",
    r"सारांश\s*:?",
    r"highlights?\s*:?",
    r"खास\s+बातें\s*:?",
    r"summary\s*:?",
    r"टॉपिक(्स)?\s*:?",
    r"topics?\s*:?",
    r"latest\s+news",
    r"(hindi|international|national|world|india)\s+news",
    r"ताज़?ा\s+खबरें",
    r"लेटेस्ट\s+खबरें",
]
FURNITURE_LINE = re.compile(r"^\W*(?:" + "|".join(_FURNITURE) + r")\W*$", re.IGNORECASE)

# Cues that may sit anywhere in a short line and mark it as furniture (a glued menu, an app promo,
# a call to read on). Matched case-insensitively.
FURNITURE_INFIX = re.compile(
    r"epaper|ई-\s*पेपर|साइन\s+इन|sign\s+in|download\s+(the\s+)?app|ऐप\s+डाउनलोड|अभी\s+पढ़ें|"
    r"यहां\s+क्लिक|click\s+here|पढ़ने\s+के\s+लिए|follow\s+us|subscribe\s+to|"
    r"©|copyright|कॉपीराइट|all\s+rights\s+reserved|सर्वाधिकार",
    re.IGNORECASE,
)
# Lines this long or longer are never dropped on a cue alone (a body sentence may say "share").
# 160 chars: the longest furniture line in the seeds' outlet pages (footer link list, 140) plus
# margin; body paragraphs in the Hindi corpus are 200+ chars.
SHORT_CUE_MAX = 160

# An author box or closing matter: once seen after the body, the rest of the page is not story.
END_MARKER = re.compile(
    r"^\W*(?:लेखक\s+के\s+बारे\s+में|about\s+the\s+author|लेखक\s+परिचय|डिस्क्लेमर|disclaimer|"
    r"tags?|टॉपिक्स|related\s+(news|articles?|stories))\W*$",
    re.IGNORECASE,
)

# Label lines that announce the summary box: the next content line is the summary.
SUMMARY_LABEL = re.compile(
    r"^\W*(?:संक्षेप|सारांश|summary|highlights?|खास\s+बातें)\s*:?\W*$", re.IGNORECASE
)

# Symbols that mark promos and teasers (emoji, arrows), rare in news prose.
PROMO_SYMBOL = re.compile(r"[\u2728\u27a1\u2b50\u2b07\u25b6\U0001F300-\U0001FAFF]")

# Wire and agency credits, as written -> canonical name.
WIRES: dict[str, str] = {
    "ANI": "ANI",
    "एएनआई": "ANI",
    "एएनआइ": "ANI",  # Jagran's spelling
    "PTI": "PTI",
    "पीटीआई": "PTI",
    "IANS": "IANS",
    "आईएएनएस": "IANS",
    "भाषा": "Bhasha",
    "पीटीआई-भाषा": "PTI-Bhasha",
    "PTI-Bhasha": "PTI-Bhasha",
    "UNI": "UNI",
    "यूएनआई": "UNI",
    "वार्ता": "UNI-Varta",
    "एजेंसी": "agency",
    "एजेंसियां": "agency",
    "Reuters": "Reuters",
    "रॉयटर्स": "Reuters",
    "AFP": "AFP",
    "एएफपी": "AFP",
    "AP": "AP",
    "एपी": "AP",
    "Xinhua": "Xinhua",
}
_WIRE_ALT = "|".join(sorted((re.escape(w) for w in WIRES), key=len, reverse=True))
# A credit closing the last paragraph: "... किया गया. (ANI)" or "...। -भाषा" or "(इनपुट: एजेंसी)".
WIRE_SUFFIX = re.compile(
    r"\s*(?:\(\s*(?:इनपुट\s*[:-]?\s*|input\s*[:-]?\s*)?(" + _WIRE_ALT + r")\s*\)|"
    r"[-–—]\s*(" + _WIRE_ALT + r")|\b(" + _WIRE_ALT + r")\s*$)\s*$",
)
WIRE_IN_DATELINE = re.compile(r"^(?:" + _WIRE_ALT + r")$")

# Hindi news outlets: any alias (site name, Devanagari name, domain) -> canonical name. Used to
# recognise the outlet in a header, byline or footer and to cut it out of an author field.
OUTLETS: dict[str, tuple[str, ...]] = {
    "Live Hindustan": (
        "Live Hindustan", "livehindustan", "livehindustan.com", "Hindustan Hindi News",
        "लाइव हिन्दुस्तान", "लाइव हिंदुस्तान", "Dainik Hindustan", "हिन्दुस्तान", "हिंदुस्तान",
    ),
    "Dainik Jagran": ("Dainik Jagran", "jagran", "jagran.com", "दैनिक जागरण", "जागरण"),
    "Amar Ujala": ("Amar Ujala", "amarujala", "amarujala.com", "अमर उजाला"),
    "Navbharat Times": (
        "Navbharat Times", "navbharattimes", "navbharattimes.indiatimes.com", "नवभारत टाइम्स",
        "NBT",
    ),
    "Prabhat Khabar": ("Prabhat Khabar", "prabhatkhabar", "prabhatkhabar.com", "प्रभात खबर"),
    "Dainik Bhaskar": ("Dainik Bhaskar", "bhaskar", "bhaskar.com", "दैनिक भास्कर"),
    "Aaj Tak": ("Aaj Tak", "aajtak", "aajtak.in", "आजतक", "आज तक"),
    "NDTV India": ("NDTV India", "ndtv.in", "khabar.ndtv.com", "एनडीटीवी इंडिया", "NDTV"),
    "ABP News": ("ABP News", "abplive", "abplive.com", "एबीपी न्यूज़", "एबीपी न्यूज"),
    "Zee News": ("Zee News", "zeenews", "zeenews.india.com", "ज़ी न्यूज़", "जी न्यूज"),
    "News18 Hindi": ("News18 Hindi", "hindi.news18.com", "न्यूज18 हिंदी", "News18"),
    "Jansatta": ("Jansatta", "jansatta.com", "जनसत्ता"),
    "BBC Hindi": ("BBC Hindi", "bbc.com/hindi", "बीबीसी हिंदी", "बीबीसी हिन्दी"),
    "TV9 Bharatvarsh": ("TV9 Bharatvarsh", "tv9hindi", "tv9hindi.com", "टीवी9 भारतवर्ष"),
    "India TV": ("India TV", "indiatv.in", "इंडिया टीवी"),
    "Patrika": ("Patrika", "patrika.com", "पत्रिका", "राजस्थान पत्रिका"),
    "Punjab Kesari": ("Punjab Kesari", "punjabkesari.in", "पंजाब केसरी"),
    "Jagran Josh": ("Jagran Josh",),
    "Webdunia": ("Webdunia", "hindi.webdunia.com", "वेबदुनिया"),
    "Times Now Navbharat": ("Times Now Navbharat", "timesnowhindi.com", "टाइम्स नाउ नवभारत"),
    "Oneindia Hindi": ("Oneindia Hindi", "hindi.oneindia.com", "वनइंडिया हिंदी"),
    "The Lallantop": ("The Lallantop", "thelallantop.com", "द लल्लनटॉप", "लल्लनटॉप"),
    "DD News": ("DD News", "ddnews.gov.in", "डीडी न्यूज"),
    "Navbharat": ("Navbharat", "नवभारत"),
    "Naidunia": ("Naidunia", "naidunia.com", "नईदुनिया", "नई दुनिया"),
}
OUTLET_ALIASES: dict[str, str] = {
    alias.casefold(): canon for canon, aliases in OUTLETS.items() for alias in aliases
}
_OUTLET_ALT = "|".join(sorted((re.escape(a) for a in OUTLET_ALIASES), key=len, reverse=True))
OUTLET_IN_TEXT = re.compile(r"(?<![\w\u0900-\u097F])(?:" + _OUTLET_ALT + r")(?![\w\u0900-\u097F])",
                            re.IGNORECASE)

# Month names, English (full and short) and Hindi, -> month number.
MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan", "जनवरी"),
        ("february", "feb", "फरवरी", "फ़रवरी"),
        ("march", "mar", "मार्च"),
        ("april", "apr", "अप्रैल", "अप्रेल"),
        ("may", "मई"),
        ("june", "jun", "जून"),
        ("july", "jul", "जुलाई"),
        ("august", "aug", "अगस्त"),
        ("september", "sep", "sept", "सितंबर", "सितम्बर"),
        ("october", "oct", "अक्टूबर", "अक्तूबर"),
        ("november", "nov", "नवंबर", "नवम्बर"),
        ("december", "dec", "दिसंबर", "दिसम्बर"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

# Time zones as written in Indian bylines -> UTC offset.
ZONES: dict[str, str] = {"IST": "+05:30", "GMT": "+00:00", "UTC": "+00:00"}

# "Feb 04, 2026 08:42 pm IST", "04 फरवरी 2026, 08:42 PM IST", "Updated: 4 Feb 2026 20:42 IST",
# "Published by: ... Updated Wed, 04 Feb 2026 08:42 PM (IST)". The year is a publication year
# (19xx or 20xx, not followed by a digit) written in the same cell as the day and month (spaces,
# no tab): a market table row "16 मार्च<TAB>2713" or "9 मार्च<TAB>1941" (Sensex points) is no byline.
_PUB_YEAR = r"(?:19|20)\d\d(?!\d)"
BYLINE_DATETIME = re.compile(
    r"(?:(?P<mon1>" + _MONTH_ALT + r")\.?\s+(?P<day1>\d{1,2}),?[ \u00a0]+(?P<year1>" + _PUB_YEAR + ")"
    r"|(?P<day2>\d{1,2})\s+(?P<mon2>" + _MONTH_ALT + r")\.?,?[ \u00a0]+(?P<year2>" + _PUB_YEAR + "))"
    r",?\s*(?:(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
    r"\s*\(?(?P<zone>IST|GMT|UTC)?\)?",
    re.IGNORECASE,
)

# Finite auxiliaries (and modals) that close a Hindi clause: a body sentence ends in one
# ("... कहा गया है", "... पहुंचे थे", "... दे सकते"), a headline drops it ("केंद्र ने केरल को लिखा
# पत्र") or ends in a bare passive participle ("... संक्रमित पाया गया"), so गया/गई/गए and future
# forms are not here. Chosen on the even half of the hindi-covid-2020 day files (sorted paths),
# where 38 unpunctuated lines after body lines ended in one and were not body.
CLAUSE_FINAL_AUXILIARIES: frozenset[str] = frozenset(
    ["है", "हैं", "था", "थी", "थे", "थीं", "हूं", "हूँ", "सकता", "सकती", "सकते"]
)
