"""Issue 13, round tg1 (empty targets with the party in the same sentence): the list a "(ये)
सब" sums up before a closure's verb is what it closes
(:func:`khabar.events.resumed_lists.resumed_list`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-22")


def _closures(text: str) -> tuple[list[Event], list[list[str]]]:
    art = analysed(text)
    evs = [e for e in art.events if e.type == "COERCE" and e.mode == "close"]
    return evs, [target_names(art, e) for e in evs]


def test_markets_and_transport_summed_up() -> None:
    # NT-2020-MAR-22.txt (Delhi's lockdown), with the issuer of the article's earlier sentence
    text = "दिल्ली सरकार ने कहा कि इस दौरान सभी बाजार, व्यापारिक प्रतिष्ठान, दुकानें, पब्लिक ट्रांसपोर्ट सब बंद रहेंगे ।"
    [ev], [names] = _closures(text)
    assert names == ["all markets, commercial establishments, shops and public transport in Delhi"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "सभी बाजार, व्यापारिक प्रतिष्ठान, दुकानें, पब्लिक ट्रांसपोर्ट"


def test_air_rail_metro_summed_up() -> None:
    # AU-2020-MAY-01.txt, with a written issuer
    text = "सरकार ने कहा कि 17 तारीख तक देश में हवाई, रेल, मेट्रो सब बंद कर दिया गया है ।"
    [ev], _ = _closures(text)
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "हवाई, रेल, मेट्रो"


def test_demonstrative_before_all() -> None:
    # written: "ये सब" sums the list up as "सब" does
    text = "प्रशासन ने कहा कि सभी दुकानें, बाजार और दफ्तर ये सब बंद रहेंगे ।"
    [ev], _ = _closures(text)
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "सभी दुकानें, बाजार और दफ्तर"


def test_everything_but_is_no_list() -> None:
    # AU-2020-MAR-22.txt-like (written): "सब" alone names nothing closed
    evs, _ = _closures("सरकार ने कहा कि जरूरी चीजों को छोड़कर सब बंद रहेगा ।")
    assert all(not e.target for e in evs)


def test_doer_before_all_is_no_list() -> None:
    # written: one noun before "सब" (the doer), no list summed up
    evs, _ = _closures("प्रशासन ने दुकानें खुलवाईं लेकिन अब सरकार सब बंद करेगी ।")
    assert all(not e.target for e in evs)


def test_announced_closure_noun_takes_no_list() -> None:
    # written: "सब बंद का ऐलान" is the closure as a noun, no verb; nothing is read before it
    evs, _ = _closures("व्यापारियों ने कहा कि स्कूल, कॉलेज और बाजार सब बंद का ऐलान ठीक नहीं है ।")
    assert all(not e.target for e in evs)
