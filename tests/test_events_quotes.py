"""Quotes: speaker, cue, content span and kind, on real sentences from the seed articles."""

from __future__ import annotations

from .test_events_hindi import make


def _quotes(text: str) -> list[tuple[str | None, str, str, str]]:
    art = make(text)
    return [(q.speaker, q.cue, q.kind, art.text[q.start : q.end]) for q in art.quotes]


def test_indirect_speech_with_ki() -> None:
    [(spk, cue, kind, content)] = _quotes(
        "उशाकोव ने बताया कि शी जिनपिंग ने पुतिन को चीन आने का निमंत्रण दिया था।"
    )
    assert (spk, cue, kind) == ("kb:ushakov", "बताया", "indirect")
    assert content == "शी जिनपिंग ने पुतिन को चीन आने का निमंत्रण दिया था"


def test_direct_first_person_after_comma() -> None:
    [(spk, _, kind, content)] = _quotes(
        "पुतिन ने रूस के सरकारी टेलीविजन पर कहा, मैं एक बार फिर आपको भरोसा दिलाना चाहता हूं।"
    )
    assert (spk, kind) == ("kb:putin", "direct") and content.startswith("मैं एक बार")


def test_pronoun_speaker_and_continuation() -> None:
    quotes = _quotes(
        "उशाकोव ने कहा कि पुतिन और शी ने विचारों का आदान-प्रदान किया, और यह भी बताया कि उनके विचार एक जैसे हैं। उन्होंने आगे कहा कि पुतिन नवंबर में आएंगे।"
    )
    assert [q[0] for q in quotes] == ["kb:ushakov"] * 3
    assert quotes[0][3].endswith("आदान-प्रदान किया")  # stops before ", और यह भी बताया"


def test_according_to_without_entity_and_impersonal() -> None:
    [(spk, cue, _, content)] = _quotes("रूसी ट्रांसलेशन के मुताबिक दोनों देशों को सहयोग गहरा करने की जरूरत है।")
    assert (spk, cue) == (None, "के मुताबिक") and content.startswith("दोनों देशों")
    [(spk2, _, _, _)] = _quotes("ये कहा जा रहा है कि दोनों नेता विचारों का लेन-देन करेंगे।")
    assert spk2 is None


def test_no_cue_no_quote() -> None:
    assert _quotes("पुतिन ने ट्रंप को धन्यवाद दिया।") == []
    assert _quotes("कहा।") == []
