"""Rules of particular event kinds: screenings, repatriations, help sent abroad, goods ordered.

Why apart: :func:`khabar.events.hindi.extract_sentence` applies the rules every candidate goes
through, in their order; a few kinds of event need a reading of the sentence of their own, kept
here with the rounds that found them: a planned check of arriving travellers is a screening
(:func:`_screening`), people are brought back only when stranded or from abroad and not by an
airlift already an event (:func:`_brought_from_abroad`, :func:`_aid_done_by`), an evacuation
sent with a vehicle between its purpose and its verb (:func:`carried`), a team sent to a
foreign country is aid (:func:`_sent_abroad`), goods ordered are a purchase
(:func:`_goods_ordered`), one's own offices closed are one's own affair (:func:`_own_office`), a
trigger's excluded contexts (:func:`_holds_phrase`), concern voiced on the way to an appeal is the
appeal's motive (:func:`_concern_of_appeal`), and a warning threatens only a coercion its warner
can enforce, on whom the coercion it holds is on (:func:`_may_enforce`,
:func:`_threatened_targets`); and the type a few objects give their event: money approved or a
sum sanctioned is aid (:func:`_approved_funds`, :func:`sanctioned_sum`), shops ordered reopened an
easing (:func:`ordered_reopening`).
"""

from __future__ import annotations

from ..model import Event
from .actors import above_countries
from .anaphora import people_head
from .arguments import Roles
from .candidates import Candidate
from .clause import PARTICLES, SentenceView, Token, Unit, is_break, unit_actors
from .conjoined import _while_doing
from .lexicon import Trigger, TriggerLexicon
from .objects import public_addressee
from .parties import _people_only
from .roles import assign_roles
from .timexowner import _clause_start
from .verbforms import _QUOTES
from .voice import _passive

# Goods bought by an order ("2.22 करोड़ किट के आदेश दिए हैं"): a purchase order, no directive to
# anyone (round ev70: the one such order of 320 corpus day files outside the gold's days, found
# once a decimal point no longer cut the clause; the self-annotated stand-in C codes "पीपीई किट का
# ऑर्डर दिया गया" null). Only the goods word right before the genitive of the order.
_GOODS = frozenset(
    {"किट", "किटों", "टेबलेट", "टैबलेट", "टेबलेटों", "टैबलेटों", "वेंटिलेटर", "वेंटिलेटरों", "गोलियों"}
)


