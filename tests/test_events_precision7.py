"""An invitation is extended by someone named (lead, 2026-12-04): "लोग आपदा को आमंत्रण दे रहे
हैं" is the idiom "inviting disaster", no AGREE; leaders and governments inviting one another
still are. Sentences written for the test in the manner of the news."""

from __future__ import annotations

from hindi_events import analyser

analysed = analyser("2020-05-10")


def _invitations(text: str) -> list[tuple[list[str], list[str]]]:
    return [(e.source, e.target) for e in analysed(text).events
            if (e.type, e.mode) == ("AGREE", "invite")]


def test_people_inviting_disaster_is_no_invitation() -> None:
    assert _invitations("स्थानीय लोगों ने बताया कि बेवजह घर से निकलकर घूमने वाले लोग आपदा को"
                        " आमंत्रण दे रहे हैं ।") == []
    assert _invitations("डॉक्टरों का कहना है कि भीड़ लगाने वाले लोग बीमारी को न्योता दे रहे हैं ।") == []


def test_a_named_host_still_invites() -> None:
    assert _invitations("प्रधानमंत्री नरेंद्र मोदी ने अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप को भारत आने का"
                        " न्योता दिया ।") == [(["kb:person/narendra-modi"],
                                              ["kb:person/donald-trump"])]
    assert _invitations("चीन के राष्ट्रपति शी जिनपिंग ने पुतिन को बीजिंग आने का निमंत्रण दिया है ।") == [
        (["kb:person/xi-jinping"], ["kb:person/vladimir-putin"])]
