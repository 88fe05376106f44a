"""Who acted, where a speaker's words hold the act: reported speech and the first person.

Why a module of its own: Hindi news reports acts in what someone said ("ठाकरे ने कहा कि …
बंद रहेंगे", "उन्होंने कहा, सभी … का पालन करें") and in the speaker's own words ("हमने गांव को
सील कर दिया है", "मैं … अपील करता हूं"). These rules find the reported clause and its speaker,
a doer the reported clause names, the speaker who urges, the "मैं"/"हम" of whoever is speaking,
and remember who spoke last in the document, for :func:`khabar.events.hindi.extract_sentence`
and, for the first person and a quote's bare speaker, :mod:`khabar.events.parties`.
"""

from __future__ import annotations

from ..clean.dump import INTERVIEW_TURN
from ..model import Argument
from ..wordtokens import Token
from .acting import AUTHORITIES, goes_on
from .actors import entity_code, sector_of
from .addressees import ought_addressee, urged_subject
from .agent_anaphora import bare_agent_at
from .agents import officers_speaker_owner
from .arguments import Roles, add_role
from .candidates import Candidate
from .clause import (
    MARKERS_1,
    PARTICLES,
    DocContext,
    SentenceView,
    Unit,
    actor_of,
    is_break,
    is_place,
    unit_actors,
)
from .correlatives import relative_bound
from .gloss import gloss
from .glossary import modifier_at
from .joint_agents import joint_authority
from .light_reach import _KO_TOPIC
from .quotes import PERSON_IDS
from .reporting_bodies import passive_reporter
from .subjects import _FIRST_PERSON
from .urged import subject_in_clause
from .verbforms import _imperative_clause
from .voice import _AGENT_MARKED, _passive, _stays

_SPEECH = frozenset({"कहा", "बताया", "कहना", "स्पष्ट", "साफ", "ट्वीट", "घोषणा", "जानकारी"})
# Round ev194 (issue 13): "लिखा कि" reports the writer's own words when its clause is in the first
# person ("उन्होंने अपने ट्विटर वॉल पर लिखा कि … मैं देश के सभी सिविल सर्वेंट्स … को बधाई देता
# हूं", "उन्होंने ट्वीट में लिखा है कि … घोषणा का स्वागत करता हूं"): the writer is then its
# speaker. A letter's third-person clause ("ममता बनर्जी ने पीएम मोदी को लिखा है कि गृह मंत्री
# अमित शाह ने …") reports others' acts and stays out (on the 280 allowed corpus day files it
# gave a central team's visit to the home minister who told of it); a bare "पत्र लिखा" is an act
_WROTE = "लिखा"
_SPEECH_KI = _SPEECH | {_WROTE}
_I_FORMS = frozenset({"हूं", "हूँ"})
# The correlative that opens the main clause after a "जब"-clause, and the markers of the person
# that clause reaches (:func:`person_reached`)
_THEN = frozenset({"तो", "तब"})
_REACHED = frozenset({"से", "को"})


# Announcing and deciding verbs whose कि-clause is the act itself ("सरकार ने ऐलान किया कि 31 मार्च
# तक … स्कूल बंद रहेंगे", "… ट्रेडर्स ने फैसला किया है कि … बाजार बंद रहेंगे": tools/why_missed.py's
# "no agent" on corpus/hindi-covid-2020 outside the event gold, round ev18)
_DECLARED = frozenset({"ऐलान", "एलान", "फैसला", "फ़ैसला", "निर्णय"})


# What opens a direct quote after a verb of saying ("विभाग ने अपने बयान में कहा, “… आइसोलेट कर दिया
# गया है”"): the quote is the complement, as a कि-clause is (round ev93, issue 13: the held-out set
# Ta's health department quoted so lost its quarantine to the guessed government).
_QUOTE_OPENS = frozenset({",", ":", "“", '"'})
_SAID_QUOTING = frozenset({"कहा", "बताया"})  # the verbs such a quote follows


def _first_said(sv: SentenceView, cand: Candidate, k: int) -> bool:
    """The clause after the कि at ``k`` is the first person's up to the trigger: "मैं", "हम",
    "मैंने" or "हमने" in it, or the trigger's verb in the first person singular ("… करता हूं")."""
    return not _FIRST_SAID.isdisjoint(sv.texts[k + 1 : cand.first]) or not _I_FORMS.isdisjoint(
        cand.verb
    )


def _said_clause(sv: SentenceView, cand: Candidate) -> tuple[int, int] | None:
    """The token opening the reported clause that holds the trigger: the last कि before it ("ने
    कहा कि …", "ने ऐलान किया कि …"), else a quote opener right after कहा/बताया ("ने कहा, …", "ने
    बताया, “…"), where a speech, announcing or deciding verb stands right before it; with the
    last such verb (whose agent is the speaker); else None."""
    toks = sv.tokens
    k = sv.last_index("कि", cand.first)  # the last कि (round sp14: the word set asked first)
    if k < 0 and not _SAID_QUOTING.isdisjoint(sv.words):  # no कहा/बताया: no quote opened so
        ki = [
            k
            for k in range(1, cand.first)
            if toks[k].text in _QUOTE_OPENS and toks[k - 1].text in _SAID_QUOTING
        ]
        k = ki[-1] if ki else -1
    verbs = _SPEECH_KI if k >= 0 and toks[k].text == "कि" and _first_said(sv, cand, k) else _SPEECH
    speech = [j for j in range(max(k - 3, 0), k) if toks[j].text in verbs | _DECLARED]
    return (k, speech[-1]) if speech else None


