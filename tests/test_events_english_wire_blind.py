"""Eight English wire reports of the seeds' story, written blind (round en7, issue 13).

Written from the seeds gold and the two Hindi examples only, before the tuned reports of
tests/test_events_english_wire.py were read, in eight wire styles.
"""

from __future__ import annotations

REPORTS: dict[str, str] = {
    "C1_reuters": (
        "BEIJING, Feb 4 (Reuters) - Chinese President Xi Jinping held talks with U.S. President "
        "Donald Trump by telephone on Wednesday, state news agency Xinhua said, hours after he "
        "spoke with Russian President Vladimir Putin via video link.\n\n"
        "Xinhua gave no further details of the call.\n\n"
        "Earlier in the day, Xi and Putin discussed growing economic cooperation between Moscow "
        "and Beijing and their relations with the United States, the Kremlin said.\n\n"
        "Kremlin foreign policy aide Yuri Ushakov told reporters that Putin had accepted Xi's "
        "invitation to visit China in the first half of the year and would also attend the "
        "Asia-Pacific Economic Cooperation summit in Shenzhen in November.\n\n"
        "Trump said on social media that he and Xi had discussed trade, Taiwan and the war in "
        "Ukraine, and that he is expected to visit China in April.\n"
    ),
    "C2_ap": (
        "WASHINGTON (AP) — President Donald Trump spoke by phone with Chinese leader Xi Jinping "
        "on Wednesday, the White House said, in a call that came only hours after Xi held a "
        "videoconference with Russian President Vladimir Putin.\n\n"
        "Trump is due to travel to Beijing in April, and the two leaders could meet as many as "
        "four times this year.\n\n"
        "The call covered trade, Taiwan and Iran, Trump wrote on his social media platform.\n\n"
        "In their virtual meeting, Putin told Xi that ties between Moscow and Beijing were a "
        "stabilizing factor in a turbulent world. Putin will take part in the APEC summit that "
        "China hosts in Shenzhen in November, his foreign policy adviser said.\n"
    ),
    "C3_afp": (
        "Xi Jinping spoke with Donald Trump on Wednesday, hours after holding virtual talks with "
        "Vladimir Putin, in a day of high-stakes diplomacy for the Chinese leader.\n\n"
        "\"The two presidents had a telephone conversation,\" China's official Xinhua news agency "
        "reported, without giving details.\n\n"
        "Putin and Xi held talks via video earlier on Wednesday, the Kremlin said, with the "
        "Russian leader praising the \"spring\" in relations between Moscow and Beijing.\n\n"
        "Putin plans to travel to Shenzhen in November for the APEC summit, Kremlin aide Yuri "
        "Ushakov said.\n\n"
        "Trump plans to visit China in April, the US president said after the call.\n"
    ),
    "C4_xinhua": (
        "BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping had a phone call with U.S. "
        "President Donald Trump on Wednesday.\n\n"
        "The two heads of state exchanged views on China-U.S. relations and issues of common "
        "concern.\n\n"
        "Earlier on Wednesday, Xi held a video meeting with Russian President Vladimir Putin.\n\n"
        "Putin said he will participate in the APEC Economic Leaders' Meeting to be held in "
        "Shenzhen in November.\n\n"
        "Trump is set to visit China in April.\n"
    ),
    "C5_tass": (
        "MOSCOW, February 4. /TASS/. Russian President Vladimir Putin and Chinese President Xi "
        "Jinping held talks via videoconference on Wednesday, Kremlin aide Yuri Ushakov told "
        "reporters.\n\n"
        "According to Ushakov, the Russian leader accepted an invitation to visit China in the "
        "first half of the year. \"Putin will also attend the APEC summit in Shenzhen in "
        "November,\" Ushakov said.\n\n"
        "Several hours after the talks with Putin, Xi phoned US President Donald Trump, Xinhua "
        "reported.\n\n"
        "Trump is set to make a trip to China in April, the White House has said.\n"
    ),
    "C6_kyodo": (
        "BEIJING, Feb. 4 Kyodo - Chinese President Xi Jinping and U.S. President Donald Trump "
        "held a telephone conversation on Wednesday, Chinese state media said.\n\n"
        "The call came after Xi had talked with Russian President Vladimir Putin by video link "
        "earlier in the day.\n\n"
        "Putin is scheduled to attend the summit of the Asia-Pacific Economic Cooperation forum "
        "in Shenzhen in November, according to the Kremlin.\n\n"
        "Trump is expected to make a trip to China in April, diplomatic sources said.\n"
    ),
    "C7_pti": (
        "Beijing, Feb 4 (PTI) Chinese President Xi Jinping on Wednesday dialled his US "
        "counterpart Donald Trump, a few hours after a virtual meeting with Russian President "
        "Vladimir Putin.\n\n"
        "A phone call was held between the two leaders on 4 February, the Chinese foreign "
        "ministry said.\n\n"
        "Putin and Xi talked over video link and discussed economic cooperation, the Kremlin "
        "said.\n\n"
        "Putin would take part in the APEC summit in Shenzhen in November, Ushakov said.\n\n"
        "Trump will pay a state visit to China in April, officials said.\n"
    ),
    "C8_paper": (
        "Xi talks to Trump, Putin on the same day\n\n"
        "NEW DELHI, February 4: China's President Xi Jinping spoke to US President Donald Trump "
        "over the telephone on Wednesday.\n\n"
        "Later in the day, after the call with Trump, Xi's office said the talks had been "
        "friendly. Earlier, Xi and Russia's Vladimir Putin had held a video conference in which "
        "they discussed trade and energy.\n\n"
        "Putin is going to participate in the APEC summit in Shenzhen in November, said his aide "
        "Yuri Ushakov.\n\n"
        "Trump intends to travel to China in April for a summit with Xi.\n"
    ),
}
