"""Round ev119 (issue 13): the English of a target phrase says what the Hindi says.

The phrase rules of :mod:`khabar.events.gloss` left out what they could not place: both ends of a
motion ("… से … में आने वाली बसों" was "buses"), a bare origin ("बाहर से आने वाले" was
"people"), the modifiers before a kind ("सरकारी शराब की दुकानों" was "shops"), hyphenated place
pairs ("दिल्ली-नोएडा सीमा" was "border"), what an except-phrase excepts, what "X वाले Y" says Y
has; a group of the actor dictionary was said by its one English ("प्रवासी मजदूरों" = "workers").
The phrases are written for these tests in the style of the news, none from a gold file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hindi_events import article_events, target_names
from khabar.events.gloss import gloss


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        # both ends of a motion, and the feminine participle
        ("दूसरे राज्यों से बिहार में आने वाली बसों", "buses arriving in Bihar from other states"),
        ("पंजाब से हरियाणा में आने वाले ट्रकों", None),  # ट्रकों: no glossary head, no English
        # a bare origin or destination with no place of the KB
        ("बाहर से आने वाले लोगों", "people arriving from outside"),
        ("बाहर से अपने घर लौट रहे मजदूरों", "workers returning home from outside"),
        ("उत्तर प्रदेश के बाहर से आने वाले यात्रियों", "passengers arriving from outside Uttar Pradesh"),
        ("भारत लौटे छात्रों", "students returned to India"),
        ("गोरखपुर वापस लौटे 20 मजदूरों", "20 workers returned to Gorakhpur"),
        # words of the clause before the participle's place are not its place
        ("कल रात विदेश से आने वाले यात्रियों", "passengers arriving from abroad"),
        # who came in contact with a case are contacts, not people arriving
        ("संपर्क में आए 10 लोगों", "10 contacts"),
        # modifiers before a kind of thing
        ("सरकारी शराब की दुकानों", "government liquor shops"),
        ("सभी शराब की दुकानों", "all liquor shops"),
        ("शराब की दुकानों", "liquor shops"),
        # hyphenated place pairs; a hyphenated word that is no pair of places is not one
        ("दिल्ली-नोएडा सीमा", "Delhi-Noida border"),
        ("भारत-नेपाल सीमा", "India-Nepal border"),
        ("छात्र-छात्राओं", "students"),
        # what an except-phrase excepts
        ("दवा की दुकानों को छोड़कर सभी दुकानें", "all shops except medicine shops"),
        ("जरूरी चीजें छोड़कर बाकी सारी दुकानें", "all shops except essential goods"),
        ("आवश्यक सेवाओं को छोड़कर सभी प्रतिष्ठानों", "all establishments except essential services"),
        # "X वाले Y" = Y with X; a verb's वाले is no such
        ("गंभीर लक्षण वाले तीन मरीजों", "three patients with severe symptoms"),
        ("उल्लंघन करने वाले 40 लोगों", "40 violators"),
        ("भीड़-भाड़ वाली जगहों", "crowded places"),
        # the genitive of a journey is where it goes; of people or flights, where they are
        ("इटली की यात्रा करने वाले लोगों", "travellers to Italy"),
        ("चीन और ईरान की यात्रा करने वाले लोगों", "travellers to China and Iran"),
        ("सिंगापुर की सभी उड़ानों", "all flights in Singapore"),  # ev121: no direction said
        ("पटना के लोगों", "people in Patna"),
        # modifiers the glossary lacked
        ("पुलिस और प्रशासनिक अधिकारियों", "police and administrative officials"),
        ("आउटसोर्स कर्मियों", "outsourced employees"),
        ("जरूरी सामान की दुकानों", "shops of essential goods"),
        ("अन्य राज्यों में फंसे मजदूरों", "workers stranded in other states"),
        ("छह नए इलाकों", "six new areas"),
        ("नई दिल्ली के स्कूलों", "schools in Delhi"),  # नई: no "new" before a place's name
        ("बलिया के कुल 14 मरीजों", "14 patients in Ballia"),  # कुल (in all) adds no one
        # a genitive chain owned by one person reads as English
        ("मरीज के परिवार के चार सदस्यों", "four members of the patient's family"),
        ("स्कूल के तीन बच्चों", "three children of the school"),  # no person (nm4: "the")
        # shared modifiers join a last conjunct said whole, else nothing is said
        ("सभी सरकारी और निजी क्षेत्र के अस्पतालों", "all government and private-sector hospitals"),
        ("प्रशासनिक तथा राजभाषा विभाग", None),
    ],
)
def test_every_word_of_the_phrase_is_said(phrase: str, english: str | None) -> None:
    assert gloss(phrase) == english


def test_a_group_is_said_with_its_modifiers() -> None:
    art, evs = article_events(
        "राजस्थान सरकार ने प्रवासी मजदूरों के लिए एक हजार करोड़ रुपये के राहत पैकेज की घोषणा की है ।"
    )
    [ev] = [e for e in evs if e.type == "AID"]
    assert target_names(art, ev) == ["migrant workers in Rajasthan"]


def test_a_bare_group_keeps_its_dictionary_name() -> None:
    # no modifier: the dictionary's placed English is left as it was
    art, evs = article_events(
        "राजस्थान सरकार ने मजदूरों के लिए एक हजार करोड़ रुपये के राहत पैकेज की घोषणा की है ।"
    )
    [ev] = [e for e in evs if e.type == "AID"]
    assert target_names(art, ev) == ["workers in Rajasthan"]


def test_the_census_counts_the_words_an_english_drops(monkeypatch: pytest.MonkeyPatch) -> None:
    """`tools/mine_gloss_gaps.py --dropped` (round ev119): each content word of a phrase its
    English does not say, by class; "?" marks a word the glossary and the KB do not know."""
    from scripts import load_script

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "tools"))
    mine = load_script("tools", "mine_gloss_gaps")
    assert mine.dropped_words("सरकारी शराब की दुकानों", "government liquor shops") == []
    assert mine.dropped_words("सरकारी शराब की दुकानों", "shops") == [
        ("सरकारी", "modifier"),
        ("शराब", "owner"),
    ]
    assert mine.dropped_words("बाहर से आने वाले लोगों", "people arriving from outside") == []
    assert mine.dropped_words("इस दौरान सभी राज्यों", "all states") == [("दौरान", "junk?")]
    assert mine.dropped_words("पांच चिन्हित इलाकों", "five areas") == [("चिन्हित", "modifier?")]
