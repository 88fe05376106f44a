"""Speed round sc49 of the events stage (issue 16): the telegraphic-heading test (round ev92)
looks for text after its line in place, as ``is_heading`` does since round sc47, instead of
copying the rest of the article for every sentence, and reads the candidates the sentence's
events are found from, not a second search. It must answer as before, on lines written like
the news, negatives included."""

from __future__ import annotations

from khabar.config import Config
from khabar.events.candidates import find_candidates
from khabar.events.clause import sentences_of, view
from khabar.events.hindi import extract_sentence
from khabar.events.lexicon import hindi_triggers
from khabar.events.stage import is_telegraphic_heading
from khabar.model import Article
from khabar.pipeline import run_local

_HEADLINE = "कोरोना को लेकर जिलाधिकारी ने की बैठक, बाजार बंद रखने का निर्देश"
_BODY = "जिलाधिकारी ने सोमवार को अधिकारियों के साथ बैठक की और बाजार बंद रखने को कहा।"


def _first_line(text: str) -> bool:
    art = Article(id="t", text=text, language="hi", dct="2020-04-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time"]))
    sent = sentences_of(art)[0]
    cands = find_candidates(view(art, 0, sent), hindi_triggers())
    return is_telegraphic_heading(art.text, sent.start, sent.end, cands)


def _copied(text: str, end: int) -> bool:
    """The test before round sc49: a copy of the text after the line, stripped."""
    line_end = text.find("\n", end)
    return line_end >= 0 and bool(text[line_end:].strip())


def test_telegraphic_heading_needs_text_after_its_line() -> None:
    assert _first_line(f"{_HEADLINE}\n{_BODY}")  # a headline line above the body
    assert not _first_line(_HEADLINE)  # a one-line text: a sentence, not a heading
    assert not _first_line(f"{_HEADLINE}\n \t\n")  # only blank lines after it: the last line
    assert not _first_line(f"{_BODY}\n{_HEADLINE}")  # body text, ends with its stop


def test_text_after_read_in_place_as_the_copy() -> None:
    from khabar.events.stage import _NOT_SPACE

    # blanks of every kind str.strip() removes, and a word after them
    for tail in ("", "\n", "\n \t\r\n", "\n\u00a0\u2003\u3000", "\n\x1c\x1f\x85", "\n\u00a0ख़बर"):
        text = _HEADLINE + tail
        end = len(_HEADLINE)
        line_end = text.find("\n", end)
        found = line_end >= 0 and _NOT_SPACE.search(text, line_end) is not None
        assert found == _copied(text, end), repr(tail)


def test_candidates_given_give_the_events_found_without_them() -> None:
    from khabar.events.clause import DocContext

    text = (
        "जिलाधिकारी ने सोमवार को सभी दुकानें बंद रखने का आदेश दिया। "
        "पुलिस ने नियम तोड़ने वाले दस लोगों को गिरफ्तार किया।\n"
        "मौसम साफ रहा और बाजार में भीड़ कम दिखी।"  # no trigger: no candidate, no event
    )
    art = Article(id="t", text=text, language="hi", dct="2020-04-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time"]))
    found = []
    one, two = DocContext(), DocContext()  # each reads the article's sentences in order
    for i, sent in enumerate(sentences_of(art)):
        mine = extract_sentence(art, view(art, i, sent, one.actors), one)
        sv = view(art, i, sent, two.actors)
        given = extract_sentence(art, sv, two, cands=find_candidates(sv, hindi_triggers()))
        assert given == mine
        found.append(len(mine))
    assert found[0] >= 1 and found[1] >= 1 and found[-1] == 0
