"""Issue 13, round ev105: a speech told sentence by sentence. After one speech verb, news reports
an address as a run of sentences in the speaker's words with no speech verb of their own; the
polite imperatives, subjunctives, "चाहिए" and obligations there are the speaker's requests.

Sentences are written like the news (none is taken from a gold file), each rule with negatives
beside it: advice with no speaker, a condition, a relative clause, a passive, a verbless list, a
narrative sentence in the past and another agent end or refuse the run."""

from __future__ import annotations

from khabar.events.runs import _narrative_past, _verb_at
from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

_analysed = analyser("2020-03-24")
# a headline line first: the body is what the runs read (a headline's act told again by the lead
# is the lead's, so a one-line body would lose its first act to that rule)
_HEADLINE = "संक्रमण से बचाव पर अपील\n"


def analysed(body: str) -> Article:
    return _analysed(_HEADLINE + body)


def _w(text: str) -> list[str]:
    """A sentence's words as the run reads them (punctuation stands apart in these)."""
    return text.split()


def _run_requests(art: Article) -> list[Event]:
    """The requests the speech runs made (mode appeal, the speaker inferred as their source)."""
    return [
        e
        for e in art.events
        if e.type == "REQUEST"
        and e.mode == "appeal"
        and any(a.role == "source_inferred" for a in e.arguments)
    ]


def _sentence(art: Article, ev: Event) -> str:
    return art.text[ev.evidence_start : ev.evidence_end]


# ---- the request shapes -------------------------------------------------------------------------


def test_polite_imperatives_subjunctives_and_ought_are_requests() -> None:
    assert _verb_at(_w("बिना काम के घर से बाहर न निकलें")) is not None
    assert _verb_at(_w("लोग घबराएं नहीं")) is not None
    assert _verb_at(_w("हमें डॉक्टरों का सम्मान करना चाहिए")) == (5, "ought")
    assert _verb_at(_w("अब हर नागरिक को स्वदेशी सामान खरीदना है")) == (7, "obliged")


def test_nouns_passives_states_and_abilities_are_no_requests() -> None:
    assert _verb_at(_w("राशन , दूध और दवा की दुकानें")) is None  # a plural noun
    assert _verb_at(_w("सभी स्कूल 31 मार्च तक बंद किए जाएं")) is None  # a passive order
    assert _verb_at(_w("दो गज की दूरी बनाए रखा जाना चाहिए")) is None  # a passive ought
    assert _verb_at(_w("भाग लेने की उम्र 15 साल होनी चाहिए")) is None  # how things should be
    assert _verb_at(_w("यहां फोन करके लोग मदद ले सकें")) is None  # a purpose: so that they can


def test_a_past_close_is_narrative() -> None:
    assert _narrative_past(_w("इसके बाद उन्होंने अस्पताल का दौरा किया ।"))
    assert _narrative_past(_w("बैठक में सभी अधिकारी मौजूद थे ।"))
    assert not _narrative_past(_w("सरकार ने राहत पैकेज का एलान किया है ।"))
    assert not _narrative_past(_w("बिना काम के घर से बाहर न निकलें ।"))


# ---- runs over news text ------------------------------------------------------------------------


def test_the_sentences_after_the_cue_are_the_speakers_requests() -> None:
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने सोमवार को कहा कि संकट की इस घड़ी में सरकार आपके साथ है । "
        "बिना काम के घर से बाहर न निकलें ।\n"
        "हमें डॉक्टरों और नर्सों का सम्मान करना चाहिए ।"
    )
    found = _run_requests(art)
    assert [_sentence(art, e).split()[-2] for e in found] == ["निकलें", "चाहिए"]
    for ev in found:
        assert role_names(art, ev, "source") == ["Nitish Kumar"]


def test_an_obligation_of_a_named_dative_is_a_request_to_it() -> None:
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा कि यह समय आत्मनिर्भर बनने का है । "
        "अब हर किसान को अपनी उपज मंडी में ही बेचनी है ।"
    )
    [ev] = _run_requests(art)
    assert "बेचनी है" in ev.trigger
    assert role_names(art, ev, "source") == ["Narendra Modi"]


