"""Issue 13, round sa13: an agentless measure taken inside a legislature or a court is the house's
own (:func:`khabar.events.house_keepers.house_keeper`), not the government the jurisdiction rule
guessed.

Positives: Parliament's ban on visitors ("संसद में … प्रतिबंध"), the Supreme Court's screening of
its visitors ("सुप्रीम कोर्ट में … स्क्रीनिंग"), a state assembly's ban on visitors ("विधानसभा में
… रोक", the tuning set Vm's gold: "Jharkhand Legislative Assembly") and Parliament House's unit
closed ("संसद भवन के … को … बंद"). Negatives: the same measure with no house named, a constituency
("विधानसभा क्षेत्र में"), a foreign parliament, an act of another kind (a sanitising, AID), an
assembly of no state found, and a ने-agent that names the house only as where it spoke.

Sentences are the news's own (allowed corpus day files, named by each) or written for a negative."""

from __future__ import annotations

from khabar.events.names import english_names

from .hindi_events import analyser

analysed = analyser("2020-03-16")


def _sources(text: str, trigger: str, dct: str = "2020-03-16") -> list[str]:
    art = analysed(text, dct)
    [ev] = [e for e in art.events if e.trigger == trigger]
    en = english_names(art, ev)
    return [en.get(s, s) for s in ev.source]


# AU-2020-MAR-06.txt
_PARLIAMENT = (
    "कोरोनावायरस को देखते हुए संसद में होली के बाद 11 मार्च से आगुंतकों की आवाजाही और उनके आने पर"
    " प्रतिबंध लगा दिया जाएगा  ।"
)


def test_a_ban_on_visitors_in_parliament_is_parliaments() -> None:
    assert _sources(_PARLIAMENT, "प्रतिबंध", "2020-03-06") == ["Parliament of India"]


def test_the_house_is_coded_a_legislature_with_its_evidence() -> None:
    art = analysed(_PARLIAMENT, "2020-03-06")
    [ev] = [e for e in art.events if e.trigger == "प्रतिबंध"]
    assert ev.codes[ev.source[0]] == "IND LEG"
    assert [a.role for a in ev.arguments if a.entity_id == ev.source[0]] == ["source_inferred"]


def test_the_same_ban_with_no_house_named_stays_the_governments() -> None:
    text = _PARLIAMENT.replace("संसद में ", "")
    assert _sources(text, "प्रतिबंध", "2020-03-06") == ["Government of India"]


# DJ-2020-MAR-16.txt
def test_screening_in_the_supreme_court_is_the_courts() -> None:
    text = "बता दें कि  सुप्रीम कोर्ट में आने वाले लोगों की स्क्रीनिंग की जा रही है ।"
    assert _sources(text, "स्क्रीनिंग") == ["Supreme Court of India"]


# PK-2020-MAR-16.txt (the report's opening line, the assembly's ban its last sentence)
_ASSEMBLY = (
    "रांची : झारखंड में भी कोरोना वायरस के बढ़ते खतरे को देखते हुए सभी स्कूल कॉलेज और कोचिंग सेंटर"
    " 14 अप्रैल तक के लिए बंद कर दिया गया है. विधानसभा में भी आम दर्शकों के प्रवेश पर रोक लगा दी"
    " गयी है."
)


def test_a_ban_in_a_state_assembly_is_the_assembly_of_the_guessed_state() -> None:
    assert _sources(_ASSEMBLY, "रोक") == ["Jharkhand Legislative Assembly"]


def test_the_report_s_other_measures_stay_the_state_governments() -> None:
    assert _sources(_ASSEMBLY, "बंद") == ["Government of Jharkhand"]


def test_a_constituency_is_a_place_not_the_assembly() -> None:
    text = (
        "रांची : झारखंड में भी कोरोना वायरस के बढ़ते खतरे को देखते हुए विधानसभा क्षेत्र में आम"
        " दर्शकों के प्रवेश पर रोक लगा दी गयी है."
    )
    assert _sources(text, "रोक") == ["Government of Jharkhand"]


def test_an_assembly_of_no_state_found_keeps_the_guess() -> None:
    text = "विधानसभा में भी आम दर्शकों के प्रवेश पर रोक लगा दी गयी है."
    assert not any(s.endswith("Legislative Assembly") for s in _sources(text, "रोक"))


# PK-2020-APR-12.txt
def test_parliament_house_s_unit_closed_is_parliaments() -> None:
    text = (
        "कोरोना वायरस के कारण संसद भवन के रिसेप्शन कैटरिंग यूनिट को 15 अप्रैल से बंद करने की घोषणा"
        " की गयी है."
    )
    assert _sources(text, "बंद", "2020-04-12") == ["Parliament of India"]


def test_a_foreign_parliament_is_not_india_s() -> None:
    text = "इटली की संसद में आगंतुकों के प्रवेश पर रोक लगा दी गई है ।"
    assert "Parliament of India" not in _sources(text, "रोक")


# NT-2020-MAR-21.txt: a sanitising (AID) is no measure a house takes on its visitors
def test_parliament_house_sanitised_is_no_house_measure() -> None:
    text = "कोरोना वायरस संक्रमण के मद्देनजर शनिवार को संसद भवन को सेनिटाइज किया गया ।"
    assert _sources(text, "सेनिटाइज", "2020-03-21") == ["Government of India"]


def test_a_speaker_in_parliament_names_no_house_as_the_doer() -> None:
    text = (
        "स्वास्थ्य मंत्री ने संसद में बताया कि विदेश से आने वाले यात्रियों के प्रवेश पर रोक लगा दी गई"
        " है ।"
    )
    assert "Parliament of India" not in _sources(text, "रोक")
