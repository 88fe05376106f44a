"""Issue 13, round ev193: stances said without a stance verb, on sentences of the allowed corpus
day files (each cited; a speaker named where the original has a pronoun):

- a duty said with "must" ("कहा कि … देश को … अर्थव्यवस्था को महत्व देना होगा", "… राज्य
  सरकारों को … पालन … करवाना होगा, वरना …"): the को-dative it binds is asked, as with "चाहिए";
  the public at large ("लोगों को … तैयार रहना होगा"), the speaker's own side ("हमें …"), a
  relative's or a condition's consequence ("जो जैसा करेगा, उसको … भुगतना पड़ेगा", "अगर … तो
  वाहनों को … आना होगा") and a forecast ("… यह देखना होगा कि …") ask nobody;
- a saying held by its speaker ("छात्रों का कहना है कि बिहार सरकार को … व्यवस्था करनी चाहिए",
  "सीएमओ … का कहना है कि सभी लोग सावधानी बरतें"): the holder asks as "X ने कहा कि" does; an
  opinion so held ("… का कहना है कि … मामले बढ़ सकते हैं") and a pronoun holder with nobody
  before it stay out.
"""

from __future__ import annotations

from khabar.events.obligation import must_clause

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-30")


def test_must_clause_reads_the_infinitive_and_the_future_of_hona() -> None:
    assert must_clause(["लोगों", "को", "घर", "में", "रहना", "होगा"])
    assert must_clause(["व्यवस्था", "सुनिश्चित", "करनी", "होगी"])
    assert must_clause(["लंबे", "मार्ग", "से", "गुजरना", "पड़ेगा"])
    assert not must_clause(["सख्त", "कार्रवाई", "की", "जाना", "होगा"])  # the passive binds nobody
    assert not must_clause(["बैठक", "होगी"])  # the future of an act, no duty
    assert not must_clause(["यह", "अच्छा", "होगा"])


def test_a_duty_said_with_must_to_a_body_is_a_request_to_it() -> None:
    # PK-2020-APR-30.txt: asked the chief ministers; dropped as "not a request clause" before
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को मुख्यमंत्रियों से कहा था कि देश को कोरोना वायरस"
        " के खिलाफ लड़ाई जारी रखते हुए अर्थव्यवस्था को महत्व देना होगा ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Narendra Modi"]
    assert role_names(art, ev, "target") == ["chief ministers of Indian states"]
    # AU-2020-MAR-27.txt's form, the dative a body: the duty's first conjunct, a threat after it
    art = analysed(
        "स्वास्थ्य मंत्रालय ने कहा है कि राज्य सरकारों को दिशा-निर्देशों का पालन पूरी शिद्दत से"
        " करवाना होगा, वरना हमारे सारे प्रयास मिट्टी में मिल सकते हैं ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["Indian state governments"]
    # a company told what it must do (NT-2020-MAR-23.txt's duty, said with कि)
    art = analysed("मुख्यमंत्री ने कहा कि विमानन कंपनियों को अपना संचालन इस प्रकार तय करना होगा ।")
    assert len(events_of(art, "REQUEST")) == 1


def test_a_must_that_binds_no_party_asks_nobody() -> None:
    for text in (
        # PK-2020-MAY-04.txt: the public at large, a norm (the dev gold codes no such one)
        "मुख्यमंत्री अरविंद केजरीवाल ने कहा कि लोगों को कोरोना वायरस के साथ रहने के लिये तैयार"
        " रहना होगा ।",
        # AU-2020-MAY-10.txt: the speaker's own side
        "मुख्यमंत्री ने कहा कि हमें अर्थव्यवस्था को महत्व देना होगा ।",
        # AU-2020-MAR-01.txt: a relative's consequence, a jibe
        "सपा नेता आजम खां पर तंज कसते हुए मंत्री ने पत्रकारों से कहा कि जो जैसा करेगा, उसको वैसा"
        " ही भुगतना पड़ेगा ।",
        # AU-2020-MAR-29.txt: a condition's consequence
        "मंत्री ने कहा कि अगर यह मार्ग बाधित होता है तो वाहनों को राज्य तक पहुंचने के लिए लंबे"
        " मार्ग से आना होगा ।",
        # a forecast, no duty
        "मुख्यमंत्री ने कहा कि सरकार को अभी यह देखना होगा कि लॉकडाउन का क्या असर हुआ ।",
        # the speaker's own plan: no कि-clause that asks
        "मुख्यमंत्री ने कहा कि हम अगले सप्ताह से जांच की संख्या बढ़ाना चाहते हैं ।",
    ):
        assert not events_of(analysed(text), "REQUEST"), text


def test_a_saying_held_by_its_speaker_asks_as_said_does() -> None:
    # AU-2020-ARP-17.txt
    art = analysed("छात्रों का कहना है कि बिहार सरकार को हमें वापस लाने के लिए व्यवस्था करनी चाहिए ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.trigger == "कहना है"
    assert role_names(art, ev, "source") == ["students"]
    assert role_names(art, ev, "target") == ["Government of Bihar"]
    # DJ-2020-MAY-04.txt: the polite imperative to all
    art = analysed("सीएमओ डॉ. शेर सिंह का कहना है कि सभी लोग सावधानी बरतें ।")
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Sher Singh"]


def test_an_opinion_or_an_unheld_saying_asks_nothing() -> None:
    for text in (
        "डॉक्टरों का कहना है कि आने वाले दिनों में मामले बढ़ सकते हैं ।",
        # a pronoun holder with no stance before it: no source is invented
        "उनका कहना है कि सरकार को मजदूरों की मदद करनी चाहिए ।",
        # the public at large told what it must do, held by its speaker: a norm
        "विशेषज्ञों का कहना है कि लोगों को कोरोना के साथ जीना सीखना होगा ।",
    ):
        assert not events_of(analysed(text), "REQUEST"), text
