"""Round en8 (issue 13, item 5): six English wire reports of the seeds' story, written blind.

The writer learnt the story from the seeds gold and the two Hindi examples only, and wrote these
reports before opening any English rule, test or the en7 notes, in styles of their own: a wire
flash (D1), a fuller write-up led by the Trump call (D2), an analysis piece telling the calls in
the past perfect (D3), a live-blog entry (D4), a Moscow report led by the Kremlin readout (D5) and
a regional paper's rewrite (D6). Each must give the four events issue 13's "done when" names, with
the right type, mode, actors, date and modality, and each must merge with the Hindi seeds' report
of it. ``EXPECTED`` is what the rules find; the blind figure (before any fix) is in
docs/events-rounds.md (round en8).
"""

from __future__ import annotations

REPORTS: dict[str, str] = {
    "D1": """FLASH: Xi holds video call with Putin, then phone call with Trump

BEIJING, Feb 4 (Reuters) - Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday and spoke by telephone with U.S. President Donald Trump hours later, Chinese state media said.

Putin will attend the APEC summit in Shenzhen in November, a Kremlin aide said.

Trump is expected to visit China in April, the White House said.

More to follow.

(Reporting by Beijing newsroom; Editing by Mark Heinrich)
""",
    "D2": """Trump and Xi discuss trade, Taiwan in call; Trump to travel to China in April

By Laurie Chen and Trevor Hunnicutt

BEIJING/WASHINGTON, Feb 4 (Reuters) - U.S. President Donald Trump and Chinese leader Xi Jinping talked by phone on Wednesday, discussing trade, Taiwan, the war in Ukraine and Iran, in a conversation that came just hours after Xi's video conference with Russia's Vladimir Putin.

Trump, writing on his Truth Social platform after the call, said the two men had also discussed his planned trip to China in April, as well as Chinese purchases of U.S. oil, gas and additional farm products. China's official Xinhua news agency confirmed the call but gave no details.

Relations between the world's two largest economies have stabilised since Trump and Xi agreed a one-year trade truce in South Korea last year. The two leaders could meet as many as four times this year.

Earlier in the day, Xi and Putin discussed growing economic cooperation between Moscow and Beijing by video link. Putin accepted an invitation to visit China in the first half of the year, Kremlin foreign policy aide Yuri Ushakov told reporters, and the Russian leader will also travel to Shenzhen in November for the Asia-Pacific Economic Cooperation summit.

Related: China's exports beat forecasts as U.S. trade truce holds

(Reporting by Laurie Chen in Beijing and Trevor Hunnicutt in Washington; Editing by Michael Perry)
""",
    "D3": """ANALYSIS-Xi's double diplomacy leaves Washington and Moscow guessing

By the time the sun set over Beijing on Wednesday, Feb. 4, Xi Jinping had spoken to both of the men who matter most to China's foreign policy.

Xi had held a video call with Vladimir Putin in the morning, the two leaders praising what the Russian president called a spring season in their ties. A few hours later he had talked with Donald Trump on the telephone, Chinese state media reported.

Neither conversation came out of nowhere. Western leaders have beaten a path to Beijing since January, when the British and Canadian prime ministers visited, and Germany's chancellor is expected later this month.

According to Putin's aide Yuri Ushakov, Xi had invited Putin to China in the first six months of the year, and Putin had agreed. The Russian leader is also due to attend the Asia-Pacific Economic Cooperation leaders' meeting in Shenzhen in November.

Trump, for his part, had said after the call that his proposed visit to China in April was on the agenda.

"Beijing wants to be seen as the indispensable partner of both," said a Western diplomat in the Chinese capital.

PHOTO: Chinese President Xi Jinping speaks with Russian President Vladimir Putin by video link in Beijing, February 4, 2026. Xinhua via REUTERS

(Writing by Emma Farge; Editing by Alex Richardson)
""",
    "D4": """China-Russia-US live: all the latest

14:05 GMT - Xi talks to Trump after Putin call

Chinese President Xi Jinping and US President Donald Trump had a phone conversation on Wednesday, according to Xinhua. It is their first known conversation since the trade truce agreed in Busan last year.

Earlier, Xi and Russian President Vladimir Putin held talks via video link. The Kremlin said Putin would visit China twice this year: once in the first half, and again in November for the APEC summit in Shenzhen.

Trump said the pair had discussed his upcoming April trip to Beijing.

Related: What's behind the Xi-Putin 'spring' in ties?

13:40 GMT - Kremlin: views on US 'almost identical'

Putin's aide Yuri Ushakov told reporters that the two leaders' views on the United States were almost identical.
""",
    "D5": """Kremlin says Putin to attend APEC summit in China, hails 'spring' in ties with Xi

MOSCOW, Feb 4 (AP) — Russian President Vladimir Putin will travel to the southern Chinese city of Shenzhen in November to attend the Asia-Pacific Economic Cooperation summit, the Kremlin said Wednesday after Putin and Chinese President Xi Jinping spoke by video.

Putin's foreign policy adviser Yuri Ushakov told reporters that Xi had invited Putin to visit China in the first half of the year and the Russian leader had accepted. The two leaders also exchanged views on relations with the United States, Ushakov said, describing their positions as "almost identical."

"I want to assure you once again of our firm support," Putin told Xi in opening remarks broadcast by Russian state television.

Hours later, Xi held a telephone conversation with U.S. President Donald Trump. Trump said they discussed trade, Taiwan, Ukraine and his trip to China, which is scheduled for April.

Associated Press writer Ken Moritsugu in Beijing contributed to this report.
""",
    "D6": """Xi talks with Putin, Trump on same day

The Daily Tribune | Wire Services

Beijing: Chinese President Xi Jinping on Wednesday conducted a virtual meeting with his Russian counterpart Vladimir Putin and later dialled US President Donald Trump, official media said.

During the video conference, the two leaders reviewed bilateral ties. Russian presidential aide Yuri Ushakov said Putin had accepted Xi's invitation for a visit in the first half of 2026 and would also take part in the APEC summit to be hosted by Shenzhen in November.

In the telephone call with Trump, Xi discussed trade and Taiwan. Trump, who is likely to visit Beijing in April, described the call as "excellent".

Photo caption: Xi Jinping during the video call with Vladimir Putin. (File)
""",
}