def test_one_appeal_told_over_two_sentences_is_one_request() -> None:
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने कहा कि कोई भूखा नहीं रहेगा । "
        "जो लोग संपन्न हैं वे अपने कर्मचारियों का ध्यान रखें । उनका वेतन न काटें ।"
    )
    assert len(_run_requests(art)) == 1


def test_the_people_a_relative_clause_names_are_whom_it_asks() -> None:
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने कहा कि संक्रमण का खतरा अभी टला नहीं है । "
        "घरों में जो भी बुजुर्ग हैं, वे अगले दो हफ्ते तक बाहर न निकलें ।"
    )
    [ev] = _run_requests(art)
    assert any("elderly" in name for name in target_names(art, ev))


def test_advice_with_no_speaker_is_nobodys_request() -> None:
    art = analysed("ऐसे करें बचाव\nहाथ साबुन से बार-बार धोएं ।\nभीड़ वाली जगहों पर न जाएं ।")
    assert _run_requests(art) == []


def test_a_condition_a_relative_and_a_passive_are_no_requests() -> None:
    art = analysed(
        "जिलाधिकारी ने कहा कि जिले में अब तक 12 मामले सामने आए हैं । "
        "अगर लक्षण दिखें तो हेल्पलाइन पर फोन करें । "
        "यह सुविधा उन लोगों के लिए है जो बाहर से आएं । "
        "सभी कोचिंग संस्थान 31 मार्च तक बंद किए जाएं ।"
    )
    assert _run_requests(art) == []


def test_a_past_narrative_or_another_agent_ends_the_run() -> None:
    art = analysed(
        "मंत्री ने कहा कि राहत सामग्री भेजी जा रही है । इसके बाद वे अस्पताल पहुंचे और दौरा किया । "
        "मरीजों के परिजन वार्ड में भीड़ न लगाएं ।"
    )
    assert _run_requests(art) == []
    art = analysed(
        "विधायक ने कहा कि गांव में राशन पहुंच गया है । पुलिस ने 20 लोगों को गिरफ्तार किया है । "
        "दुकानदार नियमों का पालन करें ।"
    )
    assert _run_requests(art) == []


def test_a_tip_on_how_and_the_outlets_words_to_its_reader_are_no_requests() -> None:
    art = analysed(
        "डॉक्टर सुनील वर्मा ने बताया कि यह वायरस हाथों के जरिए फैलता है । "
        "बाहर से लौटने के बाद हाथों को साबुन से बीस सेकंड तक धोएं । "
        "खबर विस्तार से पढ़ें ।"
    )
    assert _run_requests(art) == []
    # the same speech forbidding, or naming whom it asks, asks
    art = analysed(
        "डॉक्टर सुनील वर्मा ने बताया कि यह वायरस हाथों के जरिए फैलता है । "
        "बाहर से लौटने के बाद लोग चेहरे को हाथ न लगाएं ।"
    )
    assert len(_run_requests(art)) == 1


def test_a_rule_told_on_in_the_next_sentence_is_one_act() -> None:
    art = analysed(
        "उपायुक्त ने बताया कि बाजार में हर दुकानदार को मास्क लगाना अनिवार्य है । "
        "साथ ही ग्राहक भी आपस में दो गज की दूरी जरूर बनाए रखें ।"
    )
    assert [e.type for e in art.events] == ["COERCE"]
    assert _run_requests(art) == []


def test_the_government_the_speaker_heads_does_not_end_the_run() -> None:
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने कहा कि हालात काबू में हैं । "
        "इसके लिए बिहार सरकार ने सभी जिलों में टीमें बनाई हैं । "
        "लोग घबराकर खरीदारी न करें ।"
    )
    [ev] = _run_requests(art)
    assert role_names(art, ev, "source") == ["Nitish Kumar"]
