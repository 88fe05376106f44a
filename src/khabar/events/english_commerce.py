"""English trigger words in their business and figurative senses: no political act.

Why a module of its own: round ev175 (issue 13, item 5) drew 100 English events at random from
the tuning half of the TimeBank/AQUAINT and MEANTIME documents (seed 175) and judged each by hand:
49 were real acts, and 28 of the 51 false ones were business copy read as politics: "offered C$37
a share", "the initial public offering", "an inadequately priced takeover offer", "priced at 101
1/4 to yield 5.75%", "Shell eased 1 to 416", "sales declined 8.7%", "a four day rally with the
stock market's indexes", "signed a letter of intent to buy the company", "Airbus charge an added
cost", "decreased demand for American exports". English says which sense by the words around the
trigger: a price, a share, a sum or a purchase in the trigger's object, a number right after a
verb of movement, a market word before a noun. The other false kinds of the draw (and of two
fresh draws, 40 and 30 events) with a general construction are here too: "Army air assault
forces" (a trigger noun naming a unit), "meeting the immediate needs" (meeting a need),
"without any government aid" (an act said to be absent), "said in a release" (a press
release), "declined to comment" (nothing refused), "there are signs that" (a token).

Every word list is a closed class of general English (market and finance nouns, units, the
needs one meets), written from the language and checked on the audit's tuning documents and on
plover-gsr (type accuracy, source and target F1 not lower), never a phrase of one document.
:func:`business_sense` is asked by :func:`khabar.events.english_senses.resense` for every hit.
"""

from __future__ import annotations

from .lexicon import EnglishTrigger

Tok = tuple[int, int, str]