# Round ev120 (issue 13, sources on unseen text): the third-person pronoun that opens the agent of
# a speaker's own कि-clause is the speaker ("मौलाना … ने कहा कि उन्होंने विदेश मंत्रालय को पत्र लिख
# मांग की है": reported speech turns "मैंने" into "उन्होंने"), not the agent an earlier sentence
# named, which DocContext.resolve gave. How far the speech verb may stand before कि: "ने कहा कि",
# "ने मीडिया से कहा कि", "ने बताया है कि".
_SAID_REACH = 4
# What may stand between that कि and the pronoun: a time or place adverbial ("कि पिछले हफ्ते
# उन्होंने"), never a clause of its own ("कि दिल्ली से लौटे 12 मजदूर गांव पहुंचे, उन्होंने …
# इनकार कर दिया": the workers refused, not the speaker; review rv16): at most this many tokens,
# none a clause break (a comma or other punctuation, a conjunction).
_PRONOUN_REACH = 3
_CLAUSE_BREAKS = frozenset({",", ";", ":", "और", "तथा", "एवं", "व", "लेकिन", "मगर", "जबकि", "तो"})


def speaker_in_clause(sv: SentenceView, unit: Unit) -> list[str] | None:
    """The actors of a ने-agent named in the same sentence whose speech verb's कि-clause opens
    before the pronoun ``unit`` (उन्होंने, इन्होंने), with no other agent and no other कि between;
    None where the pronoun has no such speaker (the earlier sentences' agents then answer)."""
    toks = sv.tokens
    before = [u for u in sv.units if u.marker == "ने" and u.marker_end <= unit.first]
    if not before or not (actors := unit_actors(before[-1])):
        return None
    ki = [k for k in range(before[-1].marker_end, unit.first) if toks[k].text == "कि"]
    if len(ki) != 1 or not any(
        toks[j].text in _SPEECH for j in range(max(ki[0] - _SAID_REACH, before[-1].marker_end), ki[0])
    ):
        return None
    between = toks[ki[0] + 1 : unit.first]
    if len(between) > _PRONOUN_REACH or any(
        t.text in _CLAUSE_BREAKS or not any(c.isalnum() for c in t.text) for t in between
    ):
        return None  # the pronoun opens a later clause, with its own subject before it
    return actors


# Round rv29 (issue 13, a precision audit of 100 random events over the 280 allowed corpus day
# files): an ergative pronoun that opens a conjunct of its own sentence points at that sentence's
# last ने-agent before it ("राजेश टोपे ने शनिवार को कहा कि … वृद्धि हुई है और उन्होंने लोगों से …
# अपील की है"), not at the agent of an earlier sentence, which DocContext.resolve gives (an
# earlier story's "रेलवे ने …").
_JOINS = frozenset({"और", "तथा", "एवं", ";"})
_ERGATIVE_PRONOUNS = frozenset({"उन्होंने", "इन्होंने"})


def conjunct_agent(sv: SentenceView, unit: Unit) -> list[str] | None:
    """The actors of the last ने-agent (no pronoun) of the sentence before the pronoun ``unit``
    when it opens a conjunct ("… और उन्होंने …") and no unmarked actor stands between them (the
    subject of a clause between, "… कि मजदूर गांव पहुंचे और उन्होंने …", may be whom it means);
    None otherwise."""
    toks = sv.tokens
    if unit.first < 1 or toks[unit.first].text not in _ERGATIVE_PRONOUNS:
        return None
    if toks[unit.first - 1].text not in _JOINS:
        return None
    before = [u for u in sv.units if u.marker == "ने" and u.marker_end <= unit.first]
    if not before or before[-1].anaphor or not (actors := unit_actors(before[-1])):
        return None
    if any(
        u.marker is None and before[-1].last < u.first < unit.first and unit_actors(u)
        for u in sv.units
    ):
        return None
    return actors


def person_reached(sv: SentenceView, unit: Unit) -> list[str] | None:
    """The actors of the one person a "जब"-clause with no agent of its own reaches ("से", "को")
    when the pronoun ``unit`` opens its "तो"-clause: "जब चिकित्सा अधीक्षक डॉ. जेसी पासी से संपर्क
    किया, तो उन्होंने मिलने से इंकार कर दिया" is the superintendent's refusal, not the agent of an
    earlier sentence's (round ev129, issue 13: the unseen tuning set Uh had the hospital). None
    where the clause names no such person, or more than one."""
    toks = sv.tokens
    k = unit.first - 1
    if k < 1 or toks[k].text not in _THEN:
        return None
    when = [j for j in range(k) if toks[j].text == "जब"]
    if not when:
        return None
    inner = [u for u in sv.units if when[-1] < u.first and u.last < k]
    if any(u.marker == "ने" for u in inner):
        return None
    people = [
        u
        for u in inner
        if u.marker in _REACHED and not u.anaphor and any(m.type == "PERSON" for m in u.mentions)
    ]
    return (unit_actors(people[0]) or None) if len(people) == 1 else None


