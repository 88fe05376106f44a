"""Who calls off a visit: the visitor's side, not the host's.

Why a module of its own: :func:`khabar.events.issuer.authority` guesses the issuer of an
agentless measure from the first place the sentence names, which for a visit called off is the
country visited ("प्रधानमंत्री नरेंद्र मोदी की बेल्जियम यात्रा स्थगित कर दी गयी है" gave the
Government of Belgium: round sa3's source audit, #104, and round ta6's again). A visit is the
visitor's plan: unless the text names who called it off, the visitor's government postpones it.
:func:`khabar.events.parties.guessed_issuer` calls :func:`trip_owner` after the jurisdiction
guess, as it calls the operators of :mod:`.operators`.

Round sa4 (issue 13), counted on the 280 allowed corpus/hindi-covid-2020 day files (main
acbfe46f): 2 agentless cancellations whose one target is "<visitor> की/का <place> यात्रा/दौरा";
Xi Jinping's visit to Japan was already China's (the sentence names China first), Modi's to
Belgium becomes India's; a pilgrimage ("श्री माता वैष्णो देवी यात्रा") names no visitor before a
की/का and keeps its keeper, bans on travel ("अंतरराष्ट्रीय यात्राओं पर पाबंदी") are no
cancellation of one visit and keep their issuer.
"""

from __future__ import annotations

from .actors import country_name, entity_code
from .arguments import Roles
from .clause import SentenceView
from .issuer import national_government

# a visit's nouns, as the target's last word ("बेल्जियम यात्रा", "बांग्लादेश दौरा")
_TRIP = ("यात्रा", "दौरा", "दौरे")
# what calls a visit off: cancelled, postponed (the lexicon gives both the mode "cancel")
_TRIP_MODES = frozenset({"cancel"})
_OF = frozenset({"की", "का", "के"})


def trip_owner(
    mode: str, roles: Roles, sv: SentenceView, issued: tuple[str, str, str]
) -> tuple[str, str, str]:
    """The government of the visitor whose visit an agentless ``cancel`` calls off: the one
    target reads "<visitor> की/का <place> यात्रा/दौरा" and the visitor before the first की/का is
    a linked office holder (his country's government) or names a country ("चीन के राष्ट्रपति
    …": its government); else ``issued`` (id, code, name) stands."""
    targets = [a for a in roles.args if a.role == "target"]
    if mode not in _TRIP_MODES or len(targets) != 1:
        return issued
    trip = targets[0]
    words = trip.text.split()
    if len(words) < 3 or not words[-1].startswith(_TRIP):
        return issued
    cut = next((k for k, w in enumerate(words) if w in _OF), None)
    if cut is None or cut == 0:
        return issued  # "श्री माता वैष्णो देवी यात्रा": a pilgrimage, no visitor
    owner_end = trip.start + len(" ".join(words[:cut]))
    mentions = [
        m for u in sv.units for m in u.mentions if trip.start <= m.start < owner_end and m.entity_id
    ]
    for m in mentions:  # a country named with the visitor decides: "चीन के राष्ट्रपति शी …"
        if m.type == "COUNTRY" and (code := entity_code(m.entity_id or "")):
            return _government(code)
    for m in mentions:
        if m.type == "PERSON" and (code := entity_code(m.entity_id or "")):
            return _government(code.split()[0])
    return issued


def _government(country: str) -> tuple[str, str, str]:
    """(id, code, name) of a country's government from its code ("IND", "CHN")."""
    home = national_government()
    if home[1].split()[0] == country:
        return home
    name = f"Government of {country_name(country) or country}"
    return f"actor:{name}", f"{country} GOV", name
