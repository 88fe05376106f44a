"""Localities the KB lists as towns (Delhi's Nizamuddin, Jahangirpuri): an agentless measure
there is the district's administration (where the corpus confirms the district; else the city's)
and the city's police, never "Nizamuddin district administration"; a place the table does not
list keeps its own; a malformed table is one E061 line naming the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.events.issuer import localities, main, read_localities
from khabar.model import Article
from khabar.pipeline import run_local


def sources(text: str, dct: str = "2020-04-01") -> list[str]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [s for ev in art.events for s in ev.source]


def test_locality_measure_is_its_districts() -> None:
    # AU-2020-APR-01.txt, the Markaz paragraphs: the sealing of the Markaz and the case are
    # Delhi's (an isolation of its attendees "across the country" is not: round ev24)
    got = sources(
        "वहीं, आज गुजरात उच्च न्यायालय ने दिल्ली के निजामुद्दीन मरकज में हुए आयोजन पर राज्य व "
        "केंद्र को नोटिस भेजा है  । \nमार्च में जिस मरकज में तब्लीगी जमात का आयोजन हुआ था उसे "
        "आज पूरी तरह खाली कराकर सील कर दिया गया है  ।"
    )
    # the corpus does not confirm Nizamuddin's district (round ev19): Delhi's, not its own; with
    # no district the NCT's government (round ev64)
    assert got == ["actor:Government of Delhi"]
    assert sources("जहांगीरपुरी में चार लोगों के खिलाफ मामला दर्ज किया गया है ।") == [
        "actor:Delhi Police"
    ]


def test_town_not_listed_keeps_its_own_administration() -> None:
    # AU-2020-MAR-31.txt: people back in Ghaziabad from the Markaz are Ghaziabad's to quarantine
    got = sources(
        "निजामुद्दीन मरकज से गाजियाबाद वापस लौटे 10 लोगों को होम क्वारंटीन में रखा गया है ।"
    )
    assert len(got) == 1 and got[0].startswith("actor:Gh") and "Delhi" not in got[0]


def test_shipped_table_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "localities: ok" in capsys.readouterr().out
    assert localities()["IND-Nizamuddin"].district is None
    # corpus: "उत्तरी दिल्ली के डिस्ट्रिक मजिस्ट्रेट ... जहांगीरपुरी" (was North West, from memory)
    assert localities()["IND-Jahangirpuri"].district == "North Delhi"


def test_confirmed_district_is_used() -> None:
    # DJ/NT April 2020: the Jahangirpuri block sealed after 31 cases is the North district's
    got = sources("जहांगीरपुरी के ब्लॉक सी को कंटेनमेंट जोन घोषित कर दिया गया है ।")
    assert got == ["actor:North Delhi district administration"]


def test_malformed_table_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "localities.yaml"
    path.write_text(
        "version: 1\nlocalities:\n  in-city/nizamuddin: {city: city/1273294, district: 5}\n", encoding="utf-8"
    )
    with pytest.raises(KhabarError, match=r"E061 .*localities.yaml: in-city/nizamuddin: needs"):
        read_localities(path)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "E061" in err and "Traceback" not in err
