"""Issue 13, round nm17: actors with no English. Text actors and bodies' names whose words only
the glossaries lacked, as the texts spell them: English loans in Devanagari with an English
plural or a vowel of their own ("जिला मैजिस्ट्रेट्स", "असिस्टेंट डिवीजनल मेडिकल आफिसर"),
misspellings of words the main glossary knows ("पुलिसकमियों", "कार्यलयों"), and a few common
nouns ("नियुक्तियों", "योग साधक", "गुजरातियों", a bare "केंद्रशासित", "हर वर्ग"), read by the
naming-only glossary (:mod:`khabar.events.name_glosses`, :mod:`khabar.events.body_names`). Real
sentences (the allowed corpus day files named) and the near-misses the reading found."""

from __future__ import annotations

from khabar.events.body_names import body_name
from khabar.events.name_glosses import named_phrase
from khabar.model import Mention

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-16")


def _names(text: str, kind: str, role: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    return [n for e in events_of(art, kind) for n in role_names(art, e, role)]


def _org(text: str) -> list[Mention]:
    return [Mention(start=0, end=len(text), text=text, type="ORGANIZATION")]


def test_district_magistrates_met() -> None:
    # NT-2020-MAR-16.txt
    text = (
        "सीएम उद्धव ठाकरे और स्वास्थ्य मंत्री राजेश टोपे ने कोरोना वायरस पर समीक्षा के लिए चीफ "
        "सेक्रटरी के साथ विडियो कॉन्फ्रेंसिंग के जरिए जिला मैजिस्ट्रेट्स संग बैठक की ।"
    )
    assert _names(text, "CONSULT", "target", "2020-03-16") == ["district magistrates"]


def test_pulitzer_board_postponed() -> None:
    # AU-2020-ARP-09.txt
    text = "पुलित्जर पुरस्कार बोर्ड इस साल के विजेताओं की घोषणा को स्थगित करने का फैसला किया है ।"
    assert _names(text, "COERCE", "source", "2020-04-09") == ["Pulitzer Prize Board"]


def test_loans_and_misspellings_of_known_words() -> None:
    # AU-2020-MAR-10.txt "कर्मचारियों ने रेलवे के असिस्टेंट डिवीजनल मेडिकल आफिसर से मुलाकात कर"
    assert named_phrase("रेलवे के असिस्टेंट डिवीजनल मेडिकल आफिसर") == (
        "railway assistant divisional medical officer"
    )
    # DJ-2020-ARP-04.txt "'इस बैंक कैशियर को सलाम ।": one cashier, not "the banks cashier"
    assert named_phrase("इस बैंक कैशियर") == "the bank cashier"
    # AU-2020-MAR-27.txt, DH-2020-MAR-04.txt: the texts' spellings of पुलिसकर्मियों, कार्यालयों
    assert named_phrase("इन पुलिसकमियों") == "the police officers"
    assert named_phrase("कार्यलयों") == "offices"


def test_common_nouns_the_glossaries_lacked() -> None:
    # DJ-2020-MAR-14.txt "अप्रवासी और गैर-आप्रवासी वीजा नियुक्तियों को रद कर दिया"
    assert named_phrase("गैर-आप्रवासी वीजा नियुक्तियों") == "non-immigrant visa appointments"
    # DJ-2020-MAR-02.txt "जापान से आए एक योग साधक को … निगरानी में लिया"
    assert named_phrase("एक योग साधक") == "one yoga practitioner"
    # DJ-2020-MAY-06.txt "विदेशों में फंसे डेढ़ हजार गुजरातियों को एयरलिफ्ट कर लाया जाएगा"
    assert named_phrase("फंसे डेढ़ हजार गुजरातियों") == "1,500 stranded Gujaratis"
    # NT-2020-MAR-11.txt "सभी राज्यों और केंद्रशासित को भेजे परामर्श में"
    assert named_phrase("केंद्रशासित") == "union territories"
    # AU-2020-MAY-12.txt "हर वर्ग को राहत देगा 20 लाख करोड़ का विशेष आर्थिक पैकेज"
    assert named_phrase("हर वर्ग") == "every section of society"


def test_spellings_of_borders_and_an_award() -> None:
    # PK-2020-APR-24.txt "नोएडा- गाजियाबाद के रास्ते दिल्ली आने जाने वाले बॉडर को … सील कर दिया"
    assert named_phrase("दिल्ली आने जाने वाले बॉडर") == "Delhi borders"
    assert named_phrase("सभी बार्डर") == "all borders"
    # AU-2020-MAR-06.txt "… परामर्श के बाद आईफा अवार्ड 2020 को स्थगित कर दिया गया है"
    assert named_phrase("आईफा अवार्ड") == "IIFA Awards"


def test_bodies_named_in_glossary_words() -> None:
    # PK-2020-MAR-18.txt "प्रधानमंत्री नरेंद्र मोदी ने भाजपा संसदीय दल की बैठक में"
    assert body_name(_org("भाजपा संसदीय दल")) == "BJP Parliamentary Party"
    assert body_name(_org("पुलित्जर पुरस्कार बोर्ड")) == "Pulitzer Prize Board"


def test_near_misses_keep_no_english() -> None:
    # PK-2020-MAR-19.txt "रिम्स प्रबंधन" (RIMS no glossary word, management no body head);
    # DH-2020-MAY-10.txt "भारतीय कम्युनिस्ट पार्टी" is the Communist Party of India, no word-by-
    # word "Indian Communist Party"
    assert body_name(_org("रिम्स प्रबंधन")) is None
    assert body_name(_org("भारतीय कम्युनिस्ट पार्टी")) is None
    # NT-2020-APR-26.txt "खेल के मैदान बंद किए गए": the genitive splits the phrase, and a
    # word-by-word "field of sport" would be wrong; NT-2020-MAR-27.txt "डॉक्टरों के एक समूह":
    # the argument kept "एक समूह", not the doctors; DH-2020-ARP-29.txt "इनके नतीजों" (of test
    # kits); PK-2020-MAR-08.txt "तत्काल प्रभावित हिस्से" (तत्काल is when it was closed)
    assert named_phrase("खेल के मैदान") is None
    assert named_phrase("एक समूह") is None
    assert named_phrase("इनके नतीजों") is None
    assert named_phrase("तत्काल प्रभावित हिस्से") is None
    # a relative-clause group (PK-2020-MAR-08.txt): its English is a clause the gloss cannot make
    assert named_phrase("जो लोग ईरान , इटली , दक्षिण कोरिया और चीन जैसे देशों से आये हैं") is None
    # डेढ़ alone is no entry ("डेढ़ महीने", a month and a half): only "डेढ़ हजार" is 1,500
    assert named_phrase("डेढ़ महीने") is None
