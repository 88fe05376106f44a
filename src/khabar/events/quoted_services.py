"""A service launched under its quoted name: the closing quote inside the service form.

Why (round la1, issue 13): Hindi news names a new public service, portal or app in quotes, the
service noun the name's last word ("केंद्रीय स्वास्थ्य मंत्री डॉक्टर हर्ष वर्धन ने मंगलवार को
'कोविड इंडिया सेवा' की शुरुआत की", AU-2020-ARP-21.txt:28, a core miss of the tuning pool Y). The
service entry of the trigger lexicon (mode ``service``: "सेवा की शुरुआत", "पोर्टल लॉन्च", "योजना
शुरू" …) is matched word by word, and the closing quote between the noun and "की शुरुआत" broke
the form: the launch was lost while the later retelling "इस पोर्टल की शुरुआत करते हुए …" was
coded. :func:`khabar.events.candidates.find_candidates` asks here when a closing quote follows a
form's first word: the form then matches with that one quote skipped, provided an opening quote
stands a few words before the noun (the noun ends a quoted name, no stray mark).

Only the service entry's forms, on purpose (precision first): a quoted name before another
entry's words ("'जनता कर्फ्यू' का पालन", "'ऑपरेशन समुद्र सेतु' को लॉन्च करने के लिए") is a
curfew or an operation, which that entry does not know to be a service. Counted on the 280
allowed corpus/hindi-covid-2020 day files: 2 quoted names stand right before a launching word
("की शुरुआत", "शुरू", "लॉन्च"); one ends in a service noun before "की शुरुआत की" (the miss above),
the other is the app of "मोबाइल एप 'कोवा पंजाब' लॉन्च किया" (read by the app entry's reach
since round ev139, untouched here).
"""

from __future__ import annotations

from .clause import Token
from .lexicon import Trigger
from .light_reach import _matched

# The quote marks of the corpus, straight and curly, single and double.
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
# Words of the quoted name before its last one: the longest service name on the 280 allowed
# day files has three words ("'कोविड इंडिया सेवा'"); a name of up to five fits.
_NAME_REACH = 5
# The trigger lexicon's mode of services given (triggers_hi.yaml, round ev101's launches).
_SERVICE = "service"


def quoted_service_entries(
    entries: list[tuple[tuple[str, ...], Trigger]],
) -> list[tuple[tuple[str, ...], Trigger]]:
    """The service forms of several words among a first word's ``entries`` (in their order)."""
    return [e for e in entries if len(e[0]) > 1 and e[1].mode == _SERVICE]


def quoted_service_end(
    toks: list[Token], i: int, form: tuple[str, ...], particles: frozenset[str]
) -> int:
    """The token index after the service ``form`` matched at ``i`` with the closing quote right
    after its first word skipped ("'कोविड इंडिया सेवा' की शुरुआत"), or -1: the quote must close
    a name opened at most :data:`_NAME_REACH` words before the noun."""
    if len(form) < 2 or i + 1 >= len(toks) or toks[i + 1].text not in QUOTES:
        return -1
    opened = any(toks[p].text in QUOTES for p in range(max(0, i - _NAME_REACH), i))
    if not opened:
        return -1
    end = _matched(toks[: i + 1] + toks[i + 2 :], i, form, particles)
    return end + 1 if end > 0 else -1
