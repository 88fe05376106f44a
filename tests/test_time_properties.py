"""Property tests: written dates normalise back to themselves; relative expressions follow the reference."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.time.lexicon import load
from khabar.time.tagger import tag

DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31))
REFS = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))
TO_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def _names(lang: str, key: str, number: int) -> list[str]:
    return list(load(lang).data[key][number])


@st.composite
def written_hindi(draw: st.DrawFn) -> tuple[str, date]:
    d = draw(DATES)
    month = draw(st.sampled_from(_names("hi", "months", d.month)))
    form = draw(st.sampled_from(["{d} {m} {y}", "{d} {m}, {y}", "{dd}/{mm}/{y}", "{d}-{mm}-{y}"]))
    text = form.format(d=d.day, dd=f"{d.day:02d}", m=month, mm=f"{d.month:02d}", y=d.year)
    if draw(st.booleans()):
        text = text.translate(TO_DEVANAGARI)
    return text, d


@st.composite
def written_english(draw: st.DrawFn) -> tuple[str, date]:
    d = draw(DATES)
    names = _names("en", "months", d.month)
    month = draw(st.sampled_from(names))
    if month != names[0] and draw(st.booleans()):  # abbreviations only: "Feb." but not "May."
        month += "."
    if draw(st.booleans()):
        month = month.capitalize()
    form = draw(st.sampled_from(["{m} {d}, {y}", "{d} {m} {y}", "{m} {dd}, {y}", "{y}-{mm}-{dd}"]))
    return form.format(d=d.day, dd=f"{d.day:02d}", m=month, mm=f"{d.month:02d}", y=d.year), d


@settings(max_examples=150, deadline=None)
@given(written_hindi(), REFS, st.sampled_from(["को", "में", "से", ""]))
def test_hindi_written_date_normalises_to_itself(case: tuple[str, date], ref: date, post: str) -> None:
    written, d = case
    sentence = f"यह घटना {written} {post} हुई थी।"
    found = tag(sentence, ref, "hi")
    assert [t.value for t in found] == [d.isoformat()], (sentence, [t.text for t in found])


@settings(max_examples=150, deadline=None)
@given(written_english(), REFS)
def test_english_written_date_normalises_to_itself(case: tuple[str, date], ref: date) -> None:
    written, d = case
    found = tag(f"The deal was signed on {written} in Delhi.", ref, "en")
    assert [t.value for t in found] == [d.isoformat()], (written, [t.text for t in found])


@settings(max_examples=100, deadline=None)
@given(REFS)
def test_relative_units_follow_the_reference(ref: date) -> None:
    def value(text: str) -> str:
        (t,) = tag(text, ref, "hi")
        return t.value

    assert value("पिछले साल चुनाव हुए") == f"{ref.year - 1}"
    assert value("अगले वर्ष चुनाव होंगे") == f"{ref.year + 1}"
    month = ref.month % 12 + 1
    assert value("अगले महीने चुनाव होंगे") == f"{ref.year + (ref.month == 12)}-{month:02d}"
    iso = (ref - timedelta(weeks=1)).isocalendar()
    assert value("पिछले हफ्ते बैठक हुई") == f"{iso[0]}-W{iso[1]:02d}"
    assert value("तीन दिन पहले बैठक हुई") == (ref - timedelta(days=3)).isoformat()
    assert value("आज बैठक हुई") == ref.isoformat()


@settings(max_examples=100, deadline=None)
@given(REFS, st.integers(min_value=1, max_value=7))
def test_weekdays_go_back_in_the_past_and_forward_in_the_future(ref: date, weekday: int) -> None:
    name = _names("hi", "weekdays", weekday)[0]
    (past,) = tag(f"{name} को बैठक हुई थी।", ref, "hi")
    (future,) = tag(f"{name} को बैठक होगी।", ref, "hi")
    p, f = date.fromisoformat(past.value), date.fromisoformat(future.value)
    assert p.isoweekday() == f.isoweekday() == weekday
    assert ref - timedelta(days=6) <= p <= ref <= f <= ref + timedelta(days=6)