def _holds_phrase(sv: SentenceView, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the sentence holds one of ``phrases`` (token sequences), e.g. "बॉक्स ऑफिस"."""
    words = sv.texts
    return any(
        words[i : i + len(p)] == list(p) for p in phrases for i in range(len(words) - len(p) + 1)
    )


def _goods_ordered(sv: SentenceView, cand: Candidate) -> bool:
    toks = sv.tokens
    k = cand.first
    return k >= 2 and toks[k - 1].text in {"के", "का", "की"} and toks[k - 2].text in _GOODS


# Round ev82 (issue 13): a check of a group of people announced for what is to come ("विदेश यात्रा
# कर भारत आने वाले सभी यात्रियों की हवाईअड्डों पर जांच की जाएगी", a core miss of the spent stand-in
# L; "इटली और ईरान से आने वाले सभी यात्रियों की भी जांच की जायेगी") is a screening, the measure
# "स्क्रीनिंग की जाएगी" names (COERCE screen, planned only), not an investigation with no target
# nor a test result. The planned passive "<people> की (… पर/से) जांच की जाएगी" of 264 corpus day
# files outside the gold's days and the held-out sets: travellers, pilgrims and returning soldiers
# screened, all measures; not in a conditional ("अगर … तो इनकी दोबारा जांच की जाएगी": a retest),
# not of samples or one person ("नर्स की जांच": a test)
_STRANDED = frozenset({"फंसे", "फंसी", "फंसा", "फँसे", "फँसी"})  # repatriate: see triggers_hi.yaml
# Round ev92 (issue 13): people brought from a foreign country are evacuees as the stranded are
# ("ईरान से चौथे बैच के रूप में 53 लोगों को लाया गया है", a core miss of the unseen set Ta; "10
# मई तक करीब 4 हजार भारतीय नागरिक विदेशों से लाए गए", AU-2020-MAY-11.txt:10): a country other
# than India, or "विदेश(ों)", marked by से in the trigger's clause, and people brought: a को-object
# after it or a people noun before the trigger, not a possessor (samples and goods, "ईरान से
# भारतीयों के नमूने भारत लाये गये", "चीन से किट लाए गए", are neither).
_HOME_COUNTRY = "kb:country/IN"
# + "देशों" (round ev101, issue 13): "प्रभावित देशों से … वापस लाया गया", "… झेल रहे देशों से": in an
# Indian report "countries" people are brought from are foreign ones (a core miss of set Td)
_ABROAD = frozenset({"विदेश", "विदेशों", "देशों"})
_PEOPLE_BROUGHT = frozenset(
    {"भारतीय", "भारतीयों", "नागरिक", "नागरिकों", "लोग", "लोगों", "छात्र", "छात्रों", "यात्री",
     "यात्रियों", "तीर्थयात्री", "तीर्थयात्रियों"}
)


def _brought_from_abroad(sv: SentenceView, cand: Candidate) -> bool:
    """A foreign country (or "विदेशों") with से before the trigger in its clause, then people."""
    toks = sv.tokens
    start = _clause_start(sv, cand.first)
    for k in range(start, cand.first - 1):
        if toks[k + 1].text != "से":
            continue
        unit = next((u for u in sv.units if u.last == k and u.mentions), None)
        foreign = toks[k].text in _ABROAD or (
            unit is not None
            and all(m.type == "COUNTRY" and m.entity_id != _HOME_COUNTRY for m in unit.mentions)
        )
        if foreign:
            return any(t.text == "को" for t in toks[k + 2 : cand.first]) or any(
                toks[j].text in _PEOPLE_BROUGHT and toks[j + 1].text not in {"के", "की", "का"}
                for j in range(start, cand.first)
            )  # "भारतीयों के नमूने": their samples were brought
    return False


# Round ev108 (issue 13): a team sent to a foreign country is help sent there ("भारत गुरुवार को
# डॉक्टरों की एक टीम को इटली भेजेगा जो वहां फंसे भारतीय छात्रों के नमूने लेगी", a core AID of the
# unseen set Td; "सरकार ने छह सदस्यीय चिकित्सा दल ईरान भेजा"), where one sent within the country is
# a deployment (MOBILIZE): a country other than India, or "विदेश(ों)", between the team and the verb
# (warships sent abroad stay MOBILIZE: the armed forces' own entry).
_TEAMS = frozenset({"टीम", "टीमें", "टीमों", "दल", "दलों"})
_ABROAD_WORDS = _ABROAD - {"देशों"}  # "देशों" alone may be states of India's own
# a country named as a border or a neighbour is no destination abroad ("… एक टीम को नेपाल सीमा पर
# भेजा", "नेपाल से सटे गांवों में": the review of round ev108)
_NOT_DESTINATION = frozenset({"सीमा", "बॉर्डर", "बार्डर", "से", "सटे", "सीमावर्ती"})
# the team's words and its destination stand within 8 tokens of the team word in every one of the
# 8 teams sent of the 250 allowed corpus day files (round ev108)
_TEAM_REACH = 8


def _sent_abroad(sv: SentenceView, cand: Candidate) -> bool:
    """A team's MOBILIZE whose words before its "भेज-" verb name a foreign country."""
    toks = sv.tokens
    if toks[cand.first].text not in _TEAMS:
        return False
    for k in range(cand.last + 1, min(cand.last + _TEAM_REACH, len(toks))):
        if toks[k].text.startswith("भेज"):
            return False
        unit = next((u for u in sv.units if u.first <= k <= u.last and u.mentions), None)
        after = unit.last + 1 if unit is not None else k + 1
        if after < len(toks) and toks[after].text in _NOT_DESTINATION:
            continue  # "नेपाल सीमा पर": a border at home
        if toks[k].text in _ABROAD_WORDS or (
            unit is not None
            and all(m.type == "COUNTRY" and m.entity_id != _HOME_COUNTRY for m in unit.mentions)
        ):
            return True
    return False


# Round ev190 (issue 13, acts with no trigger): a vehicle sent or run to bring people back ("भारत
# सरकार ने इन छात्रों को वापस लाने के लिए फ्लाइट भेज दी हैं", PK-2020-MAR-18.txt, a core miss of the
# rv28 audit; "… फंसे भारतीयों को लाने के लिए एयर इंडिया का विमान आज दोपहर बाद रवाना होगा",
# DJ-2020-MAR-14.txt) is an evacuation, AID, whoever is named as its sender. The purpose phrase is
# the trigger and the sending verb is reached a few words on (`reach`); what carries the people
# must stand between, or the purpose is an errand ("राशन लाने के लिए पत्नी को … भेजा",
# PK-2020-APR-11.txt). Vehicles the lexicon already reads as AID transport (ट्रेनें, बसें) and the
# armed forces' craft (MOBILIZE) are triggers of their own, which stop the reach, so they keep
# their event.
_VEHICLES = frozenset(
    {"विमान", "विमानों", "फ्लाइट", "फ्लाइटें", "फ्लाइट्स", "उड़ान", "उड़ानें", "उड़ानों", "जहाज"}
    | {"जहाजों", "बस", "ट्रेन", "ड्रीमलाइनर", "ग्लोबमास्टर"}
)


def carried(sv: SentenceView, cand: Candidate) -> bool:
    """A vehicle named between an evacuation's purpose phrase and its sending verb (the first of
    the entry's light verbs after the form), or right after that verb when it is the participle
    that describes the vehicle (round ev199: "ईरान से भारतीयों को निकालने के लिए सोमवार रात भारत से
    रवाना हुआ एयरफोर्स का सी-17 ग्लोबमास्टर … को लेकर भारत पहुंच गया है", a core miss of the
    tuning set Uk)."""
    toks = sv.tokens
    for k in range(cand.last + 1, len(toks)):
        if toks[k].text in cand.trig.light:
            return _described(sv, k + 1)
        if toks[k].text in _VEHICLES:
            return True
    return False


_PARTICIPLES = frozenset({"हुआ", "हुई", "हुए", "हुईं"})
# words from the participle to the vehicle it describes: "एयरफोर्स का सी-17 ग्लोबमास्टर" is 4,
# "भारतीय वायुसेना का विशेष विमान" 5 (tuned on the Uk sentence and the allowed corpus day files'
# "रवाना हुआ/हुई <vehicle>", all within 5)
_DESCRIBED_REACH = 5


def vehicle_owner(sv: SentenceView, cand: Candidate) -> Unit | None:
    """The owner named before the vehicle an evacuation's participle describes ("रवाना हुआ
    एयरफोर्स का सी-17 ग्लोबमास्टर": the air force), the sender the clause before the verb does
    not name; None when the vehicle stands before the verb or has no owner."""
    toks = sv.tokens
    k = next((k for k in range(cand.last + 1, len(toks)) if toks[k].text in cand.trig.light), -1)
    if k < 0 or not _described(sv, k + 1):
        return None
    return next(
        (
            u for u in sv.units
            if u.first > k + 1 and u.marker in {"का", "के", "की"}
            and u.marker_end <= k + 1 + _DESCRIBED_REACH and unit_actors(u)
            and u.marker_end < len(toks)
            and any(t.text in _VEHICLES for t in toks[u.marker_end : k + 2 + _DESCRIBED_REACH])
        ),
        None,
    )


def _described(sv: SentenceView, k: int) -> bool:
    """Whether token ``k`` is the participle "हुआ/हुई/हुए" of the sending verb before it and a
    vehicle is its head a few words on, before a break or a case marker of another phrase."""
    toks = sv.tokens
    if k >= len(toks) or toks[k].text not in _PARTICIPLES:
        return False
    for m in range(k + 1, min(k + 1 + _DESCRIBED_REACH, len(toks))):
        if toks[m].text in _VEHICLES:
            return True
        if is_break(toks, m) or toks[m].text in {"ने", "को", "से", "में", "पर", ","}:
            return False
    return False


def _aid_done_by(sv: SentenceView, cand: Candidate, lex: TriggerLexicon) -> bool:
    """A conjunctive "X कर" right before the trigger (a place word may stand between) whose X
    starts an AID trigger ("एयरलिफ्ट कर भारत लाया जाएगा"): the bringing is that act's end, one
    event (round ev92)."""
    toks = sv.tokens
    for k in range(cand.first - 1, max(cand.first - 3, 0), -1):
        if toks[k].text == "कर":
            return any(t.type == "AID" for _, t in lex.index.get(toks[k - 1].text, []))
    return False


_SCREEN_REACH = 4  # words between the people's की and जांच: "हवाईअड्डों पर", "बुखार की"
_IF_WORDS = frozenset({"अगर", "यदि", "तो", "जब", "जितने", "जितना", "जितनी"})
# travellers, or people "coming/returning" (the screened are arrivals: contacts to be tested,
# "उन लोगों की भी जांच की जाएगी, जो … संपर्क में आए होंगे", are a case's follow-up, no measure)
_TRAVELLERS = frozenset({"यात्रियों", "श्रद्धालुओं", "पर्यटकों", "प्रवासियों", "मुसाफिरों"})
_ARRIVING = frozenset({"आने", "लौटने", "आए", "आये", "लौटे", "पहुंचे", "पहुंचने"})


def _arrivals(toks: list[Token], k: int) -> bool:
    """Word ``k`` is a plural people noun of travellers, or of people said to arrive a few
    words before it ("विदेश से आने वाले लोगों")."""
    word = toks[k].text
    if word in _TRAVELLERS:
        return True
    if not (word.endswith("ों") and people_head([word])):
        return False
    return any(t.text in _ARRIVING for t in toks[max(k - 4, 0) : k])


def _screening(sv: SentenceView, cand: Candidate, lex: TriggerLexicon) -> Trigger | None:
    """The screening entry of the lexicon for a planned passive "जांच" of a plural group of
    people, else None."""
    toks = sv.tokens
    if cand.trig.mode != "investigate" or cand.fronted or not _passive(cand):
        return None
    if _IF_WORDS & {t.text for t in toks[: cand.first]}:
        return None
    for k in range(cand.first - 1, max(cand.first - 2 - _SCREEN_REACH, 0), -1):
        if is_break(toks, k):
            return None
        if toks[k].text == "की" and _arrivals(toks, k - 1):
            return next(
                (t for _, t in lex.index.get("स्क्रीनिंग", ()) if t.mode == "screen"), None
            )
    return None


# round ev84: one's own offices closed may stand further back ("गूगल ने … अपने कार्यालयों में
# आवाजाही को प्रतिबंधित कर दिया": a company's own affair, as the gold's "a party closing its own
# office" is type null; the TYPE-B kind of the seeded sample 4, where Facebook closed its offices).
# Only an office noun right after the reflexive: "अपनी उड़ानें … बंद कर रही हैं" (an airline's
# flights, a service the gold codes as a measure) and an order's reflexive ("अस्पतालों को अपनी
# तैयारियां पूरी कर लेने का निर्देश": its addressees') stay. 282 corpus day files outside the gold's
# days and held-out sets: 1 more dropped, read.
_OFFICES = frozenset({"कार्यालय", "कार्यालयों", "दफ्तर", "दफ्तरों", "ऑफिस", "ऑफिसों", "परिसर"})
_OWN_FAR_MODES = frozenset({"close", "ban", "cancel", "seal"})


def _own_office(sv: SentenceView, cand: Candidate, start: int) -> bool:
    """A possessive reflexive 4-6 words before a close/ban/cancel/seal trigger, an office noun
    right after it."""
    if cand.trig.mode not in _OWN_FAR_MODES:
        return False
    toks = sv.tokens
    return any(
        toks[k].text in {"अपना", "अपनी", "अपने"} and toks[k + 1].text in _OFFICES
        for k in range(max(start, cand.first - 6), cand.first - 1)
    )


# round ev95 (issue 13, false positives of the unseen set Tc): concern voiced in an adverbial
# participle on the way to an appeal ("डा. गुलेरिया ने मरीजों के देर से अस्पताल पहुंचने पर चिंता
# व्यक्त करते हुए देशवासियों से … तत्परता दिखाने का आह्वान किया") is the appeal's motive, one act
# (the gold codes the REQUEST alone). Concern standing alone ("मंत्रालय ने बाजारों में भीड़ पर चिंता
# जाहिर की है", ACCUSE in the dev gold) and before a plain "कहा" is kept.
def _concern_of_appeal(
    sv: SentenceView, cands: list[Candidate], made: list[tuple[Event, int]]
) -> list[Event]:
    """Concern events in a "करते हुए" participle followed by the same agent's REQUEST."""
    out: list[Event] = []
    for ev, ci in made:
        cand = cands[ci]
        if ev.type != "ACCUSE" or sv.tokens[cand.first].text != "चिंता" or not _while_doing(cand):
            continue
        if any(
            later.type == "REQUEST" and cj > ci and set(later.source) & set(ev.source)
            for later, cj in made
        ):
            out.append(ev)
    return out


# Sectors of the state's own bodies, which do not take to the street (round ev82): a group of any
# other sector doing a bare "प्रदर्शन" protests ("वेतन नहीं मिलने पर स्वास्थ्यकर्मियों ने किया
# प्रदर्शन"), where teams, states and firms perform (the performance words stay excluded)
_STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "IGO"})


