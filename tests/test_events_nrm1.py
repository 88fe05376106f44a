"""Issue 13 and 17, round nrm1: a vowel typed as two signs by the old font maps is read as its
one sign.

Hindi typed with old font maps writes ो as ा + े ("देशेां", "लोगाें", "काे" for को) and ौ as ा + ै,
in either order, sometimes with the anusvara between. The events tokenizer reads such a word as
it is meant (``clause._TWO_SIGNS``, after ``clause._DOUBLED_MARK`` of round rv36), with offsets
still into the text as written, and a sentence holding one is not taken from the entities
stage's tokens (``given_tokens._respelt``). Sentences are the news's own (allowed corpus day
files) or written like them."""

from __future__ import annotations

from khabar.events.clause import tokenize
from khabar.events.given_tokens import taken_tokens
from khabar.wordtokens import Token

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-16")


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text, 0, len(text))]


def test_two_signs_are_read_as_one() -> None:
    # ा + े and े + ा, the anusvara before or after the second sign, a doubled sign as well
    assert _texts("सभी देशेां से कर्मचारियाें काे लेाग काेेरोना") == [
        "सभी", "देशों", "से", "कर्मचारियों", "को", "लोग", "कोरोना",
    ]  # fmt: skip
    assert _texts("ताांैबा ाै") == ["तौंबा", "ौ"]  # ा + ै read as ौ
    # offsets still point into the text as written
    text = "चीन ने सभी देशेां से कहा ।"
    [word] = [t for t in tokenize(text, 0, len(text)) if t.text == "देशों"]
    assert text[word.start : word.end] == "देशेां"


def test_words_of_one_sign_each_are_kept() -> None:
    # a vowel sign then another letter, or ो, ौ, ै, े alone: nothing to rewrite
    words = "लोगों को कौन हैं मेरे पैसे आएगा कोई"
    assert _texts(words) == words.split()


def test_a_sentence_with_two_signs_is_tokenised_again() -> None:
    # the entities stage's tokens keep the two signs; the events stage must not take them
    text = "सभी देशेां से कहा ।"
    kept = {(0, len(text)): [Token(0, 3, "सभी")]}
    assert taken_tokens(kept, text, 0, len(text)) is None
    plain = "सभी देशों से कहा ।"
    assert taken_tokens({(0, len(plain)): [Token(0, 3, "सभी")]}, plain, 0, len(plain)) is not None


def test_chinas_request_to_all_countries_is_theirs() -> None:
    # PK-2020-APR-16 (allowed corpus day file; round ta7's audit: read as China's own public)
    art = analysed(
        "चीनी चिकित्सा सामान की मांग बढ़ने पर चीन ने बुधवार को सभी देशेां से सरकार द्वारा मान्यता"
        " प्राप्त चीन की प्रतिष्ठित कंपनियों से इन सामान का आयात करने के लिए कहा ।"
    )
    [ev] = events_of(art, "REQUEST")
    targets = [a for a in ev.arguments if a.role == "target"]
    assert [art.text[a.start : a.end] for a in targets] == ["सभी देशेां"]


def test_members_on_a_dharna_protest() -> None:
    # AU-2020-MAR-02 (allowed corpus day file): "सदस्याें" for सदस्यों
    art = analysed(
        "हल्द्वानी के पीडब्ल्यूडी गेस्ट हाउस में आरक्षण के विरोध में उत्तराखंड जनरल ओबीसी एंप्लाइज"
        " एसोसिएशन के सदस्याें ने धरना दिया ।",
        "2020-03-02",
    )
    [ev] = events_of(art, "PROTEST")
    assert ev.trigger == "धरना"
    assert [a.text for a in ev.arguments if a.role == "source"] == ["सदस्यों"]  # read as meant
