"""Round en13 (issue 13, item 5): four English wire reports of the seed story, written blind.

Each report was written from the seeds gold and the two Hindi seed examples only, before the
earlier rounds' tests, the English rule modules or their docs were opened, in forms no earlier
round used: J1 an AP-style report whose calls come after four paragraphs of context, with heavy
attribution; J2 a report led by the visit (a headline-like first line); J3 British dates ("on 4
February", "in April next", "this November") with the Putin call told last; J4 a TV transcript
with speaker labels in capitals and spoken style. They guard the English path against forms it
has not been tuned on; EXPECTED records what the rules give (see docs/events-rounds.md, en13).
"""

from __future__ import annotations

J1 = """BEIJING (AP) — China's trade surplus with the rest of the world hit a record last year even as tariffs imposed by Washington squeezed its exports to the United States, according to customs figures released in January.

Beijing has also stepped up military drills around Taiwan, the self-governing island it claims as its own territory, and has warned Washington against further arms sales to Taipei.

A string of Western leaders has travelled to the Chinese capital in recent weeks. The British and Canadian prime ministers visited last month, and the German chancellor is expected in Beijing later in February, officials in Berlin said.

Many close U.S. partners have been seeking new openings with China after clashing with President Donald Trump over tariffs and his demand to take over Greenland from Denmark, a NATO ally.

Against that backdrop, Chinese leader Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday, according to a readout released by the Kremlin, and spoke by telephone with Trump a few hours later, state broadcaster CCTV reported.

Putin accepted an invitation to visit China in the first half of the year, and he will also attend the Asia-Pacific Economic Cooperation summit in Shenzhen in November, Kremlin foreign policy aide Yuri Ushakov told reporters, according to Russian state news agency Tass.

Trump wrote on social media that the two leaders discussed trade, Taiwan, the war in Ukraine and his planned trip to China in April. According to the White House, the president is expected to travel to Beijing in April.
"""

J2 = """Trump to visit China in April, Xi says after call

BEIJING, Feb 4 (Reuters) - Chinese President Xi Jinping told U.S. President Donald Trump in a phone call on Wednesday that China welcomed his visit to Beijing in April, the official Xinhua news agency said.

Trump will travel to China in April, the White House confirmed later, in what would be the first of as many as four meetings between the two leaders this year.

The call came hours after Xi held a video call with Russian President Vladimir Putin, during which the two men discussed growing economic cooperation between Moscow and Beijing and their relations with Washington.

Putin will attend the Asia-Pacific Economic Cooperation (APEC) summit in Shenzhen in November, Kremlin aide Yuri Ushakov told reporters after the call.
"""

J3 = """LONDON — Xi Jinping, China's president, spoke to Donald Trump by telephone on Wednesday 4 February, in a conversation that Chinese state media described as candid and constructive.

The American president is due to travel to China in April next, when the two men are expected to hold a summit in Beijing. Relations between the world's two largest economies have steadied since they agreed a one-year trade truce in South Korea last year.

The British and Canadian prime ministers both visited Beijing in January, and the German chancellor is expected to make the trip later this month.

Earlier on 4 February, Mr Xi had held a video conference with Vladimir Putin, the Russian president. According to the Kremlin, Mr Putin accepted an invitation to visit China in the first six months of the year and will travel to Shenzhen this November for the Asia-Pacific Economic Cooperation summit.
"""

J4 = """ANCHOR: Good evening. It has been a busy Wednesday for China's leader. Xi Jinping got on the phone with Donald Trump today, just hours after a video call with Vladimir Putin. Our correspondent is in Beijing. What do we know?

CORRESPONDENT (Beijing): Well, the two presidents talked trade, they talked Taiwan, and Trump says he's coming here in April. The White House says the trip is on, so the president is expected in Beijing in April.

ANCHOR: And what about Putin?

CORRESPONDENT (Beijing): Xi and Putin spoke by video link this morning. The Kremlin says Putin's accepted an invitation to come to China, and his aide Yuri Ushakov says he's heading to Shenzhen in November for APEC.

ANCHOR: Thank you.
"""

REPORTS = {"J1": J1, "J2": J2, "J3": J3, "J4": J4}