def _may_enforce(sv: SentenceView, roles: Roles) -> bool:
    """Whether a warner can carry out the coercion it warns of (round ev107): not when every
    source is a phrase no dictionary or KB names ("विशेषज्ञों", "वैज्ञानिकों": experts forecast), a
    body of many states (the WHO), or a group outside the state's own sectors."""
    if roles.source and all(s.startswith("text:") or above_countries(s) for s in roles.source):
        return False
    return not _people_only(sv, roles, _STATE_SECTORS)


def _threatened_targets(sv: SentenceView, warning: Candidate, coercion: Candidate, roles: Roles) -> None:
    """Whom a warning threatens (round ev107): whom the coercion its कि-clause holds is on ("…
    चेतावनी दी कि पाबंदियों का उल्लंघन करने वालों को … पृथक कर दिया जाएगा": the violators), read
    from the clause alone; else the public of the warner's place ("… चेतावनी दी कि … कड़ी
    कार्रवाई की जाएगी": a threat to all who break the rule), marked inferred."""
    inner = assign_roles(sv, coercion, warning.last + len(warning.verb) + 1)
    roles.args.extend(a for a in inner.args if a.role in {"target", "target_inferred"})
    roles.target.extend(inner.target)
    roles.pronoun_target = roles.pronoun_target or inner.pronoun_target
    if not roles.target and not roles.pronoun_target:
        public_addressee(sv, warning, roles)


