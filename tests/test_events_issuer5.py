"""Issue 13, round ev38: an agentless measure after a local office holder named with a title
acted ("डीसी X ने संज्ञान लिया है । … को कंटेनमेंट जोन घोषित किया गया है") is that official's
order (inferred), not the generic authority of the place: in the same paragraph within a few
sentences, or the sentence right after it; not once another agent acted, nor for a person named
without an office, nor far into another paragraph. Sentences written like the local news of
corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py

# a DC acts, then two agentless measures of the same paragraph
_DC = (
    "हजारीबाग : शहर के एक मोहल्ले में कोरोना संक्रमित मिलने की सूचना पर उपायुक्त राजेश कुमार"
    " ने तुरंत बैठक की है । मरीज के घर के आसपास के इलाके को कंटेनमेंट जोन घोषित किया गया है ।"
    " साथ ही पूरे मोहल्ले को सील कर दिया गया है ।"
)
# another agent (the villagers) acted in between: the seal is not the DC's
_OTHERS = (
    "हजारीबाग : शहर के एक मोहल्ले में कोरोना संक्रमित मिलने की सूचना पर उपायुक्त राजेश कुमार"
    " ने तुरंत बैठक की है । इस बीच ग्रामीणों ने सड़क जाम कर दी । पूरे मोहल्ले को सील कर दिया"
    " गया है ।"
)
# a resident named without an office: the seal is the place's administration's
_RESIDENT = (
    "हजारीबाग : शहर के एक मोहल्ले में रहने वाले रमेश यादव ने बुखार की शिकायत की थी ।"
    " पूरे मोहल्ले को सील कर दिया गया है ।"
)
# the measure two sentences into another paragraph: another part of the report
_FAR = (
    "हजारीबाग : शहर के एक मोहल्ले में कोरोना संक्रमित मिलने की सूचना पर उपायुक्त राजेश कुमार"
    " ने तुरंत बैठक की है ।\n\nमरीज की हालत स्थिर बताई जा रही है । पूरे मोहल्ले को सील कर दिया"
    " गया है ।"
)


def _seal(art: Article) -> tuple[list[str], list[str]]:
    """Source and inferred-source texts of the article's last seal."""
    ev = [e for e in art.events if e.mode == "seal"][-1]
    return ev.source, [a.text for a in ev.arguments if a.role == "source_inferred"]


def _named(source: list[str]) -> bool:
    return any(s.startswith("name:person:") for s in source)


def test_a_measure_after_a_dc_acted_is_the_dcs_order() -> None:
    art = analysed(_DC, dct="2020-04-25")
    source, said = _seal(art)
    assert _named(source), source
    assert said == ["उपायुक्त राजेश कुमार"] or any("राजेश कुमार" in s for s in said)
    zones = [e for e in art.events if "घोषित" in e.trigger]
    assert zones and all(e.source == source for e in zones)


def test_another_agent_in_between_keeps_the_place_authority() -> None:
    source, _ = _seal(analysed(_OTHERS, dct="2020-04-25"))
    assert not _named(source), source
    assert source and source[0].endswith("district administration"), source


def test_a_person_without_an_office_issues_nothing() -> None:
    source, _ = _seal(analysed(_RESIDENT, dct="2020-04-25"))
    assert not _named(source), source


def test_another_paragraph_two_sentences_on_is_not_the_officials() -> None:
    source, _ = _seal(analysed(_FAR, dct="2020-04-25"))
    assert not _named(source), source
