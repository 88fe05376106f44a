"""Quality gate: ``khabar eval events`` on PLOVER-GSR (all 322), the first 60 Hindi disaster
documents, and the seeds through the whole pipeline.

Measured 2026-11-24 (installed stages, limit=60): PLOVER type accuracy 0.649, source actor F1
0.735, target actor F1 0.652; disaster trigger identification F1 0.742, classification F1 0.557,
argument F1 0.559 (casualties P 0.886); seeds core events P 0.875 R 0.765, quotes R 1.0; after
the offer beneficiary rule and the places gazetteer: seeds core events P 0.941 R 0.882.
Floors sit slightly below (the seeds floors lower, as they also move with the entity and time
stages). Runs in under a minute.

Round en2, 2026-12-04 (session 4): English measures ("imposed a curfew", "extended the
lockdown", "sealed the border") and no ASSAULT against a disease. ``KHABAR_DATA=/work/shared/data
khabar eval events``: PLOVER type 0.649 -> 0.649, source actor F1 0.735 -> 0.737, target actor F1
0.652 -> 0.655; seeds and hindi-covid-dev (all/tune/check) unchanged. Floors unchanged (the
PLOVER floors already sit below).

Round en3, 2026-12-04 (session 4): English passives ("Doctors were attacked by a mob"): the
subject is the target, the "by" agent the source (none without one). ``KHABAR_DATA=/work/shared/data
khabar eval events``: PLOVER type 0.649 -> 0.649, source actor F1 0.737 -> 0.746 (P 0.783 -> 0.799,
R 0.696 -> 0.699), target actor F1 0.655 -> 0.673; seeds and hindi-covid-dev (all/tune/check)
unchanged. PLOVER actor floors raised: source 0.70 -> 0.73, target 0.62 -> 0.66.

Round en4 (2026-12-04, session 4): a sentence-initial capitalised closed-class, number or
quantity word ("Twelve", "Thousands", "Several"), or one the article also writes in lower case,
is no English name chunk (no fake actor) and no trigger. ``KHABAR_DATA=/work/shared/data khabar
eval events``: PLOVER type 0.649 -> 0.655, source actor F1 0.746 -> 0.754 (P 0.799 -> 0.807),
target actor F1 0.673 -> 0.678; seeds exact and hindi-covid-dev (all/tune/check) unchanged.
Floors raised: type 0.62 -> 0.65, source 0.73 -> 0.75, target 0.66 -> 0.67.

Round en5 (2026-12-04, session 5): English trigger stems match only their inflections ("sever"
not in "several", "support" not in "supporters"), "press"/"back" only as verbs, "get" passives,
a passive with its agent is the main event, a KB actor's name opening a sentence, no target for
the subject's own troops or an adjectival "military aid", "failed to agree" is REJECT, the
subject before a place phrase is the source ("Police in Delhi arrested": Police); the eval now
prints ``plover-gsr:tune`` (even records) and ``plover-gsr:check`` (odd, measured at the end).
``KHABAR_DATA=/work/shared/data khabar eval events``: PLOVER all type 0.655 -> 0.658, source F1
0.754 -> 0.754 (P 0.807 -> 0.818), target F1 0.678 -> 0.700; tune 0.671 -> 0.683, 0.731 ->
0.744, 0.671 -> 0.705; check 0.640 -> 0.634, 0.776 -> 0.763, 0.684 -> 0.695. Seeds exact,
hindi-covid-dev (all/tune/check) unchanged. Floors: target 0.67 -> 0.69 (type and source stay).

Round en6 (2026-12-04, session 5): general PLOVER/CAMEO verb classes in the English lexicon
(surrender, renege, road blocking, beat up and torture as ASSAULT, joint exercises and shared
intelligence, establishing diplomatic ties, hacking into, seeking refuge/help), lower-case actor
nouns (insurgents, farmers, guards, governor, groups...), a trailing speaker ("..., officials
said") is no target or conjunct, a place phrase ("near the town of X") is no source, name
particles ("al-Assad", "bin", "von der") keep a name whole, an aid noun after a giving verb takes
the verb's subject and object. ``KHABAR_DATA=/work/shared/data khabar eval events``: PLOVER all
type 0.658 -> 0.696, source F1 0.754 -> 0.776, target F1 0.700 -> 0.708; tune 0.683 -> 0.739,
0.744 -> 0.779, 0.705 -> 0.722; check (once, at the end) 0.634 -> 0.652, 0.763 -> 0.773, 0.695
-> 0.693. Seeds exact; hindi-disaster and hindi-covid-dev (all/tune/check) unchanged. Floors:
type 0.65 -> 0.69, source 0.75 -> 0.77, target 0.69 -> 0.70.

Round ev86 (2026-12-05, session 8): disaster words that report no disaster (a facility or victims
named after one, "लू कॉर्नर", "सुनामी पीड़ितों"; a sentence dated to an earlier year; a one-word
trigger between commas) and KB spellings of towns. ``KHABAR_DATA=/work/shared/data khabar eval
events``: hindi-disaster trigger_classification P 0.566 -> 0.567 (F1 0.546 unchanged),
argument_place P 0.589 -> 0.589, R 0.326 -> 0.327 (F1 0.420 unchanged), trigger_identification
unchanged; hindi-covid-dev core R/P all/tune/check unchanged (0.796/0.929, 0.905/0.950,
0.600/0.875). Floors unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.events import evaluate

DIGEST = "266030a7b30672ea"
COVID_DIGEST = "826f7ed36027fb8a"


def test_events_gate(shared_data: Path) -> None:
    report = evaluate(
        Config(data_dir=shared_data), limit=60, datasets=("plover-gsr", "hindi-disaster", "seeds")
    )
    if report.data_digest != DIGEST:
        pytest.skip(f"gold data changed (digest {report.data_digest}); re-measure and re-pin")

    def row(dataset: str, metric: str) -> dict:
        return report.score(dataset=dataset, metric=metric)

    assert row("plover-gsr", "event_type")["accuracy"] >= 0.69
    assert row("plover-gsr", "source_actor")["f1"] >= 0.77
    assert row("plover-gsr", "target_actor")["f1"] >= 0.70
    assert row("hindi-disaster", "trigger_identification")["f1"] >= 0.71
    assert row("hindi-disaster", "trigger_classification")["f1"] >= 0.52
    assert row("hindi-disaster", "argument_all")["f1"] >= 0.52
    assert row("hindi-disaster", "argument_casualties")["precision"] >= 0.85
    # 2026-12-03 (ev10): seeds core R 1.00 P 1.00, the two visa-free entry events found
    assert row("seeds", "core_events")["recall"] >= 0.95
    assert row("seeds", "core_events")["precision"] >= 0.85
    assert row("seeds", "quotes")["recall"] >= 0.9


def test_missing_data_is_a_coded_error(tmp_path: Path) -> None:
    from khabar.errors import KhabarError

    with pytest.raises(KhabarError, match="E040"):
        evaluate(Config(data_dir=tmp_path), datasets=("plover-gsr",))
    bad = tmp_path / "events" / "plover-gsr"
    bad.mkdir(parents=True)
    (bad / "PLOVER_GSR_CAMEO.json").write_text("[{not json", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041"):
        evaluate(Config(data_dir=tmp_path), datasets=("plover-gsr",))


def test_covid_dev_gate(shared_data: Path, tmp_path: Path) -> None:
    """The Hindi COVID event gold through whole day files. Measured 2026-12-03, round ev6
    (issue 13: kinds found on the tune half and on corpus files outside the gold; the check half
    read only as counts per PLOVER type, modality and failure kind, never its sentences),
    ``KHABAR_DATA=../shared/data khabar eval events --predictions P`` and score_events.py on P:

    all:   core R 0.643 (63/98) P 0.940, date 0.922, modality 0.922, actors lenient 0.299
           (n=77), source side strict 0.610
    tune:  core R 0.746 (47/63) P 0.960, source 0.636
    check: core R 0.457 (16/35) P 0.885, secondary R 0.154, date 0.818, modality 0.864,
           source 0.545
    (steps: urging in the polite imperative and the copula request: tune 0.714 -> 0.746, check
    0.371 -> 0.429; the passive appeal to a named group: check -> 0.457; the police as the
    inferred agent of FIRs and arrests: source 0.605 -> 0.618, no recall change.)

    Before round ev6, second round (tune half = even positions of the sorted article ids, where
    errors were read; check half = odd, read only as counts per PLOVER type and failure kind):

    all:   core R 0.592 (58/98) P 0.935, date 0.931, modality 0.917, actors strict 0.014 /
           lenient 0.264 (n=72); source side strict 0.625 (romanised names), target side
           strict 0.028 (gold targets are English descriptions); timex span R 0.716, value 0.820
    tune:  core R 0.714 P 0.957, date 0.962, modality 0.943, source 0.642
    check: core R 0.371 P 0.870, secondary R 0.154, date 0.842, modality 0.842, source 0.579
    (fourth round, same day, after the planned screening as a measure: tune core R 0.698 ->
    0.714; check core unchanged, one more secondary found (0.128 -> 0.154), P 0.864 -> 0.870;
    third round, after the support-word bridge and the dropped subject two sentences on: all
    R 0.582 P 0.934, tune R 0.698, check R 0.371 P 0.864; second round: all R 0.571 P 0.933,
    check R 0.343 P 0.857; first round: all R 0.561 P 0.876; tune R 0.698 P 0.928; check
    R 0.314 P 0.700)

    Actors in English (ev7, same day, after the glossary of target phrases, the jurisdiction
    rule, objects of measures without को and the public as the addressee of an appeal to nobody
    named; core R/P unchanged): actors strict 0.014 -> 0.125, source 0.625 -> 0.653, target
    0.028 -> 0.167, lenient 0.264 -> 0.361 (all, n=72); tune actors 0.019 -> 0.151, target
    0.038 -> 0.207; check actors 0.000 -> 0.053, target 0.000 -> 0.053 (n=19).

    Both rounds merged (main, same day): all core R 0.643 P 0.940, actors strict 0.117 /
    lenient 0.390 (n=77), source 0.636, target 0.169, date 0.922, modality 0.922; tune actors
    0.145, target 0.218; check core R 0.457 P 0.885, actors 0.045, source 0.545, target 0.045
    (n=22). The floors below are for the merged state.

    Round ev8 (2026-12-03, same command; kinds from the tune half and corpus sentences outside
    the gold): role assignment moved to events/roles.py with identical predictions (cmp); the
    genitive of a person's office ("हिमाचल प्रदेश के मुख्यमंत्री X के प्रयासों") no longer taken
    as the target, office holders coded on the article's day, an official named just before a
    dropped subject as its agent, and coordinated person + office partners: all core R 0.643
    P 0.940 (unchanged), actors lenient 0.390 -> 0.403, target lenient 0.429 -> 0.442; tune
    actors lenient 0.436 -> 0.455; check unchanged (core R 0.457 P 0.885, lenient 0.273).
    The actors_lenient floor moves up to 0.38.

    Round ev9 (2026-12-03, same command; kinds from tools/find_missed_acts.py on corpus day files
    outside the gold: bracketed Latin glosses, a headline's fronted light verb, जरूर, declared
    holidays): every figure above unchanged (all core R 0.643 P 0.940, actors lenient 0.403;
    tune R 0.746 P 0.960; check R 0.457 P 0.885): the 30 dev articles hold none of these
    constructions. Floors unchanged.

    Round ev11, actors (2026-12-03, same command; kinds counted per half by
    ``tools/actor_errors.py P``, rows read on the tune half only): a holder's name right after
    a one-person office that the tagger missed ("कृषि मंत्री बादल पत्रलेख") and the bare office
    later resolved to it; a ban on an activity targets its doer ("लोगों के एकत्रित होने पर
    पाबंदी"); a cause or purpose ends a target phrase, a quantifier alone is no target; a
    measure for everyone with no target named (lockdown, curfew, rules, a requirement, a
    helpline, guidelines, or one in the issuer's own territory) is addressed to the public of
    its issuer's jurisdiction; a doer-less activity is no target; more glossary heads; name
    words spelt as the KB spells them, initials as letters. Core R/P, date, modality unchanged.
    all: actors strict 0.117 -> 0.156, lenient 0.403 -> 0.429, source 0.636 -> 0.675, target
    0.169 -> 0.195 (n=77); tune: actors 0.145 -> 0.200, lenient 0.455 -> 0.491, source 0.673 ->
    0.727, target 0.218 -> 0.255 (n=55); check unchanged: actors 0.045, lenient 0.273, source
    0.545, target 0.045 (n=22; 7 of its 10 wrong sources are inferred authorities of passive
    orders, 11 of its 21 wrong targets empty or unglossed). Actor floors re-pinned.

    Round ev10 (2026-12-03, same command; kinds from tools/why_missed.py, which counts per half
    why each missed core event was missed, the check half as counts only): a closure set for a
    day with its issuer inferred, the -यी spellings of light verbs, सख्ती बरत, गुहार, से मना,
    पिटाई, an act begun (शुरू), the passive-subjunctive direction ("कहा कि … किया जाए"), a
    glossed group as ने-agent, a decision's genitive decider, and particles inside multiword
    forms (the last moved the check half: 16 -> 17). all core R 0.643 -> 0.684 (67/98) P 0.943;
    tune R 0.746 -> 0.794 (50/63) P 0.962; check R 0.457 -> 0.486 (17/35) P 0.889, date 0.826,
    modality 0.870. The events found besides have inferred or glossed sources the gold names
    otherwise: source side strict 0.636 -> 0.610, actors lenient 0.403 -> 0.378, actors strict
    0.117 -> 0.110 (n=77 -> 82). Then a passive quarantine as the local authority's measure
    (its participle before a noun and its infinitive under a postposition excluded): all core R
    0.694 (68/98) P 0.925; tune R 0.794 P 0.943 (two real quarantines the gold leaves uncoded);
    check R 0.486 -> 0.514 (18/35) P 0.879, date 0.846, modality 0.885; n 82 -> 91, source side
    strict 0.593, actors lenient 0.352, strict 0.099, target 0.143 (the inferred district is
    often not the gold's). Floors: actors lenient 0.33, source 0.57, strict 0.09, target 0.13
    (down), core R 0.68, tune R 0.77, check R 0.50 (up), core P 0.90, tune P 0.92 (down).
    Seeds: core R 1.00 P 1.00.

    Rounds ev10 and ev11 together (main after both merges, same command): all core R 0.694 P
    0.925; tune R 0.794 P 0.943; check R 0.514 P 0.879; on the 91 matched events actors strict
    0.132, lenient 0.374, source 0.626, target 0.165, date 0.923, modality 0.912. Actor floors
    re-pinned to these: lenient 0.36, source 0.61, strict 0.12, target 0.15.

    Round ev12, the issuer of agentless measures (2026-12-03, same command; wrong inferred
    sources counted by kind per half with ``tools/actor_errors.py P``, rows read on the tune half
    only): the one named as ordering it ("X के आदेश पर"), a national matter (flights, trains,
    anything international) the country's, a measure announced while a speaker's report goes on
    the speaker's, an agentless measure soon after an authority acted in the paragraph theirs,
    a foreign country where the home country's nationals are stranded never the issuer; the
    modal सकता/सकती is possible. Core R/P, date, modality unchanged (all R 0.694 P 0.925; tune
    R 0.794 P 0.943; check R 0.514 P 0.879). all: source 0.626 -> 0.670, actors strict 0.132
    -> 0.143, lenient 0.374 -> 0.385, target 0.165 -> 0.176 (n=91); tune: source 0.661 ->
    0.723, strict 0.169 -> 0.185, lenient 0.415 -> 0.431 (n=65); check unchanged: source 0.538,
    lenient 0.269 (n=26; its wrong inferred sources: 4 another place or level, 2 an official,
    2 another sector). Actor floors re-pinned: source 0.65, strict 0.13, lenient 0.37, target
    0.16.

    Round ev15, the issuer of agentless measures, second pass (2026-12-03, same command; wrong
    inferred sources split finer per half by ``tools/actor_errors.py P``: gold and our level,
    place relation, where the gold writes its issuer; rows read on the tune half only): a
    district named by compass words (Delhi's: "दक्षिण-पश्चिम दिल्ली") is the place of a local
    measure there or later in the article; an authority the sentence names acting in another
    clause (ने-agent of a passive, a bare subject, "पुलिस की टीम") issues its agentless measure;
    a quarantine is a local (district) measure; a measure reported while an official's statement
    goes on is the official's. Core R/P, date, modality unchanged (all R 0.694
    P 0.925; tune R 0.794 P 0.943; check R 0.514 P 0.879). all: source 0.670 -> 0.703, lenient
    0.385 -> 0.407, strict 0.143 and target 0.176 unchanged (n=91); tune: source 0.723 ->
    0.754, lenient 0.431 -> 0.446 (n=65); check: source 0.538 -> 0.577, lenient 0.269 -> 0.308
    (n=26; its 5 wrong inferred sources left: 3 a gold district where ours is another district,
    the country or the police; 2 an issuer the evidence sentence names that no rule took, a
    person and the police; besides, a gold state government where ours is the official
    speaking). Floors re-pinned: source 0.69, lenient 0.39.

    Round ev13, coverage (2026-12-03, same command; families mined from corpus day files outside
    the gold with tools/mine_light_verbs.py and tools/find_missed_acts.py, each judged on about 10
    corpus sentences; the check half read as counts per kind from tools/why_missed.py): kept in
    isolation and पृथक as quarantine, special trains run (AID), repatriation named with स्वदेश/वतन,
    bans and lockdowns lifted (CONCEDE), टाल दिया (postponed), force the police had to use with its
    को-subject as the doer ("पुलिस को लाठियां चलानी पड़ी"), oneself as the clause's object no
    coercion, a meeting in which a decision was taken or a body's meeting, headline meetings, and
    खंडन, याचिका दायर, घेराव, बधाई, स्वागत. all core R 0.694 -> 0.714 (70/98) P 0.925 -> 0.921;
    tune R 0.794 (unchanged) P 0.943 -> 0.944; check R 0.514 -> 0.571 (18 -> 20 of 35) P 0.879 ->
    0.865. On matched events (n 91 -> 96): actors strict 0.143 -> 0.135, lenient 0.385 -> 0.375,
    source 0.670 -> 0.656, target 0.176 -> 0.167, date 0.923 -> 0.917, modality 0.912 -> 0.917
    (the new events' sources are mostly inferred authorities). Floors: core R 0.70, check R 0.55
    (up), check P 0.85 (down, the brief's bar); the others hold.

    Round ev14, targets (2026-12-03, same command; target sides counted by kind per half with
    ``tools/actor_errors.py P``, rows read on the tune half only): words that address everyone
    in an appeal ("आप सभी से आग्रह", "सभी से अपील") are the public's text and evidence, the
    public the target even when the speaker's place is unknown; whom aid is for in a purpose
    clause ("X को लाने के लिए"); relative participles glossed ("X में फंसे Y" = "Y stranded in
    X", kind ``rel`` of the glossary); a service or workplace closed as the subject ("दिल्ली
    मेट्रो बंद रहेगी"); whose activity a measure stops ("X की एंट्री रोक", "X का प्रवेश रोक");
    an unglossed piece of a clause ("इनमें एक", "किए गए बदलावों") no target; a place named right
    before the object ("दिल्ली में सभी गैर-जरूरी सेवाओं को") qualifies it instead of the source's
    jurisdiction; everyone in a town is "residents of X", in a state or country "public of X",
    and the people ("लोगों") a town's or state's authority acts on are its own; police offices
    by their English titles. Core R/P, date, modality, source unchanged. all: actors strict
    0.143 -> 0.154, lenient 0.385 -> 0.440, target 0.176 -> 0.220, target lenient 0.473 ->
    0.538 (n=91); tune: strict 0.185 -> 0.200, lenient 0.431 -> 0.508, target 0.231 -> 0.292
    (n=65; empty targets 16 -> 11, unglossed 6 -> 4); check: strict 0.038, lenient 0.269,
    target 0.038 unchanged (n=26; by kind empty 7 -> 6, unglossed 6 -> 5, hindi 7 -> 8, wrong
    4 -> 5). Actor floors re-pinned: strict 0.14, lenient 0.42, target 0.20.

    Merged ev13 + ev14 + ev15 (lead, 2026-12-03, same command): all core R 0.714 P 0.921; tune
    R 0.794 P 0.944; check R 0.571 P 0.865; on 96 matched events actors strict 0.146, lenient
    0.448, source 0.688, target 0.208, date 0.917, modality 0.917 (check, n=29: source 0.552,
    lenient 0.276). Source floor 0.67 (the new events' inferred sources take back part of ev15's
    gain); the other floors are the branches' own.

    Round ev17, small actor kinds (2026-12-03, same command; kinds counted on the tune half and
    in corpus day files outside the gold): a nationality adjective names its country ("रूसी
    जनता"), no dictionary form starts inside a place name ("उत्तर प्रदेश सरकार"), "जनता कर्फ्यू"
    no actor, compass districts before an office, Delhi localities through their district, a
    place's bracketed abbreviation kept in glosses ("United Arab Emirates (UAE)"). Core R/P,
    date, modality, source, lenient unchanged; all (n=96): actors strict 0.146 -> 0.156, target
    0.208 -> 0.219; tune (n=67): actors 0.194 -> 0.209, target 0.284 -> 0.298; check (n=29)
    unchanged (actors 0.035, lenient 0.276, source 0.552). Floors: strict 0.15, target 0.21.

    Round ev16, events dropped by a rule and modality (2026-12-03, same command; kinds from
    tools/why_missed.py, the check half read as counts only, and from corpus day files outside
    the gold): the unmarked subject of a progressive, inceptive, completive or future act as its
    agent; a meeting one named party held or chaired; a fronted "ने की बैठक" no longer hiding the
    next clause; authorities told in the passive; a glossed group before द्वारा; "किया जाना
    चाहिए"/"दी जाएं" proposed, "की तैयारी" planned, a measure asked for no act. Core R, date,
    modality, actors unchanged (all R 0.714, tune 0.794, check 0.571 (20/35)); P all 0.921 ->
    0.922, tune 0.944, check 0.865 -> 0.868. The check half's misses are of kinds these rules do
    not reach (a noun without its light verb, no trigger). On the 357 corpus day files outside
    the gold: 42 events more, 40 right by hand; 29 modality changes, 27 right. Floors hold.

    Round ev18, event nouns with no light verb of their own (2026-12-03, same command; kinds
    from tools/why_missed.py on the tune half and from the fates of candidate triggers over all
    corpus day files outside the gold, new events read by hand; the check half measured once, at
    the end): a meeting named only as where its one ने-agent acted (बैठक में / के बाद / के
    दौरान X ने …; an article's first meeting only), an official team arriving at a place (टीम …
    पहुंची: CONSULT visit), a closure announced or decided in a कि-clause (ने ऐलान/फैसला किया कि),
    kept closed by a decision or an order (बंद रखने का फैसला), a first-person act (हमने/मैंने) as
    the current speaker's; an act suggested or talked of (करने का सुझाव, की बात) not done, a
    जांच of the public or in medical words no investigation. all core R 0.714 -> 0.735 (72/98)
    P 0.922 -> 0.924; tune R 0.794 -> 0.825 (50 -> 52 of 63) P 0.944 -> 0.946; check R 0.571
    (20/35, unchanged) P 0.868 -> 0.872. On matched events (n 96 -> 98): actors strict 0.156 ->
    0.153, lenient 0.448 -> 0.439, source 0.688 -> 0.684, target 0.219 -> 0.214, date 0.917 ->
    0.918, modality 0.917 -> 0.918. Seeds core R 1.00 P 1.00. On the corpus day files outside
    the gold (tools/find_missed_acts.py's sample, seed 7, all of them): 73 events more, 67 right
    by hand (wrong: a private person's request, a shop's and a gym's own closure, two opinions
    that places should stay shut); 7 "investigations" fewer, all of them medical tests.
    Floors: core R 0.72, tune R 0.80 (up); the others hold.
    Round ev19, actors (2026-12-03, same command; kinds counted per half by
    ``tools/actor_errors.py P``, rows read on the tune half only, each kind also counted in corpus
    day files outside the gold): the addressee of an order whose complement clause stands between
    ("अधिकारियों को … पर कार्रवाई करने के निर्देश"), of a letter or call ("X को पत्र लिखकर");
    a rule for everyone ("हर किसी को … अनिवार्य") binds the public; time adverbials (समय, दौरान,
    पश्चात) and a letter end an object; "पर्याप्त संख्या में" no topic; a noun modifying the
    next ("पुलिस कर्मचारियों") the subject only when no other is; conventional spellings of
    common Indian names (Agarwal, Gaikwad, Nancy); states acting are "Indian state governments".
    Core R/P, date, modality unchanged (all R 0.714 P 0.922; seeds 1.000/1.000). all (n=96):
    actors strict 0.156 -> 0.229, lenient 0.448 -> 0.479, source 0.688 -> 0.760, target 0.219
    -> 0.271; tune (n=67): actors 0.209 -> 0.313, lenient 0.522 -> 0.567, source 0.746 ->
    0.821, target 0.298 -> 0.358; check (n=29): source 0.552 -> 0.621, target 0.035 -> 0.069,
    actors 0.035 and lenient 0.276 unchanged. Floors: strict 0.21, lenient 0.46, source 0.73,
    target 0.25. Spot check on corpus sentences outside the gold (by hand): the letter rule's 5
    targets right of 5; the complement rule 2 of 2 right, after the two kinds it got wrong (an
    order carried by a letter, a person to be released) were excluded.

    Merged main after ev18, ev19 and cl1 (2026-12-03, same command; cl1: a clean-stage change,
    unpunctuated body lines ending in an auxiliary are body, tuned on the even half of the corpus
    day files): all core R 0.745 (73/98) P 0.918; tune R 0.841 P 0.937; check R 0.571 (20/35) P
    0.872. Matched (n=100): actors strict 0.220, lenient 0.460, source 0.750, target 0.260, date
    0.920, modality 0.910. Lenient floor 0.46 -> 0.45 (the figure sits exactly on it).

    Round ev21, the level of an inferred issuer (2026-12-04, same command; source kinds counted
    per half by ``tools/actor_errors.py P``, rows read on the tune half only; each kind also
    counted by hand on inferred issuers of corpus day files outside the gold, 38 of them, the
    sample the kinds were found in: 20 at the right level before, 29 after): a place written as where people came from (X से आए/लौटे,
    lists too) is not the jurisdiction nor the story's town; a dateline is not the measure's
    place; "देश में" / "राज्य में … प्रदेश के सभी" scope the measure to the country or the state;
    "कई राज्यों में" are the state governments, "राज्यों को" told by the Centre; a measure on
    policemen is the police's; with no government word read, the last state the article named
    (a state, not a district the KB lists as a region) before the country, and its police for a
    bare "पुलिस" with no town; a sentence listing three towns or more names no story town;
    "जिला अधिकारी" is the district magistrate. Core R/P, date, modality unchanged (all R 0.745 P 0.918; seeds
    1.000/1.000; plover-gsr source F1 0.735 unchanged). Matched (n=100): source 0.750 -> 0.780,
    lenient 0.460 -> 0.480, strict 0.220 and target 0.260 unchanged; tune (n=71): source 0.803
    -> 0.831, lenient 0.535 -> 0.549; check (n=29, measured once at the end): source 0.621 ->
    0.655, lenient 0.276 -> 0.310. A second sample of 40 corpus issuers, drawn after the rules
    were written: 2 right more, none wrong more. Source floor 0.73 -> 0.77.
    Round ev24, inferred issuers on round-up news (2026-12-04, same command): places people are
    sent to, pass through or attended a gathering in, "X सहित", a foreign place (its country's
    government), people stranded abroad, round-up items (a sub-heading naming a place, a second
    dateline). Counted by hand on inferred issuers of corpus day files outside the gold
    (``tools/sample_issuers.py``; rules found on seeds 2424-2828, recounted on seed 2929 drawn
    after them: 18 -> 22 of 32 judged right, none wrong more). The dev predictions are unchanged
    byte for byte (the rules change no gold prediction): source 0.780 (tune 0.831, check
    0.655), core R/P, seeds and plover-gsr unchanged. Source floor stays 0.77.
    Round ev20, targets (2026-12-04, same command; target sides counted by kind on the tune half
    with ``tools/actor_errors.py P --show``, each rule also run over all corpus day files outside
    the gold and its changes read by hand): a group written to that is no entity ("सभी राज्यों
    के मुख्य सचिवों को पत्र लिखकर"), states a state addresses are the country's, the public or
    people a closure is for ("आम लोगों के लिए बंद"), a group target with the words that say
    which ("38 संसद सदस्यों", "गृह विभाग और पुलिस के आला अधिकारियों"), a पर-place before a
    conjunctive participle no target. Core R/P,
    date, modality, source, seeds unchanged. all (n=100): actors strict 0.220 -> 0.230, target
    0.260 -> 0.290 (lenient 0.530 -> 0.550), actors lenient 0.460; tune (n=71): actors 0.296 ->
    0.310, target 0.338 -> 0.380; check (n=29, measured once at the end): unchanged (actors
    0.034, lenient 0.276, target 0.069). Outside the gold (all 355 day files): 41 events'
    targets changed, no event added or lost; read by hand, each right or more complete, but two
    spans kept from before ("65 के तहत कुल 2,649 लोगों") and place qualifiers taken from the
    issuer ("employees in Delhi"). Floors: strict 0.22, target 0.28.
    Round ev22, recall kinds from the corpus (2026-12-04, same command; kinds counted from the
    fates of candidate triggers over the 381 corpus day files outside the gold, every new event
    there read by hand, 118 more events of which 110 right; the tune half read, the check half
    measured at the end): a ने-agent headed by a body or office or spelt in Hindi letter names
    (मंत्रालय, आयोग, बोर्ड, टीम, आयुक्त, डीजीसीए) as the source; an order or advisory reported by
    what it says ("द्वारा जारी आदेश में कहा गया"); a warning of action (THREATEN); an arrangement
    for a group and relief given (AID); a measure extended after a date phrase, strictness raised;
    a passive arrest with its detainee named (police inferred); होगा/होगी/होंगे as future; a
    measure named by its announcement ("की घोषणा के बाद"). all core R 0.745 -> 0.755 (74/98) P
    0.918 -> 0.919; tune R 0.841 -> 0.857 (54/63) P 0.937 -> 0.938; check R 0.571 (20/35,
    unchanged) P 0.872 (unchanged). Matched (n 100 -> 101): actors strict 0.220 -> 0.218,
    lenient 0.460 -> 0.455, source 0.750 -> 0.743, target 0.260 -> 0.257, date 0.920 -> 0.911,
    modality 0.910 -> 0.911. Seeds core R 1.00 P 1.00. Floors: core R 0.74, tune R 0.84 (up);
    the others hold.

    Round tx1, timexes (2026-12-04, same command; misses and value errors read with
    score_events.py --errors on the tune half only, each kind counted on corpus day files outside
    the gold; the check half measured once at the end): "अब तक/अभी तक/अबतक" as PRESENT_REF (16 of
    the tune half's 25 misses; 1,303 in the corpus), decimal doubling times P7.5D (17 value
    errors), midnight T24:00, "A से B" ranges as two points with a clock end on the start's day
    and day-less clock ranges as daily hours, a day near the reference that tense read as last
    year, "के लिए" no past verb, day numbers in words (सात मई; 172 in the corpus), age limits no
    durations, "उसी दिन" as the day named before. Timex span R all 0.716 -> 0.821, value 0.820 ->
    0.968; tune span 0.841 -> 0.955, value 0.758 -> 0.993, precision 0.925 -> 0.969; check span
    0.609 -> 0.707, value 0.893 ->
    0.938 (51 of the check half's 184 non-optional gold timexes are on lines the clean stage
    labels boilerplate, tables and lists the time stage never sees: on the lines it sees, check
    span R is 130/133). Core R/P, event date (all 0.920, tune 0.958, check 0.828), modality and
    actors unchanged. Timex floors 0.70 -> 0.80 (span), 0.79 -> 0.95 (value); check half 0.69 / 0.92.

    Round tx1 (2026-12-04 (session 3), same command; kinds from a hand annotation of 8 corpus
    articles outside the gold days, split A/B before annotating, A and the tune half read, B kept
    for the honest figure; every new span read by hand on corpus day files): dates in the cells of
    data tables inside a report (tab-separated rows the clean stage labels boilerplate) and the
    table's caption, ages no timexes, दैनिक in newspaper names, "सुबह 7 से 11 बजे तक" as two
    clock times, बीती रात, "21 और 22 मार्च" / "मार्च, अप्रैल" lists, minutes in words. Timex span R
    all 0.821 -> 0.979, tune 0.955 -> 0.987, check 0.707 -> 0.973 (the tables: the hidden set has
    fewer); value all 0.968 -> 0.973, tune 0.993 -> 0.994, check 0.938 -> 0.955; timex precision
    (score_events.py, all) 0.950 -> 0.960. Hand set B (no table) recall 22/22 unchanged, precision
    23/26 -> 23/24; set A recall 20/24 -> 24/24. Events, event dates (all 0.913, tune 0.946, check
    0.828), actors unchanged. Timex floors 0.80 -> 0.97 (span), 0.95 -> 0.96 (value); check half
    0.69 -> 0.96 (span), 0.92 -> 0.95 (value).

    Round ev23, pronoun targets (2026-12-04, same command; the pronoun kinds read on the tune
    half with ``tools/actor_errors.py P --show``, the rule judged by hand on corpus day files
    outside the gold with ``tools/pronoun_targets.py --every 2 --offset K``: written on K=0, 24
    of 26 resolutions right; read afterwards on K=1, 29 of 30): "उन्हें/उसे … क्वारंटाइन",
    "उसके खिलाफ" take their antecedent. Core R/P, date, modality, source, strict target and
    seeds unchanged. all (n=100): actors lenient 0.480 -> 0.490, target lenient 0.550 -> 0.560;
    tune (n=71): actors lenient 0.549 -> 0.563; check (n=29, measured once at the end):
    unchanged (actors 0.034, lenient 0.310, target 0.069). Floor: lenient 0.45 -> 0.47.

    Round ev25, whom a measure binds (2026-12-04, same command; wrong targets of the tune half
    counted by kind with ``tools/actor_errors.py P --show``, each rule read on every 3rd corpus
    day file outside the gold): a curfew's or lockdown's place target is its people ("residents of
    X" / "public of X", which also meets a gold that names the place); a tightening (सख्ती)
    binds the public; the public of a measure whose source is placed only later (the article's
    police, an inferred issuer) gets that place, none for an office word with no place; "इन/उन
    (सभी) लोगों" are these people, not the public; an unglossable "X में" (ऐसे में, इस संबंध में)
    is no target; a KB place right before an object ("पटना में सार्वजनिक वाहनों पर रोक") names
    the object's place. Abstention (no target for weak trigger types) was counted and left: the
    gold leaves a target empty in 2 of the 72 matched tune pairs. Core R/P, source, date,
    modality, seeds and plover-gsr unchanged. all (n=101): actors 0.228 -> 0.257, lenient 0.485
    -> 0.515, target 0.287 -> 0.317; tune (n=72): actors 0.306 -> 0.347, lenient 0.556 -> 0.597,
    target 0.375 -> 0.417; check (n=29, measured once at the end): unchanged (actors 0.034,
    lenient 0.310, target 0.069). Floors: actors 0.22 -> 0.25, lenient 0.47 -> 0.50, target
    0.28 -> 0.31.

    Round ev26, kinds of events from the corpus (2026-12-04, same command; kinds counted on the
    381 corpus day files outside the gold from the candidates' fates, tools/find_missed_acts.py
    and tools/mine_light_verbs.py, every event added there read by hand; the tune half confirmed
    kinds, the check half measured once at the end): a closure until a day ("31 मार्च तक … बंद
    रहेंगे"), "लॉक डाउन" in two words, a meeting called (बैठक बुलाई), an emergency imposed, a
    permission or relaxation withheld as a prohibition ("… की अनुमति/कोई छूट नहीं होगी"), a cap on
    office staff ("25 फीसदी कर्मचारी ही उपस्थित रहेंगे"), warships and military aircraft sent
    (MOBILIZE), going on strike, शासन/मंडल/regulators as institutional agents. all core R 0.755
    -> 0.786 (77/98) P 0.919 -> 0.914; tune R 0.857 -> 0.905 (57/63) P 0.938 -> 0.930 (one real
    funeral cap the gold codes on another line); check R 0.571 (20/35) P 0.872, unchanged.
    Matched (n 101 -> 104): actors strict 0.228 -> 0.240, lenient 0.485 -> 0.490, source 0.772 ->
    0.779, target 0.287 -> 0.298, date 0.911 -> 0.913, modality 0.911 -> 0.913. Seeds core R 1.00
    P 1.00. Floors: core R 0.74 -> 0.77, tune R 0.84 -> 0.89; the others hold.

    Round ev27, unseen-article recall (2026-12-04, same command): a self-annotated stand-in for
    the held-out set, 12 COVID-era articles from 10 corpus day files outside the gold (5 outlets,
    34 core events annotated by hand before khabar was run on them, kept outside the repository),
    its misses counted by kind: money given or released (रुपये/राशि दी, जारी, ट्रांसफर), a cost
    borne (खर्च उठाएंगे), shots fired (गोलियां चलाईं/बरसाईं), remand, trains being run (चला रहा है),
    a complaint lodged (रिपोर्ट दर्ज कराई: ACCUSE), cooperation with a partner, अप्रूवल, a bare
    country opening its clause as the subject of its future act; and two precision kinds found on
    the corpus: infection counts read as charges ("मामले दर्ज किए गए" now needs a legal word or a
    defendant) and journeys read as visits (a यात्रा needs a traveller named as a person or an
    organisation). Own test: core R 16/25 -> 20/25 on the first 9 articles, 23/34 -> 25/34 on
    all 12. Dev gold: all core R 0.786 (unchanged) P 0.914 -> 0.920; tune R 0.905 P 0.930 ->
    0.939; check R 0.571 (20/35) P 0.872, unchanged. Corpus day files outside the gold: 60 events
    fewer (59 wrong by hand), 26 more (about 23 right). Floors: core P 0.90 -> 0.91, tune P 0.92
    -> 0.93; the others hold.

    Round ev28, actors that generalise (2026-12-04, same command; every rule read by hand on the
    340 corpus day files outside the gold before and after, the tune half for kinds, the check
    half measured once at the end): whom a request is made of ("A ने X से … करने को कहा", not the
    inferred public nor the content's को-object), a government named by its head ("योगी सरकार",
    by the KB's office on the article's day), "राज्य सरकार" as the one state its sentence names,
    what stays closed ("… बंद रहेंगे") never a source, whose entry a ban stops ("X के प्रवेश पर
    रोक"), no inferred public for a suggestion (सुझाव, आग्रह), compound postpositions (के आधार
    पर) no target, an infection count ("संक्रमण के 35 और मामले दर्ज") no charge (27 false
    charges gone there). all (n 104 -> 103): actors 0.269 -> 0.272, lenient 0.519 -> 0.524,
    source 0.779 -> 0.786, target 0.327 -> 0.320 (a secondary closure whose only source was a
    list word is dropped: secondary R 0.270 -> 0.260), core R 0.786, P 0.914 -> 0.913; tune
    (n 75 -> 74): actors 0.360 -> 0.365, lenient 0.600 -> 0.608, source 0.827 -> 0.838, target
    0.427 -> 0.419; check (n=29): unchanged (actors 0.034, lenient 0.310, source 0.655, target
    0.069). Floors: actors 0.25 -> 0.26, lenient 0.50 -> 0.51, source 0.77 -> 0.78.

    Round ev35, zones, strikes and relief (2026-12-04 (session 3), same command; kinds from set A
    of a self-annotated unseen test, set B only measured; every new event read by hand on the
    corpus day files outside the gold): districts placed in a red/orange zone (COERCE `zone`, the
    state's or the Centre's), a green zone (CONCEDE), "हड़ताल पर है", "को राहत देने का फैसला",
    "केन्द्र सरकार". all: core R 0.786 -> 0.786, P 0.920 -> 0.914, secondary 0.260 -> 0.270,
    source 0.786 -> 0.788, lenient 0.524 -> 0.519 (n 103 -> 104); tune: R 0.905, P 0.939 ->
    0.931, secondary 0.279 -> 0.295; check (measured once): R 0.571, P 0.872 unchanged. Floors
    hold (none raised: the figures that moved went down or stay above their floors by less than
    the margin).
    Round ev34, English of target phrases (2026-12-04 (session 3), same command; every change
    read by hand on all 357 corpus day files outside the gold with ``python
    tools/mine_gloss_gaps.py --every 1 --dump`` before/after, the tune half for kinds, the check
    half measured once at the end): glossary words mined there (union territories, COVID-19,
    Tablighi Jamaat members, security forces, organisers, -ने वाले doers ...), an age before a
    group kept in the target ("10 वर्ष से कम आयु के बच्चों" = "children under 10"), a से/में
    participle's origin kept with a measure's object ("इटली से आए 83 लोगों" = "83 people arriving
    from Italy"), "X समेत Y" = "Y including X" (a place) or Y, "X छोड़कर Y" = Y, "आदि" dropped,
    an oblique plural before another noun no English. all (n=103): actors 0.272 -> 0.282, target
    0.320 -> 0.330, lenient 0.524, source 0.786, core R 0.786 P 0.920 unchanged; tune (n=74):
    actors 0.365 -> 0.378, target 0.419 -> 0.432, lenient 0.608, source 0.838 unchanged; check
    (n=29): unchanged (actors 0.034, lenient 0.310, source 0.655, target 0.069). Floors: actors
    0.26 -> 0.27, target 0.31 -> 0.32.

    Round ev42, source actors of unseen text (2026-12-04 (session 4), same command; kinds read on
    a hand-made source stand-in of 7 unseen corpus day files, /tmp/s11/sources_stand_in.txt, and
    the tune half's wrong sources; every rule read by hand on 90 corpus day files outside the
    gold, 1,014 events, before/after; the check half measured once at the end): Union ministries
    and state departments by name (वित्त/आयुष/नागरिक उड्डयन मंत्रालय, वन/शिक्षा/परिवहन विभाग ...),
    a bare "मंत्रालय/विभाग/संगठन/आयोग ने" is the one named just before, a bare "केंद्र ने" the
    Union government (a genitive pronoun "उसकी केंद्र" dropped, openers "इस बीच" skipped), a
    body's "टीम ने" the body's, a reported clause's own ने-agent over the speaker's, measures "in
    most countries" those countries', "X प्रदेश की सरकार", a country the KB does not know, "भारत
    आकर" no gathering attended, romanised names (Dr, -ia surnames), a town the KB does not know
    before "जिला प्रशासन"/"थाना", the Union ministry a central measure's sentence names rather
    than the Union government, a department owning an unmarked subject ("बिजली विभाग के सभी
    कर्मचारी … हड़ताल पर") not its agent. all (n=104): source 0.788 ->
    0.798, actors 0.279, lenient 0.519, target 0.327, core R 0.786 P 0.914 unchanged; tune
    (n=75): source 0.840 -> 0.853; check (n=29) unchanged: source 0.655, actors 0.034, lenient
    0.310. Stand-in source strict 0.600 -> 0.800, lenient 0.818 -> 0.909 (55 events; its kinds
    were tuned on); second stand-in (21 events, 3 more day files) 0.524 -> 0.762, of which 0.524
    -> 0.571 before its own errors were read. Floor: source 0.78 -> 0.79.

    Round ev45, hospital isolation and health workers (2026-12-04 (session 4), same command; the
    tune half for kinds, every new event read by hand on the 37 corpus day files outside the gold
    that name an isolation-ward admission): "… को आइसोलेशन वार्ड में भर्ती किया/कराया गया"
    (COERCE quarantine, a named patient required) issued by the place's health department
    (``issuer.health_issuer``), not its district administration; group words डाक्टरों, डॉक्टर्स,
    "मेडिकल स्टाफ/टीम", सफाईकर्मी as actors. all (n 104 -> 106): core R 0.786, P 0.914 -> 0.915,
    secondary 0.270 -> 0.290, lenient 0.519 -> 0.528, source 0.798 -> 0.802, actors 0.279 ->
    0.274, target 0.327 -> 0.321 (two more pairs, their targets partly right); tune (n 75 -> 77):
    P 0.931 -> 0.932, secondary 0.295 -> 0.328, lenient 0.600 -> 0.610, source 0.853 -> 0.857;
    check (measured once): unchanged (R 0.571 P 0.872, lenient 0.310, source 0.655). Floors:
    lenient 0.51 -> 0.52, source 0.79 -> 0.80.

    Round ev49, one act told twice in one sentence (2026-12-04 (session 4), same command; kinds
    read on the 320 corpus day files outside the gold): an order with no addressee and the act
    it orders ("… को बंद करने का आदेश दिया"), verbs joined by "करते हुए" or a same-mode "कर",
    the same trigger twice (a headline run into its body) give one event, the better filled
    (``retold.merge_one_act``). all: core R 0.786, P 0.915 -> 0.914 (duplicates matched the same
    gold; fewer compatible predictions), full P 0.190 -> 0.193; tune: R 0.905, P 0.932 -> 0.931,
    full P 0.262 -> 0.267; check (measured once): unchanged. Fields unchanged. Floors unchanged.

    Round ev53, targets said from the article (2026-12-04 (session 5), same command; kinds read
    on the tune half, the stand-in /tmp/ev43/annot_t.txt and a new one, /tmp/s12/annot_t2.txt,
    annotated before running, checked on the corpus day files outside the gold): a bare locality
    noun is the locality named before it, "इन क्षेत्रों" the list named before, a direct-form
    people noun before a postposition singular, violators of "इसे" violators of the measure said
    before, a disease or measure word no target; 28 glossary heads. all (n=106): target 0.321 ->
    0.330, actors 0.274 -> 0.283, lenient 0.528 -> 0.538; tune (n=77): target 0.416 -> 0.429,
    actors 0.364 -> 0.377; check (n=29): unchanged (target 0.069, actors 0.034); core R/P
    unchanged. Floors unchanged
    (already slightly below).

    Round ev55, recall by frequency on unseen text (2026-12-04 (session 5), same command; a new
    stand-in set F of 8 article spans in 8 corpus day files outside the gold's days, annotated by
    hand before running khabar, main: core 10/18 = 0.556; every new entry read by hand on the
    320 corpus day files outside the gold's days, 30 new events, 28 right): criticism as
    questions raised (सवाल उठाए) and a rebuke (लताड़/फटकार) ACCUSE, a passive ban with no agent
    (प्रतिबंध/पाबंदी लगा दी गई) kept with its issuer inferred, buses/food/lodging arranged by a
    named agent AID without a के लिए recipient, medical supplies sent to a recipient AID, entry
    refused (प्रवेश नहीं दिया जाएगा) a ban. all (n 106 -> 107): core R 0.786 -> 0.796, P 0.914 ->
    0.915, actors 0.274 -> 0.280, lenient 0.528 -> 0.533, source 0.802 -> 0.804, target 0.321 ->
    0.327; tune: unchanged (R 0.905, P 0.931); check (measured once, at the end): R 0.571 ->
    0.600, P 0.872 -> 0.875. Stand-ins (ev41_run.py): F 10/18 -> 14/18, C 14/16, D 15/22, E
    17/22 unchanged. Floors: core R 0.77 -> 0.78, check R 0.55 -> 0.58.

    Round ev59, a radius is an area (2026-12-04 (session 5), same command; kind read on the
    tune half's inferred targets, checked on 29 corpus day files outside the gold's days, 1
    changed target, read by hand, right): "अस्पताल के एक किलोमीटर के दायरे में कर्फ्यू" targets
    "area within 1 km of the hospital", not the town's residents nor "दायरे". all (n=107):
    target 0.336 -> 0.346, actors 0.290 -> 0.299, lenient 0.542 -> 0.551; tune (n=77): target
    0.429 -> 0.442, actors 0.377 -> 0.390; check (n=30, measured once at the end): unchanged
    (target 0.100, actors 0.067); core R/P unchanged. Stand-ins unchanged (annot_t2 9/18,
    annot_t 5/9 strict). Floors: actors 0.27 -> 0.29, target 0.32 -> 0.34.
    Then an officer of an office only a state has (मुख्य/प्रधान सचिव, डीजीपी) named with no place
    acts for the one place below the country the report's placed sources act for, so the public
    his guidelines bind is kept ("public of Bihar", no longer dropped as unplaced; 97 + 8 corpus
    day files outside the gold's days: 1 change, right; without the office check 1 of 3 was
    right). all: target 0.346 -> 0.355, actors 0.299 -> 0.308, lenient 0.551 -> 0.561; tune:
    target 0.442 -> 0.455, actors 0.390 -> 0.403, lenient 0.636 -> 0.649; check unchanged. Floors: actors 0.29 -> 0.30, target 0.34 -> 0.35.
    Then an appeal's or advice's को phrase right before the (transitive) infinitive it asks for
    ("सभी कार्यक्रमों को स्थगित करने की अपील") is that verb's object when it names no people: the
    addressee is the से phrase before it or, unnamed, the public. Every figure above unchanged;
    stand-in /tmp/s12/annot_t2.txt strict 9/18 -> 10/18, lenient 14/18 -> 15/18 (the kind was
    read there); 129 corpus day files: 4 changes, 3 right (a state governments' appeal got the
    public, was an unglossed "इस अवधि"). Floors unchanged.
    Then a phrase inside a clause of time before the main verb ("… को बंद करने के बाद", "… को
    … रोके जाने के बाद") is that clause's, not the act's target (and no public is inferred for
    it). Every figure above unchanged; 129 corpus day files: 2 changes, both right; stand-in
    /tmp/ev43/annot_t.txt: a wrong target ("women") now none (5/9 unchanged). Floors unchanged.
    Round ev60, the Centre as a target (2026-12-04 (session 5), same command; kind noticed in
    round ev59, counted on corpus day files outside the gold's days): a bare "केंद्र" target
    ("राज्य सरकारों ने केंद्र से … की अपील", "केंद्र को … का सुझाव") is the Government of India,
    as a source already was; a demonstrative, facility noun or genitive before it leaves it; a
    target phrase that is the act's own source joined to it ("दिल्ली सरकार केंद्र को") is the
    Centre alone. all (n=107): target 0.355 -> 0.364, actors 0.308 -> 0.318; tune: unchanged
    (target 0.455, actors 0.403); check (n=30, measured once): target 0.100 -> 0.133, actors
    0.067 -> 0.100; core R/P unchanged. 300 corpus day files: 2 changes, both right. Floors:
    actors 0.30 -> 0.31, target 0.35 -> 0.36.
    Then a locality, area or building phrase ("पूरे इलाके", "सात किलोमीटर के दायरे", "सोसायटी")
    takes no " in India" from a source placed in the country only by default ("entire area", not
    "entire area in India"). Every figure above unchanged; 300 corpus day files: 7 changes, all
    right. Floors unchanged.
    Then the plural "सरकारों" is "governments", never one government ("सभी सरकारों से आग्रह" by
    the UN chief was "Government of India"). Every figure above unchanged; 300 corpus day files: 6
    changes, all right. Floors unchanged.
    Then a credit dateline ("बरेली, जेएनएन ।") names the town where the report's unplaced local
    offices act, until the next credit line ("Mumbai health department" in a Bareilly report was
    the last town named). Every figure above unchanged; 300 corpus day files: 3 changes, 2 right,
    1 as good (Agra -> Lucknow for a UP-wide health department in a Lucknow report).
    Round ev62, targets of permissions (2026-12-04 (session 6), same command; kinds read on the
    tune half's target errors and an unseen target stand-in annotated before the run): a को
    phrase before "<infinitive> की अनुमति" is whom the permission is for though the infinitive's
    पर/में phrase stands between; a permission withheld from everyone ("किसी को भी …", "कोई छूट
    नहीं") binds the public of the issuer's place (no public for a locality's rule, a pronoun's
    people, an inferred issuer, an office with no place). all (n=107): target 0.364 -> 0.374,
    actors 0.318 -> 0.327, lenient 0.561 -> 0.570; tune (n=77): target 0.455 -> 0.468, actors
    0.403 -> 0.416; check (n=30): unchanged (target 0.133, actors 0.100); core R/P unchanged. 312
    corpus day files: 3 changed targets, 2 right, 1 weak. Floors: actors 0.31 -> 0.32, target
    0.36 -> 0.37.
    Then bare objects of closures and seals past a duration or adverbial ("… तक के लिए", "इस
    दौरान", "पहले ही"), 11 glossary heads of closed things, and no " in India" for a target of an
    office said without its place. Every figure above unchanged; 312 corpus day files: 26
    changed targets, 22 right or better, 3 part of a list, 1 placed by a wrong source.
    Then संस्थान = institutions and शीर्ष/शोध/मीडिया as modifiers. Every figure above unchanged;
    312 corpus day files: 17 changed targets, all right or better.
    Then the commas and "और" of a coordinated object count no more towards its length limit
    (long lists of closed places kept whole). Every figure above unchanged; 312 corpus day
    files: 2 changed targets, both right.
    Then people a relative participle names ("… से आने वाले लोगों") are no public of a place, and
    an appeal's को addressee is kept across the place of the act asked for. Every figure above
    unchanged; 312 corpus day files: 10 changed targets, 9 right or better, 1 as before.
    Then "लोगों" after a count with अन्य or a participle is some people ("9 other people",
    "stranded people"), not the public. Every figure above unchanged; 312 corpus day files: 8
    changed targets, all better.
    Then a bare public addressed by a source of the country itself is the public of India, not of
    the report's state. Every figure above unchanged; 312 corpus day files: 9 changed targets, 7
    right, 1 less wrong, 1 wrong by a wrong source.
    Then "लोगों" after रहे/फंसे/ऐसे/जिन, a lakh count or a glossary modifier is some people ("72
    lakh people", "senior citizens", "such people"); "X से संपर्क करने की सलाह" does not advise
    X; an activity is never a request's target. Every figure above unchanged; 312 corpus day
    files: 14 changed targets, all better (2 advice events with only a pronoun target dropped).
    Then a speaker's possessive is no word of a glossed phrase, praise of someone's efforts
    targets them, and 3 glossary words. Every figure above unchanged; 312 corpus day files: 3
    changed targets, all better.

    Round ev63, precision on a new seeded sample (2026-12-04 (session 6), same command; a sample
    of 150 events on 30 free corpus day files, /tmp/s13/precision_sample2.txt, judged by hand
    before any change): a date describing a noun ("शुक्रवार को होने वाली प्रार्थना", "शुक्रवार की
    नमाज") or inside the कि-clause of what is asked dates no act; an order and the measure of its
    कि-clause, an advisory and the request of its कि-clause are one act; an arrival needs a named
    traveller; an agentless measure in a paragraph about one foreign country is its government's;
    a headline's act its lead tells again is kept once, in the body; an act named with a
    demonstrative ("… के बाद यह निर्देश दिया", "ये एडवायजरी जारी की गई है") is the earlier act of
    its type and giver. all: core P 0.915 -> 0.921, R 0.796 unchanged; tune: P 0.931 -> 0.940 (an
    advisory told again as "ये एडवायजरी"), R 0.905 unchanged; check (measured once): R 0.600 / P
    0.875 unchanged; source, date, modality, actors unchanged. Floors: core precision all 0.91 ->
    0.915, tune 0.93 -> 0.935.

    Round ev64, event sources (2026-12-04 (session 6), same command; kinds read on unseen
    stand-ins C-I and 247 corpus day files outside the gold's days, none from the gold): the NCT
    of Delhi is "Government of Delhi" by any name and for an agentless measure in Delhi with no
    district; a state office holder as a ने-agent makes a later bare "सरकार" that state's; a
    country or state as the subject of a measure is its government; a bare "सेना" is the Indian
    Army; CBSE, DMRC, AIIMS, NDMA named; a ने-agent keeps its act over a द्वारा phrase. all
    (n=107): source 0.804 -> 0.813, actors 0.318 -> 0.327; tune (n=77): source 0.857 -> 0.870,
    actors 0.403 -> 0.416; check (n=30, measured once): unchanged (source 0.667, actors 0.100);
    core R/P, target, date, modality unchanged. Floors: source 0.80 -> 0.81, actors 0.31 -> 0.32.

    Round ev65, recall (2026-12-04 (session 6), same command): a measure in the absolutive
    ("… को हॉटस्पॉट घोषित कर", "149 लोगों को गिरफ्तार कर") before a passive main verb ("… सील कर
    दिया गया है", "… मुकदमे दर्ज किए गए") is agentless like it and gets its inferred issuer
    (voice._absolutive_in_passive). all: core P 0.921 -> 0.923, R 0.796 unchanged; tune: P
    0.940 -> 0.941, R 0.905 unchanged; check (measured once): P 0.875 -> 0.878, R 0.600
    unchanged; source, target, date, modality unchanged. Floors unchanged. 320 corpus day files
    outside the gold's days: +8 events, 1 changed (7 right, 1 a generic description; 1 source
    wrong). Stand-ins C-I core recall unchanged.

    Round ev69, precision, modality and dates (2026-12-05 (session 7), same command; a new seeded
    sample of 150 corpus events on 30 free day files, /tmp/s14/precision_sample3.txt, judged by
    hand before any change: strict 0.760 -> 0.835, held-out-like 0.887 -> 0.957; and the tune
    half's wrong dates and modalities): a refused act is denied, an act in an if-clause or "-ने
    वाले थे" no act, a permission withheld in the passive future a ban (not given otherwise no
    act), "जा सकता है" no act, an organiser's own event called off no COERCE, a request's
    subjunctive measure one act with it; dates shared by conjoined infinitives, kept in relative
    clauses, a range's end and "N दिन पहले" read, a past act's weekday before the dct;
    "फैसला लिया कि … जाए" and "हम … बंद कर रहे हैं" happened; a COERCE measure in the present
    habitual is no act. all: core P 0.923 -> 0.929, R 0.796
    unchanged; date 0.916 -> 0.944, modality 0.925 -> 0.935; tune: P 0.941 -> 0.950, R 0.905
    unchanged, date 0.948 -> 0.974, modality 0.935 -> 0.948; check (measured once, at the end): R
    0.600 / P 0.878 unchanged, date 0.833 -> 0.867, modality 0.900 unchanged; source, target,
    actors unchanged. Floors: core precision all 0.915 -> 0.925, tune 0.935 -> 0.945, date 0.90
    -> 0.93, modality 0.88 -> 0.92. 320 corpus day files outside the gold's days: 2,599 -> 2,545
    events, every change read. Stand-ins C-I core recall unchanged (100/121).

    Round ev72, the issuer of agentless measures and event types (2026-12-05 (session 7), same
    command): an unplaced local measure or bare office in a later paragraph is the story's
    dateline town's, a town that is no district's seat its district's, a foreign country named in
    a genitive sets its paragraph abroad, stone-pelting on someone ASSAULT (not RIOTS), a "हमला"
    (also "हमला बोला") by home political actors on a party or government ACCUSE. all: core P 0.929, R 0.796, source 0.813,
    date 0.944, modality 0.935 unchanged; tune: P 0.950, R 0.905, source 0.870 unchanged; check
    (measured once, at the end): P 0.878, R 0.600, source 0.667 unchanged. Floors unchanged.
    320 corpus day files: 30 inferred issuers moved (12 wrong -> right, none right -> wrong), 42
    renamed to the district, 3 abroad, 7 retyped, 2 added, all read. Stand-ins C-J core 107 ->
    108/128.

    Round ev82, recall on unseen text (2026-12-05 (session 8), same command; stand-in Q annotated
    before any run, 9/13 core on main): a group kept under watch is COERCE, a passive perfect
    participle before its noun no act, a passive after और/तथा/एवं shares the first conjunct's
    agent, a progressive meeting takes its nominative subject, a letter to an addressee is
    REQUEST, a bare "प्रदर्शन" by a non-state group a protest, a planned check of arriving
    travellers a screening, stranded people brought back AID. all: core P 0.929, R 0.796, source
    0.813, date, modality unchanged; tune: P 0.950, R 0.905, source 0.859 unchanged; check
    (measured at the end): R 0.600 unchanged, P 0.878 -> 0.875 (the attributive drop removes
    one prediction the gold accepts), source 0.690 unchanged. Floors unchanged. 264 corpus day
    files outside the gold's days and the held-out sets: +59 / -6 events, read by hand.
    Stand-ins C-J, M unchanged; L 13 -> 16/22 (spent), Q 9 -> 10/13.

    Round ev84, precision, modality and dates (2026-12-05 (session 8), same command; a new seeded
    sample of 150 corpus events on 18 free day files, /tmp/s15/precision_sample4.txt, judged by
    hand before any change: held-out-like P 0.920 -> 0.932, strict 0.727 -> 0.736, modality 0.963
    -> 0.991, date 0.899 -> 0.982): a date of the act's own sentence that its first owner left
    unused reaches it (the owner made no event, a meeting told before the dated order, a
    converb or और chain of one agent), a measure's "X से" start day dates it when nothing else
    does (not a day announced or decided from); a future legal action against people and a
    punishment promised in an अगर … तो consequent are warnings (THREATEN happened, as the gold
    codes its three), and a measure announced in reported speech as being taken now happened; a
    reassurance, a company's own offices closed and a journey on "यात्रा" are no acts. all: core R 0.796 / P 0.929 unchanged, date 0.944 -> 0.953, modality 0.935
    unchanged; tune: R 0.905 / P 0.950, date 0.974, modality 0.948 unchanged; check (measured,
    errors never read): R 0.600 / P 0.878 unchanged, date 0.867 -> 0.900, modality 0.900
    unchanged; source, target, actors unchanged. Floors: date 0.93 -> 0.945. 282 corpus day
    files outside the gold's days and the held-out sets: 2,273 -> 2,266 events, 61 dates and 22
    types/modalities changed, all read (+4 modalities by 352b605). Stand-ins C-J, M core recall unchanged (103/134); D
    secondary 17 -> 19.

    Round ev83, event actors' roles and names (2026-12-05 (session 8), same command): what a
    ने-agent visited and where a team arrived are a visit's target; a meeting or call a ने-agent
    held with a group or a person the KB does not know is directed (target those met, also "X ने
    Y की बैठक बुलाई"); the unmarked subject of an urged कि-clause is whom it urges; the first
    conjunct of a phrase marked after its last is no subject; "राज्य सरकारों" = Indian state
    governments, doctors and nurses named so, plural quantifiers pluralise the head. all:
    actors_lenient 0.570 -> 0.579; tune: actors_lenient 0.662 -> 0.675; strict actors 0.336
    (tune 0.429), source 0.813 (tune 0.870), target 0.374 (tune 0.468), core R 0.796 P 0.929
    (tune R 0.905 P 0.950) unchanged; check (measured once, at the end): unchanged (R 0.600 P
    0.878, actors 0.100, lenient 0.333, source 0.667, target 0.133). Floor: lenient 0.52 -> 0.57.

    Round ev90, event sources (2026-12-05 (session 9), same command): an official leading an
    agentless act or its team is its source, "राज्य में" the state named after the government, a
    closure of Delhi's metro the DMRC's, officers in the genitive of a deployment its target, an
    authority cited for an agentless measure its source (no dev-gold change). all:
    source 0.813 -> 0.850, actors_lenient 0.579 -> 0.598; tune: source 0.859 -> 0.910, lenient
    0.667 -> 0.692; check (measured, errors never read): source 0.690, lenient 0.345 unchanged;
    core R/P, target, date, modality unchanged. Floors: source 0.81 -> 0.84, lenient 0.57 -> 0.59.

    Round ev91, quarantine kinds of an unseen stand-in (2026-12-05 (session 9), same command):
    spelling groups of the lexicon (14 more spellings of क्वारंटाइन, …), a future stay in
    quarantine or isolation centres, "अपने आप को" as oneself, no date lent by a past-perfect act
    to a later perfect one. all: core R 0.796, P 0.929 -> 0.930, secondary R 0.290 -> 0.300,
    date 0.953 -> 0.954, modality 0.935; one more matched pair (a tune-half secondary quarantine
    spelt "क्वांरटाइन", its target empty) moves actors 0.336 -> 0.333, lenient 0.579 -> 0.574,
    source 0.813 -> 0.815, target 0.374 -> 0.370; tune P 0.950 -> 0.951; check unchanged (R
    0.600 P 0.875). Floors unchanged: the rises are one prediction and one date each.

    Round ev89, targets of bans, closures and cancellations (2026-12-05 (session 9), same
    command): whose running a measure stops ("ट्रेनों का परिचालन रद्द"), a ban on gathering that
    names nobody who gathers (the gatherings), a kind word with a banned activity ("शराब की
    बिक्री"), vehicles and crowded places in the glossary. all: target 0.374 -> 0.383, actors
    0.336 -> 0.346, lenient 0.579 -> 0.589; tune: target 0.462 -> 0.474, actors 0.423 -> 0.436,
    lenient 0.667 -> 0.679; check as printed unchanged (target 0.138); core R/P, source, date and
    modality unchanged. Floors: target 0.37 -> 0.38, actors 0.32 -> 0.34, lenient 0.57 -> 0.58.
    The round's later commits (unmarked places sealed, whole closed lists, demonstrative people
    phrases, urged subjects with quantifiers, letters' addressees) leave every figure as it is.

    Rounds ev89, ev90 and ev91 merged (lead, 2026-12-05, same command): all core R 0.796 P 0.930,
    actors 0.343, lenient 0.602, source 0.852, target 0.380 (41/108), date 0.954, modality 0.935;
    tune actors 0.430, lenient 0.696, source 0.911, target 0.468 (n=79); check unchanged (R 0.600
    P 0.875, actors 0.103, lenient 0.345, source 0.690, target 0.138). Floors: actors 0.32 ->
    0.34; target stays 0.37 (41/108 is 0.3796), lenient 0.59, source 0.84.

    Union Council of Ministers of 2019 in the KB (lead, session 9, same command): source all
    0.852 -> 0.870 (tune 0.911 -> 0.937; check 0.690 unchanged), the rest unchanged. Floor: source
    0.84 -> 0.86.

    score_events.py on the predictions written gives the same figures to the 3rd decimal.
    Floors sit slightly below.
    """
    out = tmp_path / "pred.jsonl"
    report = evaluate(
        Config(data_dir=shared_data), datasets=("hindi-covid-dev",), predictions_out=out
    )
    if report.data_digest != COVID_DIGEST:
        pytest.skip(f"gold data changed (digest {report.data_digest}); re-measure and re-pin")
    assert out.read_text(encoding="utf-8").count("\n") > 0

    def row(dataset: str, metric: str) -> dict:
        return report.score(dataset=dataset, metric=metric)

    core = row("hindi-covid-dev", "core_events")
    assert core["recall"] >= 0.78
    assert core["precision"] >= 0.925
    assert row("hindi-covid-dev", "date")["accuracy"] >= 0.945
    assert row("hindi-covid-dev", "modality")["accuracy"] >= 0.92
    assert row("hindi-covid-dev", "actors_lenient")["accuracy"] >= 0.59
    assert row("hindi-covid-dev", "source_actor")["accuracy"] >= 0.86
    assert row("hindi-covid-dev", "actors")["accuracy"] >= 0.34
    assert row("hindi-covid-dev", "target_actor")["accuracy"] >= 0.37
    assert row("hindi-covid-dev:tune", "core_events")["recall"] >= 0.89
    assert row("hindi-covid-dev:tune", "core_events")["precision"] >= 0.945
    assert row("hindi-covid-dev:check", "core_events")["recall"] >= 0.58
    assert row("hindi-covid-dev:check", "core_events")["precision"] >= 0.85
    assert row("hindi-covid-dev", "timex_span")["recall"] >= 0.97
    assert row("hindi-covid-dev", "timex_value")["accuracy"] >= 0.96
    assert row("hindi-covid-dev:check", "timex_span")["recall"] >= 0.96
    assert row("hindi-covid-dev:check", "timex_value")["accuracy"] >= 0.95


def test_malformed_event_gold_is_a_coded_error(tmp_path: Path) -> None:
    from khabar.errors import KhabarError
    from khabar.eval.event_gold import load_gold

    bad = tmp_path / "gold.yaml"
    bad.write_text("articles:\n- id: X-L1\n  file: a.txt\n", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041 .*article 1 lacks id/file/lines/events"):
        load_gold(bad)
    bad.write_text("articles: [unclosed", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041"):
        load_gold(bad)


def test_event_gold_with_an_actor_as_also_ok_names_the_event(tmp_path: Path) -> None:
    """A hand-made held-out gold listing an actor mapping under source_also_ok, where only
    English names belong, is one coded line naming the event, not a traceback in scoring."""
    from khabar.errors import KhabarError
    from khabar.eval.event_gold import load_gold

    bad = tmp_path / "gold.yaml"
    event = (
        "  - id: X-L1-e01\n    type: COERCE\n    source:\n    - as_written: डीएम\n"
        "      name: District Magistrate\n    source_also_ok:\n    - as_written: डीएम\n"
        "      name: Agra District Magistrate\n    evidence:\n      line: 2\n"
        "      text: डीएम ने आदेश दिया ।\n"
    )
    bad.write_text(
        "articles:\n- id: X-L1\n  file: a.txt\n  lines: {first: 1, last: 2}\n  events:\n" + event,
        encoding="utf-8",
    )
    with pytest.raises(KhabarError, match=r"E041 .*X-L1-e01: source_also_ok must list English names"):
        load_gold(bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace("    - as_written: डीएम\n      name: Agra", "    - Agra"), encoding="utf-8")
    assert load_gold(bad)["articles"][0]["events"][0]["source_also_ok"] == ["Agra District Magistrate"]
