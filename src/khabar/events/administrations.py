"""The English of a state's or union territory's administration, as the text writes it.

Why: Hindi news calls the government of a union territory its "प्रशासन" ("जम्मू-कश्मीर प्रशासन ने
31 मार्च तक प्राइमरी स्कूल को बंद रखने का आदेश दिया है"), and English news and the event coders
keep the word: "Jammu and Kashmir administration" (the tuning sets Vm and Vp, two annotators,
for "जम्मू-कश्मीर प्रशासन के प्रवक्ता" and "जम्मू कश्मीर प्रशासन ने"), while the same report's
"जम्मू कश्मीर सरकार ने" stays "Government of Jammu and Kashmir" (Vp). Round ev66 made such a
"प्रशासन" the territory's government rather than a district administration (its code, the
place's ``GOV``, is unchanged here); this module gives it the name the text says. A foreign
country's ("सऊदी अरब प्रशासन ने उमरा पर रोक लगा दी") stays its government, as the dev gold
names a foreign state's acts.

Issue 13, round sa10: "जम्मू-कश्मीर प्रशासन"/"जम्मू कश्मीर प्रशासन" 6 times on the 280 allowed
corpus day files, the only state-level Indian "प्रशासन" there; see docs/events-rounds.md.
"""

from __future__ import annotations


def state_administration(code: str, place: str) -> str:
    """The English name of the administration of ``place`` (a country or a state, actor
    ``code`` its place code): an Indian state's or union territory's (a code below the country,
    "IND-JK") is "<place> administration", a country's its government."""
    return f"{place} administration" if "-" in code else f"Government of {place}"
