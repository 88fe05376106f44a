"""Small kinds of actor error (issue 13, round ev17), each on a real sentence of
corpus/hindi-covid-2020 outside the event gold, with a negative case: a nationality adjective
gives its country's public ("रूसी जनता"), "जनता कर्फ्यू" is the curfew's name and no actor, a
place's abbreviation in brackets stays in the English ("United Arab Emirates (UAE)"), and a
malformed ``not_before`` line is an E061 error naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.errors import KhabarError
from khabar.events.actors import read_dictionary
from khabar.events.gloss import gloss
from khabar.events.names import english_names
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-05-09")


def actors(art: Article, side: str) -> dict[str, str]:
    """Actor id -> code of one side of every event."""
    return {i: ev.codes.get(i, "") for ev in art.events for i in getattr(ev, side)}


def test_nationality_adjective_gives_that_countrys_public() -> None:
    # DH-2020-MAY-09.txt: Xi congratulates "Putin and the Russian people"
    art = analysed(
        "बातचीत में राष्ट्रपति शी चिनफिंग ने चीन सरकार और चीनी जनता की ओर से 9 मई को सोवियत संघ "
        "के देश रक्षा युद्ध में विजय पाने की 75वीं वर्षगांठ पर पुतिन और रूसी जनता को हार्दिक बधाई दी ।"
    )
    target = actors(art, "target")
    assert target.get("actor:public of Russia") == "RUS CVL"
    assert "actor:public of India" not in target


def test_public_without_adjective_stays_the_countrys() -> None:
    art = analysed("प्रधानमंत्री ने जनता से घरों में रहने की अपील की ।")
    assert actors(art, "target") == {"actor:public of India": "IND CVL"}


def test_janata_curfew_is_no_actor() -> None:
    # DJ-2020-MAR-21.txt: "because of the Janata curfew the metro stays shut on 22 March"
    art = analysed(
        "जनता कर्फ्यू के कारण 22 मार्च को दिल्‍ली, बेंगलुरु और जयपुर में मेट्रो बंद रहेगी ।",
        "2020-03-21",
    )
    for ev in art.events:
        assert "actor:public of India" not in ev.source + ev.target
        assert all(a.text != "जनता" for a in ev.arguments)


def test_place_abbreviation_kept_in_english() -> None:
    # DH-2020-MAY-05.txt: flights for Indians stranded in the UAE
    art = analysed(
        "कोविड-19 वैश्विक महामारी के चलते संयुक्त अरब अमीरात (यूएई) में फंसे भारतीयों को निकालने "
        "के लिए गुरुवार (7 मई) को 2 विशेष उड़ानों का परिचालन किया जाएगा ।",
        "2020-05-05",
    )
    names = [n for ev in art.events for i, n in english_names(art, ev).items() if i in ev.target]
    assert names == ["Indians stranded in the United Arab Emirates (UAE)"]  # nm4


def test_brackets_that_are_no_abbreviation_are_dropped() -> None:
    assert gloss("सभी मॉल (दवा दुकानों को छोड़कर)") == "all shopping malls"
    assert gloss("मालदीव में फंसे भारतीयों") == "Indians stranded in Maldives"
    # an abbreviation of another place than the one before it is not said
    assert gloss("मालदीव (यूएई) में फंसे भारतीयों") == "Indians stranded in Maldives"


def test_malformed_not_before_is_named(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "version: 1\ndefault_country: IND\nsectors: {CVL: civilians}\nactors:\n"
        "  - {hi: [लोगों], sector: CVL, en: public}\n"
        "  - {hi: [जनता], sector: CVL, en: public, not_before: कर्फ्यू}\n",
        encoding="utf-8",
    )
    with pytest.raises(KhabarError, match=r"E061 .*actors.yaml:6: .*'not_before' must be a list"):
        read_dictionary(path)


def test_state_name_ending_in_pradesh_keeps_its_government() -> None:
    # AU-2020-MAR-22.txt: "प्रदेश सरकार" is a dictionary form; here प्रदेश ends the state name
    art = analysed(
        "कोरोना का प्रकोप रोकने की कोशिश में जुटी उत्तर प्रदेश सरकार ने राज्य के सभी बूचड़खानों को "
        "अगले तीन दिन के लिये बंद करने का आदेश दिया है ।",
        "2020-03-22",
    )
    assert actors(art, "source") == {"actor:Government of Uttar Pradesh": "IND-Uttar_Pradesh GOV"}
    # no state before it: the bare "state government" as before
    art = analysed("प्रदेश सरकार ने सभी बूचड़खानों को बंद करने का आदेश दिया है ।", "2020-03-22")
    assert "actor:state government" in actors(art, "source")


def test_compass_district_before_an_office_is_the_district() -> None:
    # the kind of "दक्षिण-पश्चिम दिल्ली के कापसहेड़ा" (DH-2020-MAY-03.txt) with the office named
    art = analysed("दक्षिण-पश्चिम दिल्ली जिला प्रशासन ने इमारत को सील कर दिया ।", "2020-04-19")
    assert actors(art, "source") == {
        "actor:South West Delhi district administration": "IND-Delhi GOV"
    }
    [ev] = art.events
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert art.text[arg.start : arg.end] == "दक्षिण-पश्चिम दिल्ली जिला प्रशासन"
    # Delhi's police are one force: no district in their name
    art = analysed("उत्तर-पश्चिमी दिल्ली पुलिस ने 32 लोगों को गिरफ्तार किया ।", "2020-04-19")
    assert actors(art, "source") == {"actor:Delhi Police": "IND-Delhi COP"}