# round ev61 (issue 13): an approval whose object is money or a package is aid, not an easing:
# "केंद्र सरकार ने … 'भारत COVID19 आपातकालीन … पैकेज' को मंजूरी दे दी है" (AU-2020-ARP-09.txt,
# unseen stand-in set G), "… के लिए 15,000 करोड़ रुपये की मंजूरी दी गई है" (AU-2020-ARP-22.txt,
# set C): two core misses coded CONCEDE. Heads read off the "<X> को/की मंजूरी/स्वीकृति" of the 381
# corpus day files (permission nouns अनुमति/इजाजत stay easings: money is approved, not permitted)
_FUND_APPROVALS = frozenset({"मंजूरी", "स्वीकृति", "अप्रूवल"})
_FUNDS = frozenset(
    {"रुपये", "रुपए", "रुपयों", "करोड़", "पैकेज", "राशि", "धनराशि", "फंड", "अनुदान", "बजट"}
)


# round ty3 (issue 13, audit au11 n2/n59, review rv49b #24): an approval of aid, of a facility
# or of a supply sent is aid granted, as the tuning pool X codes the Centre's "हरी झंडी" to a COVID
# hospital in every state (AID, CONCEDE also accepted): of the 64 approval-word events at main on
# the 280 allowed corpus day files, 3 approved such a thing and were CONCEDE ("… आर्थिक सहायता को
# मंजूरी दी", "… अस्पताल को भी हरी झंडी दे दी", "… टेबलेट भेजने को मंजूरी दी"); a particle may
# stand after the को ("को भी"), and the green flag ("हरी झंडी") is an approval. Permission nouns
# (अनुमति/इजाजत) and approvals of a drug, a kit or a trial stay easings, as pool Y codes the use of
# plasma therapy permitted (CONCEDE)
_GREEN_FLAG = ("हरी", "झंडी")
_GRANTED = frozenset({"सहायता", "डॉलर", "ऋण", "लोन", "कर्ज", "कर्ज़", "अस्पताल", "अस्पतालों", "भेजने"})


