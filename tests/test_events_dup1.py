"""Round dup1 (issue 13): one act restated by a later sentence in the same words is kept once
(:func:`khabar.events.restated.drop_restated`); two acts of one kind told in other words, or
named as another, stay two. Sentences written for the test after corpus kinds (an airline's
cancellation told in the news line and again in its own quoted statement, a ban told twice on
a live page, two counts of trains run)."""

from __future__ import annotations

from hindi_events import article_events
from khabar.events.restated import drop_restated
from khabar.model import Event

DCT = "2020-03-21"


def _acts(text: str) -> list[tuple[str | None, str | None, str]]:
    _, events = article_events(text, DCT)
    return [(e.type, e.mode, e.trigger) for e in events]


def test_quoted_statement_restating_the_cancellation_is_one_act() -> None:
    text = (
        "विमान सेवा\nस्पाइसजेट ने जनता कर्फ्यू के दिन अपनी सभी उड़ानें रद्द करने की घोषणा की है । "
        "कंपनी के अनुसार यात्रियों को पूरा पैसा लौटाया जाएगा । एयरलाइन ने कहा, 'स्पाइसजेट ने "
        "जनता कर्फ्यू के समर्थन में अपनी सभी उड़ानें रद्द करने का फैसला लिया है ।'"
    )
    art, events = article_events(text, DCT)
    cancels = [e for e in events if (e.type, e.mode) == ("COERCE", "cancel")]
    assert len(cancels) == 1
    # the first telling is kept, with its own evidence
    assert art.text[cancels[0].evidence_start :].startswith("स्पाइसजेट ने जनता कर्फ्यू के दिन")


def test_ban_told_again_later_is_one_act_and_keeps_its_date() -> None:
    text = (
        "नासिक की खबर\nनासिक प्रशासन ने शनिवार से अगले आदेश तक शराब की बिक्री पर प्रतिबंध लगा दिया । "
        "जिले में 20 नए मामले मिले हैं । नासिक प्रशासन ने अगले आदेश तक शराब की बिक्री पर "
        "प्रतिबंध लगा दिया है ।"
    )
    _, events = article_events(text, DCT)
    bans = [e for e in events if (e.type, e.mode) == ("COERCE", "ban")]
    assert len(bans) == 1
    assert bans[0].date == DCT


def test_act_named_as_another_stays_two() -> None:
    text = (
        "नासिक की खबर\nनासिक प्रशासन ने शनिवार से अगले आदेश तक शराब की बिक्री पर प्रतिबंध लगा दिया । "
        "जिले में 20 नए मामले मिले हैं । नासिक प्रशासन ने एक अन्य आदेश में शराब की बिक्री पर "
        "प्रतिबंध लगा दिया है ।"
    )
    assert _acts(text).count(("COERCE", "ban", "प्रतिबंध")) == 2


def test_two_counts_of_trains_stay_two() -> None:
    text = (
        "रेलवे की खबर\nभारतीय रेलवे ने गुरुवार को कहा कि उसने अब तक 163 श्रमिक स्पेशल ट्रेनें चलाई "
        "हैं । वहीं, गुरुवार को 14 श्रमिक स्पेशल ट्रेनें चलाई गईं ।"
    )
    assert _acts(text).count(("AID", "transport", "श्रमिक स्पेशल ट्रेनें")) == 2


def test_two_instructions_of_one_speech_stay_two() -> None:
    text = (
        "मुंबई\nमुख्यमंत्री उद्धव ठाकरे ने बैठक की । उन्होंने कहा कि सभी जिलाधिकारी नियंत्रण कक्ष में "
        "नोडल अधिकारी नियुक्त करें । उन्होंने कहा कि राहत कार्यक्रम तेजी से संचालित कराया जाए ।"
    )
    assert _acts(text).count(("REQUEST", "tell_to", "कहा")) == 2


def _event(text: str, sentence: str, trigger: str, **kw: object) -> Event:
    start = text.index(sentence)
    t = text.index(trigger, start)
    fields: dict[str, object] = {
        "type": "COERCE",
        "mode": "seal",
        "source": ["actor:police"],
        "target": ["text:मोहल्ला"],
    }
    fields.update(kw)
    return Event(
        trigger=trigger,
        trigger_start=t,
        trigger_end=t + len(trigger),
        evidence_start=start,
        evidence_end=start + len(sentence),
        **fields,  # type: ignore[arg-type]
    )


def test_restatement_needs_same_giver_target_and_no_other_date() -> None:
    one = "पुलिस ने पूरा मोहल्ला सील कर दिया है ।"
    two = "सभी घरों के बाहर नोटिस चस्पा कर पुलिस ने पूरा मोहल्ला सील कर दिया है ।"
    text = one + " " + two

    def pair(**kw: object) -> int:
        a = _event(text, one, "सील", date="2020-04-18")
        b = _event(text, two, "सील", **kw)
        return len(drop_restated([a, b], text))

    assert pair() == 1
    assert pair(date="2020-04-18") == 1
    assert pair(date="2020-04-19") == 2  # two days: two sealings
    assert pair(source=["actor:district administration"]) == 2
    assert pair(target=["text:गांव"]) == 2
    assert pair(mode="restrict") == 2
    assert pair(modality="planned") == 2


def test_restatement_takes_the_later_date_where_the_first_had_none() -> None:
    one = "पुलिस ने पूरा मोहल्ला सील कर दिया है ।"
    two = "शनिवार को पुलिस ने पूरा मोहल्ला सील कर दिया ।"
    text = one + " " + two
    a = _event(text, one, "सील")
    b = _event(text, two, "सील", date="2020-04-18")
    [kept] = drop_restated([a, b], text)
    assert kept is a and kept.date == "2020-04-18"


def test_same_sentence_is_not_a_restatement() -> None:
    sentence = "पुलिस ने पूरा मोहल्ला सील कर दिया और फिर पूरा मोहल्ला सील कर दिया ।"
    a = _event(sentence, sentence, "सील")
    second = sentence.index("सील", a.trigger_end)
    b = Event(
        type="COERCE",
        mode="seal",
        trigger="सील",
        trigger_start=second,
        trigger_end=second + 3,
        evidence_start=0,
        evidence_end=len(sentence),
        source=["actor:police"],
        target=["text:मोहल्ला"],
    )
    assert len(drop_restated([a, b], sentence)) == 2
