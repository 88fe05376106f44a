"""Who a Hindi candidate's parties are once its case roles are read: a symmetric act's two sides
and the source of an act no case marker names.

Why a module of its own: :func:`khabar.events.hindi.extract_sentence` reached the 900-line limit
(round rf1, issues 13 and 16). Its sentence loop decides in which order the rules apply, which
candidates are dropped, and what each sentence hands on to the next (the agent a later act
inherits, where the next clause starts); these two steps of it read only the candidate, its roles,
the sentence and the document's context, none of the loop's carried state, so they stand apart as
two calls. :func:`symmetric_parties` sorts a meeting's or a talk's parties (a convened body, a
partner marked with से/के साथ, the chair of a meeting, the body that met, a glossed interlocutor,
the "हमने" of a quoted speaker); :func:`inferred_source` asks, in order, the rules that give an
act with no agent its source (a reported doer, the speaker, an official's briefing, an office
that reports a passive measure, "on the orders of", an office holder dropped, the guessed issuer
of an agentless measure, the authority of a passive appeal, the fallbacks of
:mod:`khabar.events.parties`). The rules themselves live in the modules they call; the code here
was moved out of the loop unchanged.
"""

from __future__ import annotations

from ..model import Argument, Article, Event
from .acting import district_body
from .agents import _officials_told, _on_orders_of, _reciprocated
from .arguments import Roles, add_role
from .body_officials import body_official
from .candidates import Candidate
from .centre_addressed import centre_addressed
from .chaired import chaired_group
from .clause import DocContext, SentenceView, unit_actors
from .correlative_targets import offender_warned
from .fates import note
from .first_person import we_met
from .gloss import day_of
from .glossed_agents import glossed_subject
from .greetings import greeting_source, verbless
from .health_offices import health_office
from .held_pronouns import held_by_pronoun
from .hospital_sent import sent_to_hospital
from .included_members import included_members
from .institutions import _body_agent
from .issuer import authority, national_government, sports_fixture
from .listed_closures import listed_closure
from .local_crowds import local_crowd
from .measure_places import ruled_place
from .meeting_hosts import meeting_host, meeting_partner
from .meetings import (
    _body_met,
    _chair_after,
    _convened,
    _convened_by_subject,
    _held,
    _meeting_head,
    _talks_subject,
)
from .parties import (
    _glossed_partner,
    abroad_default,
    fallback_source,
    glossed_interlocutor,
    guessed_issuer,
    marked_partners,
    unnamed_officials,
)
from .passive_grants import granted_outright
from .roles import briefed_body
from .speakers import _reported_doer, _said_clause, _speaker
from .stance_holders import held_by, pronoun_held
from .subjects import _office_holder_dropped
from .talk_agents import infinitive_talk
from .told_groups import told_group
from .voice import (
    _agentless,
    _closed_until,
    _passive,
    _stays,
    given_passive,
    granted_passive,
    ordered_passive,
    sum_paid,
)
from .zone_members import sealed_borders

# what the cited authority of an agentless measure is (:func:`khabar.events.parties.guessed_issuer`)
Cited = tuple[list[str], dict[str, str], list[Argument]] | None