# Finance and market nouns: what a trade, an offer of shares or a price report is about. Tuned
# on nothing; a political act's object ("offered talks", "signed a treaty", "rejected the
# plan") holds none of them. Not "sales": a state's "arms sales" are politics (one plover-gsr
# record); a price "sales declined 8.7%" is told by its number.
_FINANCE = frozenset(
    {"share", "shares", "stake", "stakes", "stock", "stocks", "takeover", "buyout", "buyouts",
     "acquisition", "acquisitions", "bonds", "bond", "dividend", "dividends", "ipo", "equity",
     "debentures", "securities", "ownership", "bidders", "shareholders", "stockholders",
     "index", "indexes", "indices", "dow", "nasdaq", "earnings", "revenue", "revenues",
     "turnover", "profit", "profits", "cash"}
)
# A purchase as the offer's or the deal's end ("offer to buy 22 million shares"); "sell" is not
# one (a state "plans to sell weapons to Taiwan": one plover-gsr tune record).
_PURCHASE_VERBS = frozenset({"buy", "acquire", "purchase", "merge", "invest"})
# A sum of money: a currency sign or word ("US$ 7 billion", "942 million Canadian dollars").
_CURRENCY = frozenset(
    {"$", "€", "£", "¥", "dollars", "dollar", "euros", "euro", "pounds", "yen", "francs",
     "marks", "rupees", "cents"}
)
# ... unless the sum is aid or a loan to someone (PLOVER AID: "offered $5 million in aid").
_AID_WORDS = frozenset(
    {"aid", "assistance", "relief", "humanitarian", "loan", "loans", "grant", "grants",
     "donation", "donations", "reconstruction", "compensation", "reward", "ransom", "bailout"}
)
# What a sum prices in a trade.
_TRADES = frozenset({"deal", "bid", "order", "orders", "contract", "share", "price", "valued"})
# Market words before a noun trigger: "initial public offering", "takeover offer", "stock rally".
_MARKET_BEFORE = frozenset(
    {"public", "takeover", "tender", "share", "stock", "rights", "buyout", "bond", "market",
     "cash", "exchange", "price", "sales", "secondary", "selling", "buying", "inflationary",
     "downward", "upward"}
)
# What one charges that is money ("charge an added cost", "charged a fee").
_CHARGED_MONEY = frozenset(
    {"cost", "costs", "fee", "fees", "price", "prices", "rate", "rates", "interest", "premium",
     "premiums", "tax", "taxes", "commission", "tariff", "tariffs", "fare", "fares", "rent"}
)
# Adjectives of economic demand ("decreased demand for exports", "weak consumer demand").
_DEMAND_ECONOMY = frozenset(
    {"decreased", "increased", "reduced", "weak", "weaker", "weakening", "slowing", "consumer",
     "domestic", "export", "import", "oil", "energy", "sluggish", "robust", "booming", "seasonal",
     "customer"}
)
# Nouns a trigger noun names a unit or a profession with ("air assault forces", "bombing and
# evidence specialists", "bomb squad"): no act.
_UNIT_NOUNS = frozenset(
    {"force", "forces", "troops", "unit", "units", "squad", "squads", "team", "teams",
     "specialists", "specialist", "experts", "expert", "technicians", "brigade", "brigades",
     "division", "battalion", "regiment", "dogs", "shelter", "shelters", "disposal", "drill",
     "drills", "training", "school", "course", "gear", "capability", "capabilities"}
)
# What one "meets" that is no one: a need, a deadline (meeting = satisfying). Not "demands":
# meeting someone's demands is giving in to them, an act (one plover-gsr record).
_MET_NEEDS = frozenset(
    {"needs", "need", "deadline", "deadlines", "target", "targets",
     "requirement", "requirements", "standard", "standards", "expectations", "expectation",
     "challenge", "challenges", "goal", "goals", "obligations", "obligation", "costs",
     "criteria", "quota", "quotas", "conditions", "disasters", "emergencies", "threats",
     "shortfall", "payroll", "commitments"}
)
# What a speaker declines to do that is no act ("declined to comment", "refused to identify
# himself"): words of telling, general English.
_UNSAID = frozenset(
    {"comment", "specify", "identify", "say", "disclose", "discuss", "name",
     "confirm", "reveal", "answer", "speculate", "detail", "elaborate"}
)
# Verbs of price movement whose intransitive use with a number is a price ("eased 1 to 416",
# "declined 8.7%", "to yield 5.75%", "rallied 3%").
_MOVES = ("eas", "yield", "declin", "rall", "lift", "resist", "fell", "drop")
_CLAUSE_END = frozenset({".", ";", ":", "which", "who", "whom", "whose", "said", "says", "but"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def _word(toks: list[Tok], k: int) -> str:
    return toks[k][2].lower() if 0 <= k < len(toks) else ""


def _object_words(toks: list[Tok], last: int, width: int = 12) -> list[str]:
    """The words after the trigger up to the clause's end (its object and complements)."""
    out: list[str] = []
    for k in range(last + 1, min(len(toks), last + 1 + width)):
        w = toks[k][2].lower()
        if w in _CLAUSE_END:
            break
        out.append(w)
    return out


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in {"%", "one", "two", "three", "half"}


def commercial_object(toks: list[Tok], last: int) -> bool:
    """Whether the trigger's object is a trade: a finance noun ("C$37 a share", "LIN shares"), a
    purchase ("to buy the company", "offers to acquire"), or a sum that is not aid ("a deal for
    a further US$ 7 billion")."""
    words = _object_words(toks, last)
    # a finance noun, not the verb after "to" ("agreed to share information")
    if any(
        w in _FINANCE and before != "to" for before, w in zip([_word(toks, last), *words], words, strict=False)
    ):
        return True
    # the purchase is the object's own end, near the trigger ("offer to buy 22 million
    # shares"), not a clause's ("demanded that the US cancel plans to sell weapons")
    if any(w == "to" and nxt in _PURCHASE_VERBS for w, nxt in zip(words[:5], words[1:6], strict=False)):
        return True
    # a sum is a trade where it prices a deal, a bid or an order ("a deal for a further US$ 7
    # billion", "the $1.77 billion bid"), never aid or a state's loan
    # (or a price paid, "for $370 million")
    priced = any(
        w == "for" and (nxt in _CURRENCY or nxt in {"about", "some", "nearly"})
        for w, nxt in zip(words, words[1:], strict=False)
    )
    return (
        bool(set(words) & _CURRENCY)
        and (bool(set(words) & _TRADES) or priced)
        and not set(words) & _AID_WORDS
    )


def business_sense(
    toks: list[Tok], trig: EnglishTrigger, first: int, last: int
) -> bool:
    """Whether this use of the trigger reports business or a figure of speech, no political act
    (see the module docstring for the kinds and their examples)."""
    word = _word(toks, first)
    prev = _word(toks, first - 1)
    nxt = _word(toks, last + 1)
    one = first == last
    if "without" in {_word(toks, k) for k in range(first - 3, first)}:
        return True  # "without any government aid", "without a fight": an act said to be absent
    if one and word.startswith(_MOVES) and (
        _is_number(nxt) or nxt in {"to", "by"} and _is_number(_word(toks, last + 2))
        or any(c.isdigit() for c in prev) or prev.endswith("percent")
    ):
        # "Shell eased 1 to 416", "sales declined 8.7%", "to yield 5.75%", "a two-percent
        # decline"
        return True
    if trig.type in {"AGREE", "SUPPORT", "REJECT", "REQUEST", "CONSULT", "CONCEDE"} and (
        commercial_object(toks, last) or one and prev in _MARKET_BEFORE
    ):
        return True  # "offered C$37 a share", "initial public offering", "signed ... to buy"
    near = range(first - 6, last + 7) if trig.type != "PROTEST" else range(len(toks))
    if trig.type in {"PROTEST", "REJECT", "CONCEDE"} and word.startswith(_MOVES) and (
        {_word(toks, k) for k in near} & (_FINANCE | {"market", "markets"})
    ):
        # "a four day rally with the stock market's indexes", "declines in other markets";
        # a rally in a sentence about shares is theirs ("Indian shares on the Sensex index ...
        # fell ten percent ... before rallying")
        return True
    if trig.type == "REJECT" and nxt == "to" and _word(toks, last + 2) in _UNSAID:
        return True  # "declined to specify", "refused to identify himself": no act refused
    if prev == "to" and word in _UNSAID and _word(toks, first - 2).startswith(("declin", "refus")):
        return True  # "declined to discuss details": nothing discussed either
    if trig.type == "ACCUSE" and word.startswith("charg") and set(
        _object_words(toks, last, 5)
    ) & (_CHARGED_MONEY | _CURRENCY):
        return True  # "Airbus charge an added cost": a price, no charge against anyone
    if trig.type == "REQUEST" and word == "demand" and prev in _DEMAND_ECONOMY:
        return True  # "decreased demand for American exports": the market's demand
    if trig.type == "ASSAULT" and one and not word.endswith("s") and (
        nxt in _UNIT_NOUNS or nxt == "and" and _word(toks, last + 3) in _UNIT_NOUNS
    ):
        return True  # "air assault forces", "bombing and evidence specialists", "bomb squad"
    if trig.type == "CONSULT" and word.startswith("meet") and _met_need(toks, last):
        return True  # "meeting the immediate physical needs", "meet the deadline"
    if trig.type == "SUPPORT" and word in {"sign", "signs"} and (
        nxt in {"that", "of"} or prev in {"a", "the", "no", "any", "some", "are", "were", "clear"}
    ):
        return True  # "there are signs that", "a sign the relatives were desperate": a token
    # "said in a release", "a press release (released today)": a statement, nobody freed
    return trig.type == "RETREAT" and (
        word == "release" and (
            prev in {"press", "news"} or prev in {"a", "its", "their", "his", "her"}
            and _word(toks, first - 2) == "in" and nxt != "of"
        )
        or word == "released" and prev in {"release", "statement", "report", "communique"}
    )


_PREPOSITIONS = frozenset({"to", "with", "on", "in", "at", "for", "of", "by", "from", "about"})


def _met_need(toks: list[Tok], last: int) -> bool:
    """"meeting the immediate physical and emotional needs": the need is the verb's own object
    (no preposition between; "met on Tuesday to discuss the demands" is a meeting)."""
    for w in _object_words(toks, last, 6):
        if w in _PREPOSITIONS:
            return False
        if w in _MET_NEEDS:
            return True
    return False
