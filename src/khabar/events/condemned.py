"""A condemnation said as a judgement in a speaker's words: the speaker ACCUSEs.

Why: the event gold codes speech by what it does, criticism as ACCUSE (its header). The lexicon
reads criticism told with a verb of its own ("निंदा की", "आलोचना की", "सवाल उठाए", "निशाना
साधा"); a speaker who condemns an act by calling it unlawful or shameful in a copular clause uses
no such verb, and the act was lost: "आईआईटी मद्रास में बायोटेक विशेषज्ञ प्रोफेसर आरएस वर्मा ने
कहा, "यह पूरी तरह से अनैतिक, गैरकानूनी और अनुचित कारोबार है ।"" (DH-2020-MAY-03.txt, a core
ACCUSE miss of the tuning pool Y), and a speech told on after its cue, "एनसीपी प्रमुख शरद पवार ने
कहा कि पालघर में जो कुछ हुआ, नहीं होना चाहिए था. यह दुर्भाग्यपूर्ण और निंदनीय है."
(PK-2020-APR-22.txt).

The rule (round ac2, issue 13): a sentence whose last clause is a condemning predicate, one or
more condemning adjectives (joined by "और", "व", "एवं" or commas, regret words such as
"दुर्भाग्यपूर्ण" allowed beside them) with at most one noun of an act after them ("कारोबार",
"कदम") and the copula (है/हैं/था/थे/थी) closing it, is its speaker's ACCUSE disapprove when
either the predicate stands inside the content of a quote whose speaker is named (the quote reader's
cue, :mod:`.quotes`) or the sentence opens with "यह"/"ये" inside a speech run a named speaker opened
earlier in the same paragraph (:class:`.runs.SpeechRuns`). "गलत" condemns only with an act's
noun ("एक गलत कदम है"): "यह खबर बिल्कुल गलत है" denies a claim (REJECT, not this rule), and a
sentence whose subject is a claim (खबर, दावा, अफवाह, चर्चा, बात) is left alone for the same
reason. The condemned act is not an actor: the target stays empty; whom the speaker blames is
seldom named in the predicate's clause (never on the files counted below).

Counted on the 280 allowed corpus day files: 23 sentences with a speech cue hold a condemnation,
blame or denial word ("अनैतिक", "गैरकानूनी", "अनुचित", "निंदनीय", "शर्मनाक", "गलत", "दोषी",
"जिम्मेदार", "लापरवाही", ...); 3 condemn an act in a copular predicate (the two above and "उन्होंने
कहा कि विशेष बस से लोगों को भेजना एक गलत कदम है", AU-2020-MAR-28.txt, which tells again the
criticism "… ने … बसों की व्यवस्था पर सवाल उठाए हैं" of the sentence before it: one act, so a
paragraph whose earlier sentence holds the same speaker's ACCUSE adds none); the rest deny a claim
(REJECT), state a rule ("जानकारी छिपाना अपराध है"), a court's finding, a duty ("जिम्मेदारी") or
use the word as a modifier ("दुर्भाग्यपूर्ण मौत"), and none of them closes on a condemning
predicate. No blame ("जिम्मेदार ठहराया", "… के लिए दोषी है") is told in reported speech on them.

Why a module of its own: the rule reads the sentence's closing words and the speaker the quote
reader and the speech runs found, not the trigger lexicon (a copular adjective has no light verb);
the events stage calls it in its sentence loop, after the speech run has stepped.
"""

from __future__ import annotations

from ..model import Argument, Article, Event, Quote
from .clause import SentenceView, unit_actors
from .ids import event_id
from .runs import SpeechRuns, _speaker_unit