def _approved_funds(sv: SentenceView, cand: Candidate) -> bool:
    """The approval's को/की object ends in a sum, a package, aid, a hospital or a sending ("…
    करोड़ रुपये की मंजूरी", "… पैकेज' को मंजूरी", "… अस्पताल को भी हरी झंडी"), a closing quote
    between them allowed."""
    toks, i = sv.tokens, cand.first
    flag = i + 1 < len(toks) and (toks[i].text, toks[i + 1].text) == _GREEN_FLAG
    if toks[i].text not in _FUND_APPROVALS and not flag:
        return False
    k = i - 1
    if k > 0 and toks[k].text in PARTICLES:
        k -= 1  # "… अस्पताल को भी हरी झंडी"
    if k < 1 or toks[k].text not in {"को", "की"}:
        return False
    k -= 1
    while k > 0 and toks[k].text in _QUOTES:
        k -= 1
    return toks[k].text in _FUNDS or toks[k].text in _GRANTED


# round ev100 (issue 13, a seeded sample of 45 events on the 230 allowed corpus day files outside
# the tuning sets): a sum sanctioned with the verb "मंजूर किया" ("… आइसोलेशन वार्ड के लिए 50 करोड़ की
# राशि मंजूर की है", "विश्व बैंक ने … 20 करोड़ अमेरिकी डॉलर की सहायता मंजूर की है") is a grant
# (AID), not the acceptance of an offer: both "मंजूर" events of those files with such an object
# were AGREE accept; the object is the word right before the verb, or before its को/की
_SANCTIONED = frozenset({"मंजूर", "स्वीकृत"})
_SUMS = _FUNDS | frozenset({"सहायता", "डॉलर", "ऋण", "लोन", "कर्ज", "कर्ज़"})


