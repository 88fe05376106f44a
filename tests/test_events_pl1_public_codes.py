"""Issue 13, round pl1 (bodies and groups named with their place): a public's or a group's actor
code says the place its English name says (:mod:`khabar.events.public_codes`). Naming places them
in the jurisdiction of their source after the codes were set, and the code stayed the word's own
("IND CVL" beside "residents of Jhansi", "IND-Delhi CVL" beside "public of India", "IND GOV"
beside "Rajasthan officials"). And a group met ("अधिकारियों के साथ बैठक", a meeting's partner) is
placed as one addressed is (:func:`khabar.events.naming.name_actors`). Real sentences (the allowed
corpus day files named) and written negatives: a public whose place no actor of the event codes
keeps its code; one already coded for its place is untouched; the Prime Minister's officials stay
bare (the country's groups are not placed).
"""

from __future__ import annotations

from khabar.events.public_codes import public_codes
from khabar.model import Argument, Event

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-13")


def _public_codes(text: str, kind: str) -> list[tuple[str, str]]:
    """(English name, code) of each public targeted by the article's events of one type."""
    art = analysed(text)
    out = []
    for ev in events_of(art, kind):
        for ident, name in zip(ev.target, role_names(art, ev, "target"), strict=True):
            if name.startswith(("public of", "general public of", "citizens of", "residents of")):
                out.append((name, ev.codes[ident]))
    return out


def test_a_district_magistrates_public_is_coded_for_the_district() -> None:
    # AU-2020-MAR-13.txt (its town as the dateline)
    text = "झांसी : कोरोनावायरस को लेकर झांसी के जिलाधिकारी आंध्रा वामसी ने लोगों को सचेत किया है ।"
    assert _public_codes(text, "REQUEST") == [("residents of Jhansi", "IND-Jhansi CVL")]


def test_a_district_administrations_public_is_coded_for_its_town() -> None:
    # PK-2020-MAR-16.txt (was IND-Jharkhand CVL beside "residents of Ranchi")
    text = (
        "रांची : बैठक के बाद प्रशासन ने आम लोगों से अपील की कि जरूरी न हो, तो लोग भीड़भाड़ वाली"
        " जगहों पर जाने से बचें ।"
    )
    assert _public_codes(text, "REQUEST") == [("residents of Ranchi", "IND-Ranchi CVL")]


def test_a_union_ministers_public_stays_the_countrys() -> None:
    # NT-2020-MAR-04.txt: the Delhi dateline does not make the Union minister's public Delhi's
    text = (
        "नई दिल्ली : केंद्रीय स्वास्थ्य मंत्री हर्ष वर्धन ने लोगों से साफ-सफाई पर अतिरिक्त ध्यान"
        " देने की अपील की ।"
    )
    assert _public_codes(text, "REQUEST") == [("general public of India", "IND CVL")]


def test_a_foreign_leaders_public_keeps_its_country() -> None:
    text = "इटली के प्रधानमंत्री ग्यूसेप कोंते ने अपने देश के नागरिकों से कहा है कि वे घरों में रहें ।"
    assert _public_codes(text, "REQUEST") == [("citizens of Italy", "ITA CVL")]


def _partners(text: str) -> list[tuple[str, str]]:
    art = analysed(text)
    return [
        (name, ev.codes[ident])
        for ev in events_of(art, "CONSULT")
        for ident, name in zip(ev.target, role_names(art, ev, "target"), strict=True)
    ]


def test_officials_met_by_a_chief_minister_are_the_states() -> None:
    # AU-2020-MAR-12.txt (the chief minister named in the sentence before)
    text = (
        "देहरादून : उत्तराखंड के मुख्यमंत्री त्रिवेंद्र सिंह रावत ने कहा कि घबराने की जरूरत नहीं है ।"
        " मुख्यमंत्री उच्च अधिकारियों के साथ सुबह बैठक भी करेंगे ।"
    )
    assert _partners(text) == [("Uttarakhand officials", "IND-Uttarakhand GOV")]


def test_officials_met_by_a_district_magistrate_are_the_districts() -> None:
    assert _partners("लखनऊ : जिलाधिकारी ने अधिकारियों के साथ बैठक की ।") == [
        ("Lucknow officials", "IND-Lucknow GOV")
    ]


def test_officials_met_by_the_prime_minister_stay_bare() -> None:
    # PK-2020-MAR-08.txt: a group of the country is not placed ("officials of India" says no more)
    text = "नई दिल्ली : प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को अधिकारियों के साथ बैठक की ।"
    assert _partners(text) == [("officials", "IND GOV")]


def _event(name: str, codes: dict[str, str]) -> Event:
    ev = Event("REQUEST", None, "अपील", 0, 4, 0, 10, source=["actor:x"], target=["actor:p"])
    ev.arguments = [Argument("target", "लोगों", 0, 5, "actor:p", name)]
    ev.codes = dict(codes)
    return ev


def test_no_code_of_the_named_place_leaves_the_code() -> None:
    ev = _event("residents of Kalsi", {"actor:x": "IND GOV", "actor:p": "IND CVL"})
    public_codes([ev])
    assert ev.codes["actor:p"] == "IND CVL"  # no actor of the event acts for Kalsi: not guessed


def test_a_public_coded_for_its_place_is_untouched() -> None:
    ev = _event("public of Bihar", {"actor:x": "IND-Delhi GOV", "actor:p": "IND-Bihar CVL"})
    public_codes([ev])
    assert ev.codes["actor:p"] == "IND-Bihar CVL"


def test_the_public_keeps_its_sector() -> None:
    ev = _event("residents of Noida", {"actor:x": "IND-Noida GOV", "actor:p": "IND CVL"})
    public_codes([ev])
    assert ev.codes["actor:p"] == "IND-Noida CVL"


def test_a_placed_group_keeps_its_sector() -> None:
    ev = _event("doctors in Agra", {"actor:x": "IND-Agra GOV", "actor:p": "IND HLH"})
    public_codes([ev])
    assert ev.codes["actor:p"] == "IND-Agra HLH"
    ev = _event("senior officials", {"actor:x": "IND-Agra GOV", "actor:p": "IND GOV"})
    public_codes([ev])
    assert ev.codes["actor:p"] == "IND GOV"  # a modifier is no place