# Adjectives that condemn an act: unethical, unlawful, improper, condemnable, shameful, inhuman,
# abhorrent, unpardonable, cowardly. Read on the 280 allowed corpus day files (round ac2): each
# that occurs in a copular predicate of reported speech condemns an act.
_CONDEMNING = frozenset(
    {"अनैतिक", "गैरकानूनी", "गैर-कानूनी", "अवैधानिक", "अनुचित", "निंदनीय", "निन्दनीय"}
    | {"शर्मनाक", "अमानवीय", "घृणित", "अक्षम्य", "कायराना"}
)
# "wrong": a condemnation only of an act's noun ("एक गलत कदम है"); "यह खबर गलत है" denies a claim
_WRONG = frozenset({"गलत"})
# Words of regret that may stand in the chain beside a condemning one ("दुर्भाग्यपूर्ण और
# निंदनीय"), never enough alone ("दुर्भाग्यपूर्ण है": a regret, not a condemnation)
_REGRET = frozenset({"दुर्भाग्यपूर्ण", "दुखद"})
# The nouns of an act a condemning predicate may name ("अनुचित कारोबार है", "गलत कदम है")
_ACT_NOUNS = frozenset(
    {"कारोबार", "काम", "कृत्य", "कदम", "फैसला", "निर्णय", "व्यवहार", "बर्ताव", "हरकत", "रवैया"}
)
_JOINERS = frozenset({"और", "व", "एवं", ",", "तथा"})
_COPULAS = frozenset({"है", "हैं", "था", "थे", "थी"})
_CLOSERS = frozenset({"।", "॥", ".", "|", "!", '"', "'", "“", "”", "‘", "’"})
# A claim as the subject: a denial (REJECT), not a condemnation ("यह खबर बिल्कुल गलत हैं")
_CLAIMS = frozenset({"खबर", "खबरें", "दावा", "दावे", "दावों", "अफवाह", "अफवाहें", "चर्चा", "बात", "आरोप"})
_QUESTIONS = frozenset({"?", "क्या"})
# the demonstrative subject of a sentence told on in a speech run ("यह दुर्भाग्यपूर्ण और निंदनीय है")
_THIS = frozenset({"यह", "ये"})


def _predicate(sv: SentenceView) -> tuple[int, int] | None:
    """The token span of the condemning words of the sentence's closing predicate, or None."""
    texts = sv.texts
    k = len(texts) - 1
    while k >= 0 and texts[k] in _CLOSERS:
        k -= 1
    if k < 1 or texts[k] not in _COPULAS:
        return None
    k -= 1
    noun = texts[k] in _ACT_NOUNS
    if noun:
        k -= 1
    last = k
    condemning = False
    while k >= 0 and (
        texts[k] in _CONDEMNING | _REGRET | _JOINERS or (noun and texts[k] in _WRONG)
    ):
        condemning = condemning or texts[k] in _CONDEMNING or texts[k] in _WRONG
        k -= 1
    first = k + 1
    while first <= last and texts[first] in _JOINERS:
        first += 1
    if not condemning or first > last:
        return None
    return first, last


def _quoted_speaker(
    sv: SentenceView, said: list[Quote], at: int
) -> tuple[list[str], list[Argument]] | None:
    """The named speaker of the quote whose content holds the offset ``at``."""
    for q in said:
        if q.kind == "confirmation" or not q.start <= at < q.end:
            continue
        unit = _speaker_unit(sv, q)
        actors = [] if unit is None else unit_actors(unit)
        if unit is not None and actors:
            first, last = sv.tokens[unit.first], sv.tokens[unit.last]
            text = sv.text_of(unit.first, unit.last)
            return actors, [Argument("source", text, first.start, last.end, a) for a in actors]
    return None


def condemnations(
    article: Article,
    sv: SentenceView,
    found: list[Event],
    said: list[Quote],
    runs: SpeechRuns,
    before: list[Event],
) -> list[Event]:
    """The speaker's ACCUSE that the sentence's condemning predicate tells (at most one); ``found``:
    the sentence's events, ``said``: its quotes, ``runs``: the speech run after this sentence's
    step, ``before``: the article's events of the earlier sentences."""
    if any(e.type == "ACCUSE" for e in found) or not _QUESTIONS.isdisjoint(sv.words):
        return []
    span = _predicate(sv)
    if span is None or not _CLAIMS.isdisjoint(sv.texts[: span[0]]):
        return []
    first, last = sv.tokens[span[0]], sv.tokens[span[1]]
    paragraph = article.text.rfind("\n", 0, sv.start)
    if said:
        speaker = _quoted_speaker(sv, said, first.start)
        if speaker is None:
            return []
        source, arg = speaker
    else:
        run = runs.run
        if run is None or run.start < paragraph or sv.texts[0] not in _THIS or "ने" in sv.words:
            return []
        source = list(run.speaker)
        arg = [Argument("source_inferred", run.text, run.start, run.end, i) for i in run.speaker]
    if any(
        e.type == "ACCUSE" and e.trigger_start > paragraph and set(e.source) & set(source)
        for e in before
    ):
        return []  # the same speaker's criticism told again in the paragraph: one act
    return [
        Event(
            type="ACCUSE",
            mode="disapprove",
            trigger=article.text[first.start : last.end],
            trigger_start=first.start,
            trigger_end=last.end,
            evidence_start=sv.start,
            evidence_end=sv.end,
            source=source,
            target=[],
            modality="happened",
            arguments=arg,
            sentence=sv.index,
            confidence=0.55,
            id=event_id(article.id, first.start),
        )
    ]
