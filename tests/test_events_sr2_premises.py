"""Issue 13, round sr2: an agentless admission or isolation in the ward of a named medical institute
is the institute's own act (:func:`khabar.events.premises.premises_issuer`), not the district's or
the state's the jurisdiction rule guessed.

Positives: a patient kept at "रायपुर के एम्स" (the tuning set Vi's gold: "AIIMS Raipur"), one
admitted to "रिम्स के आइसोलेशन वार्ड" (RIMS, Ranchi), an AIIMS named alone in a story of Bihar's towns
(AIIMS Patna, the tuning set Vq's gold), a PGI named with its city after it. Negatives: a patient
who came from the institute and was admitted elsewhere, the same ward admission reported by a
ने-agent, a district hospital (a common noun: the health department's, the dev gold's convention),
people sent home from the institute, a closure at the institute (another kind of measure), an AIIMS
of no state the article names.

Sentences are the news's own (allowed corpus day files, named by each) or written for a context or
a negative."""

from __future__ import annotations

from khabar.events.names import english_names

from .hindi_events import analyser

analysed = analyser("2020-03-19")


def _sources(text: str, trigger: str, dct: str = "2020-03-19") -> list[list[str]]:
    """The English source names of each event of ``text`` whose trigger is ``trigger``."""
    art = analysed(text, dct)
    out = []
    for ev in art.events:
        if ev.trigger == trigger:
            en = english_names(art, ev)
            out.append([en.get(s, s) for s in ev.source])
    return out


def _codes(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return [ev.codes.get(s, "") for s in ev.source]


# DJ-2020-MAR-19.txt (the second sentence; the first written for the story's town)
_RAIPUR = (
    "रायपुर में लंदन से लौटी एक युवती संक्रमित पाई गई । उसे रायपुर के एम्स में क्वैरंटाइन में रखा"
    " गया है ।"
)


def test_a_patient_kept_at_a_towns_aiims_is_that_aiims() -> None:
    assert _sources(_RAIPUR, "क्वैरंटाइन में") == [["AIIMS Raipur"]]
    assert _codes(_RAIPUR, "क्वैरंटाइन में") == ["IND-Raipur HLH"]


# PK-2020-MAY-01.txt (the second sentence)
_RIMS = (
    "रांची में एक और संक्रमित मिली । उसे कांटैक्ट ट्रेसिंग के आधार पर रिम्स के आइसोलेशन वार्ड में"
    " भर्ती किया गया था."
)


def test_an_admission_to_the_rims_ward_is_rims() -> None:
    assert _sources(_RIMS, "आइसोलेशन वार्ड में भर्ती", "2020-05-01") == [["RIMS Ranchi"]]


# DH-2020-MAR-31.txt (the second sentence; the first written: a story of a town of Bihar)
_PATNA = (
    "सीवान की एक महिला संक्रमित पाई गई थी । रविवार को रिपोर्ट पॉजिटिव आने पर उन्हें एम्स के"
    " आइसोलेशन वार्ड में भर्ती कराया गया था ।"
)


def test_an_aiims_named_alone_is_the_aiims_of_the_storys_state() -> None:
    assert _sources(_PATNA, "आइसोलेशन वार्ड में भर्ती", "2020-03-31") == [["AIIMS Patna"]]


def test_an_institute_with_its_city_after_it() -> None:
    text = (
        "मोहाली के एक युवक में कोरोना के लक्षण मिले । उसे पीजीआई चंडीगढ़ के आइसोलेशन वार्ड में रखा"
        " गया है ।"
    )
    assert _sources(text, "आइसोलेशन वार्ड में") == [["PGIMER Chandigarh"]]


# AU-2020-MAR-12.txt: the patient came FROM the PGI; the ward is the medical college's
_CAME_FROM = (
    "श्रीनगर गढ़वाल में पीजीआई चंडीगढ़ से लौटकर आई एक मरीज को राजकीय मेडिकल कॉलेज के कोरोना"
    " आइसोलेशन वार्ड में भर्ती कराया गया है ।"
)


def test_a_patient_who_came_from_the_institute_keeps_the_places_source() -> None:
    [names] = _sources(_CAME_FROM, "आइसोलेशन वार्ड में भर्ती", "2020-03-12")
    assert names and not any("PGI" in n for n in names)


def test_an_admission_a_ne_agent_reported_is_not_the_institutes() -> None:
    text = (
        "रांची के बरियातू निवासी एक युवक संक्रमित मिला । जिलाधिकारी ने बताया कि उसे रिम्स के"
        " आइसोलेशन वार्ड में भर्ती कराया गया है ।"
    )
    found = _sources(text, "आइसोलेशन वार्ड में भर्ती")
    assert all("RIMS Ranchi" not in names for names in found)


# AU-2020-MAR-06.txt (the second sentence): a district hospital is a common noun
def test_a_district_hospital_keeps_the_health_department() -> None:
    text = (
        "कासगंज में एक संदिग्ध मिला । उसे जिला अस्पताल के आइसोलेशन वार्ड में भर्ती कर लिया गया"
        " है  ।"
    )
    assert _sources(text, "आइसोलेशन वार्ड में भर्ती", "2020-03-06") == [
        ["Kasganj health department"]
    ]


# PK-2020-MAY-10.txt (the second sentence): sent home from the institute, quarantined at home
def test_people_sent_home_from_the_institute_keep_the_districts_source() -> None:
    text = (
        "रांची के हिंदपीढ़ी में 23 लोग ठीक हुए । जिन 23 लोगों को शनिवार को रिम्स से छुट्टी दी गयी,"
        " अब उन्हें उनके घर में ही क्वारेंटाइन में रखा जायेगा."
    )
    assert _sources(text, "क्वारेंटाइन में", "2020-05-10") == [["Ranchi district administration"]]


def test_a_closure_at_the_institute_is_not_read_as_its_own() -> None:
    text = "पटना में संक्रमण बढ़ रहा है । पटना एम्स में ओपीडी सेवा बंद कर दी गई है ।"
    assert _sources(text, "बंद", "2020-03-23") == [["Patna district administration"]]


def test_an_aiims_of_no_known_state_keeps_the_guess() -> None:
    text = (
        "मोहाली के एक युवक में कोरोना के लक्षण मिले । उसे एम्स के आइसोलेशन वार्ड में रखा गया है ।"
    )
    found = _sources(text, "आइसोलेशन वार्ड में")
    assert found and all(not any("AIIMS" in n for n in names) for names in found)
