"""Issue 13, round pr3: precision on the tuning sets Vf-Vj and Vm-Vq. Two kinds:

- a line a page prints twice, the first time cut short (an agency page's summary line, the first
  500-odd characters of the next line): its acts are told, once each, on the full line, and the
  cut-off last sentence tells no second act;
- a watch kept on someone's condition ("महिला की हालत पर लगातार नजर रखी जा रही थी") is care, no
  COERCE; a watch on people stays one.

Sentences are the news's own (allowed corpus day files, named by each) or written."""

from __future__ import annotations

from khabar.events.cut_copies import _is_cut_copy

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-23")

# written, in the manner of an agency report (each sentence one act or none)
_REPORT = (
    "नयी दिल्ली, 23 मार्च (भाषा) राज्य सरकार ने सोमवार को सभी स्कूलों और कॉलेजों को 31 मार्च तक बंद कर"
    " दिया । सरकार के प्रवक्ता ने बताया कि जिले में अब तक संक्रमण के कई नए मामले सामने आए हैं और सभी की"
    " जांच की जा रही है । स्वास्थ्य विभाग ने कहा कि अस्पतालों में पर्याप्त संख्या में बिस्तर और दवाएं"
    " उपलब्ध हैं तथा किसी को घबराने की जरूरत नहीं है । पुलिस ने शहर के सभी बाजारों को अगले आदेश तक"
    " सील कर दिया है । मुख्यमंत्री ने लोगों से घरों में रहने की अपील की ।"
)
_HEADLINE = "कोरोना वायरस : सरकार ने सभी स्कूल बंद किए"


def _cut(at: str) -> str:
    """The report cut short just after the first ``at`` (mid-sentence), as a summary line."""
    return _REPORT[: _REPORT.index(at) + len(at)]


def test_a_cut_copy_line_is_the_next_line_begun_and_cut_off() -> None:
    cut = _cut("अगले आदेश तक")
    text = f"{_HEADLINE}\n{cut}\n{_REPORT}"
    start = len(_HEADLINE) + 1
    assert len(cut) >= 300
    assert _is_cut_copy(text, start, start + len(cut))
    # the full line is no copy; nor is a long line the next line does not begin with
    assert not _is_cut_copy(text, start + len(cut) + 1, len(text))
    other = cut.replace("सोमवार", "रविवार")
    text2 = f"{_HEADLINE}\n{other}\n{_REPORT}"
    assert not _is_cut_copy(text2, start, start + len(other))
    # a short line the next line begins with (a lead told again) is left to the sentence rule
    lead = _REPORT[: _REPORT.index("।") + 1]
    assert not _is_cut_copy(f"{lead}\n{_REPORT}", 0, len(lead))


def test_the_acts_of_a_cut_copy_are_told_on_the_full_line() -> None:
    cut = _cut("अगले आदेश तक")
    text = f"{_HEADLINE}\n{cut}\n{_REPORT}"
    full_start = text.index("\n", len(_HEADLINE) + 1) + 1
    art = analysed(text)
    closures = events_of(art, "COERCE")
    # the schools closed and the markets sealed, each once, each on the full line (the cut-off
    # "… बाजारों को अगले आदेश तक" tells no second sealing)
    assert sorted(e.trigger for e in closures) == ["बंद", "सील"]
    assert all(e.evidence_start >= full_start for e in closures)
    [appeal] = events_of(art, "REQUEST")
    assert appeal.evidence_start >= full_start


def test_a_line_that_is_no_cut_copy_keeps_its_acts() -> None:
    # the same long line followed by another report: both tell their own acts
    cut = _cut("अगले आदेश तक")
    other = "पुलिस ने सोमवार को लॉकडाउन का उल्लंघन करने वाले 20 लोगों को गिरफ्तार किया ।"
    art = analysed(f"{_HEADLINE}\n{cut}\n{other}")
    assert "बंद" in [e.trigger for e in events_of(art, "COERCE")]
    assert any(e.trigger.startswith("गिरफ्तार") for e in events_of(art, "COERCE"))


def test_a_watch_on_a_condition_is_no_coercion() -> None:
    # DH-2020-MAR-31.txt
    art = analysed(
        "एम्स आइसोलेशन वार्ड के प्रभारी डॉ नीरज अग्रवाल ने बताया कि महिला की हालत पर लगातार नजर रखी"
        " जा रही थी ।",
        dct="2020-03-31",
    )
    assert events_of(art, "COERCE") == []
    # written: a health, with no adverb between
    art = analysed("डॉक्टर दोनों मरीजों के स्वास्थ्य पर नजर रख रहे हैं ।")
    assert events_of(art, "COERCE") == []


def test_a_watch_on_people_stays_a_coercion() -> None:
    # NT-2020-MAR-08.txt: a genitive, but people watched
    art = analysed(
        "संक्रमित व्यक्ति के परिवार के सदस्यों पर भी प्रोटोकॉल के तहत नजर रखी जा रही है ।",
        dct="2020-03-08",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.trigger == "नजर"
    # written: people's watch, "की निगरानी"
    art = analysed("स्वास्थ्य विभाग विदेश से लौटे लोगों की लगातार निगरानी कर रहा है ।")
    assert [e.trigger for e in events_of(art, "COERCE")] == ["निगरानी"]


def test_being_in_touch_is_an_ongoing_consultation() -> None:
    # DH-2020-MAR-28.txt: the copula's state goes on
    art = analysed("सभी मंत्री प्रभार वाले राज्यों के जिला कलेक्टर के सीधे संपर्क में हैं ।", dct="2020-03-28")
    [ev] = events_of(art, "CONSULT")
    assert ev.modality == "ongoing"
    # AU-2020-MAR-05.txt
    art = analysed(
        "तेहरान में फंसे भारतीयों को निकालने के लिए भारत सरकार ईरान के संपर्क में है ।", dct="2020-03-05"
    )
    [ev] = events_of(art, "CONSULT")
    assert ev.modality == "ongoing"


def test_a_talk_held_stays_a_talk_that_happened() -> None:
    # written: a call made, no state
    art = analysed("मुख्यमंत्री ने सोमवार को प्रधानमंत्री से फोन पर बात की ।")
    [ev] = events_of(art, "CONSULT")
    assert ev.modality == "happened"