def reported_clause(sv: SentenceView, ctx: DocContext) -> list[str] | None:
    """The actors of the speaker whose speech verb's कि-clause names the sentence's last named
    ने-agent ("किर्लोस्कर ने कहा कि … हमारी सरकार ने … अच्छा काम किया है"): the subject matter
    of the speaker, not who a later "उन्होंने" is, which stays the speaker (round ev129, issue 13:
    "उन्होंने कहा, ‘हमने सरकार से अनुरोध किया है …’" of the unseen tuning set Uh was the
    Government of India's). None where the sentence has no such agent. A direct quote is left
    out: a pronoun in the quote's next sentence is often one of the quote's own ("ट्रंप ने कहा,
    'विश्व स्वास्थ्य संगठन ने … । उन्होंने मेरी कड़ी आलोचना की …'").

    The speaker need not be a ने-agent (round ev133): a subject dropped or misspelt before the
    speech verb ("उन्होंन कहा कि पीएम मोदी ने …", DH-2020-MAR-05) is whoever a pronoun is now,
    and an unmarked named subject is itself, so the clause's agent is still reported speech."""
    if not sv.units:
        return None  # no unit, no agent (most sentences; round sp14: before the lists)
    toks = sv.tokens
    agents = [u for u in sv.units if u.marker == "ने"]
    named = [u for u in agents if not u.anaphor and unit_actors(u)]
    if not named:
        return None
    told = named[-1]
    speaker = agents[0] if agents[0] is not told else None
    for k in range(speaker.marker_end if speaker else 0, told.first):
        if is_break(toks, k):
            return None
        if toks[k].text in _SPEECH and toks[k + 1].text == "कि":
            if speaker is not None:
                return unit_actors(speaker) or None
            return _unmarked_speaker(sv, k, ctx) or None
    return None


def _unmarked_speaker(sv: SentenceView, speech: int, ctx: DocContext) -> list[str]:
    """The speaker of a speech verb at ``speech`` that no ने marks: a named subject before it
    with no postposition ("मंत्री कहा कि" as a typo), else the one a pronoun stands for now (the
    dropped or misspelt "उन्होंन कहा कि"): the last agents, or the speaker who reported them."""
    subjects = [
        u for u in sv.units if u.last < speech and u.marker is None and not u.anaphor
        and unit_actors(u) and not is_place(u)
    ]
    if subjects:
        return unit_actors(subjects[-1])
    if ctx.reported_by is not None and ctx.reported_by[1] == ctx.last_agents:
        return list(ctx.reported_by[0])
    return list(ctx.last_agents)


def _speaker(sv: SentenceView, cand: Candidate) -> list[str]:
    """The agent of a speech verb whose कि-clause holds the trigger ("ठाकरे ने कहा कि … बंद
    रहेंगे"), or of an announcement or decision ("ने ऐलान किया कि …"), or whose direct quote
    does ("ने कहा, “…”"): reported speech is coded by what the speaker does, unless the quote
    names its own agent ("कहा, केंद्र सरकार ने …")."""
    toks = sv.tokens
    said = _said_clause(sv, cand)
    if said is None:
        return []
    k, speech = said
    if toks[k].text != "कि" and any(t.text in _AGENT_MARKED for t in toks[k : cand.first]):
        return []  # the quote's own clause names its agent ("कहा, केंद्र सरकार ने …")
    agents = [
        u for u in sv.units
        if (u.marker == "ने" or passive_reporter(sv, u)) and u.marker_end <= speech
    ]  # "X की ओर से बताया गया कि …" reports as "X ने बताया कि …" does (round ev189)
    if not agents:
        agents = _saying_holder(sv, speech, cand)  # "X का कहना है कि …" (round ev150)
    owner = officers_speaker_owner(sv, agents[-1]) if agents else None
    if owner is not None:  # "नौसेना के अधिकारियों ने कहा कि …": the navy's word (ev197)
        return unit_actors(owner)
    actors = unit_actors(agents[-1]) if agents else []
    return [] if actors and all(_press(a) for a in actors) else actors


# Round ev150 (issue 13): "X का कहना है कि …" (X's saying is that …) reports X's words as "X ने
# कहा कि …" does: the genitive right before "कहना" is the speaker of an act its clause names no
# doer of, a passive or a state a closure is left in ("डीएम बीएन सिंह का कहना है कि इन्हें … घरों
# में रहने की सलाह दी गई है", "सीएमओ का कहना है कि स्कूल अभी एक-दो दिन बंद रहेगा"). The phrase
# is mostly an opinion or an account ("दुकानदारों का कहना है कि कई खरीदार … सलाह दे रहे हैं",
# "… का कहना है कि जापान और चीन जैसे देशों ने … लॉकडाउन किया है"): an active act there is its own
# subject's, which other rules find or miss; on the 280 allowed corpus day files the holder of
# such an active act was wrong 3 times of 3 (docs/events-rounds.md, round ev150).
_SAYING = "कहना"


def _saying_holder(sv: SentenceView, speech: int, cand: Candidate) -> list[Unit]:
    """The genitive unit that ends right before the verbal noun "कहना" at ``speech`` and names
    whose saying it is (a one-item list), when ``cand`` is a passive or a closure that stays;
    else [] ("लोगों से कहना है कि …" has no such holder)."""
    if sv.tokens[speech].text != _SAYING or not (_passive(cand) or _stays(cand)):
        return []
    return [u for u in sv.units if u.marker in {"का", "की", "के"} and u.marker_end == speech][-1:]


