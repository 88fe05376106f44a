"""Round en4: a sentence-initial capitalised common word is not a name (no fake actor).

Our own wire-style sentences, both ways: closed-class, number and quantity words and words the
same article writes in lower case lose their fake actor; real sentence-initial names stay.
"""

from __future__ import annotations

from khabar.events.english import code_sentence


def _code(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[str], list[str]]:
    coded = code_sentence(text, start, len(text) if end is None else end)
    assert coded is not None
    return coded[0].type, [c.text for c in coded[3]], [c.text for c in coded[4]]


def test_number_and_quantity_words_are_not_actors() -> None:
    kind, source, target = _code("Twelve people were arrested in Lucknow on Monday.")
    assert kind == "COERCE" and "Twelve" not in source + target
    kind, source, _ = _code("Thousands protested against the new farm laws in Patna.")
    assert kind == "PROTEST" and source == []
    _, source, _ = _code("Dozens of traders protested outside the collectorate.")
    assert source == []


def test_closed_class_opener_is_neither_actor_nor_trigger() -> None:
    # "Several" is not a name, nor the trigger stem "sever"
    kind, source, _ = _code("Several ministers met the governor at Raj Bhavan on Friday.")
    assert kind == "CONSULT" and "Several" not in source
    _, source, _ = _code("Both leaders condemned the attack on the convoy.")
    assert "Both" not in " ".join(source)


def test_word_the_article_writes_in_lower_case_is_not_a_name() -> None:
    text = (
        "Opposition parties renewed calls for a curfew on Sunday. "
        "Calls to impose a curfew in the district grew after the clashes."
    )
    start = text.index("Calls")
    kind, source, _ = _code(text, start)
    assert kind == "COERCE" and source == []


def test_real_sentence_initial_names_stay() -> None:
    assert _code("Modi condemned the attack in Pahalgam.")[1] == ["Modi"]
    assert _code("Putin will attend the summit in Shenzhen.")[1] == ["Putin"]
    assert _code("China's Xi met Putin in Moscow.")[1:] == (["China's Xi"], ["Putin"])
    assert _code("Pakistan condemned the attack on the embassy.")[1] == ["Pakistan"]
    # a name the article also writes in lower case, but capitalises inside a sentence too
    text = "He played his trump card, aides of Trump said. Trump condemned the attack."
    assert _code(text, text.index("Trump condemned"))[1] == ["Trump"]
    # the name continues: a run of capitalised words is left to the chunker
    assert _code("Twelve Tribes leaders met the mayor in Dallas.")[1] == ["Twelve Tribes leaders"]


def test_a_plural_of_people_stays_an_actor_even_when_written_in_lower_case() -> None:
    text = (
        "The union said teachers had not been paid since March. "
        "Teachers protested outside the education ministry in Kathmandu on Tuesday."
    )
    kind, source, _ = _code(text, text.index("Teachers"))
    assert kind == "PROTEST" and source == ["Teachers"]
