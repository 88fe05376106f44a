"""Issue 13, round nm10 (the English of descriptive groups): a group's English says what its
Hindi phrase says. Kind 1, whose contacts: the owner written before "के संपर्क में आए लोगों"
joins the contacts' target ("contacts of new patients", "17 family members in contact with the
deceased"), where the target started at "संपर्क" and said "contacts". Real sentences (the
allowed corpus day files named) and negatives: a pronoun owner ("उनके"), an owner word the
glossary lacks ("प्रशासन"), an owner the gloss drops."""

from __future__ import annotations

from khabar.events.gloss import gloss

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-10")


def _names(text: str, kind: str, dct: str) -> list[list[str]]:
    art = analysed(text, dct)
    return [role_names(art, e, "target") for e in events_of(art, kind)]


def test_contacts_of_new_patients() -> None:
    # PK-2020-APR-15.txt
    text = "बृहन्मुंबई नगर निगम के एक अधिकारी ने कहा, नये रोगियों के संपर्क में आए लोगों का पता लगाया रहा है."
    assert _names(text, "ACCUSE", "2020-04-15") == [["contacts of new patients"]]


def test_family_in_contact_with_the_deceased() -> None:
    # AU-2020-MAR-19.txt
    text = "प्रशासन की ओर से मृतक के संपर्क में आए 17 पारिवारिक सदस्यों को होम क्वारेंटाइन कर दिया गया है ।"
    [names] = _names(text, "COERCE", "2020-03-19")
    assert names == ["17 family members in contact with the deceased"]


def test_contacts_of_infected_people() -> None:
    # DJ-2020-ARP-15.txt
    text = "संक्रमितों के संपर्क में आने वाले लोगों को क्वारंटाइन सेंटर भेजा गया ।"
    assert _names(text, "COERCE", "2020-04-15") == [["contacts of infected people"]]


def test_demonstrative_owner() -> None:
    # AU-2020-ARP-05.txt
    text = "अब इन लोगों के संपर्क में आने वाले लोगों को क्वारंटाइन (एकांतवास) किया जाएगा ।"
    assert _names(text, "COERCE", "2020-04-05") == [["contacts of the people"]]


def test_one_owner_is_singular() -> None:
    # DH-2020-MAY-04.txt ("मरीज" is glossed "patients"; the oblique singular owner is one)
    assert gloss("मरीज के संपर्क में आने वाले व्यक्तियों") == "persons in contact with the patient"
    assert gloss("संक्रमित व्यक्ति के संपर्क में आए लोगों") == "contacts of the infected person"
    assert gloss("दो मरीजों के संपर्क में आए लोगों") == "contacts of two patients"


def test_pronoun_owner_left() -> None:
    # negative: "उनके" needs its antecedent, which no gloss says
    text = "उनके संपर्क में आए लोगों को क्वारंटाइन किया गया है ।"
    assert _names(text, "COERCE", "2020-04-15") == [["contacts"]]


def test_unknown_word_ends_the_owner() -> None:
    # AU-2020-ARP-03.txt: "प्रशासन" is the subject's, not the owner's ("जिला प्रशासन … पता लगा
    # रही है"); the owner is "व्यक्ति" alone
    text = "जिला प्रशासन व्यक्ति के संपर्क में आए सभी लोगों का पता लगा रही है ।"
    [names] = _names(text, "ACCUSE", "2020-04-03")
    assert len(names) == 1 and names[0].startswith("all contacts of the person")


def test_owner_the_gloss_drops_is_left() -> None:
    # negative (written): "कोरोना पॉजिटिव" is no noun the glossary says, so the target stays
    # "61 contacts" with its words unchanged, never "contacts of" nothing
    text = "कोरोना पॉजिटिव के संपर्क में आए 61 लोगों को क्वारंटाइन किया गया है ।"
    [names] = _names(text, "COERCE", "2020-04-18")
    assert names and names[0].startswith("61 contacts") and " of " not in names[0]