def symmetric_parties(
    article: Article,
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    start: int,
    roles: Roles,
    source: list[str],
    target: list[str],
    inherited: bool,
    codes: dict[str, str],
    met_in: bool,
    took_place: bool,
) -> tuple[list[str], list[str], bool, bool, str | None] | None:
    """The parties of a symmetric act (a meeting, talks): (source, target, inherited, spoken,
    the body whose meeting the source called), or None when it has one party only (noted, then
    dropped by the caller). ``met_in``, ``took_place``: the meeting the agent took part in, a
    meeting named as held ("… के साथ हुई बैठक"). Any other act's parties come back as given."""
    trig = cand.trig
    spoken = False  # its first party the speaker of its "हमने"/"हम" (ev186)
    met_body = None  # a body whose meeting the source called (below)
    convened = trig.symmetric and _convened(roles)
    if convened:
        target = list(dict.fromkeys(convened))
        source = [s for s in source if s not in target]
    elif trig.symmetric:
        partners = [] if inherited else marked_partners(sv, roles, source + target)
        source, target = list(dict.fromkeys(source + target)), []
        if partners and len(source) > len(partners):  # "X ने Y से बात की" (round rv27)
            source, target = [s for s in source if s not in partners], partners
        head = None if source else _meeting_head(sv, cand, start) or _chair_after(sv, cand)
        if head is not None:
            add_role(roles, "source", head, sv, unit_actors(head))  # "X की अध्यक्षता में"
            source = list(dict.fromkeys(roles.source))
        body = None if source or head is not None else _body_agent(sv, cand, start)
        if body is not None:  # "मंत्रिमंडल की बैठक में": the body met
            source = [body.entity_id or ""]
            roles.args.append(body)
            roles.explicit_source = True
        elif (
            head is None
            and len(source) == 1
            and (member := _body_agent(sv, cand, start)) is not None
            and (member.entity_id or "") not in source
        ):
            # "पीएम मोदी ने … कैबिनेट की बैठक बुलायी": who called a body's meeting met the
            # body, two parties (round ev97: the unseen set Tc codes the cabinet beside him)
            source.append(member.entity_id or "")
            roles.args.append(member)
            met_body = member.entity_id or ""
        held = head is not None or body is not None or met_in or took_place
        held = held or _held(sv, cand, roles)
        if held and len(source) == 1 and not target and (partner := _glossed_partner(sv, cand, start) or chaired_group(sv, cand, start)):
            roles.args.append(partner)  # "जिलाधिकारी ने … एसडीएमों के साथ बैठक की" (ev87)
            target = [partner.entity_id or ""]
        if len(source) < 2 and not held and not inherited and not target and (
            talk := infinitive_talk(sv, cand, start, roles, source)  # "… करने के साथ" (rc1)
        ):
            source, target = talk  # a glossed partner is found below (glossed_interlocutor)
        if len(source) == 1 and not held and (subject := _talks_subject(sv, cand, start)):
            add_role(roles, "source", subject, sv, unit_actors(subject))  # "X … के साथ बैठक कर रहे हैं"
            source = list(dict.fromkeys(source + roles.source))
            partners = [] if inherited or target else marked_partners(sv, roles, source)
            if partners and len(source) > len(partners):  # "X Y के संपर्क में है" (rv27)
                source, target = [s for s in source if s not in partners], partners
            elif not inherited and not target and (met := _convened_by_subject(roles)):
                # "X … मुख्यमंत्रियों के साथ बैठक करेंगे": X met them (round ta2)
                source, target = [s for s in source if s not in met], list(dict.fromkeys(met))
        if (
            len(source) == 1 and not held and not inherited and not target
            and any(a.role == "source" for a in roles.args)
            and (partner := glossed_interlocutor(sv, cand, start))
        ):
            roles.args.append(partner)  # "X ने … मरीजों से बात की" (round ev126)
            target, held = [partner.entity_id or ""], True
        if len(source) == 1 and not target and not held and (
            we := we_met(article, sv, ctx, cand, start, source, roles.args, codes)
        ):
            source, target, inherited = we, source, True  # "हमने X के साथ चर्चा की" (ev186)
            spoken = True
        if len(source) == 1 and not target and not held and not inherited and (
            host := meeting_host(sv, cand, start, roles, source)  # "X … Y के साथ बैठक" (rc2)
        ):
            add_role(roles, "source", host, sv, unit_actors(host))
            source, target = [s for s in dict.fromkeys(roles.source) if s not in source], source
        elif len(source) == 1 and not target and not held and not inherited and (
            joined := meeting_partner(sv, cand, start, roles, source)  # "X … Y के साथ बैठक कर"
        ):
            roles.args.append(joined)
            target = [joined.entity_id or ""]
        if len(source) < 2 and not target and not _body_met(sv, cand, source) and not held:
            note(article, sv, cand, "symmetric, one party")
            return None
    return source, target, inherited, spoken, met_body