# Round ev131 (issue 13): a news agency or outlet reporting ("पीटीआई ने सूत्रों के हवाले से बताया है
# कि सभी केंद्रीय मंत्रियों को सोमवार से मंत्रालयों में कामकाज बहाल करने को कहा गया है") tells what
# others did; it is never who acted, as the speakers of reported speech are (2 such sources, the
# Press Trust of India, on the 280 allowed corpus day files: a measure of the Government of India).
def _press(actor: str) -> bool:
    """An actor the KB codes as the media (MED): a news agency, a newspaper, a channel."""
    return sector_of(entity_code(actor)) == "MED"


def bare_speaker(sv: SentenceView, cand: Candidate) -> Argument | None:
    """The source to come of a trigger in the कि-clause or quote of a speaker written as a bare
    institution noun ("विभाग ने अपने आधिकारिक बयान में कहा, “… सभी को आइसोलेट कर दिया गया है",
    "केंद्र ने कहा कि …"): a ``text:`` source of that word, which
    :func:`.agent_anaphora.resolve_bare_institutions` names after the roles (the department, ministry,
    organisation or party named before; the Centre), as it names the same word acting in its
    own clause; None where the speaker is no such word. Round ev120 (issue 13, the unseen
    tuning set Ta): the agentless measure of such a quote got the government guessed for the
    place (Pakistan's for Sindh's health department)."""
    said = _said_clause(sv, cand)
    if said is None:
        return None
    at = bare_agent_at(sv, said[1])
    if at is None:
        return None
    tok = sv.tokens[at]
    return Argument("source", tok.text, tok.start, tok.end, f"text:{tok.text}")


def _reported_doer(sv: SentenceView, cand: Candidate) -> list[str]:
    """The agent a reported clause names in a clause before the trigger's, when the trigger's
    own clause names none ("मंत्री ने बताया कि नगर निगम ने सौ सामुदायिक रसोई शुरू की हैं, इनके
    जरिए जरूरतमंदों को भोजन दिया जाएगा": the corporation feeds them, the minister only reports
    it): a noun with its own ने, resolved where it points back ("मंत्रालय ने"), not a pronoun
    (उन्होंने points back to the speaker); [] without one, or where it names nobody the actor
    units know (the speaker's rules then answer). Round ev94, issue 13: a speaker the knowledge
    base links (a ministry's spokesman) or the actor dictionary knows outranked that agent, a
    name nobody knows did not."""
    toks = sv.tokens
    said = _said_clause(sv, cand)
    if said is None:
        return []
    k = said[0]
    # a clause break between the agent and the trigger: an act the agent asks for in its own
    # clause ("… ने राज्यों को निर्देश जारी करने को कहा है") is the asked party's; and no relative
    # clause right after the agent ("ऐसे लोगों ने, जिन्होंने …, उनके खिलाफ कार्रवाई")
    doers = [
        u
        for u in sv.units
        if u.marker == "ने"
        and k < u.first
        and u.last + 3 < cand.first
        and toks[u.last + 1].text == "ने"
        and toks[u.last + 2].text != ","
        and any(toks[j].text == "," or is_break(toks, j) for j in range(u.last + 3, cand.first))
    ]
    return unit_actors(doers[-1]) if doers else []


_SUBJECT_REACH = 4  # tokens: "पत्रकारों को भी", "सभी जिलाधिकारी"
_CONDITIONAL = frozenset({"अगर", "यदि", "जब", "जहां", "जहाँ", "अब"})


def _urges(sv: SentenceView, cand: Candidate, roles: Roles) -> bool:
    """Speech with no addressee whose कि-clause or direct quote is a polite imperative ("लव
    अग्रवाल ने कहा कि पत्रकारों को भी … सुरक्षा के उपाय अपनाएं", "उन्होंने कहा, सभी … का पालन
    करें"): the speaker urges, which is a request; whom it urges is the clause's subject, when it
    leads the clause marked by को or unmarked before the verb (added to ``roles`` as the target)."""
    toks = sv.tokens
    k = _imperative_clause(sv, cand)
    if k < 0:
        # "कहा कि … यात्रियों को … संपर्क में होना चाहिए": the dative bound (round ev130)
        return ought_addressee(sv, cand, roles)
    # "कहा कि सभी जिलाधिकारी …", "… कि सभी निजी कंपनियां …": quantifiers and modifiers may
    # lead the subject (round ev89, issue 13: such subjects were no target)
    lead = k + 1
    while lead < min(k + 1 + _SUBJECT_REACH, len(toks)) and modifier_at(toks, lead):
        lead += 1
    head = next((u for u in sv.units if u.first == lead), None)
    if head is not None and head.marker in {None, "को"} and unit_actors(head):
        said = sv.text_of(k + 1, head.last)
        en = gloss(said) if lead > k + 1 else None
        if en is None:
            add_role(roles, "target", head, sv, unit_actors(head))
            return True
        for actor in unit_actors(head):  # "सभी जिलाधिकारी": all district magistrates
            roles.args.append(
                Argument("target", said, toks[k + 1].start, toks[head.last].end, actor, en)
            )
            roles.target.append(actor)
        return True
    if toks[k + 1].text in _CONDITIONAL:
        return True  # "कहा कि अगर किसी चीज को लेकर संदेह हो तो …": a condition leads, no subject
    for j in range(k + 1, min(k + 1 + _SUBJECT_REACH, len(toks))):
        if toks[j].text == "को" and j > k + 1:
            if any(tx.end == toks[j].end for tx in sv.timexes):
                continue  # "कहा कि बुधवार को …": a day, not whom (round rv29)
            if j + 1 < len(toks) and toks[j + 1].text in _KO_TOPIC:
                break  # "… को लेकर": about, not whom
            end = _doer_noun_after(toks, j)
            end = j - 1 if end < 0 else end  # "यात्रियों को भेजने वाले राज्य": the states
            text = sv.text_of(k + 1, end)
            ident = f"text:{text}"
            roles.args.append(Argument("target", text, toks[k + 1].start, toks[end].end, ident))
            roles.target.append(ident)
            break
        if toks[j].text in MARKERS_1 | _AGENT_MARKED or is_break(toks, j):
            break  # "…, उन्होंने कोरोना वायरस को": an agent of its own, not whom it urges
    if not roles.target:
        urged_subject(sv, cand, k, roles)  # "कहा कि लोग … न जाएं": the unmarked subject (round ev83)
    if not roles.target:
        subject_in_clause(sv, cand, k, roles)  # "…, लोग इसमें शामिल हों" (round rv29)
    if not roles.target:
        relative_bound(sv, k, roles)  # "कहा कि जिन्हें … हो गया है वे … करें" (round ta9)
    return True