# Kind 2: where from or where, "<place> से/में <participle> <group>" (described_targets)


def test_persons_back_from_abroad() -> None:
    # AU-2020-MAR-06.txt (the target is the pointer "उन्हें"; its antecedent's words widen)
    text = (
        "डॉ. अग्रवाल ने बताया कि सेहत विभाग की तरफ से इस संबंधी पृथक वार्ड तैयार किए गए हैं और"
        " जिले में विदेश से लौटे व्यक्तियों को ट्रेस करके उन्हें घरों में ही रहने की सलाह दी जा"
        " रही है ।"
    )
    art = analysed(text, "2020-03-06")
    [ev] = events_of(art, "REQUEST")
    assert ev.target == ["text:विदेश से लौटे व्यक्तियों"]
    assert role_names(art, ev, "target") == ["persons returned from abroad"]


def test_at_least_a_count_back_from_a_country() -> None:
    # NT-2020-MAR-11.txt
    text = (
        "केरल में कोरोना वायरस संक्रमण पर नियंत्रण के मकसद से राज्य सरकार ने कोविड-19 प्रभावित"
        " इटली से वापस लौटे कम से कम 45 लोगों को निगरानी में रखा है ।"
    )
    [names] = _names(text, "COERCE", "2020-03-11")
    assert names == ["at least 45 people returned from COVID-19 affected Italy"]


def test_at_least_without_participle() -> None:
    # NT-2020-MAR-04.txt ("कम से कम 373": one bound, the target kept only its last कम)
    text = "गौतम बुद्ध नगर में 15 जनवरी तक विदेश यात्रा करने वाले कम से कम 373 लोगों को निगरानी में रखा गया है ।"
    [names] = _names(text, "COERCE", "2020-03-06")
    assert len(names) == 1 and names[0].startswith("at least 373 people")


def test_unknown_origin_left() -> None:
    # negative (written): an origin the KB and glossary lack is not said, nor its participle
    text = "पुलिस ने झुमरीतलैया से लौटे 11 मजदूरों को क्वारंटाइन किया ।"
    [names] = _names(text, "COERCE", "2020-04-10")
    assert names and not any("returning" in n or "returned" in n for n in names)


def test_participle_not_linked_left() -> None:
    # negative (written): a participle with no से/में before it links no place ("लौटे" here
    # ends a clause of its own)
    text = "मजदूर लौटे तो 11 मजदूरों को प्रशासन ने क्वारंटाइन किया ।"
    for names in _names(text, "COERCE", "2020-04-10"):
        assert not any("returning" in n or "returned" in n for n in names)


# Kind 3: the perfective participle is said in the past ("लौटे" = returned), the progressive not


def test_returned_and_returning() -> None:
    assert gloss("विदेश से लौटे दो लोगों") == "two people returned from abroad"  # AU-2020-MAR-24.txt
    assert gloss("मलेशिया से लौटी महिला") == "woman returned from Malaysia"
    # negatives: the progressive and the वाले forms are still on their way
    assert gloss("मुंबई से बिहार लौट रहे लोगों") == "people returning to Bihar from Mumbai"
    assert gloss("विदेश से लौटने वाले लोगों") == "people returning from abroad"


# Kind 4: noun modifiers of shops ("पान की दुकानें" = paan shops)


def test_paan_shops_closed() -> None:
    # AU-2020-MAR-22.txt
    text = "इसके साथ ही 31 मार्च तक सभी पान की दुकानें बंद रहेंगी ।"
    [names] = _names(text, "COERCE", "2020-03-22")
    assert names and names[0].startswith("all paan shops")


def test_shop_modifiers_glossed() -> None:
    assert gloss("रजिस्टर्ड दुकानों") == "registered shops"
    # negatives: a modifier alone or before no head the glossary knows is no phrase
    assert gloss("पान") is None
    assert gloss("पान मसाला") is None
