"""Issue 13, round sa5: an agentless measure whose sentence names a district after its state
("उत्तर प्रदेश में वाराणसी जिले के …", "महाराष्ट्र के अकोला जिले में …") is the district's, not the
state's (:func:`khabar.events.named_district.district_after_state`), on real sentences, with
negatives."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-06")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return ev.source


# PK-2020-APR-06.txt (round sa5's audit, #124)
_VARANASI = (
    "उत्तर प्रदेश में वाराणसी जिले के ग्रामीण क्षेत्र अंतर्गत गंगापुर, लोहता, बजरडीहा और मदनपुरा इलाकों में"
    " कोरोना वायरस संक्रमण के मामले मिलने के बाद इन क्षेत्रों को ‘रेड जोन' में बदलकर 72 घंटे के लिए सील"
    " कर दिया गया है."
)
# AU-2020-MAR-22.txt
_AKOLA = "महाराष्ट्र के अकोला जिले में 22 से 24 मार्च तक लॉकडाउन करने की घोषणा कर दी गई है ।"


def test_a_district_named_after_its_state_with_me_is_the_districts() -> None:
    assert _sources(_VARANASI, "सील") == ["actor:Varanasi district administration"]


def test_a_district_named_after_its_state_with_ke_is_the_districts() -> None:
    assert _sources(_AKOLA, "लॉकडाउन") == ["actor:Akola district administration"]


def test_a_town_after_its_state_with_no_district_word_keeps_the_state() -> None:
    # the same sentence without "जिले": the state's reading stands (a state's order for a town)
    text = _AKOLA.replace("अकोला जिले में", "अकोला में")
    assert _sources(text, "लॉकडाउन") != ["actor:Akola district administration"]


def test_a_state_with_other_districts_keeps_the_state() -> None:
    # DJ-2020-ARP-30.txt: "के अलावा" after the town, no district word: Assam's own zones
    text = "असम में बंगाइगांव के अलावा पांच और जिले हैं जिन्‍हें रेड जोन (red zone) घोषित किया गया है ।"
    for ev in analysed(text).events:
        assert "actor:Bongaigaon district administration" not in ev.source
