"""A day's "को" before "कहा" is no addressee: "मंत्री ने सोमवार को कहा कि …" is the plain saying.

Why a module of its own: the request entry "को कहा" (told to, after an infinitive: "रहने को
कहा") matched the को of a date, was dropped for no infinitive before it, and the plain "कहा"
inside it (the request read from a कि-clause that asks, with its से- or dative addressee, and the
speech rules that read the content) was never tried. Round rc5 passed it over only before a
no-need-to-panic clause; round kk1 (issue 13) passes it over after every time expression, and
keeps the date where it went before: the candidate the date used to stop at began at the को, so
the date was nobody's own and reached the acts of the कि-clause told that day (the "free" date of
:func:`khabar.events.timexowner._timex_owner`); the plain "कहा" after "<day> को" leaves it free
the same way (rc5 lost 12 dates on the 280 allowed corpus day files by letting the saying own it,
whose कि-clause with an agent of its own the sharing pass does not cross).

Counted on the 280 allowed corpus day files: 98 "<time word> को (ही) कह-" (weekdays, "रविवार
(19 अप्रैल) को"; one "कहीं-कहीं" that is no saying, one misspelt "शनिवर" that is no time
expression) beside 91 "<infinitive> को कह-" and 11 "<noun> को कह-" (addressees: "सभी विभागों को
कहा गया है कि …", "आयोग को कहा गया"; "… की प्रक्रिया को कहा जाता है"). Of the 95 that fell at
main as "को कहा" with no infinitive, 94 now reach the plain saying's checks, all no event (facts,
plans and opinions told on a day); no event on those files changed (docs/events-rounds.md, kk1).
"""

from __future__ import annotations

from .clause import PARTICLES, SentenceView

# The forms of कहना the request entry "को कहा" opens with ("को कहा", "को कह", "को कही")
_SAID = frozenset({"कहा", "कह", "कही"})


def day_before(sv: SentenceView, i: int) -> bool:
    """Whether the token before ``i`` (a "को"), or the one before its closing bracket, lies in a
    time expression ("गुरुवार को", "12 अप्रैल को", "रविवार (8 मार्च) को"): the को is the date's,
    no addressee's."""
    k = i - 1
    if k > 0 and sv.tokens[k].text == ")":
        k -= 1  # "रविवार (19 अप्रैल) को कहा": the date in brackets after its weekday
    if k < 0:
        return False
    at = sv.tokens[k].start
    return any(x.start <= at < x.end for x in sv.timexes)


def said_from(sv: SentenceView, first: int) -> int:
    """Where the trigger at token ``first`` begins for the dates: the day's "को" before it when
    it is a form of कहना right after one (particles between: "शुक्रवार को ही कहा"), as the "को
    कहा" passed over by :func:`day_before` began there, so that
    :func:`khabar.events.timexowner._timex_owner` leaves that day free as it did; else ``first``."""
    texts = sv.texts
    if texts[first] not in _SAID:
        return first
    k = first - 1
    while k > 0 and texts[k] in PARTICLES:
        k -= 1
    return k if k > 0 and texts[k] == "को" and day_before(sv, k) else first
