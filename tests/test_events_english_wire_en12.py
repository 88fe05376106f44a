"""Round en12 (issue 13, item 5): four more English reports of the seeds' story, written blind
(before the English rules, the earlier wire tests or their docs paragraphs were read), each in a
form no earlier round used: H1 a US outlet led by a social-media post and quotes, H2 a "world news
in brief" round-up where the story is one of five datelined items, H3 a summary of two officials'
briefings (reported speech: "told reporters that the two heads of state had ..."), H4 English
translated from Hindi (Hindi word order: "did video talks with ... and after some hours talked on
phone with ...", "can go to China in April").

The story's four events each report must give (issue 13's done-when): the Xi-Putin video call and
the Xi-Trump phone call (CONSULT, 2026-02-04, happened), Putin's APEC attendance (AGREE, 2026-11,
planned) and Trump's April visit (AGREE, 2026-04, expected or planned)."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local

DCT = "2026-02-04"

H1 = """Trump says he had 'very good' call with Xi, talks April trip to China

WASHINGTON - President Donald Trump said on Truth Social on Wednesday that he had "a very good" call with President Xi Jinping of China, a conversation that touched on trade, Taiwan, the war in Ukraine and Iran.

"Just had a very good telephone call with President Xi of China. It was a long and thorough call," Trump wrote in the post. He said they also talked about his trip to Beijing in April, which he said he was "very much looking forward to."

The White House said the president would travel to China in April and that the two leaders had agreed to stay in close touch. A White House official said China had agreed to consider buying more American oil, gas and soybeans.

The call was the second for Xi in a single day. Earlier that day, the Chinese leader held a video call with Russian President Vladimir Putin, who praised what he called the "spring" in relations between Moscow and Beijing. Kremlin foreign policy aide Yuri Ushakov said Putin had accepted an invitation to visit China in the first half of the year and would also attend the Asia-Pacific Economic Cooperation summit in Shenzhen in November.

Analysts in Washington said the back-to-back calls showed Beijing balancing its ties with both powers.
"""

H2 = """WORLD NEWS IN BRIEF

NAIROBI - Kenya's parliament on Wednesday passed a revised finance bill after weeks of street protests over new taxes on fuel and mobile money. Opposition lawmakers walked out before the vote.

BEIJING - Chinese President Xi Jinping spoke by telephone with U.S. President Donald Trump on Wednesday, hours after holding a video call with Russian President Vladimir Putin. Trump is expected to visit China in April, and the Kremlin said Putin will attend the APEC summit in Shenzhen in November.

LIMA - Peru's Congress voted to censure the interior minister over a surge in extortion killings in the capital, the second minister to be removed in six months.

OSLO - Norway's government said it would raise its defence budget by 8 percent next year, citing the war in Ukraine and pressure from NATO allies.

CANBERRA - Australia and Indonesia signed a maritime security agreement on Wednesday covering joint patrols and information sharing in the Timor Sea.
"""

H3 = """China, Russia brief on Xi's calls with Putin and Trump

BEIJING/MOSCOW, Feb 4 - Officials in Beijing and Moscow on Wednesday gave separate accounts of Chinese President Xi Jinping's video call with Russian President Vladimir Putin and his later phone call with U.S. President Donald Trump.

At the Chinese foreign ministry's regular briefing, spokesperson Lin Jian told reporters that the two heads of state had held a video call on Wednesday morning and had agreed to deepen strategic coordination between China and Russia. Lin said Xi had also spoken with Trump by phone on Wednesday and had told him that Taiwan was the most important issue in China-US relations.

Beijing is preparing for Trump's visit, which Washington has said would take place in April, Lin said, without giving dates.

In Moscow, Kremlin aide Yuri Ushakov told reporters that Putin had accepted Xi's invitation to visit China in the first half of the year. Kremlin aide Yuri Ushakov said Putin would travel to Shenzhen for the APEC leaders' meeting in November.

Ushakov said the views of the two leaders on relations with the United States were "almost identical."
"""

H4 = """Xi Jinping talked first with Putin, then with Trump

Chinese President Xi Jinping did video talks with Russian President Putin on Wednesday and after some hours talked on phone with US President Donald Trump. Government media agency Xinhua has confirmed this talk. In the talk Xi and Putin discussed about increasing economic cooperation between Moscow and Beijing and their relations with America.

Putin has accepted the invitation of China visit two times this year. Putin will also participate in APEC summit to be held in Shenzhen in November, Kremlin aide Yuri Ushakov told.

Trump wrote in his post that talk happened on trade, Taiwan, Trump's proposed China visit in April and Iran situation. Trump can go to China in April. Both leaders are going to meet four times this year.
"""

REPORTS = {"H1": H1, "H2": H2, "H3": H3, "H4": H4}


def events_of(text: str) -> list[Event]:
    """``text`` (English, published on the story's day) through the stages events need."""
    art = Article(id="en12", text=text, language="en", dct=DCT, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art.events
