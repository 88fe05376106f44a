"""Issue 13, round ev166: the issuer of an act whose agent is a bare council, board or company.

Hindi news names a body once and goes on with the bare noun ("… श्राइन बोर्ड … ने … कहा । बोर्ड ने
…"). Such an agent was left as the bare word, and a quote it spoke got the place's government
guessed; it is now the council, board or company named before, as a bare ministry is. Sentences
from the allowed corpus day files of corpus/hindi-covid-2020 (short quotes), and negatives."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-13")


def _sources(art: Article, trigger: str) -> list[str]:
    return [s for e in art.events if trigger in e.trigger for s in e.source]


def test_a_bare_council_after_its_official_is_that_council() -> None:
    # AU-2020-ARP-13: ICMR named as the official's body, then "परिषद ने"
    art = analysed(
        "आईसीएमआर के एक अधिकारी ने बताया कि परिषद ने सभी सरकारी और निजी क्षेत्र के मेडिकल "
        "कॉलेजों से कोविड-19 के परीक्षण की सुविधा शुरू करने के लिये आवेदन भी मांगे हैं ।"
    )
    assert _sources(art, "मांगे") == ["actor:Indian Council of Medical Research"]


def test_a_bare_board_goes_on_with_the_board_named_before() -> None:
    # DH-2020-MAR-15: the shrine board named in full, then "बोर्ड ने … को कहा"
    art = analysed(
        "वैष्णो देवी तीर्थ का प्रबंधन करने वाले श्री माता वैष्णो देवी श्राइन बोर्ड (एसएमवीडीएसबी) ने "
        "रविवार को परामर्श जारी कर प्रवासी भारतीयों और विदेशियों को मंदिर नहीं आने को कहा । "
        "बोर्ड ने उन घरेलू श्रद्धालुओं को भी अपनी यात्रा स्थगित करने को कहा है ।"
    )
    [src] = set(_sources(art, "को कहा")[-1:])
    # the board itself: since round ev185 the actor dictionary's entry (was the tagger's
    # organisation id, "…brd…")
    assert src == "actor:Shri Mata Vaishno Devi Shrine Board"


def test_a_board_quoted_on_its_own_postponement_is_not_the_government() -> None:
    # AU-2020-ARP-09: the Pulitzer board's quote; the country's government was guessed
    art = analysed(
        "पुलित्जर पुरस्कार बोर्ड इस साल के विजेताओं की घोषणा को स्थगित करने का फैसला किया है । "
        "बोर्ड ने कहा कि पुरस्कार के विजेताओं की घोषणा 20 अप्रैल से स्थगित कर दी गई है ।"
    )
    assert "actor:Government of India" not in _sources(art, "स्थगित")


def test_a_bare_board_with_no_board_before_keeps_the_guess() -> None:
    # negative: nobody named before, the quoted measure keeps the issuer guessed for it
    art = analysed("बोर्ड ने कहा कि सभी परीक्षाएं स्थगित कर दी गई हैं ।")
    assert not any(s.startswith("name:organization") for s in _sources(art, "स्थगित"))


def test_a_bare_company_of_a_kb_firm_with_no_code_is_that_firm() -> None:
    # DH-2020-MAR-04: Paytm is no coded business; round src4 gives "कंपनी ने" to the one KB
    # organisation with no code named before (the Vz gold names Paytm; ``far_institutions``)
    art = analysed(
        "डिजिटल पेमेंट ऐप पेटीएम के एक कर्मचारी के भी कोरोना वायरस से संक्रमित होने की पुष्टि हुई है । "
        "कंपनी ने एहतियातन अपने सभी कर्मचारियों को घर से काम करने की सलाह दी है ।"
    )
    assert _sources(art, "सलाह") == ["kb:org/paytm"]


# ---- an agentless act right after a body's own act is that body's -------------------------------

_CREW = (
    "एयर लाइन इंडिगो ने बयान जारी कर कहा है कि हैदराबाद में कोरोना वायरस के पीड़ित पाए गए शख्स ने "
    "दुबई से बेंगलुरु के बीच इंडिगो के विमान से यात्रा की थी ।{gap}"
    "उस विमान के 4 केबिन क्रू को घर में ही विशेष निगरानी में रखा गया है ।"
)


def test_an_agentless_watch_right_after_an_airline_spoke_is_the_airline_s() -> None:
    # DJ-2020-MAR-03: the airline's statement, then its crew kept under watch
    art = analysed(_CREW.format(gap=" "))
    srcs = _sources(art, "निगरानी")
    assert srcs and "district administration" not in srcs[0] and "Government" not in srcs[0]


def test_an_agentless_act_after_a_body_in_another_paragraph_keeps_the_guess() -> None:
    # negative: a paragraph break between the body's sentence and the act
    art = analysed(_CREW.format(gap="\n\n"))
    assert not any("yr-ln" in s or "indigo" in s.lower() for s in _sources(art, "निगरानी"))


def test_an_agentless_aid_two_sentences_after_a_body_keeps_the_guess() -> None:
    # negative: another sentence between (the body's act goes on one sentence only)
    art = analysed(
        "डीआरडीओ ने लॉकडाउन के दौरान करीब 20 हजार लीटर सैनिटाइजर तैयार किया है । "
        "इसकी जानकारी अधिकारियों को दी गई । "
        "इसके अलावा विभिन्न सुरक्षा एजेंसियों को भारी संख्या में मास्क भी मुहैया कराए गए ।"
    )
    assert "kb:org/drdo" not in _sources(art, "मास्क")


def test_an_agentless_aid_right_after_a_research_body_is_that_body_s() -> None:
    art = analysed(
        "डीआरडीओ ने लॉकडाउन के दौरान करीब 20 हजार लीटर सैनिटाइजर तैयार किया है । "
        "इसके अलावा विभिन्न सुरक्षा एजेंसियों को भारी संख्या में मास्क भी मुहैया कराए गए ।"
    )
    assert _sources(art, "मास्क") == ["kb:org/drdo"]
