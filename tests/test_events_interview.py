"""Issue 13, round ev133: who speaks in an interview. A question ("सवाल: … ?") is as short as a
headline, but it and the answer under it go on with the interview (the day file DH-2020-ARP-28
was cut at its fifth question); inside an answer ("जवाब: …" up to the next question) "हमने"/
"मैंने" is the interviewee the lead named, however far back. Sentences quoted short from that
day file of corpus/hindi-covid-2020 (an allowed file, not of any gold's days). A meeting's
decisions told in the passive after it ("यह भी आदेश दिया गया है कि …", NT-2020-MAR-18) are its
chair's, until another agent acts."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article
from khabar.pipeline import run_local

from .hindi_events import analyser, events_of, one_event, role_names

analysed = analyser("2020-04-28")

_LEAD = (
    "कोरोना संकट पर नीतीश कुमार ने बताई रणनीति\n"
    "बिहार के मुख्यमंत्री नीतीश कुमार ने हिन्दुस्तान टाइम्स के विनोद शर्मा से कहा कि प्रवासी"
    " मजदूरों की स्क्रीनिंग जरूर करानी चाहिए । हिन्दुस्तान टाइम्स के साथ खास बातचीत में उन्होंने"
    " अपनी रणनीतियों को भी साझा किया ।\n\n"
    "सवाल: बिहार में कोरोना के मामले कितने हैं?\n\n"
    "जवाब: प्रदेश के 25 जिलों में कुल 329 कोरोना के पॉजिटिव केस हैं । इसमें से 57 मरीज ठीक हो"
    " चुके हैं । अभी 270 सक्रिय मामले हैं ।\n\n"
    "सवाल: देश में प्रवासी बिहारी जनसंख्या की अनुमानित संख्या क्या है?\n\n"
)
_ANSWER = (
    "जवाब: बिहारी प्रवासी मजदूर देशभर में काम कर रहे हैं । उनकी उपस्थिति जरूरी होगी । हमने"
    " ग्रामीण क्षेत्रों में रोजगार सृजन पर जोर दिया है । योजनाएं शुरू की गई हैं । हमने उन"
    " किसानों के लिए कृषि सब्सिडी के लिए 578.42 करोड़ रुपये भी जारी किए हैं ।"
)


def test_an_interview_question_is_no_headline() -> None:
    art = Article(id="t", text=_LEAD + _ANSWER, language="hi", dct="2020-04-28", source_kind="text")
    assert len(list(run_local([art], Config(), ["clean"]))) == 1


def test_we_in_an_answer_is_the_interviewee_named_far_back() -> None:
    art = analysed(_LEAD + _ANSWER)
    aid = [e for e in events_of(art, "AID") if "578.42" in art.text[e.evidence_start : e.evidence_end]]
    assert len(aid) == 1
    # the chief minister's "हमने" is his government's (round ev186: the tuning set Uf names the
    # Government of Bihar for these answers' "हमने", Nitish Kumar for their "मैंने")
    assert role_names(art, aid[0], "source") == ["Government of Bihar"]


def test_we_after_the_next_question_is_nobody_said() -> None:
    # a question closes the answer: a "हम" in the question is the interviewer's, not an act
    art = analysed(_LEAD + "सवाल: हमने सुना है कि सरकार ने 578.42 करोड़ रुपये जारी किए हैं?")
    aid = [e for e in events_of(art, "AID") if "नीतीश" in " ".join(role_names(art, e, "source"))]
    assert not aid


_MEETING = (
    "कोरोना से लड़ने के लिए भारतीय रेल रैपिड रिस्पांस टीम का गठन करेगा । इस बैठक की अध्यक्षता रेल"
    " मंत्री पीयूष गोयल ने की । बैठक में बोर्ड के सभी सदस्य मौजूद थे ।"
)


def test_an_order_a_meeting_gave_in_the_passive_is_its_chairs() -> None:
    art = analysed(
        _MEETING + " यह भी आदेश दिया गया है कि रेलवे प्लेटफॉर्म टिकट 50 रुपये तक बढ़ाया जा सकता है ।"
    )
    ev = one_event(events_of(art, "COERCE"), "आदेश")
    assert role_names(art, ev, "source") == ["Piyush Goyal"]


def test_an_agent_acting_after_the_meeting_ends_its_report() -> None:
    # another agent acted since the meeting: the passive order is not the chair's
    art = analysed(
        _MEETING + " मंत्रालय ने राज्यों को पत्र लिखा है । यह भी आदेश दिया गया है कि रेलवे"
        " प्लेटफॉर्म टिकट 50 रुपये तक बढ़ाया जा सकता है ।"
    )
    orders = [e for e in events_of(art, "COERCE") if e.trigger.startswith("आदेश")]
    assert all(role_names(art, e, "source") != ["Piyush Goyal"] for e in orders)
