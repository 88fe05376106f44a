"""Native Hindi event extraction: lexicon triggers, case-marker arguments, date, place, modality.

Why rules and not a model: no Hindi event-annotated political news exists to train on, and a
wrong event on a timeline is worse than a missing one. Each event comes from a trigger in the
lexicon (``data/events/triggers_hi.yaml``): a verb, or a noun with its light verb (बात की,
मुलाकात हुई, निमंत्रण दिया, आलोचना की); its arguments from the postposition after each noun phrase
(ने agent, से/के साथ partner, को recipient, की/के possessor, में place), anaphors resolved to
the last agents named; its date from the time expression that precedes it in the same clause
(Hindi puts adverbials before what they modify); its modality from the verb complex after it
(-गा/-गी/-गे planned, की उम्मीद है expected, की संभावना possible, नहीं denied) or a word before it
(प्रस्तावित proposed). An event without an actor is dropped.

The work is split by concern: :mod:`khabar.events.candidates` finds triggers with their light
verbs, :mod:`khabar.events.verbforms` reads the verb complex's modality,
:mod:`khabar.events.voice` its voice (passive, agentless), :mod:`khabar.events.timexowner` the
date a trigger owns; :mod:`khabar.events.agents`, :mod:`khabar.events.subjects`,
:mod:`khabar.events.speakers`, :mod:`khabar.events.meetings` and :mod:`khabar.events.conjoined`
hold the rules for an agent the case markers do not name,
:mod:`khabar.events.institutions` the sources no entity names (bodies, offices, a meeting's
parties), :mod:`khabar.events.fates` the constructions that drop or recast a candidate and the
trace of each fate, :mod:`khabar.events.parties` an event's parties past its case roles (the agent
rules in their order, the guessed issuer of an agentless measure), :mod:`khabar.events.kind_rules`
the rules of particular kinds (screenings, repatriations, help sent abroad),
:mod:`khabar.events.candidate_parties` the parties of a symmetric act and the source of an act no
case marker names, asked in their order (moved out at the size limit, round rf1); this module decides
what each candidate becomes, in which order the rules apply. Their underscored names are private
to this package.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import compress

from ..model import Article, Event
from .accepted_visits import accepted_visits
from .actor_context import state_of_towns
from .agents import (
    deployed_forces,
    led_by,
    officers_owner,
)
from .arguments import add_role
from .candidate_parties import admission_told, inferred_source, symmetric_parties
from .candidates import Candidate, find_candidates, without_support_words
from .clarified import clarifying, lifted_targets
from .clause import PRONOUNS, DocContext, SentenceView, Unit, unit_actors
from .clause_plans import clause_plan
from .conjoined import (
    _conjoined_agent,
    _conjoined_passive_agent,
    _infinitive,
    _participle_agent,
    _while_doing,
)
from .court_places import state_high_courts
from .dating import share_dates
from .fates import (
    _FROM_IT,
    _REFLEXIVE,
    _WITHHELD_FUTURE,
    _approved_measure,
    _curbs_disease,
    _doer_noun,
    _manner_only,
    _may_be_done,
    _medical_test,
    _named_as_time,
    _not_but,
    _own_domain,
    _own_event_called_off,
    _passive_rule,
    _perhaps,
    _press_only,
    _private_affair_put_off,
    _questioned,
    _rated_by_world_body,
    _refused,
    _self_object,
    _speculated,
    _stops_doing,
    _supposed,
    _symptoms_told,
    _was_to,
    _withheld_from_now,
    cautioned,
    granted_rule,
    is_tracing,
    note,
    note_bare_noun,
    only_allowed,
    warned_advice,
    warned_coercions,
)
from .ids import event_id
from .in_force import closure_in_force, document_grants
from .institutions import _named_actor, _participle_meeting, holds_people
from .kind_rules import (
    _IF_WORDS,
    _STATE_SECTORS,
    _STRANDED,
    _aid_done_by,
    _approved_funds,
    _brought_from_abroad,
    _concern_of_appeal,
    _goods_ordered,
    _holds_phrase,
    _may_enforce,
    _own_office,
    _screening,
    _threatened_targets,
    carried,
    ordered_reopening,
    sanctioned_sum,
    vehicle_owner,
)
from .lexicon import TriggerLexicon, hindi_triggers
from .listed_closures import standing_ban
from .meetings import (
    _meeting_agent,
    _met_in,
    attendance_promised,
    note_meeting,
)
from .parties import (
    _AGENT_NE,
    _STANCE_HEADS,
    _THIRD_NE,
    _people_only,
    _possessor_only,
    fronted_source,
    governments_of_places,
)
from .passive_orders import kept_order_addressee
from .put_off import measure_put_off
from .reporting_bodies import passive_reporter
from .reread import PUNISHMENTS
from .roles import assign_roles, case_count
from .sorted_candidates import sorted_candidates
from .speakers import (
    _WE_DID,
    _note_speaker,
    _speaker,
    _urges,
    conjunct_agent,
    note_turn,
    person_reached,
    reported_clause,
    speaker_in_clause,
    team_agent,
)
from .stance_holders import note_stances
from .sure_drops import asks_nothing, bare_noun, surely_dropped
from .team_visits import sent_team
from .timexowner import _clause_start, _since_duration, _time_args, _timex_owner
from .told import infinitive_or_asked, told_addressee
from .undone import on_condition, visit_called_off
from .verbforms import (
    _FUTURE_ENDS,
    _HO_FUTURE,
    _NEGATION,
    _PLANNED,
    _demanded,
    _participle,
    _purposed,
    _worded,
    asked_content,
    converb,
    going_to,
    habitual,
    modality_of,
    past_weekday,
    performative,
    proposed_measure,
    verb_reach,
)
from .voice import (
    _AGENT_MARKED,
    _attributive,
    _passive,
    _stays,
    _transitive_perfect,
)

# the participle heads after a verbal trigger (not "तय"/"निर्धारित": planned), built once (sc47)
_PARTICIPLE_HEADS = _PLANNED - {"तय", "निर्धारित"}


# An agent marker not of "we/I" (the set built once, not per token: round sc36, issue 16).
_OTHERS_DID = _AGENT_MARKED - _WE_DID
# A later act's own agent, which keeps it from sharing the act before's: a ने, or a relative
# pronoun's ("… इजाजत देगी जिन्होंने … मांग की होगी": the ships' request, round ev196)
_OWN_AGENTS = frozenset({"ने", "जिन्होंने", "जिसने"})


def extract_sentence(
    article: Article,
    sv: SentenceView,
    ctx: DocContext,
    lex: TriggerLexicon | None = None,
    cands: list[Candidate] | None = None,
) -> list[Event]:
    """Events of one sentence; ``ctx`` carries the agents of earlier sentences for anaphors.
    ``cands``: the sentence's candidates when the caller found them already (they read only
    its tokens and timexes)."""
    lex = lex or hindi_triggers()
    note_turn(sv, ctx, article.text)
    for u in sv.units:  # in order: a pronoun's speaker may itself be a pronoun resolved before
        if u.anaphor:
            pronoun = sv.tokens[u.first].text in PRONOUNS
            speaking = (
                (speaker_in_clause(sv, u) or person_reached(sv, u) or conjunct_agent(sv, u))
                if pronoun
                else None
            )
            u.actors = ctx.resolve(u, sv.tokens) if speaking is None else speaking
    cands = without_support_words(sv, find_candidates(sv, lex) if cands is None else cands, lex)
    cands = sorted_candidates(sv, clarifying(sv, cands))  # ev161, fp1: before the dates
    if not cands:  # no event: only what the sentence tells later ones (round sp22, issue 16)
        _note_context(sv, ctx)
        return []
    dates = _timex_owner(sv, cands)
    events: list[Event] = []
    prev_end = 0
    prev_sources: list[str] = []
    prev_first = -1
    prev_while = ""  # the type of the previous act when an adverbial participle ("करते हुए")
    prev_converb = False  # the previous act's light verb a conjunctive "कर" (verbforms.converb)
    made: list[tuple[Event, int]] = []  # each event with its candidate index
    warned = warned_coercions(sv, cands)  # a warning -> the coercion it threatens (ev107)
    checked = is_tracing()  # every check asked, so that a drop names its fate (round sp21)
    for ci, cand in enumerate(cands):
        trig = cand.trig
        if not checked and surely_dropped(sv, cand):
            continue  # dropped below (a bare noun, no request), whatever the checks before say
        if ci in warned.values() and any(wi in warned and warned[wi] == ci for _, wi in made):
            note(article, sv, cand, "threatened in a warning")
            continue  # "… चेतावनी दी कि … पृथक कर दिया जाएगा": the warning's content, no act
        modality, negated = modality_of(cand, sv)
        modality = clause_plan(sv, cand, modality)  # "… देने के लिए … जाएंगे", "… दौरा कर … लेंगी"
        if modality == "happened" and _since_duration(sv, cand):
            modality = "ongoing"  # "सालों से दबाव डाला है": perfect + "for years" = still going on
        if modality == "ongoing" and going_to(cand):
            modality = "planned"  # "… उड़ानों को बंद करने जा रहे हैं": going to
        elif modality == "ongoing" and (performative(sv, cand) or document_grants(sv, cand)):
            modality = "happened"  # "हम सभी मॉल को बंद कर रहे हैं": announced as it is said
        if (
            trig.withheld
            and not negated
            and not only_allowed(sv, cand)  # "… यात्रियों को ही … इजाजत होगी": no easing (ev117)
            and (granted_as := granted_rule(sv, cand))
        ):  # "मंत्रालय ने कहा कि … सैलून को खोलने की अनुमति होगी": an easing, only of an
            # authority the sentence names as an agent (ev117: a list of such rules with a
            # guessed issuer was 4 false positives of 4 on the dev gold's tune half)
            trig = replace(
                trig, type="CONCEDE", mode="ease", withheld=False, agentless=False, rule=False,
                announced=True,
            )
            modality = granted_as
            cand = replace(cand, trig=trig)
        if trig.announced and _AGENT_NE.isdisjoint(sv.texts[: cand.first]):
            note(article, sv, cand, "granted by nobody named")
            continue  # a list's "… के परिवहन को छूट रहेगी": no issuer the sentence says (ev117)
        if trig.announced and cand.first > 0 and sv.tokens[cand.first - 1].text in _NEGATION:
            note(article, sv, cand, "not granted")
            continue  # "… ने कहा कि बाजार नहीं खुलेंगे": they stay shut, no easing (ev117)
        if trig.withheld:  # "… की अनुमति नहीं होगी": the prohibition is the act
            if not negated:
                note(article, sv, cand, "not withheld")
                continue
            if not cand.finite:  # "क्रूज जहाजों को प्रवेश न देने के … निर्देश": the order's
                note(article, sv, cand, "withheld infinitive")  # content (round ev55)
                continue
            # the verb's own future when the form is the verb ("… बसें नहीं चलेंगी", ev132),
            # हो's too ("… 50 से अधिक लोग … जमा नहीं होंगे", rv25: no suffix, see _HO_FUTURE)
            verb_end = sv.tokens[cand.last].text
            own = (verb_end.endswith(_FUTURE_ENDS) or verb_end in _HO_FUTURE) and trig.verbal
            future = own or _WITHHELD_FUTURE & set(cand.verb) - _NEGATION
            modality = "planned" if future else "happened"
            negated = False
        if modality == "planned" and not negated and (screen := _screening(sv, cand, lex)):
            cand = replace(cand, trig=screen)  # "… यात्रियों की जांच की जाएगी": a screening
            trig = screen
        if trig.mode == "repatriate" and not _STRANDED & {
            t.text for t in sv.tokens[_clause_start(sv, cand.first) : cand.first]
        } and not _brought_from_abroad(sv, cand):
            note(article, sv, cand, "not stranded")
            continue  # "बाद में उन्हें वापस लाया गया": an escaped patient, goods, a body
        if trig.mode == "repatriate" and modality == "planned" and _IF_WORDS & {
            t.text for t in sv.tokens[: cand.first]
        }:
            note(article, sv, cand, "plan on a condition")
            continue  # "अगर … अनुमति मिली तो फंसे लोगों को वापस लाया जाएगा": not yet a plan
        if trig.mode == "evacuate" and trig.reach and not carried(sv, cand):
            note(article, sv, cand, "no vehicle")
            continue  # "राशन लाने के लिए पत्नी को … भेजा": an errand, no evacuation (ev190)
        if trig.mode == "repatriate" and _aid_done_by(sv, cand, lex):
            note(article, sv, cand, "main verb of an aid")
            continue  # "… को एयरलिफ्ट कर भारत लाया जाएगा": the airlift's event already
        if _questioned(sv, cand):
            note(article, sv, cand, "question")
            continue  # "… कितने भारतीय सुरक्षित लाए गए?": asked, not reported (round ev101)
        if _speculated(sv, cand):
            note(article, sv, cand, "speculated")
            continue  # "माना जा रहा है कि … उद्योगों को फिर से खोला जाएगा": a guess, no act
        if _perhaps(sv, cand):
            note(article, sv, cand, "perhaps")
            continue  # "प्रदेश सरकार … शायद कम ही छूट दे": the writer's guess, no act
        if _supposed(sv, cand):
            note(article, sv, cand, "supposed")
            if cand.finite and not cand.fronted:  # its verb still ends a clause: what follows
                prev_end = max(prev_end, cand.last + 1 + len(cand.verb))  # is not its agent's
            continue  # "अगर लॉकडाउन नहीं किया गया होता तो …": a supposition, no act
        if trig.type == "COERCE" and habitual(cand, modality) and not _worded(sv, cand):
            note(article, sv, cand, "habitual")
            continue  # "ऐसे में प्रभावित क्षेत्रों को लॉकडाउन किया जाता है": what is done in general
        if _attributive(cand):
            # "… निगरानी में रखे गए लोगों की संख्या में अंतर है": a passive participle before its
            # noun describes people, it reports no act, whoever speaks in the sentence (round ev82;
            # agentless ones were already dropped, a speaker's sentence gave them the speaker)
            note(article, sv, cand, "attributive")
            continue
        if _was_to(cand):
            note(article, sv, cand, "was to")
            continue  # "शिखर सम्मेलन में हिस्सा लेने वाले थे": a plan that did not come about
        if _doer_noun(cand):
            note(article, sv, cand, "doer noun")
            continue  # "यात्रा करने वालों के लिए": the travellers, no act (round rv26)
        if _named_as_time(cand):
            note(article, sv, cand, "named as a time")
            continue  # "लॉकडाउन लागू होने के बाद … वृद्धि हुई": a background phrase, no act
        refused = _refused(sv, cand)
        if refused == "order":
            note(article, sv, cand, "order refused")
            continue  # "ढील देने के आदेश को अस्वीकार कर दिया": another's order, rejected
        if refused:  # "अनुमति देने से इनकार कर दिया": the permission was not given
            modality, negated = "denied", True
        elif negated and _not_but(sv, cand):
            note(article, sv, cand, "not done, but")
            continue  # "… पर रोक तो नहीं लगाई है लेकिन सलाह जरूर दी है": a measure not taken
        withheld_now = False  # a permission not given from now on: a ban (below)
        if trig.type == "CONCEDE" and negated and not refused:
            if not _withheld_from_now(cand):
                note(article, sv, cand, "not granted")
                continue  # "अनुमति नहीं दी जा रही है": a state or a complaint, no act
            withheld_now, modality, negated = True, "planned", False
        may = _may_be_done(cand)
        if may == "possible" and not negated:
            note(article, sv, cand, "may be done")
            continue  # "छूट भी दी जा सकती है": what may be done, a forecast or a remark
        if may == "planned" and not negated:
            modality = "planned"  # "दुकानें खोली जा सकेंगी": what a rule allows from now on
        if _stops_doing(sv, cand):
            note(article, sv, cand, "stops doing")
            continue  # "संक्रमण फैलना बंद नहीं होगा": the spread stops, nobody closes anything
        if _curbs_disease(sv, cand):
            note(article, sv, cand, "curbs the disease")
            continue  # "संक्रमण पर रोक लगाने में लॉकडाउन कारगर": an epidemic fought, no ban
        if _symptoms_told(sv, cand):
            note(article, sv, cand, "symptoms told")
            continue  # "… ने बुखार की शिकायत की": a patient's complaint, no accusation (ev128)
        if trig.requires_modality and modality not in trig.requires_modality:
            note(article, sv, cand, "modality required")
            continue
        if trig.passive_only and not _passive_rule(cand, sv):
            note(article, sv, cand, "not a passive rule")
            continue  # "लॉकडाउन नहीं खोला जाएगा", "जैसे ही लॉकडाउन खोला जाएगा", "खाता खोल दिया"
        if trig.subjunctive and asks_nothing(sv, cand):
            note(article, sv, cand, "not a request clause")
            continue
        if trig.after_infinitive and not infinitive_or_asked(sv, cand):
            note(article, sv, cand, "no infinitive before")
            continue
        if bare_noun(sv, cand):
            note_bare_noun(article, sv, cand)
            continue
        start = max(_clause_start(sv, cand.first), prev_end)
        roles = assign_roles(sv, cand, start)
        told_addressee(sv, cand, roles)  # "सभी विभागों को कहा गया है कि …" (round ev158)
        if (owner := officers_owner(sv, roles)) is not None:  # "विभाग के अधिकारियों ने" (ev70)
            roles.source = []
            roles.args = [a for a in roles.args if a.role != "source"]
            add_role(roles, "source", owner, sv, unit_actors(owner))
        if trig.reach and not roles.source and (owner := vehicle_owner(sv, cand)) is not None:
            add_role(roles, "source", owner, sv, unit_actors(owner))  # "रवाना हुआ एयरफोर्स का सी-17"
        if not trig.symmetric and (leader := led_by(sv, cand, start, roles)) is not None:
            roles.source = []  # "X के नेतृत्व में … की टीम गांव पहुंची": the leader's (ev90)
            roles.args = [a for a in roles.args if a.role != "source"]
            add_role(roles, "source", leader, sv, unit_actors(leader))
            roles.explicit_source = True
        # "… पुलिस पदाधिकारियों की प्रतिनियुक्ति की है": the officers deployed are the target (ev90)
        for arg in deployed_forces(sv, cand, start, roles):
            arg.role = "target"
            roles.source = [a for a in roles.source if a != arg.entity_id]
            roles.target.append(arg.entity_id or "")
        if trig.verbal and sv.tokens[cand.first].text in _STANCE_HEADS and roles.possessor:
            _possessor_only(roles)  # "X ने बताया, 'मजदूरों की मांग थी कि …'": the workers'
        if trig.type == "COERCE" and _people_only(sv, roles):
            note(article, sv, cand, "people give no orders")
            continue
        ok = (
            cand.light
            or trig.verbal
            or (trig.nominal and (roles.possessor or bool(trig.requires_modality)))
        )
        after = sv.tokens[cand.last + 1].text if cand.last + 1 < len(sv.tokens) else ""
        if not ok and trig.symmetric and after == "में" and roles.source:
            ok = _meeting_agent(sv, cand, roles)  # "X के साथ बैठक में Y ने कहा"
        # (also with a light verb read further on, "… हुई बैठक में यह फैसला लिया गया", that
        # names no agent)
        took_place = (not ok or not roles.source) and _participle_meeting(sv, cand, start, roles)
        if took_place:
            ok, modality, negated = True, "happened", False  # "… के साथ हुई बैठक"
        met_in = not ok and not ctx.meetings and _met_in(sv, cand, start, roles)
        ok = ok or met_in  # "प्रधानमंत्री ने बैठक में कहा": the meeting the agent took part in
        if not ok:
            note_bare_noun(article, sv, cand)
            continue
        if not cand.light and not trig.verbal and after == "से":
            note(article, sv, cand, "noun before से")
            continue  # "चीन की यात्रा से लौटे": a trip named as where one came from, not an event
        if trig.verbal and after in _PARTICIPLE_HEADS:
            note(article, sv, cand, "participle")
            continue  # "कोच्चि आने वाली उड़ान": a participle describing a noun, not an event
        if _demanded(sv, cand):
            note(article, sv, cand, "demanded")
            continue  # "अधिसूचना को रद्द करने की अपील की गई": the appeal is the act, not the quashing
        if asked_content(sv, cand):
            note(article, sv, cand, "asked for")
            continue  # "राज्यों से कहा है कि … दल का गठन करें": the request's content, not done
        if _purposed(sv, cand):
            note(article, sv, cand, "purpose")
            continue  # "ताकि उन्हें क्वारंटाइन किया जा सके": what the act is for, not done
        if trig.type == "AID" and modality == "possible" and not negated:
            note(article, sv, cand, "able to give")
            continue  # "सभी क्षेत्रों के लोग इस फंड में दान कर सकते हैं": who may give, not a gift
            # (round ev91: the 6 such candidates on 306 corpus day files, 2 of them events before, all say who may give)
        if _participle(cand):
            note(article, sv, cand, "participle")
            continue  # "आरोप लगाने वाले वैज्ञानिक", "मांग करने वाली याचिका"
        if trig.type == "CONCEDE" and cand.first > 0 and sv.tokens[cand.first - 1].text in _FROM_IT:
            note(article, sv, cand, "exempt from it")
            continue  # "दुकानों को इससे छूट दी जाएगी": exempt from the measure just named, no easing
        k = cand.last + len(cand.verb) + 1
        if trig.mode == "accept" and k < len(sv.tokens) and sv.tokens[k].text == "कि":
            note(article, sv, cand, "admits a fact")
            continue  # "स्वीकार किया कि …" admits a fact; it accepts no offer
        if trig.mode == "investigate" and _medical_test(sv, cand, start, roles):
            note(article, sv, cand, "medical test")
            continue  # "लोगों की कोविड-19 की जांच की गई": a test of people, no investigation
        if trig.mode == "order" and _goods_ordered(sv, cand):
            note(article, sv, cand, "goods ordered")
            continue  # "हमने 2.22 करोड़ किट के आदेश दिए हैं": a purchase, no directive
        if case_count(sv, cand, start, roles):
            note(article, sv, cand, "case count")
            continue  # "संक्रमण के 35 और मामले दर्ज किए गए": infections counted, no charge
        if ci in warned and not _may_enforce(sv, roles):
            del warned[ci]  # "विशेषज्ञों ने चेताया कि …": experts forecast, they threaten nobody
        advice = (
            trig.threat_clause
            and ci not in warned
            and (warned_advice(sv, cand) or cautioned(sv, cand, roles))
        )
        if trig.threat_clause and ci not in warned and not advice:
            note(article, sv, cand, "no coercion warned of")
            continue  # "… ने चेताया कि संक्रमण बढ़ सकता है": a forecast, no threat
        if ci in warned and not roles.target and not roles.pronoun_target:
            _threatened_targets(sv, cand, cands[warned[ci]], roles)  # whom the coercion is on
        # an object pronoun counts for an agentless measure only when its agent is named
        # (round ev206: "डॉक्टरों ने उसे आइसोलेशन वार्ड में भर्ती किया है" admits someone) or
        # it is an admission the narrative tells (round ev207, candidate_parties.admission_told)
        if (
            trig.requires_target
            and not roles.addressed(
                objects=not trig.agentless or roles.explicit_source or admission_told(sv, cand)
            )
            and not _urges(sv, cand, roles)
            and not advice  # "… ने चेताया कि … जल्दबाजी नहीं करनी चाहिए": advice to nobody named
        ):
            note(article, sv, cand, "no target")
            continue
        if trig.mode == "work_with" and _manner_only(roles):
            note(article, sv, cand, "a manner, no partner")
            continue  # "सभी विभाग जिम्मेदारी के साथ काम कर रहे हैं": how, not with whom
        if trig.type == "CONSULT" and _press_only(roles):
            note(article, sv, cand, "a talk with the press")
            continue  # "पत्रकारों से बातचीत में टोपे ने कहा कि …": a briefing, no consultation
        if (
            trig.cues and not roles.target and trig.cues.isdisjoint(sv.words)
            # a group of people doing it is the protest reading ("वेतन नहीं मिलने पर
            # स्वास्थ्यकर्मियों ने किया प्रदर्शन"): teams, states and firms perform (round ev82)
            and not (
                trig.type == "PROTEST"
                and _people_only(sv, roles, _STATE_SECTORS)
                and (cand.first == 0 or sv.tokens[cand.first - 1].text not in {"का", "की", "के"})
            )  # "… ने एकता का प्रदर्शन किया": a display of something, no protest
        ):
            note(article, sv, cand, "no cue")
            continue  # "संक्रमण के 3,089 मामले दर्ज किए गए हैं": cases counted, nobody charged
        if trig.excludes and _holds_phrase(sv, trig.excludes):
            note(article, sv, cand, "excluded context")
            continue  # "टीम ने … के खिलाफ शानदार प्रदर्शन किया": a performance, no protest
        if trig.type in {"COERCE", "ASSAULT"} and (
            _REFLEXIVE & set(sv.texts[max(start, cand.first - 3) : cand.first])
            or _own_office(sv, cand, start)
            or any(a.role == "target" and _REFLEXIVE & set(a.text.split()[:2]) for a in roles.args)
            or _self_object(sv, _clause_start(sv, cand.first), cand.first)
        ) and not _own_domain(sv, _clause_start(sv, cand.first), cand.first):
            note(article, sv, cand, "reflexive")
            continue  # "पार्टी ने अपना दफ्तर बंद कर दिया", "ने अपने सभी सार्वजनिक कार्यक्रमों
            # को रद्द कर दिया" (AU-2020-MAR-10.txt:40): calling off one's own is no coercion; an
            # adverb may stand first ("ऐहतियातन खुद को … आइसोलेशन में रखा", PK-2020-MAR-18.txt)
        source = list(dict.fromkeys(roles.source)) or fronted_source(sv, cand, roles)
        inherited = False
        adverbial = False
        same_clause = _clause_start(sv, cand.first) <= prev_first
        # (a relative's agent "जिन्होंने … मांग की होगी" is one too: round ev196)
        own_agent = not _OWN_AGENTS.isdisjoint(sv.texts[max(prev_first, 0) : cand.first])
        # a conjoined perfect transitive act shares the first one's agent even with its own
        # target ("गांव को सील कर दिया और आवाजाही पर रोक लगा दी"): its subject is the ने-agent
        shared = not roles.target or _transitive_perfect(cand)
        # ... and so does the main act after an adverbial participle ("… जारी करते हुए सभी
        # राज्यों से … के लिए कहा है": one subject for both verbs), not an infinitive (asked, not
        # done) nor an act of the participle's own type ("अपील करते हुए कहा कि …": one appeal)
        shared = shared or prev_converb or (
            prev_while not in {"", trig.type} and not _passive(cand) and not _infinitive(cand)
        )
        if not source and shared and prev_sources and same_clause and not own_agent:
            source, inherited = list(prev_sources), True
        if not source and not trig.symmetric and (shared_by := _conjoined_agent(sv, cand)):
            add_role(roles, "source", shared_by, sv, unit_actors(shared_by))  # "… दिया और कहा"
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
        if not source and not trig.symmetric and (shared_by := _conjoined_passive_agent(sv, cand)):
            add_role(roles, "source", shared_by, sv, unit_actors(shared_by))  # "X द्वारा … तथा … दिया गया"
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
        if not source and not trig.symmetric and (doer := _participle_agent(sv, cand)):
            add_role(roles, "source", doer, sv, unit_actors(doer))  # "… अपील करते हुए X ने कहा"
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
            adverbial = True  # its verb complex runs on into the main clause: not skipped
        target = [t for t in dict.fromkeys(roles.target) if t not in source]
        codes: dict[str, str] = {}
        parties = symmetric_parties(
            article, sv, ctx, cand, start, roles, source, target, inherited, codes, met_in,
            took_place,
        )
        if parties is None:
            continue  # a symmetric act with one party (noted there)
        source, target, inherited, spoken, met_body = parties
        source, target, inherited, cited, scheduled = inferred_source(
            article, sv, ctx, cand, ci, start, roles, source, target, inherited, codes, modality,
            negated, withheld_now, dates, events,
        )
        if not source and not trig.symmetric:
            note(article, sv, cand, "passive, no agent" if _passive(cand) else "no agent")
            continue
        target = target or kept_order_addressee(sv, cand, start, roles)  # "X को … का आदेश दिया गया"
        if trig.named_source and not (spoken or _named_actor(sv, roles)):
            note(article, sv, cand, "no named traveller")
            continue  # "करीब 5 हजार लोगों ने यात्रा की": a journey, no visit
        if trig.source_heads and not (
            roles.explicit_source
            and source
            and all(s.lower().rsplit(" ", 1)[-1].rsplit(":", 1)[-1] in trig.source_heads for s in source)
            and any(a.role == "target" for a in roles.args)  # someone held, a pronoun too
        ):
            note(article, sv, cand, "agent not of the kind")
            continue  # "यात्रियों ने ट्रेन पकड़ी": only the police or an administration arrest
        if trig.held_people and not holds_people(sv, cand, roles, article.text):
            note(article, sv, cand, "holds no people")
            continue  # "पुलिस ने बैरिकेड को हटा दिया": a thing removed, no one held
        if _own_event_called_off(sv, cand, source, roles.explicit_source and not inherited, roles):
            note(article, sv, cand, "own event called off")
            continue  # "सीआईएसएफ ने … रेजिंग डे समारोह को भी टाल दिया": its own affair
        if _private_affair_put_off(sv, cand, source, roles):
            note(article, sv, cand, "private affair put off")
            continue  # "… बुकिंग की तिथि स्थगित कर दी गई": a family's wedding, no measure
        if _rated_by_world_body(cand, source):
            note(article, sv, cand, "rated by a world body")
            if cand.finite and not cand.fronted:  # its verb still ends a clause: the next act's
                prev_end = max(prev_end, cand.last + 1 + len(cand.verb))  # agent is not the body's
            continue  # "WHO ने … इसे वैश्विक महामारी घोषित कर दिया": the spread rated, no powers
        type_, mode = trig.type, trig.mode
        if advice:
            type_, mode = "REQUEST", "advise"  # a warning of what to do advises it (ev107)
        if withheld_now:
            type_, mode = "COERCE", "ban"  # "… आने की अनुमति नहीं दी जाएगी"
        elif type_ == "CONCEDE" and (approved := _approved_measure(sv, cand)):
            type_, mode = "COERCE", approved  # "लॉकडाउन बढ़ाने को मंजूरी दी": the measure approved
        elif type_ == "CONCEDE" and _approved_funds(sv, cand):
            type_, mode = "AID", "grant"  # "… करोड़ रुपये के पैकेज को मंजूरी दी": money approved
        elif type_ == "AGREE" and sanctioned_sum(sv, cand):
            type_, mode = "AID", "grant"  # "… 50 करोड़ की राशि मंजूर की": a sum sanctioned
        elif type_ == "MOBILIZE" and (team_kind := sent_team(sv, cand)):
            type_, mode = team_kind  # a team sent abroad is aid, one sent to assess a visit (rc7)
        elif type_ == "COERCE" and ordered_reopening(sv, cand):
            type_, mode = "CONCEDE", "ease"  # "… दुकानों को खोलने के आदेश जारी किए": an easing
        elif type_ == "COERCE" and visit_called_off(sv, cand):
            # "… मोदी की बेल्जियम यात्रा स्थगित कर दी गयी है": a visit not made (round pr2), its
            # source the visitor's government (trips.trip_owner)
            type_, mode, modality, negated = "CONSULT", "visit", "denied", True
        elif type_ == "COERCE" and (put_off := measure_put_off(sv, cand)):
            mode, modality, negated = put_off, "denied", True  # "लॉक डाउन का फैसला … टाल दिया" (pr4)
        if proposed_measure(cand, type_, modality) and not any(
            e.mode == "order" or (type_ == "AID" and e.mode == "tell_to") for e in events
        ):
            # "… सीमाओं को सील किया जाना चाहिए": what should be done, no measure taken (ev128);
            # an order's content ("… निर्देश दिए कि … बंद किया जाए") stays for merge_one_act, and
            # relief a speaker directs ("मुख्यमंत्री ने कहा कि राशन दिया जाए") stays planned aid
            # (round ev22); relief a petitioner asks for ("… मांग की है कि … मदद की जाए") goes
            note(article, sv, cand, "proposed, not taken")
            if cand.finite and not cand.fronted:  # its verb still ends a clause
                prev_end = max(prev_end, cand.last + 1 + len(cand.verb))
            continue
        if _stays(cand):  # "मॉल बंद रहेंगे": a closure in force; said by someone, their order
            reported = roles.explicit_source or _speaker(sv, cand) or cited is not None
            modality = "happened" if reported else "ongoing"
            # "रविवार को दिल्ली मेट्रो बंद रहेगी": a closure set for a day in its own clause is
            # a measure taken for that day (its issuer inferred), not a list of what stays shut
            modality = "planned" if scheduled and (codes or standing_ban(cand)) else modality
            modality = closure_in_force(sv, cand, modality)  # "… तक बंद रहेंगी" (pr5)
        if (
            modality == "planned"
            and not negated
            and type_ != "THREATEN"
            and mode not in PUNISHMENTS  # a warning: retyped THREATEN by conditional_punishments
            and on_condition(sv, cand)
        ):
            modality = "possible"  # "यदि स्थिति बिगड़ी तो … परिचालन बंद किया जाएगा" (round pr2)
        if type_ == "SANCTION" and not any(t.startswith("kb:country/") for t in target):
            type_, mode = "COERCE", "ban"  # a ban on gatherings or traffic, not on a state
        for tok in sv.tokens[_clause_start(sv, cand.first) : cand.last + 1]:
            if tok.text in trig.mode_cues:
                mode = trig.mode_cues[tok.text]
                break
        if type_ == "CONSULT" and attendance_promised(trig, modality):
            type_ = "AGREE"  # "… सम्मेलन में भाग लेंगे": attendance accepted; a meeting stays (ev202)
        # "भारत ने": the Government of India
        source = governments_of_places(source, codes, type_, roles.args, article.text)
        source, target = state_high_courts(
            source,
            target,
            codes,
            roles.args,
            ctx.actors.court_place or ctx.actors.state or state_of_towns(ctx.actors),
        )
        first, last = sv.tokens[cand.first], sv.tokens[cand.last]
        date, basis = None, None
        if ci in dates:
            date, text, at = dates[ci]
            date = past_weekday(date, text, modality, article.dct, cand.verb)  # "शनिवार को कहा"
            basis = f"clause: {text}" if at >= 0 else f"sentence: {text}"
        confidence = 0.5 + (0.2 if roles.explicit_source or roles.possessor else 0.0)
        confidence += 0.1 if (cand.light or trig.verbal) else 0.0
        confidence += 0.1 if (target or trig.symmetric) else 0.0
        confidence -= 0.15 if (roles.anaphoric or inherited) else 0.0
        events.append(
            Event(
                type=type_,
                mode=mode,
                trigger=article.text[first.start : last.end],
                trigger_start=first.start,
                trigger_end=last.end,
                evidence_start=sv.start,
                evidence_end=sv.end,
                source=source,
                target=target,
                date=date,
                date_basis=basis,
                location=list(dict.fromkeys(roles.location)),
                modality=modality,
                negated=negated,
                arguments=roles.args + _time_args(dates.get(ci)),
                sentence=sv.index,
                confidence=round(min(confidence, 0.95), 2),
                id=event_id(article.id, first.start),
                codes=codes,
            )
        )
        made.append((events[-1], ci))
        if mode == "meeting" or trig.mode == "meeting":
            ctx.meetings += 1
            note_meeting(ctx, sv.index, source)
        note(article, sv, cand, "kept", type_)
        if cand.finite and not adverbial:
            # a fronted verb complex lies before the trigger: the next clause starts right after
            # it ("हेमंत सोरेन ने की उच्चस्तरीय बैठक, रांची के डीसी ने दिये … निर्देश")
            prev_end = cand.last + 1 + (0 if cand.fronted else verb_reach(sv, cand))
            # the body met is the meeting's party, no agent a next act inherits ("… कैबिनेट
            # की बैठक की अध्यक्षता करेंगे और … चर्चा करेंगे": the chair's, as before round ev97)
            prev_sources, prev_first = [s for s in source if s != met_body], cand.first
            prev_while = trig.type if _while_doing(cand) else ""
            prev_converb = converb(sv, cand)  # "… का चालान कर 38 वाहनों को जब्त …" (ev170)
    if concerns := _concern_of_appeal(sv, cands, made):
        events = [e for e in events if e not in concerns]
        made = [(e, ci) for e, ci in made if e not in concerns]
    share_dates(sv, cands, dates, made, article.dct)  # a date its owner left unused (round ev84)
    events.extend(accepted_visits(article, sv, cands, made, dates))
    lifted_targets(sv, events)  # "… जोन घोषित किया गया था लेकिन … यह हटा दिया गया" (ev161)
    _note_context(sv, ctx)
    note_stances(ctx, sv.index, events)
    for ev in events:
        if len(ev.source) >= 2:
            ctx.last_pair = list(ev.source)
    return events


def _note_context(sv: SentenceView, ctx: DocContext) -> None:
    """What a sentence leaves for the later ones' anaphors and speakers: its agents, a reporter,
    an agent nobody names. A sentence without candidates comes here alone: every step of
    :func:`extract_sentence` between them reads its candidates or their events and, with none,
    changes nothing (round sp22, issue 16: 1,698 of the 3,172 sentences read for events in the
    227 allowed articles of ``benchmarks/scale.py --days 16``; 1.7% of the stage's line events)."""
    reporter = reported_clause(sv, ctx)
    for u in sv.units:  # the agents this sentence names, for the next sentence's anaphors
        if (u.marker == "ने" or team_agent(sv, u) or passive_reporter(sv, u)) and not u.anaphor:
            ctx.note(unit_actors(u))
            ctx.agents_sentence, ctx.agents_end = sv.index, sv.end
            ctx.named_at = sv.index if unit_actors(u) else ctx.named_at
        elif (
            u.marker == "ने" and ctx.last_agents and _third_person(sv, u)
            and ctx.unnamed_at <= ctx.agents_sentence  # not "एक अधिकारी ने …" since
        ):
            # "उन्होंने … रोक लगा दी है । यह रोक … रहेगी । इसके साथ ही … निर्देश दिया ।": the
            # pronoun carries the agent on, so a subject dropped after it is still theirs
            # (round ev58, from the "no agent" drops of stand-ins D-H and 80 corpus day files)
            ctx.carried_at, ctx.agents_end = sv.index, sv.end
    if reporter is not None:
        ctx.reported_by = (reporter, list(ctx.last_agents))
    else:
        # a sentence naming its own agent outside anyone's कि-clause ends the speaker's report:
        # "… । इसके बाद महाराष्ट्र सरकार ने … । उन्होंने …" is the government again (round ev133).
        # A loop, not ``any()`` of a generator made per sentence (round sp27, issue 16: the
        # largest generator site of the events pass, 4,914 a pass over scale.py --days 16)
        for u in sv.units:
            if u.marker == "ने" and not u.anaphor and unit_actors(u):
                ctx.reported_by = None
                break
    words = sv.words
    if not _AGENT_MARKED.isdisjoint(words):
        ctx.ne_at = sv.index  # any agent, named or not ("एक अधिकारी ने पुष्टि की")
        if not _OTHERS_DID.isdisjoint(words):  # the named agents' words read only then (sp9)
            named = {
                k
                for u in sv.units
                if u.marker == "ने" and unit_actors(u)
                for k in range(u.first, u.marker_end)
            }
            marked = compress(range(len(sv.texts)), map(_OTHERS_DID.__contains__, sv.texts))
            if not named.issuperset(marked):  # a marked word outside the named agents, in C
                ctx.unnamed_at = sv.index  # an agent nobody can name ("एक अधिकारी ने")
    _note_speaker(sv, ctx)


def _third_person(sv: SentenceView, u: Unit) -> bool:
    """The ने-unit is a bare third-person pronoun ("उन्होंने"), the agent last named."""
    return u.anaphor and u.first == u.last and sv.tokens[u.first].text in _THIRD_NE
