"""Targets that name the wrong party (issue 13, round ev183).

A plural pronoun or "सभी" whose antecedent is itself a phrase that only points back ("इन लोगों",
"ये सभी लोग") is followed back to the people that phrase stands for. The sentences are quoted
from the allowed corpus day files (PK-2020-MAR-30, AU-2020-ARP-03, PK-2020-MAR-04)."""

from __future__ import annotations

from hindi_events import article_events, target_names

_CLERICS = (
    "चीन से आये और तमाड़ से पकड़े गये 11 मौलवियों से पूर्वी सिंहभूम के मुसाबनी स्थित पुलिस"
    " प्रशिक्षण केंद्र में पूछताछ चल रही है. इन सभी से झारखंड पुलिस की क्राइम इन्वेस्टिगेशन टीम"
    " (सीआइटी) व स्पेशल ब्रांच की टीम पहले ही पूछताछ कर चुकी है. चूंकि इन लोगों में से तीन चीन से"
    " आये थे, सभी को क्वारंटाइन में रखा गया और उनकी कोरोना संक्रमण की जांच करवायी गयी."
)

_UNA = (
    "हिमाचल प्रदेश के ऊना में तीन संक्रमित पाए गए  । इन सभी लोगों ने दिल्ली के निजामुद्दीन में हुए"
    " तब्लीगी जमात कार्यक्रम में भाग लिया था  । जिलाधिकारी के मुताबिक ये सभी लोग मंडी जिले के हैं"
    " लेकिन नकरोह गांव की मस्जिद में रह रहे थे  । फ़िलहाल सभी को क्वारंटीन किया गया है  ।"
)


def _quarantine_targets(text: str, dct: str) -> list[str]:
    art, evs = article_events(text, dct)
    [ev] = [e for e in evs if e.mode == "quarantine"]
    return target_names(art, ev)


def test_all_of_them_follows_these_people_back_to_the_clerics() -> None:
    # before: "सभी" took "इन लोगों" of its own sentence, named "the people"
    assert _quarantine_targets(_CLERICS, "2020-03-30") == ["11 clerics"]


def test_all_of_them_follows_these_all_people_back_to_the_infected() -> None:
    # before: "ये सभी लोग" was the antecedent, named "everyone"
    assert _quarantine_targets(_UNA, "2020-04-03") == ["three infected people"]


def test_a_pointing_owner_of_contacts_is_not_followed_back() -> None:
    # "उन व्यक्तियों के संपर्क में आने वालों": the contacts are meant, not the patients that "उन
    # व्यक्तियों" would point back at; the pronoun keeps what it found (no new patients)
    text = (
        "देश में कोरोना वायरस से ग्रसित नए मरीजों के सामने आने के बाद सरकार इसे फैलने से रोकने की हर"
        " संभव कोशिश में जुटी है. इसके तहत वायरस से ग्रसित व्यक्ति के संपर्क में आने वाले एक-एक"
        " व्यक्ति और फिर उन व्यक्तियों के संपर्क में आने वालों तक निगरानी रखी जा रही है. उनमें से"
        " किसी में भी वायरस से संक्रमण की आशंका पाए जाने पर उन्हें अलग-थलग बार्ड में विशेष निगरानी"
        " में रख दिया गया है."
    )
    art, evs = article_events(text, "2020-03-04")
    names = [n for ev in evs if ev.type == "COERCE" for n in target_names(art, ev)]
    assert "new patients" not in names


def test_a_pointing_phrase_with_nothing_behind_it_stays() -> None:
    # nobody named before: "इन लोगों" stays the target as written
    art, evs = article_events("पुलिस ने इन लोगों को क्वारंटाइन में रखा है ।", "2020-04-02")
    [ev] = [e for e in evs if e.mode == "quarantine"]
    assert [a.text for a in ev.arguments if a.role == "target"] == ["इन लोगों"]


# Contacts named by a genitive or वाले ("उनके संपर्क के लोगों", "इनके संपर्क वाले लोगों"), quoted
# from the allowed corpus day files PK-2020-APR-10 and DJ-2020-ARP-11: they were the public of the
# district or its "people".


def test_contacts_by_a_genitive_are_no_public() -> None:
    art, evs = article_events(
        "मरीजों को क्वारंटीन किया गया है, जबकि उनके संपर्क के लोगों को होम क्वारंटीन किया गया है.",
        "2020-04-10",
    )
    names = sorted(n for ev in evs if ev.mode == "quarantine" for n in target_names(art, ev))
    # round nm11: the pronoun owner is said too ("उनके" = the patients named before)
    assert names == ["contacts of the patients", "patients"]


def test_contacts_by_wale_are_said_as_contacts() -> None:
    from khabar.events.gloss import gloss

    assert gloss("इनके संपर्क वाले लोगों") == "contacts"
    assert gloss("संपर्क वाले सभी लोगों") == "all contacts"
    # round nm10: the oblique singular owner is one patient ("मरीज की पत्नी" = wife of the patient)
    assert gloss("मरीज के संपर्क वाले सदस्यों") == "members in contact with the patient"


def test_contact_as_a_purpose_or_a_time_names_no_contacts() -> None:
    from khabar.events.gloss import gloss

    assert gloss("संपर्क के लिए लोगों") != "contacts"
    assert gloss("के संपर्क के बाद लोगों") != "contacts"


# The holders of a document suspended, cancelled or seized (events/holders.py), quoted from the
# allowed corpus day files NT-2020-APR-03, NT-2020-MAR-12, NT-2020-MAR-08 and DJ-2020-MAR-03.


def _cancel_targets(text: str, dct: str) -> list[str]:
    art, evs = article_events(text, dct)
    [ev] = [e for e in evs if e.type == "COERCE"]
    return target_names(art, ev)


def test_the_visas_cancelled_fall_on_their_holders() -> None:
    text = "गृह मंत्रालय की ओर से बताया गया कि तबलीगी जमात के 960 विदेशियों के वीजा कैंसिल कर दिया गया है ।"
    assert _cancel_targets(text, "2020-04-03") == ["960 Tablighi Jamaat foreigners"]
    text = "भारत ने 15 अप्रैल के लिए विदेशियों के वीजा को सस्पेंड कर दिया है ।"
    assert _cancel_targets(text, "2020-03-12") == ["foreigners"]  # round nm6: the Hindi word


def test_a_permit_issued_to_people_falls_on_them() -> None:
    text = (
        "सिक्किम के बाद, अरुणाचल प्रदेश सरकार ने कोरोना वायरस को फैलने से रोकने के लिए विदेशियों को"
        " जारी किए जाने वाले प्रोटेक्टेड एरिया परमिट (पीएपी) को अस्थायी तौर पर निलंबित करने का फैसला"
        " किया है."
    )
    art, evs = article_events(text, "2020-03-08")
    [ev] = [e for e in evs if e.type == "COERCE"]
    assert [a.text for a in ev.arguments if a.role == "target"] == ["विदेशियों"]


def test_a_countrys_visas_and_a_pronouns_stay_the_visas() -> None:
    # the visas' phrase stays the target; since round tg4 it is named after their holders
    assert _cancel_targets("भारत ने चार देशों के वीजा को निलंबित किया ।", "2020-03-03") == [
        "holders of visas of four countries in India"  # round nm13: the genitive's owner said
    ]
    art, evs = article_events("पुलिस ने बताया कि इनके पासपोर्ट और वीजा जब्त कर लिये गये हैं.", "2020-03-30")
    [ev] = [e for e in evs if e.type == "COERCE"]
    assert "इनके" not in [a.text for a in ev.arguments if a.role == "target"]
