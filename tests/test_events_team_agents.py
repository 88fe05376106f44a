"""A body's team as the द्वारा-agent of a passive acts for the body (lead, session 19)."""

from __future__ import annotations

import pytest

from .hindi_events import article_events, role_names


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("स्वास्थ्य विभाग की टीम द्वारा इलाके को सील किया गया ।", "health department"),
        ("नगर निगम की टीम द्वारा दुकानों को सील किया गया ।", "municipal corporation"),
        ("पुलिस टीम द्वारा लगातार उनकी निगरानी की जा रही है ।", "police"),
        # negative: a team of nobody named leaves the act to the place's authority, as before
        ("टीम द्वारा दुकानों को सील किया गया ।", "Government of India"),
    ],
)
def test_a_bodys_team_by_dwara_is_the_body(text: str, source: str) -> None:
    art, evs = article_events(text)
    [ev] = [e for e in evs if e.type == "COERCE"]
    assert role_names(art, ev, "source") == [source]
