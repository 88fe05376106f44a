"""Round tr2 (issue 13): thanks and greetings written with no verb, a tweet's or a message's own
words ("… भारत और भारतीय लोगों को धन्यवाद ।"): the speaker's SUPPORT of whom they address, and
never a phrase's own subject's; a closing formula, a thanks to nobody, a question and a greeting
with no speaker make nothing."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-04-09")


def _support(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "SUPPORT"]


def test_a_quoted_thanks_after_the_speakers_sentence_is_his() -> None:
    # AU-2020-ARP-09.txt (the tuning set Vw's core miss): the tweet goes on after "… ने कहा कि …"
    art = analysed(
        "अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने कहा कि असाधारण परिस्थितियों में दोस्तों के बीच"
        " घनिष्ठ सहयोग की आवश्यकता होती है । हाइड्रॉक्सीक्लोरोक्वीन पर निर्णय लेने के लिए भारत"
        " और भारतीय लोगों को धन्यवाद ।"
    )
    [ev] = _support(art)
    assert (ev.trigger, ev.mode, ev.modality) == ("धन्यवाद", "thank", "happened")
    assert role_names(art, ev, "source") == ["Donald Trump"]
    assert "India" in target_names(art, ev)


def test_a_thanks_in_the_kaha_ki_clause_is_the_speakers() -> None:
    # DH-2020-ARP-05.txt (the recall audit rv43's miss), the intensifier inside the form
    art = analysed(
        "उपमुख्यमंत्री सुशील कुमार मोदी ने ट्वीट कर कहा कि बिहार के करोड़ों लोगों ने प्रधानमंत्री"
        " मोदी के प्रकाश अभियान का समर्थन किया, उसके लिए जनता के सभी वर्ग का कोटि-कोटि अभिनंदन ।"
    )
    [ev] = [e for e in _support(art) if e.mode == "thank"]
    assert ev.trigger == "कोटि-कोटि अभिनंदन"
    assert role_names(art, ev, "source") == ["Sushil Kumar Modi"]
    assert target_names(art, ev) == ["public of Bihar"]


def test_a_written_greeting_is_the_writers_not_the_office_holders() -> None:
    # PK-2020-MAR-01.txt (the tuning set Vu's core miss): "बिहार के मुख्यमंत्री" is addressed
    art = analysed(
        "देश के रक्षा मंत्री राजनाथ सिंह ने भी ट्वीटर पर अपने बधाई संदेश में लिखा है कि बिहार के"
        " मुख्यमंत्री श्री नीतीश कुमार को जन्मदिवस की बधाई एवं ढेरों शुभकामनाएँ.",
        dct="2020-03-01",
    )
    [ev] = _support(art)
    assert (ev.trigger, ev.mode) == ("शुभकामनाएँ", "praise")
    assert role_names(art, ev, "source") == ["Rajnath Singh"]
    assert target_names(art, ev) == ["Nitish Kumar"]
    assert not [a for a in ev.arguments if a.role == "source" and "मुख्यमंत्री" in a.text]


def test_a_greeting_with_no_speaker_is_dropped() -> None:
    # PK-2020-MAR-01.txt: the greeter is named only in a heading; the addressee is no greeter
    art = analysed(
        "आदरणीय अभिभावक श्री नीतीश कुमार जी को जन्मदिवस की शुभ मंगलकामनाएं. ईश्वर से प्रार्थना है"
        " कि आप स्वस्थ रहें.",
        dct="2020-03-01",
    )
    assert _support(art) == []


def test_a_closing_formula_and_a_thanks_to_nobody_make_nothing() -> None:
    # AU-2020-MAR-29.txt: the broadcast's end thanks the listeners
    art = analysed(
        "प्रधानमंत्री ने कहा कि इसी एक शुभकामना के साथ, आप सबको बहुत-बहुत धन्यवाद ।",
        dct="2020-03-29",
    )
    assert _support(art) == []
    # DJ-2020-MAR-05.txt: a video's caption
    art = analysed("यूनिसेफ ने कहा कि साझा करने के लिए धन्यवाद!", dct="2020-03-05")
    assert _support(art) == []


def test_a_question_and_a_noun_use_make_no_thanks() -> None:
    art = analysed("मुख्यमंत्री ने कहा कि क्या इसके लिए सरकार को धन्यवाद?")
    assert _support(art) == []
    # PK-2020-MAY-13.txt: "धन्यवाद के पात्र" (worthy of thanks) is a noun use, no act
    art = analysed("मंत्री ने कहा कि इसके लिए वे धन्यवाद के पात्र हैं.")
    assert _support(art) == []


def test_a_thanks_with_a_light_verb_is_still_the_old_entrys() -> None:
    # PK-2020-MAY-01.txt: "… को धन्यवाद किया है" (the stop is not the light verb here)
    art = analysed("मुख्यमंत्री हेमंत सोरेन ने ट्वीट करते हुए राजस्थान के मुख्यमंत्री अशोक गहलोत को धन्यवाद किया है.")
    [ev] = _support(art)
    assert ev.trigger == "धन्यवाद"
    assert role_names(art, ev, "source") == ["Hemant Soren"]
    assert target_names(art, ev) == ["Ashok Gehlot"]
