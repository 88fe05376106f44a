"""Issue 13, round sd1: standalone directives in a speaker's run. A speech told sentence by
sentence asks with the "must" form ("राज्य सरकारों को … लाना होगा") and with a polite verb whose
subject is a body or office no entity names ("ऐसे में अधिकारी … समाधान करें"); both were dropped.

Negatives beside each: a resolve with nobody bound, a norm for the public, an opinion with
"चाहिए" about a thing, a question, a speaker's own intention, the public at large as subject, and a
run's request to a written listener that the next "उन्होंने कहा कि" must not carry on."""

from __future__ import annotations

from khabar.events.run_duties import run_must
from khabar.events.runs import _verb_at
from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

_analysed = analyser("2020-05-01")
_HEADLINE = "फंसे लोगों को घर भेजने की तैयारी\n"


def analysed(body: str) -> Article:
    return _analysed(_HEADLINE + body)


def _run_requests(art: Article) -> list[Event]:
    """The requests the speech runs made (mode appeal, the speaker inferred as their source)."""
    return [
        e
        for e in art.events
        if e.type == "REQUEST"
        and e.mode == "appeal"
        and any(a.role == "source_inferred" for a in e.arguments)
    ]


# ---- the "must" form ---------------------------------------------------------------------------


def test_the_must_form_is_a_duty_verb() -> None:
    assert run_must(["राज्य", "सरकारों", "को", "यात्रियों", "को", "लाना", "होगा"], 6)
    assert run_must(["सभी", "जिलों", "को", "कंटेनमेंट", "योजना", "बनानी", "पड़ेगी"], 6)
    assert _verb_at(["राज्य", "सरकारों", "को", "यात्रियों", "को", "लाना", "होगा"]) == (6, "must")
    # a passive infinitive binds nobody; a bare future is no duty
    assert not run_must(["यह", "काम", "किया", "जाना", "होगा"], 4)
    assert not run_must(["कल", "से", "बसें", "चलेंगी", "और", "सब", "ठीक", "होगा"], 7)


def test_a_must_laid_on_a_named_body_is_a_request() -> None:
    # the shape of DJ-2020-MAY-01.txt: "राज्य सरकारों को सामाजिक सुरक्षा मानदंडों ... यात्रियों को
    # लाना होगा ।" after "रेल मंत्रालय का कहना है कि ..."
    art = analysed(
        "रेल मंत्रालय का कहना है कि फंसे हुए लोगों के लिए विशेष ट्रेनें चलाई जाएंगी । "
        "राज्य सरकारों को सैनिटाइज बसों में यात्रियों को स्टेशन तक लाना होगा ।"
    )
    [ev] = _run_requests(art)
    assert "लाना होगा" in ev.trigger
    assert role_names(art, ev, "source") == ["Indian Railways"]
    assert target_names(art, ev) == ["Indian state governments"]


def test_a_resolve_or_a_norm_with_must_is_no_request() -> None:
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा कि संकट अभी टला नहीं है । "
        "देश को इन कड़े फैसलों को जारी रखना पड़ेगा ।"
    )
    assert _run_requests(art) == []
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा कि संकट अभी टला नहीं है । "
        "लोगों को कोरोना के साथ जीना सीखना होगा ।"
    )
    assert _run_requests(art) == []
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा कि संकट अभी टला नहीं है । "
        "हमें मिलकर यह लड़ाई जीतनी होगी ।"
    )
    assert _run_requests(art) == []


def test_a_question_with_must_is_no_request() -> None:
    art = analysed(
        "रेल मंत्रालय का कहना है कि फंसे हुए लोगों के लिए विशेष ट्रेनें चलाई जाएंगी । "
        "क्या राज्य सरकारों को यात्रियों को स्टेशन तक लाना होगा ?"
    )
    assert _run_requests(art) == []


# ---- a polite verb with a bare subject ---------------------------------------------------------


def test_a_bare_office_as_subject_is_whom_the_speaker_asks() -> None:
    # the shape of AU-2020-MAR-01.txt: "ऐसे में अधिकारी गंभीर होकर कार्यकर्ताओं की समस्याओं का
    # समाधान करें ।" in the deputy chief minister's speech
    art = analysed(
        "उप मुख्यमंत्री केशव प्रसाद मौर्य ने कहा कि सरकार गरीबों के लिए काम कर रही है । "
        "ऐसे में अधिकारी गंभीर होकर लोगों की समस्याओं का समाधान करें ।"
    )
    [ev] = _run_requests(art)
    assert "समाधान करें" in ev.trigger
    assert role_names(art, ev, "source") == ["Keshav Prasad Maurya"]
    assert target_names(art, ev) == ["official"]


def test_a_tip_a_thing_or_the_public_as_subject_keeps_the_old_reading() -> None:
    # a tip with no subject: nobody asked
    art = analysed(
        "उप मुख्यमंत्री केशव प्रसाद मौर्य ने कहा कि सरकार गरीबों के लिए काम कर रही है । "
        "गर्म पानी में नींबू डालकर पिएं ।"
    )
    assert _run_requests(art) == []
    # "चाहिए" said of a thing: an opinion, no office asked
    art = analysed(
        "उप मुख्यमंत्री केशव प्रसाद मौर्य ने कहा कि सरकार गरीबों के लिए काम कर रही है । "
        "जनता की सेवा करनी चाहिए ।"
    )
    assert _run_requests(art) == []
    # people at large: the public of the speaker's jurisdiction, as before
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने कहा कि संकट की घड़ी में सरकार साथ है । "
        "लोग घबराकर खरीदारी न करें ।"
    )
    [ev] = _run_requests(art)
    assert target_names(art, ev) == ["public of Bihar"]


def test_the_next_statement_does_not_inherit_a_written_listener() -> None:
    art = analysed(
        "उप मुख्यमंत्री केशव प्रसाद मौर्य ने कहा कि सरकार गरीबों के लिए काम कर रही है । "
        "ऐसे में अधिकारी गंभीर होकर लोगों की समस्याओं का समाधान करें । "
        "उन्होंने कहा कि आज से ही चुनाव की तैयारी में जुट जाएं ।"
    )
    told = [e for e in art.events if e.type == "REQUEST" and e.mode == "tell_to"]
    assert told and all("official" not in target_names(art, e) for e in told)
