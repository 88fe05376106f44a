"""Round en11: four more English reports of the seeds' story, written blind (before the English
rule modules, the earlier wire tests or their docs were read), in forms no earlier round used:
an Indian English newspaper report, a passive and nominal report, a timeline of bullets and an
explainer in questions and answers. Each must give the story's four core events (the two calls,
the planned APEC attendance and the expected April visit) and merge them with the Hindi seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.model import Article

XI, PUTIN, TRUMP = "kb:person/xi-jinping", "kb:person/vladimir-putin", "kb:person/donald-trump"

G1_INDIAN = """Xi dials Trump hours after virtual meet with Putin

New Delhi/Beijing, February 4: Chinese President Xi Jinping on Wednesday dialled US President \
Donald Trump, hours after he held a virtual meet with Russian President Vladimir Putin.

During the parleys, the two leaders took stock of the growing economic cooperation between Moscow \
and Beijing and their ties with America.

According to Kremlin aide Yuri Ushakov, the Russian leader will be in Shenzhen for the APEC meet \
in November. Putin has also accepted Xi's invitation to visit China in the first half of the year.

In the phone conversation, Xi and Trump discussed trade, Taiwan and the situation in Iran. Trump \
is slated to visit Beijing in April, sources said.

The talks come amid a flurry of visits by Western leaders to Beijing. (PTI)
"""

G2_PASSIVE = """Video call between Xi and Putin followed by phone call with Trump

MOSCOW, Feb 4 - A video call was held on Wednesday between Chinese President Xi Jinping and \
Russian President Vladimir Putin. Growing economic ties and relations with Washington were \
discussed, according to the Kremlin.

The conversation was followed hours later by a phone call with U.S. President Donald Trump, \
which was confirmed by the Xinhua news agency.

A visit by Mr Trump to Beijing is planned for April. Mr Putin's attendance at the Asia-Pacific \
Economic Cooperation summit in Shenzhen in November has been confirmed by his foreign policy \
aide, Yuri Ushakov.

An invitation to visit China in the first half of the year was also accepted by the Russian \
leader.
"""

G3_TIMELINE = """Xi's diplomatic calendar

China's leader spoke to both his Russian and his American counterpart on Wednesday. Key dates \
ahead:

- Feb 4: Xi and Putin hold video talks on trade and ties with Washington
- Feb 4: Xi and Trump speak by phone hours later
- April: Trump expected in Beijing
- November: Putin to attend APEC summit in Shenzhen
"""

G4_EXPLAINER = """Explainer: why Xi called Putin and then Trump

Who did Xi speak to?
Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on \
Wednesday. A few hours later he spoke with U.S. President Donald Trump by telephone.

What did they discuss?
Xi and Putin talked about economic cooperation and their relations with the United States. \
Trump said he and Xi discussed trade, Taiwan, Ukraine and Iran.

What comes next?
Trump is due to travel to Beijing in April. Putin will attend the APEC summit in Shenzhen in \
November, the Kremlin said.

Why does it matter?
Several Western leaders have visited Beijing in recent weeks.
"""

REPORTS = {"G1": G1_INDIAN, "G2": G2_PASSIVE, "G3": G3_TIMELINE, "G4": G4_EXPLAINER}

# The story's four core events: (type, mode, sources, date, modalities accepted).
CORE = {
    "video": ("CONSULT", "video_call", {XI, PUTIN}, "2026-02-04", {"happened"}),
    "phone": ("CONSULT", "phone", {XI, TRUMP}, "2026-02-04", {"happened"}),
    "apec": ("AGREE", "summit", {PUTIN}, "2026-11", {"planned"}),
    "april": ("AGREE", "visit", {TRUMP}, "2026-04", {"expected", "planned"}),
}

# What each report gives (updated after the round's fixes; the before table is in
# docs/events-rounds.md).
EXPECTED = {name: set(CORE) for name in REPORTS}


def _found(text: str) -> set[str]:
    from khabar.pipeline import run_local

    [art] = list(run_local([Article(id="g", text=text, language="en", dct="2026-02-04")], Config()))
    got = {(e.type, e.mode, frozenset(e.source), e.date, e.modality) for e in art.events}
    return {
        key for key, (typ, mode, src, date, mods) in CORE.items()
        if any((t, m, s, d) == (typ, mode, frozenset(src), date) and mo in mods
               for t, m, s, d, mo in got)
    }


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_blind_report_gives_the_core_events(name: str) -> None:
    assert _found(REPORTS[name]) >= EXPECTED[name]