_DOER_PARTICIPLE = frozenset({"वाले", "वाली", "वाला"})


def _doer_noun_after(toks: list[Token], j: int) -> int:
    """The index of the noun that a doer participle right after the को at ``j`` describes
    ("कि यात्रियों को भेजने वाले राज्य यात्रियों को … लाएं": the sending states are urged, not
    the passengers they send), or -1. Round rv34 (issue 13): the Railways' direction of the
    audit's draw, once read, was given the participle's object as its target."""
    if j + 3 >= len(toks) or not toks[j + 1].text.endswith("ने"):
        return -1
    if toks[j + 2].text not in _DOER_PARTICIPLE:
        return -1
    noun = toks[j + 3].text
    if is_break(toks, j + 3) or noun in MARKERS_1 | PARTICLES or not noun[0].isalpha():
        return -1
    return j + 3


# The first person with ने: "we"/"I" of whoever is speaking
_WE_DID = frozenset({"मैंने", "हमने"})


def _first_person(sv: SentenceView, cand: Candidate, start: int) -> bool:
    """The act's agent is "मैंने"/"हमने" in its clause ("हमने गांव को सील कर दिया है", "मैंने …
    अधिकारियों को … संपर्क करने का निर्देश दिया"): the speaker's own act, told in their words
    (34 such acts dropped for want of an agent in corpus/hindi-covid-2020 outside the event
    gold, round ev18). Not for a passive, whose ने-phrase is no agent."""
    if _passive(cand):
        return False
    return not _WE_DID.isdisjoint(sv.texts[start : cand.first]) or _we_decided(sv, cand)


# Round ev194 (issue 13): the first person deciding what its कि-clause does ("हमने तय किया है कि
# दिल्ली के 72 लाख से ज्यादा लोगों को 7.5 किलोग्राम राशन देंगे"): the clause's act is the
# deciders' own, as "X ने फैसला किया कि …" is X's (:data:`_DECLARED`)
_DECIDED_FIRST = frozenset({"तय"}) | _DECLARED
_DECIDER_REACH = 3  # words from "हमने" to the decision word: "हमने अब यह तय किया"


def _we_decided(sv: SentenceView, cand: Candidate) -> bool:
    """The कि right before the trigger's clause follows "तय/फैसला/निर्णय किया (है)" whose agent
    is "हमने"/"मैंने", with no other agent or clause between that कि and the trigger."""
    texts = sv.texts
    k = sv.last_index("कि", cand.first)
    if k < 2 or any(t in _AGENT_MARKED or t == "," for t in texts[k + 1 : cand.first]):
        return False
    decided = [j for j in range(max(k - 3, 0), k) if texts[j] in _DECIDED_FIRST]
    if not decided:
        return False
    return not _WE_DID.isdisjoint(texts[max(decided[-1] - _DECIDER_REACH, 0) : decided[-1]])


# The first person's own present, progressive or future ("मैं … अपील करता हूं", "हम … मदद कर
# रहे हैं", "मैं … पूरी मदद करूंगा"): 41 acts dropped for want of an agent with मैं/हम before
# them in corpus/hindi-covid-2020 outside the event gold, about half the speaker's own appeal,
# thanks, praise or aid (round ev36). Not a modal or an obligation ("हम … कर सकते हैं", "हमें …
# करना चाहिए"): a possibility, no act.
_WE_FORMS = frozenset({"हूं", "हूँ", "हैं", "रहा", "रही", "रहे", "चुके", "चुका", "चुकी"})
_WE_FUTURE = ("ूंगा", "ूंगी", "ूँगा", "ूँगी", "ेंगे", "ंगे")
_MODAL = frozenset({"सकता", "सकती", "सकते", "चाहिए", "चाहता", "चाहती", "चाहते", "पाएंगे", "पाते"})
_IF_WHEN = frozenset({"अगर", "यदि", "जब", "तो", "जो", "जिन", "जिस", "जिसमें", "जिन्हें", "कि"})