def inferred_source(
    article: Article,
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    ci: int,
    start: int,
    roles: Roles,
    source: list[str],
    target: list[str],
    inherited: bool,
    codes: dict[str, str],
    modality: str,
    negated: bool,
    withheld_now: bool,
    dates: dict[int, tuple[str, str, int]],
    events: list[Event],
) -> tuple[list[str], list[str], bool, Cited, bool]:
    """The source of candidate ``ci`` where the case markers and the agents shared in its clause
    named none, the rules asked in order (see the module's docstring); its target where a
    fallback changes it. ``codes`` and ``roles`` take an inferred issuer's code and argument,
    ``ctx`` the paragraph whose passive concessions one announcement holds. Returns (source,
    target, inherited, the authority cited for it or None, whether the act is scheduled: a
    closure set for a date of its own, a rule stated)."""
    trig = cand.trig
    first_tok = sv.tokens[cand.first]
    cited = None  # an authority the sentence cites for an agentless measure (below)
    if verbless(sv, cand):  # "… को धन्यवाद ।": the speaker's words, no other rule's (round tr2)
        source = greeting_source(sv, ctx, cand, article.text, roles)
        return source, [t for t in roles.target if t not in source], False, None, False
    if not source and not trig.symmetric:
        source = _reported_doer(sv, cand)  # "X ने कहा, Y ने … किया है, इसके जरिए …": Y's
    reporters: list[str] = []  # unnamed officials who only report an agentless measure
    if not source and not trig.symmetric:
        source = _speaker(sv, cand)  # "X ने कहा कि … बंद रहेंगे": X's act, as reported
        source = briefed_body(sv, cand) or source  # an official's briefing (ev129: unnamed too)
        if unnamed_officials(source) and trig.agentless and _passive(cand):
            reporters, source = source, []  # "अधिकारियों ने बताया कि … सील कर दिया गया है"
        passive = trig.agentless and _passive(cand)
        act = (trig.mode, modality)
        office = district_body(source, sv, ctx, act) if passive else None
        office = office or (health_office(source, day_of(article.dct), act) if passive else None)
        office = office or (body_official(source, sv) if passive else None)  # round sm1
        if office is not None:  # "जिलाधिकारी ने बताया कि … क्वारंटाइन कर दिया गया था" (ev120)
            ident, code, name = office
            source, codes[ident] = [ident], code
            roles.args.append(
                Argument("source_inferred", name, first_tok.start, first_tok.start, ident)
            )
    if not source and not trig.symmetric and (orderer := _on_orders_of(sv, cand)):
        add_role(roles, "source", orderer, sv, unit_actors(orderer))  # said in words
        source = list(dict.fromkeys(roles.source))
        roles.explicit_source = True
    # a passive order gets its issuer inferred, unless its target too is only a pronoun
    # (nobody named on either side, nothing to show), or
    # an order says nobody it binds ("जांच के आदेश दे दिए गए हैं": the guessed issuer
    # would be all the event says, and it joined unrelated disaster stories); an arrest or a
    # case of a pronoun does ("उसे गिरफ्तार कर लिया गया", "उनके खिलाफ केस दर्ज": ev22 left
    # them, rv32 not: the police's act is reported all the same)
    if not source and not trig.symmetric and _office_holder_dropped(cand, sv, ctx, article.text):
        source, inherited = list(ctx.last_agents), True
    scheduled = _stays(cand) and ci in dates and dates[ci][2] >= 0
    scheduled = scheduled or _closed_until(sv, cand)  # "31 मार्च तक … बंद रहेंगे"
    scheduled = scheduled or listed_closure(sv, cand, ctx.actors)  # a list's item (ev209)
    scheduled = scheduled or trig.rule  # a rule stated: "… की अनुमति नहीं होगी"
    # a concession granted in the passive ("उद्योगों को छूट दी गई है"): narrow (voice; outright,
    # the article's first only: round rc1, passive_grants);
    # once a paragraph: a list of relaxations ("ई-कॉमर्स को मंजूरी दी गई है. उद्योगों को
    # मंजूरी दी गई.") is one announcement, its items no events of their own (round ev32:
    # the tune half of the event gold codes such a list as one event)
    paragraph = article.text.rfind("\n", 0, sv.start)
    granted = (
        trig.type == "CONCEDE" and trig.mode == "ease" and bool(roles.target)
        and paragraph not in ctx.granted_in
        and (granted_passive(cand, sv) or (not ctx.granted_in and granted_outright(cand, sv)))
    )
    # aid handed to a named group in the perfect or future passive (round ev73, narrow) ...
    passive_aid = (
        trig.type == "AID" and not roles.pronoun_target and given_passive(cand, sv)
    )
    # ... or a sum of money so paid, to a group named or not ("कुल 1,017 करोड़ रुपये
    # ट्रांसफर किए गए हैं"): a government's transfer, its giver guessed (round ev116)
    paid = passive_aid and sum_paid(cand, sv)
    given = passive_aid and (bool(roles.target) or paid)
    # an order of an infinitive's measure in the present perfect passive (round ev73)
    ordered = trig.mode == "order" and not roles.target and ordered_passive(cand, sv)
    # a permission withheld from a named group from now on ("भक्तों को 31 मार्च तक … शामिल होने
    # की अनुमति नहीं दी जाएगी"): a ban, its issuer the authority the text shows, else the
    # management of the place of worship named, else none (rounds ev123, ev125; round ev69
    # made it a ban only where an agent was named)
    barred = withheld_now and bool(roles.target)
    held = held_by_pronoun(trig.mode, roles)  # an arrest of "उसे" (rv32, held_pronouns)
    held = held or offender_warned(sv, cand, roles)  # "अगर … तो उस पर कार्रवाई" (ev208)
    if (
        not source
        and (trig.agentless or granted or given or barred)
        and (_agentless(cand, sv) or scheduled or granted or barred)
        # "… पर भी कोई पाबंदी नहीं लगाई गई है": a measure nobody took, no issuer to guess
        # (round ev55; the one such ban of the 320 corpus day files outside the gold's days)
        and not negated
        and (not roles.pronoun_target or held)  # "उसे गिरफ्तार कर लिया गया" (rv32)
        and (roles.target or trig.mode not in {"order", "arrest"} or ordered or held)
        and not sports_fixture(
            article.text[first_tok.start : sv.tokens[cand.last].end], roles, sv, trig.mode
        )  # "पोलिश ओपन को स्थगित कर दिया गया": the organiser's act, no guessed issuer
    ):
        if granted:
            ctx.granted_in.add(paragraph)
        source, inherited, cited = guessed_issuer(
            article, sv, ctx, cand, roles, target, codes, modality, reporters, source,
            inherited, granted=granted, given=given, paid=paid, ordered=ordered, barred=barred,
        )
    source = source or reporters  # no issuer guessed: the officials, as they reported it
    if (
        not source
        and _passive(cand)
        and roles.target
        and (
            (trig.mode == "appeal" or (trig.mode == "tell_to" and _officials_told(sv, cand, roles)))
            and not any(t.startswith("actor:public") for t in roles.target)
            or told_group(sv, cand, roles)  # a named group of people, a place's (round rc2)
        )
    ):
        # "बुजुर्गों को घरों में ही रहने की अपील की गई है" (NT-2020-MAR-06.txt:34), "राज्यों
        # को सलाह दी गई थी कि" (AU-2020-MAR-31.txt:52): a passive appeal to a named group is
        # the authority's. Not one to the public at large ("लोगों से अपील की गई"): its guessed
        # issuer and "the public" would be all it says, and such events joined unrelated
        # stories (the disaster stories gate)
        ident, code, name = (  # asked of the states or the Union's ministries (ev171)
            national_government() if centre_addressed(trig.mode, roles, article.text)
            else authority(sv, ctx, False, text=article.text)
        )
        source, codes[ident] = [ident], code
        roles.args.append(
            Argument("source_inferred", name, first_tok.start, first_tok.start, ident)
        )
    source, inherited, target = fallback_source(
        article, sv, ctx, cand, start, roles, source, inherited, target, codes
    )
    source = abroad_default(article, sv, ctx, roles, source, codes)  # Spain's (ev167)
    target = ruled_place(sv, ctx, cand, roles, source, target, negated)  # "धारा 144" (ev162)
    sealed_borders(sv, ctx, cand, roles, source)  # "बॉर्डर सील रहेंगे": the town's (ev165)
    local_crowd(roles, ctx.actors, article.text)  # "लोगों ने पथराव": the story town's (sa10)
    source = included_members(article, sv, roles, source)  # "X समेत कई देशों ने" (sa10)
    if not target and trig.mode == "reciprocate" and events:
        target = _reciprocated(sv, cand, events, source, roles)
    if not source and pronoun_held(sv, cand):  # "इनकी मांग है कि …": their people's (rv28)
        source, inherited = held_by(ctx, sv.index), True
    if not source and not trig.symmetric:  # "केंद्र ने … । … हरी झंडी दे दी है" (round ms2)
        said, found = glossed_subject(cand, sv, ctx, article.text)
        source, inherited = [a.entity_id or "" for a in said], bool(said) or inherited
        roles.args.extend(said)
        codes.update(found)
    return source, target, inherited, cited, scheduled


def admission_told(sv: SentenceView, cand: Candidate) -> bool:
    """A passive admission to an isolation ward the narrative tells ("संक्रमित के दो भाई को …
    जिला अस्पताल ले गए, जहां उन्हें आइसोलेशन वार्ड में भर्ती करवाया गया", a core COERCE of the
    tuning set Vi): its object pronoun is whom it admits, as a named agent's is (round ev206).
    Round ev207 (issue 13): 12 such admissions on the 280 allowed corpus day files, 11 a patient
    admitted there (one retells an admission told before). Not inside a speaker's reported
    clause: "डॉ. … ने बताया कि … बुजुर्ग को … उन्हें आइसोलेशन में भर्ती करवाया गया है" is a
    doctor's account of an admission the article then tells itself (the dev gold's tune half
    codes only that one, the reason round ev45 made the entry need a named target)."""
    if sent_to_hospital(sv, cand):
        return True  # "… उन्हें जिला अस्पताल भेजा गया" (round tr4, :mod:`.hospital_sent`)
    return sv.tokens[cand.last].text == "भर्ती" and _said_clause(sv, cand) is None