def sanctioned_sum(sv: SentenceView, cand: Candidate) -> bool:
    """The trigger is "मंजूर"/"स्वीकृत" and its object ends in a sum ("… की राशि मंजूर की")."""
    toks, i = sv.tokens, cand.first
    if toks[i].text not in _SANCTIONED or i < 1:
        return False
    k = i - 1
    if toks[k].text in {"को", "की"} and k > 0:
        k -= 1
    return toks[k].text in _SUMS


# round ev111 (issue 13, precision on the unseen tuning set Ti): an order whose complement is a
# reopening ("सरकार ने कुछ जरूरी चीजों की दुकानों को खोलने के आदेश जारी किए हैं", "… ने शराब के ठेके
# खोलने का आदेश दे दिया") lets a trade or a place work again: an easing (CONCEDE), as the dev gold's
# rules code easing a restriction, not a coercion. The reopened object must be a trade or a place
# that a lockdown shuts (a control room or an account opened is neither); the 3 "<X> खोलने का/के
# आदेश" of the 250 allowed corpus day files all reopen shops or liquor vends (README, round ev111)
_ORDERS = frozenset({"आदेश", "निर्देश"})
_REOPENED = frozenset(
    {"दुकान", "दुकानें", "दुकानों", "बाजार", "बाजारों", "मार्केट", "ठेके", "ठेकों", "मॉल", "सैलून"}
    | {"उद्योग", "उद्योगों", "कारखाने", "कारखानों", "फैक्ट्री", "फैक्ट्रियों", "फैक्ट्रियां"}
    | {"दफ्तर", "दफ्तरों", "कार्यालय", "कार्यालयों", "पार्क", "पार्कों", "रेस्तरां", "होटल", "होटलों"}
)
# how far back from खोलने its को-object may stand: room for a time phrase ("सुबह सात बजे से"),
# set by hand, not tuned on any gold
_REOPENED_REACH = 6


def ordered_reopening(sv: SentenceView, cand: Candidate) -> bool:
    """The trigger is an order ("आदेश", "निर्देश", "आदेश जारी") right after "खोलने का/के/की",
    whose object is a trade or a place: the word before खोलने, or a को-phrase at most
    ``_REOPENED_REACH`` words before it ("दुकानों को सुबह सात बजे से खोलने का आदेश"), in its clause."""
    toks, i = sv.tokens, cand.first
    if toks[i].text not in _ORDERS or i < 3 or toks[i - 1].text not in {"का", "के", "की"}:
        return False
    if toks[i - 2].text != "खोलने":
        return False
    if toks[i - 3].text in _REOPENED:
        return True
    for k in range(i - 3, max(0, i - 3 - _REOPENED_REACH), -1):
        if toks[k].text in {"ने", ","} or is_break(toks, k):
            return False
        if toks[k].text == "को":
            return toks[k - 1].text in _REOPENED
    return False
