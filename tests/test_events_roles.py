"""Argument roles on corpus sentences (issue 13, item 3): a genitive place or organisation that
modifies a person belongs to that person, and the possessor of the object noun is the target."""

from __future__ import annotations

import pytest

from .test_events_actors import analysed

# AU-2020-ARP-27.txt (corpus, not the event gold): the chief minister is praised, not his state.
HIMACHAL = (
    "प्रधानमंत्री मोदी ने मुख्यमंत्रियों की वीडियो कॉन्फ्रेसिंग में हिमाचल प्रदेश के मुख्यमंत्री"
    " जयराम ठाकुर के कोरोना वायरस से निपटने के प्रयासों की सराहना की।"
)
# The same file: WHO is the director-general's organisation, not whom he praises.
WHO = (
    "WHO के महानिदेशक टैड्रोस एडहेनॉम घेबरेयेसस ने भारत सरकार के प्रयासों की सराहना करते हुए"
    " उस योजना का जिक्र किया है।"
)


def _praise(text: str) -> tuple[list[str], list[str]]:
    [ev] = [e for e in analysed(text).events if e.mode == "praise"]
    return ev.source, ev.target


def test_possessor_of_the_object_is_the_person_not_the_place() -> None:
    source, target = _praise(HIMACHAL)
    assert source == ["kb:person/narendra-modi"]
    assert len(target) == 1 and target[0] != "kb:in-state/HP"
    art = analysed(HIMACHAL)
    [arg] = [a for e in art.events for a in e.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "जयराम ठाकुर"  # evidence: offsets into the text


def test_organisation_of_the_agent_is_no_target() -> None:
    source, target = _praise(WHO)
    assert source == ["kb:person/tedros-adhanom"]
    assert target == ["actor:Government of India"]


@pytest.mark.parametrize("text", ["", "।", "के के के मुख्यमंत्री की सराहना की।"])
def test_no_roles_from_fragments(text: str) -> None:
    """Bad input (empty text, a bare genitive chain with nobody named) gives no event, no error."""
    assert [e for e in analysed(text).events if e.mode == "praise"] == []
