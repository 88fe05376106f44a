"""Round en10 (issue 13, item 5): four more English wire reports of the seeds' story, written
blind (before the English rules, the earlier wire tests and rounds en7-en9's notes were read).

Each tells the Xi-Putin video call and the Xi-Trump phone call of Wednesday 2026-02-04, Putin's
planned attendance of the November APEC summit in Shenzhen and Trump's expected April visit, in a
style the earlier rounds' reports do not use: F1 British ("Mr Xi", the calls in the past perfect
in the third paragraph), F2 an analysis that tells the calls only inside longer sentences about
trade and Taiwan, F3 led by the Trump call with the video call as background and the plans as two
"that" clauses of one reported sentence, F4 a Moscow-datelined agency brief in numerals and
abbreviations. The test runs each as published on 2026-02-04 and merges it with the two Hindi
seed reports: an English report of the same story must land in the same merged events.
"""

from __future__ import annotations

F1 = (
    "BEIJING - China's President Xi Jinping spoke to the leaders of Russia and the United States "
    "within hours of each other on Wednesday, as Beijing courts Western capitals unsettled by "
    "Washington's tariffs.\n\n"
    "Mr Xi told Mr Putin that the two countries should seize a historic opportunity to deepen "
    "their strategic co-operation, according to a Russian readout of the conversation.\n\n"
    "The Chinese leader had held a video call with the Russian president on Wednesday morning, "
    "the Kremlin said, and had spoken to Mr Trump by telephone a few hours later.\n\n"
    "Yuri Ushakov, Mr Putin's foreign policy adviser, told reporters that the Russian president "
    "had accepted an invitation to visit China in the first half of the year and would also "
    "attend the Asia-Pacific Economic Cooperation summit in Shenzhen in November.\n\n"
    "Mr Trump is expected to travel to Beijing in April, officials in Washington have said.\n"
)

F2 = (
    "ANALYSIS: Beijing's balancing act\n\n"
    "Few leaders juggle rivals as deftly as Xi Jinping. In a video call with Vladimir Putin on "
    "Wednesday that Chinese state media framed around energy and trade, Mr Xi praised a steady "
    "partnership, even as his negotiators weigh how much American gas and soybeans to buy.\n\n"
    "With Taiwan once again on the agenda of a telephone call between Mr Xi and Donald Trump on "
    "Wednesday, markets read the conversation, which also covered farm purchases, as a sign that "
    "the trade truce agreed in South Korea last year is holding.\n\n"
    "Taiwan remains the sharpest edge. Chinese officials have repeatedly warned Washington "
    "against arms sales to the island.\n\n"
    "The diplomatic calendar will test that balance. Mr Trump, who is expected in Beijing in "
    "April, wants more farm purchases before he arrives. Putin has accepted an invitation to the "
    "November gathering of Asia-Pacific leaders in Shenzhen, the Kremlin said.\n"
)

F3 = (
    "WASHINGTON - President Donald Trump and Chinese President Xi Jinping spoke by phone on "
    "Wednesday, discussing trade, Taiwan, the war in Ukraine and Iran, Trump wrote on social "
    "media. Xinhua confirmed the call but gave no details.\n\n"
    "Earlier on Wednesday, Xi had held a video conference with Russian President Vladimir "
    "Putin, in which the two leaders discussed economic ties and their relations with the "
    "United States.\n\n"
    "Officials in Beijing said that Putin would attend the Asia-Pacific Economic Cooperation "
    "summit in Shenzhen in November and that Trump planned to visit China in April.\n"
)

F4 = (
    "MOSCOW, Feb 4 - Russian President Vladimir Putin and PRC President Xi Jinping held a video "
    "call on Wed., the Kremlin said. Hours later Xi spoke by phone with U.S. President Donald "
    "Trump, Xinhua reported.\n"
    "Putin accepted an invitation to visit China 2 times in 2026 and will attend the APEC summit "
    "in Shenzhen in Nov., Kremlin aide Yuri Ushakov told reporters. Trump is expected to visit "
    "the PRC in Apr.\n"
)

REPORTS = {"F1": F1, "F2": F2, "F3": F3, "F4": F4}
