"""Round ev180 (issue 13, item 5): a generic English body name ("Congress", "Supreme Court",
"Senate") is the body of the country its article names, never India's by default.

English sentences are quoted from the TimeBank/AQUAINT and MEANTIME tuning documents the round
audited (`time/tempeval3-tbaq`, `time/meantime-en`); the Hindi ones from the allowed corpus day
files. The Indian English sentences are written in the wire style, no English Indian news
being in the data."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.country_bound import generic_body, stated_country
from khabar.entities.kb import load_kb
from khabar.entities.stage import extract_mentions
from khabar.model import Article, Block


def make(text: str, language: str = "en") -> Article:
    blocks, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        blocks.append(Block(pos, pos + len(line), "body", n + 1))
        pos += len(line) + 1
    return Article(id="t", text=text, dct="2000-01-05", blocks=blocks, language=language)


def linked(text: str, language: str = "en") -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for m in extract_mentions(make(text, language), load_kb(Config())):
        out.setdefault(m.text, []).append(m.entity_id)
    return out


def test_congress_in_a_us_story_is_the_united_states_congress():
    # MEANTIME 180695: Virginia names the country
    ms = linked("Kaufman , along with senator Mark Warner from Virginia , called on Congress to "
                "investigate the cause of the mass sell-offs .")
    assert ms["Congress"] == ["kb:org/us-congress"]


def test_the_country_said_before_the_name_decides():
    # NYT20000105.0325: Havana names Cuba, "U.S." says whose Congress
    ms = linked("In Havana, the government gave a guarded first response to the INS ruling, "
                "warning against ``excessive optimism'' and predicting ``the Cuban-American mafia "
                "and the extreme right in the U.S. Congress'' would still put up a fight.")
    assert ms["Congress"] == ["kb:org/us-congress"]
    assert ms["INS"] == ["kb:org/us-ins"]


def test_supreme_court_follows_the_article_not_india():
    # NYT20000601.0442: the Miami family's appeal
    ms = linked("Lawyers for the relatives in Miami, Florida, lost in federal court.\n"
                "Attorney Kendall Coffey said his clients were giving an appeal to the Supreme "
                "Court ``serious consideration.''")
    assert ms["Supreme Court"] == ["kb:org/supreme-court-us"]


def test_no_country_named_leaves_a_name_of_the_document():
    # MEANTIME 120554 names no country the KB knows: not India's party, not a guess
    ms = linked("The two companies have received $ 13.4 billion in federal loans to keep them "
                "operating , but Congress required them to produce viability plans .")
    (entity,) = ms["Congress"]
    assert entity is not None and entity.startswith("doc:")


def test_another_country_said_is_not_india_body():
    ms = linked("The Pakistani Supreme Court ordered the release of the men in Lahore.")
    assert not any(e == "kb:org/supreme-court-in" for es in ms.values() for e in es)


@pytest.mark.parametrize(
    "text",
    [
        "Congress president Sonia Gandhi said the party would fight the election in Uttar Pradesh.",
        "Rahul Gandhi of the Indian National Congress met voters in New Delhi on Monday.",
    ],
)
def test_congress_in_an_indian_story_stays_the_indian_party(text):
    ms = linked(text)
    congress = [e for surface, es in ms.items() if "Congress" in surface for e in es]
    assert congress == ["kb:org/inc"]


def test_hindi_congress_stays_the_indian_party_in_a_us_paragraph():
    ms = linked("अमेरिकी रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी। उन्होंने कहा कि कांग्रेस सच्चाई से "
                "बहुत दूर है और जनता को गुमराह कर रही है।", language="hi")
    assert ms["कांग्रेस"] == ["kb:org/inc"]


def test_us_bodies_are_named():
    # APW19980818.0515, XIE19980808.0049, APW20000216.0193
    ms = linked("FBI agents, meanwhile, pushed ahead with their all-out investigation into the "
                "bombings in Nairobi, Kenya.")
    assert ms["FBI"] == ["kb:org/fbi"]
    # "Department" is a kind of body: whose, the article says (APW19990410.0123's Washington)
    state = ("The State Department has sent medical and other supplies as well as "
             "investigators to Kenya and Tanzania.")
    assert linked(state)["State Department"][0].startswith("doc:")
    ms = linked("The gun was sent to the FBI laboratory in Washington to determine whether it "
                "was used to kill Slepian.\n" + state)
    assert ms["State Department"] == ["kb:org/us-state-department"]
    ms = linked("Lawyers for the relatives in Miami filed a brief arguing the Immigration and "
                "Naturalization Service cannot return Elian to Cuba.")
    assert ms["Immigration and Naturalization Service"] == ["kb:org/us-ins"]


def test_generic_body_names():
    kb = load_kb(Config())
    inc, court = kb.entries["org/inc"], kb.entries["org/supreme-court-in"]
    assert generic_body(kb, "Congress", inc)
    assert generic_body(kb, "Supreme Court", court)
    assert not generic_body(kb, "Indian National Congress", inc)
    assert not generic_body(kb, "Supreme Court of India", court)
    assert not generic_body(kb, "कांग्रेस", inc)
    assert not generic_body(kb, "Pentagon", kb.entries["org/pentagon"])
    assert not generic_body(kb, "FBI", kb.entries["org/fbi"])


def test_stated_country():
    kb = load_kb(Config())
    text = "the extreme right in the U.S. Congress"
    assert stated_country(kb, text, text.index("Congress")) == "country/US"
    text = "an appeal to the Supreme Court"
    assert stated_country(kb, text, text.index("Supreme")) is None
    text = "the United States Senate"
    assert stated_country(kb, text, text.index("Senate")) == "country/US"


# Round ev184 (issue 13): a Hindi country adjective right before a Devanagari body decides
# whose body it is (the allowed corpus day files' "अमेरिकी कांग्रेस के दो नेता आइसोलेशन में",
# AU-2020-MAR-10, linked the Indian party)


def test_us_adjective_before_hindi_congress_is_the_united_states_congress():
    ms = linked("अमेरिकी कांग्रेस के दो नेता आइसोलेशन में\nवॉशिंगटन में दो सांसदों ने खुद को अलग "
                "कर लिया है।", language="hi")
    assert ms["कांग्रेस"] == ["kb:org/us-congress"]


def test_the_tagger_s_whole_name_with_an_adjective_is_that_country_s_body():
    ms = linked("अमेरिकी कांग्रेस ने राहत पैकेज पास किया।", language="hi")
    assert ms["अमेरिकी कांग्रेस"] == ["kb:org/us-congress"]
    ms = linked("अमेरिकी सुप्रीम कोर्ट ने फैसला दिया।", language="hi")
    assert ms["अमेरिकी सुप्रीम कोर्ट"] == ["kb:org/supreme-court-us"]
    ms = linked("दिल्ली में भारतीय कांग्रेस के नेता ने कहा।", language="hi")
    assert ms["भारतीय कांग्रेस"] == ["kb:org/inc"]


def test_another_country_adjective_without_its_body_is_never_india_body():
    ms = linked("चीनी कांग्रेस के नेताओं ने बैठक की।", language="hi")
    (entity,) = ms["कांग्रेस"]
    assert entity is not None and entity.startswith("doc:")
    # Nepal's party is no legislature the KB knows: left a name of its own, not linked
    ms = linked("नेपाली कांग्रेस के नेताओं ने बैठक की।", language="hi")
    assert ms["नेपाली कांग्रेस"][0].startswith("name:")


@pytest.mark.parametrize(
    "text",
    [
        # a genitive, an adjective of another word
        "अमेरिका की यात्रा से लौटे कांग्रेस के नेता को क्वारंटाइन किया गया।",
        "अमेरिकी राष्ट्रपति की आलोचना करते हुए कांग्रेस ने कहा कि सरकार सोई है।",
    ],
)
def test_hindi_congress_without_a_foreign_adjective_right_before_stays_the_party(text):
    ms = linked(text, language="hi")
    assert ms["कांग्रेस"] == ["kb:org/inc"]
