"""Round sp11 (issue 16): the time stage skips a sentence without a trigger and orders a scan's
atoms without key functions; the timexes are the same.

No timings: every rule of the Hindi grammar has a trigger (so a sentence none of them is in
yields no atom); an article's timexes are those of tagging every sentence with its triggers searched
for in the sentence itself (the path without ``present``), on news-like and corpus text; and
:func:`~khabar.time.grammar.scan` chooses the atoms the keyed, stable sort chose.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from conftest import corpus_sample
from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article, Timex
from khabar.time.grammar import Atom, Rule, all_gated, scan, triggers_present
from khabar.time.show import reference_of
from khabar.time.stage import _lang, resolve_that_day, split_range, table_timexes, timexes_of
from khabar.time.tagger import _rules, tag

TEXT = (
    "ज़िला प्रशासन ने बताया कि पिछले हफ़्ते सोमवार से मंडी बंद है। दुकानदारों ने राहत की सांस ली। "
    "मंगलवार सुबह 10:30 बजे बड़ी संख्या में लोग पहुंचे। 3 से 13 अप्रैल तक दुकानें बंद रहेंगी। "
    "उसी दिन WHO ने कहा कि ख़तरा बना है। मरीजों की संख्या 1,245 हो गई।"
)


def _every_sentence(article: Article) -> list[Timex]:
    """timexes_of before round sp11: every sentence tagged, its triggers searched in it."""
    reference, source = reference_of(article)
    out: list[Timex] = []
    for index, sentence in enumerate(article.sentences):
        lang = _lang(article, sentence.block)
        for timex in tag(article.text, reference, lang, sentence.start, sentence.end,
                         reference_source=source or "given"):
            for point in split_range(timex, article.text) if lang == "hi" else [timex]:
                point.sentence = index
                out.append(point)
    table = table_timexes(article, reference, source)
    if table:
        out = sorted(out + table, key=lambda t: (t.start, t.end))
    resolve_that_day(out)
    return out


def _old_scan(rules: list[Rule], text: str, start: int, end: int) -> list[Atom]:
    """scan's choice before round sp11 (every rule run; a keyed stable sort)."""
    found = []
    for order, rule in enumerate(rules):
        for m in rule.regex.finditer(text, start, end):
            atom = rule.read(m)
            if atom is not None and atom.end > atom.start:
                found.append((atom.start, -(atom.end - atom.start), order, atom))
    found.sort(key=lambda item: (item[1], item[2], item[0]))
    chosen: list[Atom] = []
    for _, _, _, atom in found:
        if not any(atom.start < c.end and c.start < atom.end for c in chosen):
            chosen.append(atom)
    return sorted(chosen, key=lambda a: a.start)


def test_every_rule_has_a_trigger():
    # the Hindi grammar (Hindi sentences are skipped); the English one has rules without one
    assert all_gated(_rules("hi")) and not all_gated(_rules("en"))
    assert not all_gated([*_rules("hi"), dataclasses.replace(_rules("hi")[0], trigger=None)])


def _articles(shared_data) -> list[Article]:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config) if not isinstance(a, Failure)]
    news = Article(id="news", text=TEXT, dct=date(2020, 4, 1))
    return list(pipeline.run_local([news, *read], config, ["clean", "lang"]))


def test_timexes_are_those_of_tagging_every_sentence(shared_data):
    articles = _articles(shared_data)
    timexes = bare = 0
    for article in articles:
        assert timexes_of(article) == _every_sentence(article), article.id
        timexes += len(article.sentences and timexes_of(article))
        spans = [(s.start, s.end) for s in article.sentences]
        present = triggers_present(_rules("hi"), article.text, spans) if spans else None
        bare += sum(not p for p in present or [])
    assert timexes > 100 and bare > 100  # sentences skipped, and timexes found


def test_scan_chooses_the_atoms_of_the_keyed_sort(shared_data):
    full = [dataclasses.replace(rule, trigger=None) for rule in _rules("hi")]
    chosen = 0
    for article in _articles(shared_data)[:40]:
        for s in article.sentences:
            atoms = scan(full, article.text, s.start, s.end)
            assert atoms == _old_scan(full, article.text, s.start, s.end), article.text[s.start:s.end]
            chosen += len(atoms)
    assert chosen > 50


def test_rules_searched_from_their_lead_class_find_the_same_matches(shared_data):
    import re

    from khabar.time import grammar_en, grammar_hi
    from khabar.time.leads import with_lead_class

    plain = {lang: (grammar_en.rules() if lang == "en" else
                    [*grammar_hi.rules(), *grammar_en.calendar_rules()]) for lang in ("hi", "en")}
    led = [r.name for r in plain["hi"] if with_lead_class(r.regex) is not r.regex]
    assert len(led) >= 40  # every rule of grammar_hi (the case-blind English ones keep theirs)
    texts = [a.text for a in _articles(shared_data)] + [TEXT, "", "स", "\u093c" * 20, "१२ 12:30 PM"]
    matches = 0
    for lang, rules in plain.items():
        for rule, fast in zip(rules, _rules(lang), strict=True):
            assert fast.regex.pattern == rule.regex.pattern and fast.name == rule.name
            for text in texts:
                for start in (0, len(text) // 3):
                    old = [(m.span(), m.regs, m.groupdict()) for m in rule.regex.finditer(text, start)]
                    new = [(m.span(), m.regs, m.groupdict()) for m in fast.regex.finditer(text, start)]
                    assert new == old, (rule.name, text[:40])
                    matches += len(old)
    assert matches > 500
    # what cannot be read exactly stays as it was
    for pattern in (r"(?i)abc", r"[^a]b", r"a?", r".b", r"x|"):
        compiled = re.compile(pattern)
        assert with_lead_class(compiled) is compiled, pattern
    clock = re.compile(r"(?i)\b(?P<h>[0-2]?\d)\s*(?P<ap>am|pm)")  # case-blind, opens with a digit
    assert with_lead_class(clock) is not clock
    assert [m.group() for m in with_lead_class(clock).finditer("at 7 PM and 10am, x5 Pm")] == [
        "7 PM", "10am"]
    lead = with_lead_class(re.compile(r"(?<!\w)(?:(?P<n>\d+)\s+)?(?:दिन|हफ्ते)"))
    assert [m.group() for m in lead.finditer("3 दिन बाद, हफ्ते भर, 5दिन")] == ["3 दिन", "हफ्ते"]
