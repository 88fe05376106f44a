"""Issue 13, round src6: an agentless isolation of people a pronoun stands for, told after the
paragraph said they were admitted to a hospital, is the hospital's act
(:func:`khabar.events.admitted_before.admitted_issuer`): the place's health department for a
hospital named by a common noun or its own name, the institute for a named institute; not the
district administration or the government the jurisdiction rule guessed.

Positives: two suspects admitted to a hospital of Amritsar and isolated three sentences later
(DJ-2020-MAR-07.txt), a couple admitted to PGI Chandigarh and isolated four sentences later
(AU-2020-MAR-11.txt). Negatives: new people isolated with no pronoun (the same report's Ghaziabad
paragraph), an isolation in a quarantine centre, an admission told in another paragraph, an
isolation a ने-agent reported, and an admission five sentences back.

Sentences are the news's own (allowed corpus day files, named by each) or written for a context or
a negative."""

from __future__ import annotations

from khabar.events.names import english_names

from .hindi_events import analyser

analysed = analyser("2020-03-07")


def _sources(text: str, trigger: str, dct: str = "2020-03-07") -> list[list[str]]:
    """The English source names of each event of ``text`` whose trigger is ``trigger``."""
    art = analysed(text, dct)
    out = []
    for ev in art.events:
        if ev.trigger == trigger:
            en = english_names(art, ev)
            out.append([en.get(s, s) for s in ev.source])
    return out


# DJ-2020-MAR-07.txt
_AMRITSAR = (
    "अमृतसर के गुरु नानक देव अस्पताल में कोरोना वायरस के दो संदिग्ध मरीज भर्ती हैं । इसकी जानकारी"
    " समाचार एजेंसी एएनआइ ने अस्पताल के डॉक्टर रमन शर्मा के हवाले दी है । दोनों व्यक्ति हाल ही में"
    " इटली से लौटे हैं । इन्हें आइसोलेशन में रखा गया है ।"
)


def test_patients_admitted_before_are_isolated_by_the_health_department() -> None:
    assert _sources(_AMRITSAR, "आइसोलेशन में") == [["Amritsar health department"]]


# AU-2020-MAR-11.txt
_CHANDIGARH = (
    "चंडीगढ़ पीजीआई में सोमवार को बलटाना निवासी एक दंपती को कोरोना वायरस के संदिग्ध होने पर भर्ती"
    " कराया गया है । जांच के नमूने ले लिए गए हैं । पीजीआई में जांच की सुविधा शुरू होने केबाद अब"
    " नमूने बाहर नहीं भेजे जा रहे हैं । दंपती एक मार्च को स्विट्जरलैंड से लौटे हैं । दोनों को"
    " आइसोलेशन वार्ड में रखा गया है ।"
)


def test_a_couple_admitted_to_a_named_institute_is_isolated_by_it() -> None:
    assert _sources(_CHANDIGARH, "आइसोलेशन वार्ड में", "2020-03-11") == [["PGIMER Chandigarh"]]


def test_new_people_with_no_pronoun_keep_the_guess() -> None:
    # DJ-2020-MAR-07.txt (its Ghaziabad paragraph, with the admission sentence written before it)
    text = (
        "गाजियाबाद के एमएमजी अस्पताल में एक संदिग्ध मरीज भर्ती है । सिंगापुर और इंडोनेशिया से लौटे"
        " तीन लोगों को आइसोलेशन में रखा गया है ।"
    )
    assert _sources(text, "आइसोलेशन में") == [["Ghaziabad district administration"]]


def test_a_quarantine_centre_stays_the_administrations() -> None:
    text = (
        "अमृतसर के गुरु नानक देव अस्पताल में दो संदिग्ध मरीज भर्ती हैं । इन्हें क्वारंटाइन सेंटर में"
        " रखा गया है ।"
    )
    assert _sources(text, "क्वारंटाइन सेंटर में") == [["Amritsar district administration"]]


def test_an_admission_in_another_paragraph_is_not_read() -> None:
    text = (
        "अमृतसर के गुरु नानक देव अस्पताल में कोरोना वायरस के दो संदिग्ध मरीज भर्ती हैं ।\n"
        "दोनों व्यक्ति हाल ही में इटली से लौटे हैं । इन्हें आइसोलेशन में रखा गया है ।"
    )
    assert _sources(text, "आइसोलेशन में") == [["Amritsar district administration"]]


def test_an_isolation_a_ne_agent_reported_is_left() -> None:
    text = (
        "अमृतसर के गुरु नानक देव अस्पताल में कोरोना वायरस के दो संदिग्ध मरीज भर्ती हैं । सिविल"
        " सर्जन ने बताया कि इन्हें आइसोलेशन में रखा गया है ।"
    )
    assert _sources(text, "आइसोलेशन में") == [["Amritsar district administration"]]


def test_an_admission_five_sentences_back_is_too_far() -> None:
    text = (
        "अमृतसर के गुरु नानक देव अस्पताल में कोरोना वायरस के दो संदिग्ध मरीज भर्ती हैं । इसकी"
        " जानकारी समाचार एजेंसी ने दी है । दोनों हाल ही में इटली से लौटे हैं । उनकी जांच की गई ।"
        " रिपोर्ट का इंतजार है । इन्हें आइसोलेशन में रखा गया है ।"
    )
    assert _sources(text, "आइसोलेशन में") == [["Amritsar district administration"]]
