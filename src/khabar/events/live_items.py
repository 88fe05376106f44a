"""A live blog's timestamp opens a new item: the places the item before named are not its own.

Why: live blogs (Amar Ujala's "04:21 PM, 28-MAR-2020", Prabhat Khabar's "Wed, Mar 4, 2020, 9:36
AM IST") are cut into the corpus as one article, each item a time line, a heading and a short
report. :func:`khabar.events.actor_context._new_item` forgets the item before's places at a
heading or dateline that names a place; an item whose heading names none ("केंद्र सरकार ने
राज्यों के लिए जारी किए हेल्पलाइन नंबर") kept the last place of an earlier item, and its bare
actors were that place's: the Centre's helpline numbers "for all states" went to the "public of
Gujarat" three items after "गुजरात में अब तक चार लोगों की मौत" (AU-2020-MAR-29.txt; the second
judge of audit au11 counted 7 of 118 events whose place came from outside the act's story).
Round pl2 (issue 13): 133 timestamp lines in 6 of the 280 allowed corpus day files.

Called by :func:`khabar.events.foreign_paragraphs.enter_paragraph` when a sentence opens a new
paragraph: the lines between the paragraph before and this one are read for a timestamp.
"""

from __future__ import annotations

import re

from .actor_context import ActorContext

# A timestamp alone on its line, as the two live-blog styles of the corpus write it (a closed
# form, not tuned on a gold).
_STAMP = re.compile(
    r"^[ \t\u00a0]*(?:\d{1,2}:\d{2} (?:AM|PM), \d{2}-[A-Z]{3}-\d{4}"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} (?:AM|PM) IST)"
    r"[ \t\u00a0]*$",
    re.MULTILINE,
)


def stamped(text: str, start: int, end: int) -> bool:
    """A timestamp line lies in ``text[start:end]``."""
    return _STAMP.search(text, start, end) is not None


def forget_item(ctx: ActorContext) -> None:
    """Forget the places, governments and courts the item before named, as a heading naming a
    place does (:func:`khabar.events.actor_context._new_item`), naming none for the new item."""
    ctx.government = None
    ctx.locality = ctx.state = ctx.dateline_town = ctx.abroad = ctx.home_town = None
    ctx.town_states = set()
    ctx.district_trail = []
    ctx.court_place = None
    ctx.court_named = None
    ctx.state_departments = {}
