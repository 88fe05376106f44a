"""Actor coding: group and office words with the place before them, one sentence per sector;
a malformed dictionary line; code queries; the `events --actor CODE` / `--sector` filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import cli
from khabar.errors import KhabarError
from khabar.events.actors import code_matches, read_dictionary
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-07")


def coded(art: Article) -> dict[str, str]:
    return {i: c for ev in art.events for i, c in ev.codes.items()}


# One sentence per sector: (sentence, actor id the event must carry, its code).
SECTORS = [
    ("दिल्ली पुलिस ने चार लोगों को गिरफ्तार किया ।", "actor:Delhi Police", "IND-Delhi COP"),
    ("केंद्र सरकार ने सभी राज्यों को निर्देश दिए ।", "actor:Government of India", "IND GOV"),
    ("बिहार सरकार ने बाजार बंद करने का फैसला किया ।", "actor:Government of Bihar", "IND-Bihar GOV"),
    ("चीन की सरकार ने उड़ानों पर रोक लगा दी ।", "actor:Government of China", "CHN GOV"),
    ("हाईकोर्ट ने सरकार से जवाब की मांग की ।", "actor:High Court", "IND JUD"),
    ("सेना ने सीमा पर जवानों की तैनाती की ।", "actor:Indian Army", "IND MIL"),
    ("ग्रामीणों ने पुलिस पर पथराव किया ।", "actor:villagers", "IND CVL"),
    ("मजदूरों ने प्रशासन से घर भेजने की मांग की ।", "actor:workers", "IND LAB"),
    ("डॉक्टरों ने लोगों से घरों में रहने की अपील की ।", "actor:doctors", "IND HLH"),  # ev83: doctors
    ("व्यापारियों ने प्रशासन से दुकानें खोलने की मांग की ।", "actor:traders", "IND BUS"),
    ("छात्रों ने कुलपति से परीक्षा टालने की मांग की ।", "actor:students", "IND EDU"),
    ("विपक्ष ने सरकार से राहत पैकेज की मांग की ।", "actor:opposition", "IND OPP"),
    ("पत्रकारों ने मंत्री से सुरक्षा की मांग की ।", "actor:journalists", "IND MED"),
    ("सांसदों ने मंत्री से राहत पैकेज की मांग की ।", "actor:legislators", "IND LEG"),
    ("शरणार्थियों ने प्रशासन से भोजन की मांग की ।", "actor:refugees", "IND REF"),
    ("एनजीओ ने प्रशासन से मदद की मांग की ।", "actor:NGOs", "IND NGO"),
]


@pytest.mark.parametrize(("text", "actor", "code"), SECTORS, ids=[s[2] for s in SECTORS])
def test_group_and_office_actors_are_coded(text: str, actor: str, code: str) -> None:
    art = analysed(text)
    assert art.events, text
    assert actor in art.events[0].source
    assert coded(art)[actor] == code


# Forces and judges added by the lead in session 19 (forms counted in the allowed corpus day files).
FORCES_AND_JUDGES = [
    ("मुख्य न्यायाधीश ने सभी अदालतों को बंद करने का आदेश दिया ।", "actor:Chief Justice", "IND JUD"),
    ("उत्तराखंड एसडीआरएफ ने राहत सामग्री बांटी ।",
     "actor:Uttarakhand State Disaster Response Force", "IND-Uttarakhand GOV"),
    ("पीएसी ने इलाके को सील कर दिया ।", "actor:Provincial Armed Constabulary", "IND COP"),
    ("आरएएफ ने शहर में फ्लैग मार्च किया ।", "actor:Rapid Action Force", "IND COP"),
]


@pytest.mark.parametrize(("text", "actor", "code"), FORCES_AND_JUDGES,
                         ids=[s[1] for s in FORCES_AND_JUDGES])
def test_forces_and_judges_are_actors(text: str, actor: str, code: str) -> None:
    art = analysed(text)
    assert art.events, text
    assert art.events[0].source == [actor]
    assert coded(art)[actor] == code


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("पंजाब सरकार ने बैठक की । अस्पताल को सील कर दिया गया है ।", "Government of Punjab"),
        ("मोहाली में अस्पताल को सील कर दिया गया है ।", "Mohali district administration"),
        ("अस्पताल को सील कर दिया गया है ।", "Government of India"),
    ],
)
def test_passive_order_has_the_places_authority_inferred(text: str, authority: str) -> None:
    art = analysed(text)
    [ev] = [e for e in art.events if e.mode == "seal"]
    assert ev.source == [f"actor:{authority}"]
    assert ev.target == ["text:अस्पताल"]
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_local_offices_belong_to_the_town_named_before() -> None:
    art = analysed("बहराइच में सख्ती बढ़ी है । पुलिस ने दो युवकों को गिरफ्तार किया ।")
    [ev] = art.events
    assert ev.source == ["actor:Bahraich Police"] and ev.codes == {
        "actor:Bahraich Police": "IND-Bahraich COP"
    }
    assert ev.target == ["text:दो युवकों"]


def test_closing_ones_own_office_is_no_coercion() -> None:
    assert analysed("आम आदमी पार्टी ने अपना दफ्तर बंद कर दिया है ।").events == []


def test_malformed_dictionary_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "version: 1\ndefault_country: IND\nsectors: {COP: police}\nactors:\n"
        "  - {hi: [पुलिस], sector: COP, en: Police}\n"
        "  - {hi: [सेना], sector: ARMY, en: army}\n",
        encoding="utf-8",
    )
    with pytest.raises(KhabarError, match=r"E061 .*actors.yaml:6: .*unknown sector 'ARMY'"):
        read_dictionary(path)
    path.write_text("version: 1\nactors:\n  - {hi: [पुलिस, sector: COP\n", encoding="utf-8")
    with pytest.raises(KhabarError, match=r"E061 .*actors.yaml:\d+: "):
        read_dictionary(path)


def test_shipped_dictionary_checks() -> None:
    from khabar.events.actors import main

    assert main(["check"]) == 0


@pytest.mark.parametrize(
    ("code", "query", "ok"),
    [
        ("IND-Delhi COP", "IND COP", True),
        ("IND-Delhi COP", "IND-Delhi COP", True),
        ("IND-Delhi COP", "COP", True),
        ("IND GOV", "IND COP", False),
        ("CHN GOV", "IND GOV", False),
        ("IND-Bihar GOV", "IND", True),
    ],
)
def test_code_queries(code: str, query: str, ok: bool) -> None:
    assert code_matches(code, query) is ok


def test_events_filters_by_actor_code_and_sector(tmp_path: Path) -> None:
    src = tmp_path / "news.txt"
    src.write_text(
        "दिल्ली में गिरफ्तारी\n\nदिल्ली पुलिस ने लॉकडाउन तोड़ने वाले चार लोगों को गिरफ्तार किया ।\n"
        "केंद्र सरकार ने सभी राज्यों को सख्ती के निर्देश दिए ।\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "k.db")

    def run(*args: str) -> tuple[int, str, str]:
        r = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
        return r.exit_code, r.stdout, r.stderr

    assert run("ingest", str(src))[0] == 0
    code, out, _ = run("events", "--actor", "IND COP", "--json")
    found = json.loads(out)
    assert code == 0 and [e["mode"] for e in found] == ["arrest"]
    assert "IND-Delhi COP" in found[0]["codes"].values()
    code, out, _ = run("events", "--sector", "gov", "--json")
    assert code == 0 and [e["mode"] for e in json.loads(out)] == ["order"]
    code, _, err = run("events", "--sector", "XYZ")
    assert code == 1 and err.startswith("E050 ") and "unknown sector" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("अदालत ने आरोपी को जमानत पर रिहा कर दिया ।", ("RETREAT", ["actor:court"], ["text:आरोपी"])),
        (
            "विपक्ष ने सरकार के फैसले का विरोध किया ।",
            ("REJECT", ["actor:opposition"], ["actor:Government of India"]),
        ),
        ("ग्रामीणों ने पुलिस पर पथराव किया ।", ("ASSAULT", ["actor:villagers"], ["actor:police"])),
        (
            "जिला प्रशासन ने मजदूरों को राशन बांटा ।",
            ("AID", ["actor:district administration"], ["actor:workers"]),
        ),
    ],
)
def test_group_actors_on_both_sides(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    [ev] = analysed(text).events
    assert (ev.type, ev.source, ev.target) == expected


@pytest.mark.parametrize(
    ("dct", "code"), [("2020-03-22", "IND-NCT_of_Delhi GOV"), (None, None), ("2020-3-xx", None)]
)
def test_office_holders_are_coded_on_the_articles_day(dct: str | None, code: str | None) -> None:
    """Kejriwal was Delhi's chief minister in 2020 (KB role until 2024): an article of that day
    codes him IND-Delhi GOV so ``--actor "IND GOV"`` finds his orders; with no (or a bad) article
    date the office is looked up today, when he holds none."""
    art = analysed("अरविंद केजरीवाल ने सभी मॉल बंद करने के आदेश दिए ।", dct=dct)
    assert art.events
    assert coded(art).get("kb:person/arvind-kejriwal") == code
    if code:
        assert code_matches(code, "IND GOV")
