"""Issue 13, round ev12: who issued an agentless measure. The issuer is, in this order, the one
named as ordering it ("X के आदेश पर"), a national matter's country, the speaker whose report goes
on, an authority that acted just before in the paragraph, else the authority of the place. Each
on real sentences of corpus/hindi-covid-2020 from days outside the event gold, with a negative."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from khabar.model import Article
from scripts import load_script

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py

# AU-2020-MAR-13.txt:104: a station officer speaks, the next sentences announce his measures
_SO = (
    "इस बाबत एसओ रणधीर कुमार मिश्र ने कहा कि थाने में बुजुर्ग सहायता डेस्क स्थापित किया गया है ।"
    " यहां पर आने वाले शिकायत पर त्वरित कार्रवाई की जाएगी ।"
)
# AU-2020-MAR-31.txt:42: the police checked four returnees; their quarantine follows, agentless
_POLICE = (
    "दिल्ली के निजामुद्दीन में 13 से 15 मार्च के बीच हुई तब्लीगी जमात के जलसे में शामिल होने वालों"
    " में रानी खेत से भी चार लोग गए थे । बताया जा रहा है कि यह लोग 15 मार्च को वहां पहुंचे और 16"
    " मार्च को लौट आए थे । पुलिस ने चारों को सत्यापित कर दो बार उनका स्वास्थ्य परीक्षण कराया है ।"
    " उनमें कोरोना के लक्षण नहीं पाए गए हैं, एहतियात के तौर पर चारों को 14 दिनों के लिए"
    " क्वारंटाइन सेंटर भेज दिया गया है ।"
)
# NT-2020-MAR-21.txt:2: a Noida case, then trains cancelled (the railways': India's)
_TRAINS = (
    "शनिवार को नोएडा का एक नया मामला मिलने से कोरोना का डर और भी बढ़ गया है ।"
    " कई ट्रेनें भी कैंसिल कर दी गई हैं ।"
)
# DH-2020-MAR-01.txt:4: flights in Iran suspended: a national matter of the country named
_IRAN = (
    "ईरान के सरकारी प्रसारक ने कहा कि उत्तरी गिलान प्रांत की राजधानी रश्त में जाने वाली सभी"
    " उड़ानों को स्थगित कर दिया गया है ।"
)
# DJ-2020-MAR-15.txt:10: a ban on the district collector's orders
_COLLECTOR = (
    "जयपुर में बर्ड फ्लू के मामले मिले । साथ ही जिला कलेक्टर के आदेश पर प्रभावित क्षेत्र के आसपास"
    " 10 किलोमीटर के दायरे में अंडा, चिकन व अन्य जानवरों की खरीद-फरोख्त पर तत्काल रोक लगा दी गई है ।"
)
# DJ-2020-MAY-04.txt:13: on the government's direction, but the police registered the case
_DIRECTED = "इस पर शासन के निर्देश पर पुलिस प्रशासन ने इनके खिलाफ मुकदमा दर्ज कर लिया ।"


def _inferred(art: Article, mode: str) -> tuple[list[str], list[str]]:
    [ev] = [e for e in art.events if e.mode == mode]
    return ev.source, [a.text for a in ev.arguments if a.role == "source_inferred"]


def test_a_measure_announced_while_a_speakers_report_goes_on_is_the_speakers() -> None:
    art = analysed(_SO, dct="2020-03-13")
    source, said = _inferred(art, "legal_action")
    assert source == ["name:person:rndr-kmr-msr"]
    # the evidence is where the speaker is named, with offsets into the original text
    [arg] = [a for e in art.events for a in e.arguments if a.role == "source_inferred"]
    assert said == ["रणधीर कुमार मिश्र"] and art.text[arg.start : arg.end] == "रणधीर कुमार मिश्र"


def test_a_new_thread_or_paragraph_ends_the_speakers_report() -> None:
    for text in (
        _SO.replace(" यहां पर", " वहीं, यहां पर"),  # the writer turns to another thread
        _SO.replace("। यहां पर", "।\nयहां पर"),  # another paragraph
    ):
        source, _ = _inferred(analysed(text, dct="2020-03-13"), "legal_action")
        assert source != ["name:person:rndr-kmr-msr"]


def test_an_agentless_measure_after_an_authority_acted_is_theirs() -> None:
    source, said = _inferred(analysed(_POLICE, dct="2020-03-31"), "quarantine")
    assert source and source[0].endswith("Police") and said == ["पुलिस"]


def test_a_sentence_naming_its_place_is_left_to_the_places_authority() -> None:
    # the same paragraph, but the measure's sentence names a town: its administration decides
    text = _POLICE.replace("एहतियात के तौर पर चारों", "एहतियात के तौर पर अल्मोड़ा में चारों")
    source, said = _inferred(analysed(text, dct="2020-03-31"), "quarantine")
    assert source == ["actor:Almora district administration"] and said != ["पुलिस"]
    # or a word for its jurisdiction ("जिले में"): that level's authority, not the police
    text = _POLICE.replace("एहतियात के तौर पर चारों", "एहतियात के तौर पर जिले में चारों")
    source, said = _inferred(analysed(text, dct="2020-03-31"), "quarantine")
    assert said != ["पुलिस"] and not source[0].endswith("Police")


def test_trains_cancelled_are_the_countrys_measure_not_the_towns() -> None:
    # the country's body that runs them since round ev148 (the railways), never Noida's
    source, _ = _inferred(analysed(_TRAINS, dct="2020-03-21"), "cancel")
    assert source == ["actor:Indian Railways"]


def test_a_national_matter_abroad_is_that_countrys_and_trains_people_came_by_are_no_scope() -> None:
    source, _ = _inferred(analysed(_IRAN, dct="2020-03-01"), "cancel")
    assert source == ["actor:Government of Iran"]
    # "ट्रेन से आए": how the people came, not what the measure acts on: the town's business
    text = "लखनऊ में बैठक हुई । ट्रेन से आए मजदूरों को क्वारंटाइन किया गया है ।"
    source, _ = _inferred(analysed(text, dct="2020-05-08"), "quarantine")
    assert source == ["actor:Lucknow district administration"]


def test_a_foreign_country_where_nationals_are_stranded_does_not_issue() -> None:
    # the construction of NT-2020-MAR-06.txt:40 ("ईरान में फंसे भारतीयों के नमूनों का परीक्षण
    # किया जाएगा"), with a screening trigger: India screens its stranded citizens
    art = analysed("ईरान में फंसे भारतीयों की स्क्रीनिंग की जाएगी ।", dct="2020-03-06")
    assert _inferred(art, "screen")[0] == ["actor:Government of India"]
    # no Indians named: Iran's own measure
    art = analysed("ईरान में यात्रियों की स्क्रीनिंग की जाएगी ।", dct="2020-03-06")
    assert _inferred(art, "screen")[0] == ["actor:Government of Iran"]


def test_a_measure_on_someones_orders_is_theirs_in_so_many_words() -> None:
    art = analysed(_COLLECTOR, dct="2020-03-15")
    [ev] = [e for e in art.events if e.mode == "ban"]
    assert ev.source == ["actor:Jaipur District Magistrate"]
    # the whole office as written: "जिला कलेक्टर" is one form of the dictionary since round ev21
    assert any(a.role == "source" and a.text == "जिला कलेक्टर" for a in ev.arguments)
    assert not any(a.role == "source_inferred" for a in ev.arguments)


def test_an_explicit_agent_wins_over_the_one_who_directed_it() -> None:
    art = analysed(_DIRECTED, dct="2020-05-04")
    [ev] = art.events
    # the whole office as written: "पुलिस प्रशासन" (the police) is one form of the dictionary
    # since round ev142, no longer its last word "प्रशासन" (the district administration)
    assert [a.text for a in ev.arguments if a.role == "source"] == ["पुलिस प्रशासन"]


def _tool() -> ModuleType:
    return load_script("tools", "actor_errors")


def test_actor_errors_puts_wrong_inferred_sources_into_kinds() -> None:
    kind = _tool().inferred_kind  # type: ignore[attr-defined]
    assert kind(["Government of United Arab Emirates"], ["Government of India"]) == "abroad"
    assert kind(["Jaipur district administration"], ["Government of India"]) == "national"
    assert kind(["Supaul district administration"], ["Gupteshwar Pandey"]) == "official"
    assert kind(["Bahraich district administration"], ["Bahraich Police"]) == "sector"
    assert kind(["Delhi district administration"], ["West Delhi district administration"]) == "level"


def test_a_measure_the_authority_can_take_is_possible_not_ongoing() -> None:
    # PK-2020-MAR-01.txt: "… सरकार रद्द कर सकती है" (the -ती + है of the modal is no habit)
    text = "दूसरी तरफ वर्ष 2016 से चल रही छठी जेपीएससी की पूरी प्रक्रिया भी सरकार रद्द कर सकती है."
    [ev] = analysed(text, dct="2020-03-01").events
    assert ev.modality == "possible" and not ev.negated
    # what it cannot do is denied; the habitual without the modal, read ongoing before, says
    # what is done in general and is no act since round ev69 (test_events_precision8)
    [ev] = analysed(text.replace("कर सकती", "नहीं कर सकती"), dct="2020-03-01").events
    assert ev.modality == "denied"
    assert not analysed(text.replace("कर सकती", "करती"), dct="2020-03-01").events


def test_actor_errors_lists_both_halves_of_a_tuning_set_only(tmp_path: Path) -> None:
    # the census tool (round ev109): an unseen tuning set's every wrong side may be listed, the
    # development gold's check half never, however its path is written
    tool = _tool()
    dev = tmp_path / "events" / "dev.yaml"
    dev.parent.mkdir()
    dev.write_text("articles: []\n", encoding="utf-8")
    other = tmp_path / "Ta.yaml"
    other.write_text("articles: []\n", encoding="utf-8")
    assert tool.shown_halves(dev, dev) == ["tune"]  # type: ignore[attr-defined]
    again = tmp_path / "events" / ".." / "events" / "dev.yaml"
    assert tool.shown_halves(again, dev) == ["tune"]  # type: ignore[attr-defined]
    assert tool.shown_halves(other, dev) == ["tune", "check"]  # type: ignore[attr-defined]

