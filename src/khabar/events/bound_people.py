"""Who a cancellation of a thing that people hold falls on: an examination's candidates, a visa's
holders.

Why a module of its own: :mod:`.objects` and :mod:`.closed_things` take the thing cancelled as
the target of a cancellation, a suspension or a ban ("सीबीएसई ने बोर्ड परीक्षाएं 31 तक रद्द कर
दी हैं", "सरकार ने 15 अप्रैल तक सभी देशों के पर्यटक वीजा निलंबित कर दिए हैं"), and the naming
stage calls it "board examinations in India", "tourist visas of all countries in India". A shop,
a school, a flight or an election is the party such an act falls on in the gold (it is closed,
grounded, put off: "shopping malls in Delhi", "municipal and panchayat elections"); an
examination or a visa is not: it is sat or held, and the party bound is the people who were to
sit it or who hold it. Issue 13, round tg4:

- examinations: the development gold codes both of its examination cancellations so ("school
  students of classes 1-8 in Maharashtra", "civil services interview candidates"), and on the
  tuning sets 5 of the 6 examination postponements khabar found name the candidates or the
  students (Vg, Vu twice, Vw twice; the sixth, Vt, codes "board examinations and answer-sheet
  evaluation", a phrase khabar does not take for an examination). On the 280 allowed corpus day
  files 10 COERCE targets named an examination alone; the rule renames all 10.
- visas: both visa suspensions of the tuning sets code the people who hold them ("foreign
  nationals holding Indian visas" on Vt, "travellers from China and Iran (visa holders)" on Vi);
  on the allowed files 12 COERCE targets of a cancellation or a ban named visas; 11 renamed
  (the twelfth names its owners' countries in a list, see :func:`holders_of`).

The rule (:func:`people_bound`) runs after the naming stage, on COERCE events only: a target
whose English is an examination, with its place ("written examination in West Bengal"), becomes
its candidates ("written examination candidates in West Bengal"); one whose English is visas
becomes their holders ("holders of visas in India"), for a cancellation or a ban only (a visa
seized with its passport is taken from one person: the seizure's own rules name him). The
argument's Hindi text and offsets stay, the evidence of the thing its people are named after. A
list of other things ("classes and examinations in Kerala": pupils of classes too) or a phrase
whose head is neither ("examination centres") is left as it is.
"""

from __future__ import annotations

from ..model import Event

# The English heads the glossary gives an examination (परीक्षा, परीक्षाएं, इम्तिहान) and a visa
# (वीजा, ई-वीजा; the glossary writes both as plurals after a count or a list).
_EXAMS = frozenset({"examination", "examinations"})
_VISAS = frozenset({"visa", "visas", "e-visas"})
# ... and the words a list of visas is written with ("all tourist visas and e-visas", "regular and
# e-visas", "existing visas": the glossary's English of the allowed files' visa phrases).
_VISA_WORDS = _VISAS | {"all", "and", "tourist", "regular", "existing"}

# The modes of a measure that takes a visa away from everyone who holds it (the lexicon's modes
# of निलंबित, निरस्त, रद्द, सस्पेंड, स्थगित and of रोक, प्रतिबंध, पाबंदी).
_WITHDRAWN = frozenset({"cancel", "ban"})


def candidates_of(english: str) -> str | None:
    """The candidates of an examination named in English ("board examinations in India" ->
    "board examination candidates in India"), else None: a phrase whose last word before its
    place is no examination, or a list of things ("classes and examinations in Kerala")."""
    head, _, place = english.partition(" in ")
    words = head.split()
    if not words or words[-1] not in _EXAMS or "and" in words or "," in head:
        return None
    words[-1] = "examination"
    return " ".join([*words, "candidates"]) + (f" in {place}" if place else "")


def holders_of(english: str) -> str | None:
    """The holders of visas named in English ("visas in India" -> "holders of visas in India",
    "all tourist visas and e-visas in India" -> "holders of all tourist visas and e-visas in
    India"), else None: a phrase with a word before its place or owner that is neither a visa
    nor a kind of visa ("visa applications", "passports and visas") is no visa alone, and a list
    of places after "in" is the visas' owners (round nm1's "ईरान, इटली … और जापान के वीजा" =
    "visas in Iran, Italy, South Korea and Japan"), which "holders of" would misread as where
    the visas are held: those stay as they are."""
    head, _, place = english.partition(" in ")
    words = head.partition(" of ")[0].split()
    if not words or words[-1] not in _VISAS or "," in place or " and " in place:
        return None
    return f"holders of {english}" if all(w in _VISA_WORDS for w in words) else None


def people_bound(events: list[Event]) -> None:
    """Name the target of each COERCE event that is an examination after its candidates, and
    the visas of a cancellation or a ban after their holders (in place: ``Argument.en``, which
    :func:`khabar.events.names.english_names` reads first)."""
    for ev in events:
        if ev.type != "COERCE":
            continue
        for arg in ev.arguments:
            if arg.role != "target" or arg.entity_id not in ev.target or not arg.en:
                continue
            people = candidates_of(arg.en)
            if people is None and ev.mode in _WITHDRAWN:
                people = holders_of(arg.en)
            arg.en = people or arg.en