# A polite wish that is the act itself ("मैं लोगों से अपील करना चाहता हूं", "मैं … धन्यवाद देना
# चाहता हूं"): an appeal or thanks said so is made in the saying, the modal notwithstanding
# (round ev186, issue 13: 2 such drops on the 280 allowed corpus day files, both an appeal or
# thanks made so)
_WISHED_TYPES = frozenset({"REQUEST", "SUPPORT"})
_WISH = frozenset({"चाहता", "चाहती", "चाहते"})
_WISHED_VERBS = frozenset({"करना", "देना"})


def wished(cand: Candidate) -> bool:
    """The trigger's verb is "<करना|देना> चाहता/चाहती/चाहते हूं/हैं" of an appeal or thanks."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    return (
        cand.trig.type in _WISHED_TYPES
        and len(verb) >= 3
        and verb[0] in _WISHED_VERBS
        and verb[1] in _WISH
        and verb[2] in _I_FORMS | {"हैं"}
    )


# "We" of people in general, no speaker's own body: "हम सबको मिलकर …", "हम सभी की जिम्मेदारी
# है", "हम सब मिलकर एक दूसरे की मदद कर रहे हैं" (round ev186, issue 13). "हम सभी 3 दिल्ली हाट को
# भी बंद कर रहे हैं" (all three) and "हम सब लोगों से … अपील कर रहे हैं" (all people) quantify the
# object, not "we", and stay.
_ALL_OF_US = frozenset({"सबको", "सबका", "सबकी", "सबके"})
_ALL = frozenset({"सब", "सभी"})
_ALL_THEN = frozenset({"को", "का", "की", "के", "मिलकर", "एकजुट"})


def generic_we(sv: SentenceView, at: int) -> bool:
    """The first person at token ``at`` is "all of us": followed by "सबको/सबका/सबकी/सबके", or
    by "सब/सभी" and a postposition or "मिलकर"."""
    texts = sv.texts
    nxt = texts[at + 1] if at + 1 < len(texts) else ""
    after = texts[at + 2] if at + 2 < len(texts) else ""
    return nxt in _ALL_OF_US or (nxt in _ALL and after in _ALL_THEN)


def _we_do(sv: SentenceView, cand: Candidate, start: int) -> bool:
    """The unmarked first person ("मैं", "हम") leads the act's clause, no condition, relative or
    कि between, and the act is the speaker's own present, progressive or future (not negated),
    or a polite wish to appeal or thank (:func:`wished`)."""
    toks = sv.tokens
    if not cand.finite or not (cand.light or cand.trig.verbal) or cand.fronted:
        return False
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not verb or "नहीं" in {t.text for t in toks[start : cand.first]}:
        return False
    if _MODAL & set(verb[:4]) and not wished(cand):
        return False
    if verb[0] in {"नहीं", "न", "ना"}:
        return False
    if not (_WE_FORMS & set(verb[1:4]) or verb[0].endswith(_WE_FUTURE)):
        return False
    we = [k for k in range(start, cand.first) if toks[k].text in _FIRST_PERSON]
    if not we or generic_we(sv, we[0]):
        return False
    between = toks[we[0] : cand.first]
    if any(t.text in _IF_WHEN_OR_MARKED for t in between):
        return False
    return not any(
        t.text in _IF_WHEN and not _just_then(sv, start + j)
        for j, t in enumerate(toks[start : we[0]])
    )


# Round ev194 (issue 13): "तो" right after a word of the present time is the emphatic particle
# ("अभी तो हम लोगों से स्वच्छता बनाए रखने के लिए कह रहे हैं": for now we are telling people), not
# the "then" of a condition, where no "अगर/यदि/जब" opens one before it
_NOW = frozenset({"अभी", "अब", "आज", "फिलहाल"})
_CONDITION_OPENS = frozenset({"अगर", "यदि", "जब"})


def _just_then(sv: SentenceView, at: int) -> bool:
    """The token at ``at`` is an emphatic "तो" after "अभी/अब/आज/फिलहाल", no condition before."""
    texts = sv.texts
    return (
        texts[at] == "तो"
        and at > 0
        and texts[at - 1] in _NOW
        and _CONDITION_OPENS.isdisjoint(texts[:at])
    )


# Sentences back a first-person act may be from its named speaker ("…, मुख्यमंत्री ने कहा । …
# मैं लोगों से अपील करता हूं"); a speaker named further back, or in another paragraph, is an
# older thread: a worker quoted two paragraphs up is not the "हम" of an official's report
# (the one wrong speaker of round ev36's 15 new first-person acts on corpus/hindi-covid-2020
# outside the event gold, before this limit)
_SPEAKER_REACH = 3
# ... and across one paragraph break (a blank line: two line ends), this many sentences back,
# where no other agent acts since (round ev186, issue 13: on the 280 allowed corpus day files it
# added 2 first-person acts, both the speaker's: the collector's relief of the tuning set Ul and
# Trump's planned stop of the WHO's funds; a reach of 6 sentences and 3 breaks added no more)
_RUN_ON_REACH = 4
_RUN_ON_BREAKS = 2


# Sentences back the agent of a subjectless "कहा कि" may be: "उद्धव ठाकरे ने किया प्रेस
# कॉन्फ्रेंस. कोरोना से मारे गये दो पलिसकर्मी के दी श्रद्धाजंलि. कहा कि मैं …" (the same
# reach as the agent a first person's "हमने" goes on with, :func:`_current_speaker`)
_DROPPED_REACH = 2


def _dropped_speaker(sv: SentenceView, ctx: DocContext) -> bool:
    """A sentence at most ``_DROPPED_REACH`` back named one person as its agent
    (``ctx.last_agents``), no other agent since: whom a speech verb opening this sentence with
    no subject reports."""
    return (
        0 < sv.index - ctx.agents_sentence <= _DROPPED_REACH
        and ctx.ne_at <= ctx.agents_sentence
        and len(ctx.last_agents) == 1
        and ctx.last_agents[0].startswith(PERSON_IDS)
        and ctx.unnamed_at < ctx.named_at
    )


def _we_speaker(sv: SentenceView, ctx: DocContext, text: str) -> list[str]:
    """Who says "मैं"/"हम" here: the speaker last named by a speech cue, at most
    ``_SPEAKER_REACH`` sentences back in the same paragraph (``_RUN_ON_REACH`` across one
    paragraph break) with no other agent since, or the
    named ने-agent of a speech verb just before (``goes_on``); none otherwise (a wrong speaker is
    worse than none)."""
    if ctx.answering:
        return list(ctx.interviewee)
    texts = sv.texts
    if len(texts) > 1 and texts[0] in _SPEECH and texts[1] == "कि" and _dropped_speaker(sv, ctx):
        return ctx.last_agents[:1]  # "कहा कि मैं …" with its subject dropped (round ev194)
    at = ctx.last_speaker_at
    near = 0 <= sv.index - at[0] <= _SPEAKER_REACH and "\n" not in text[at[1] : sv.start]
    # a report run on past one paragraph break while nobody else acts (the check below): a
    # collector's "हम यहां राहत शिविर में … मुहैया करा रहे हैं" four sentences after "जिलाधिकारी
    # दीपक सोनी बताते हैं कि …" (round ev186)
    gap, breaks = sv.index - at[0], text[at[1] : sv.start].count("\n")
    near = near or (0 <= gap <= _RUN_ON_REACH and breaks <= _RUN_ON_BREAKS)
    # an agent named since ("एक अधिकारी ने पुष्टि की है । उन्होंने कहा, 'हम …'") opens another
    # thread: an older speaker is not the one speaking (AU-2020-ARP-12.txt, round ev36)
    near = near and at[0] >= max(ctx.agents_sentence, ctx.unnamed_at)
    if ctx.last_speaker is not None and near and (ident := actor_of(ctx.last_speaker)):
        return [ident]
    # the ने-agent of a speech verb just before, named there or as "उन्होंने" with no agent
    # nobody can name since the one it points back at
    said = ctx.actors.speaker_at[0]
    if said == ctx.ne_at and ctx.unnamed_at < ctx.named_at and goes_on(
        ctx.actors.speaker_at, sv, ctx, text
    ):
        return [a for a in ctx.last_agents if a]
    return []


def note_turn(sv: SentenceView, ctx: DocContext, text: str) -> None:
    """Follow an interview's turns: a sentence opening a question ("सवाल: …", "प्रश्न:") ends an
    answer, and the first one fixes who answers, the speaker the headline or the lead last named
    ("नीतीश कुमार ने … से कहा कि …"); one opening an answer ("जवाब: …", "उत्तर-") starts one, in
    which "हमने"/"मैंने" is the interviewee however many sentences and paragraphs back he was
    named (round ev133, issue 13: the chief minister's answers of DH-2020-ARP-28 lost him after
    three sentences, :data:`_SPEAKER_REACH`)."""
    turn = INTERVIEW_TURN.match(text[sv.start : min(sv.end, sv.start + 12)])
    if turn is None:
        return
    if turn.group().lstrip()[:1] in {"स", "प"}:  # सवाल, प्रश्न: a question
        if not ctx.interviewee and ctx.last_speaker_actor:
            ctx.interviewee = [ctx.last_speaker_actor]
        ctx.answering = False
    else:
        ctx.answering = bool(ctx.interviewee)


def _current_speaker(sv: SentenceView, ctx: DocContext) -> list[str]:
    """Who is speaking at this sentence: the last quoted speaker, else the agent of the sentence
    just before (a report of what an official said goes on in their words)."""
    if ctx.last_speaker is not None:
        return [actor_of(ctx.last_speaker)]
    if ctx.last_agents and 0 < sv.index - ctx.agents_sentence <= 2:
        return list(ctx.last_agents)
    return []


# Round ev148 (issue 13): the heads of a body's team that acts ("स्वास्थ्य विभाग की टीम ने …")
# (one body's team: "पीएसी और आरएएफ की टीमों ने फ्लैग मार्च किया" is no agent of the police's
# later fines)
_TEAM_HEADS = frozenset({"टीम", "दल"})


def team_agent(sv: SentenceView, u: Unit) -> bool:
    """The unit names the body whose team is the ने-agent ("स्वास्थ्य विभाग की टीम ने … भर्ती कर
    लिया"): the body acts, and an agentless measure soon after goes on with it as with "X ने"."""
    k = u.marker_end
    return (
        u.marker in {"की", "के"}
        and bool(u.mentions)
        and k + 1 < len(sv.tokens)
        and sv.tokens[k].text in _TEAM_HEADS
        and sv.tokens[k + 1].text == "ने"
    )


# Round ev186 (issue 13): reporting in the present with no ने, a feature's way of giving its
# speaker ("सूरजपुर जिले के जिलाधिकारी दीपक सोनी बताते हैं कि …", "मंत्री केके शैलजा कहती हैं
# कि …"): the person so named speaks on, his "हम" a few sentences on is his (the quote rules read
# only "X ने कहा/बताया"). 5 such reporters of people on the 280 allowed corpus day files.
_TELLS = frozenset({"बताते", "बताती", "कहते", "कहती"})
_TELLS_OPEN = frozenset({"कि", ",", ":"})


def _note_present_speaker(sv: SentenceView, ctx: DocContext) -> None:
    """Remember the person an unmarked subject names when "बताते/बताती/कहते/कहती है(ं)" follows
    it and opens a कि-clause or a quote, as the last speaker named here."""
    toks = sv.tokens
    for u in sv.units:
        k = u.last + 1
        if u.marker is not None or u.anaphor or k + 2 >= len(toks) or toks[k].text not in _TELLS:
            continue
        if toks[k + 1].text not in {"हैं", "है"} or toks[k + 2].text not in _TELLS_OPEN:
            continue
        people = [m for m in u.mentions if m.type == "PERSON"]
        if people:
            ctx.last_speaker, ctx.last_speaker_actor = people[0], people[0].entity_id
            ctx.last_speaker_at = (sv.index, sv.end)


def _note_speaker(sv: SentenceView, ctx: DocContext) -> None:
    """Remember this sentence when its last ने-agent is followed by a speech verb ("X ने कहा"),
    or is an authority (a coded office or group of ``AUTHORITIES``: "पुलिस ने घेर लिया"); forget
    both when another agent acts, so a later measure is not given to an earlier one. A person
    reporting in the present ("X बताते हैं कि …") is the last speaker (round ev186)."""
    if not sv.units:
        return  # no unit, no agent (round sp14: before the list)
    if not _TELLS.isdisjoint(sv.words):
        _note_present_speaker(sv, ctx)
    agents = [u for u in sv.units if u.marker == "ने" or team_agent(sv, u) or passive_reporter(sv, u)]
    if not agents:
        return
    last = max(agents, key=lambda u: u.first)
    if last.anaphor and last.actors != ctx.last_agents:
        return  # "उन्होंने" for someone else than the agents remembered: nothing to go on with
    after = sv.texts[last.marker_end :]
    # "लिखा कि" asked only where "लिखा" stands (the generator is made per speaker: round sp26)
    spoke = not _SPEECH.isdisjoint(after) or (_WROTE in after and any(
        t == _WROTE and nxt == "कि" for t, nxt in zip(after, after[1:], strict=False)
    ))
    here = (sv.index, sv.end)
    if not last.anaphor and ctx.last_speaker_actor and unit_actors(last) == [ctx.last_speaker_actor]:
        # the speaker himself named acting again ("… मोदी ने … संवाद किया । उन्होंने कहा … । पीएम
        # मोदी ने जनता से नवरात्र पर किए ये 9 आग्रह । … मैं आज से जनता कर्फ्यू की मांग करता हूं"):
        # no other thread opens, his "मैं"/"हम" goes on from here (round ev194)
        ctx.last_speaker_at = here
    ctx.actors.agent_span = (sv.tokens[last.first].start, sv.tokens[last.last].end)
    ctx.actors.speaker_at = here if spoke else (-1, -1)
    coded = [m for m in last.mentions if m.source == "actors"]
    office = not last.anaphor and coded and all(sector_of(m.role) in AUTHORITIES for m in coded)
    office = office or (not last.anaphor and joint_authority(coded, AUTHORITIES))  # sa6
    # a health body ("स्वास्थ्य विभाग की टीम ने … भर्ती कर लिया"), not its doctors or workers (a
    # group): its quarantines and samplings go on (round ev148)
    health = not (last.anaphor or office) and coded and all(
        sector_of(m.role) == "HLH" and m.type != "GROUP" and "-" in (m.role or "").split()[0]
        for m in coded
    )  # a place's, not a ministry's: "स्वास्थ्य मंत्रालय ने बताया" in Kathmandu is Nepal's
    ctx.actors.authority_at = here if office or health else (-1, -1)
    # a body that is no authority (an airline, a research organisation, a board: "एयर लाइन
    # इंडिगो ने बयान जारी कर कहा है … । उस विमान के 4 केबिन क्रू को … निगरानी में रखा गया है"):
    # its agentless act goes on one sentence only (``acting.authority_goes_on``), the reach that
    # kept every change right on the 280 allowed corpus day files (2 of 2, round ev166)
    # a government or health office left out by the rules above (a ministry of no place: "स्वास्थ्य
    # मंत्रालय ने बताया" in Kathmandu) is no such body either
    body = not (last.anaphor or office or health) and bool(last.mentions) and all(
        m.type == "ORGANIZATION"
        and not (m.source == "actors" and sector_of(m.role) in AUTHORITIES | {"HLH"})
        for m in last.mentions
    )
    ctx.actors.body_at = here if body else (-1, -1)
    ctx.actors.authority_health = bool(health)


_FIRST_SAID = _FIRST_PERSON | _WE_DID

# The unions the speaker rules test words against, built once here, after the last of their
# parts, not again for every word (round sc47)
_IF_WHEN_OR_MARKED = _IF_WHEN | _AGENT_MARKED | {"द्वारा"}
