"""Issue 13, round tg20 (vague fragment targets of end audit au11): a thing target right after
"X से संबंधित/जुड़े" ("related to X") takes X in when the glossary says X whole, so its English
says what the head belongs to ("all functions related to local body elections", not "all
programmes"); a place the target was given stays last. A tie whose X the gloss cannot say
("बिहार दिवस से संबंधित") and a bare head with no tie ("इलाके को … सील") are left.
All sentences are from the 280 allowed corpus day files."""

from __future__ import annotations

from .hindi_events import analyser, one_event, target_names

analysed = analyser("2020-03-18")


def _targets(text: str, trigger: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    return target_names(art, one_event(art.events, trigger))


def test_programmes_related_to_local_body_elections() -> None:
    # AU-2020-MAR-18.txt: the target was "all programmes", naming no one
    text = (
        "इसके तहत राज्य निर्वाचन आयोग ने निकाय चुनाव से संबंधित सभी कार्यक्रम को स्थगित करने का निर्णय किया है ।"
    )
    assert _targets(text, "स्थगित", "2020-03-18") == [
        "all functions related to local body elections"
    ]


def test_hostels_related_to_institutions_keep_their_place() -> None:
    # DJ-2020-MAR-16.txt: "hostels in Tripura" loses neither its place nor whose hostels
    text = (
        "त्रिपुरा सरकार ने सभी स्‍कूलों, कॉलेजों, यूनिवर्सिटी, सिनेमा हॉल,  स्‍वीमिंग पुलों, जिमों को"
        " 17 से 31 मार्च तक बंद रहेंगे । हालांकि बोर्ड परीक्षा जारी रहेंगी । संस्‍थानों से जुड़े"
        " हॉस्‍टलों को 21 से 31 मार्च  तक खाली करने के लिए कहा है ।"
    )
    assert _targets(text, "के लिए कहा", "2020-03-16") == [
        "hostels related to institutions in Tripura"
    ]


def test_a_tie_the_gloss_cannot_say_is_left() -> None:
    # PK-2020-MAR-13.txt: "बिहार दिवस" is no glossary phrase; the target keeps its place
    text = (
        "साथ ही बिहार दिवस से संबंधित सभी सरकारी कार्यक्रम जो 22 मार्च को होने थे, उन्हें रद्द कर दिया गया है."
    )
    for name in _targets(text, "रद्द", "2020-03-13"):
        assert "related to" not in name
