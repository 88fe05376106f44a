"""A topic, purpose or benefit noun is no target (issue 13, round ev144): "X की सुविधा के लिए",
"X के सवाल पर", "उनकी सुरक्षा के लिए" name what an act is for or about; X is whom, if people."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, role_names

events = partial(article_events, dct="2020-03-27")


def test_the_people_whose_convenience_a_launch_serves_are_its_target() -> None:
    # corpus day file DH-2020-MAR-27 (allowed): the target was "सुविधा" (convenience)
    art, evs = events(
        "लॉकडाउन के दौरान फरीदाबाद की जनता की सुविधा के लिए हरियाणा सरकार की ओर से एक"
        " वेबसाइट लॉन्च की गई है ।"
    )
    targets = role_names(art, one_event(evs, "वेबसाइट"), "target")
    assert targets and not any("convenience" in t.lower() for t in targets)
    texts = [a.text for a in one_event(evs, "वेबसाइट").arguments if a.role == "target"]
    assert texts == ["फरीदाबाद की जनता"]


def test_a_topic_or_a_pronouns_benefit_is_never_the_target() -> None:
    # "के सवाल पर": the question is what was asked, black-marketing names nobody
    _, evs = events(
        "कालाबाजारी के सवाल पर कहा, अगर मास्क की कालाबाजारी पायी गयी तो कार्रवाई होगी ।"
    )
    for ev in evs:
        assert all(a.text != "सवाल" for a in ev.arguments if a.role == "target")
    # "उनकी सुरक्षा के लिए": whose safety, not the safety (corpus day file NT-2020-APR-22)
    _, evs = events(
        "डॉक्टरों और नर्सों पर हमले को देखते हुए सरकार उनकी सुरक्षा के लिए एक अध्यादेश लाई है ।"
    )
    for ev in evs:
        assert all("सुरक्षा" not in a.text for a in ev.arguments if a.role == "target")


def test_the_countries_a_package_helps_stay_its_target() -> None:
    # the benefit nouns of round ev40 keep their possessor
    _, evs = events("प्रभावित देशों की मदद के लिए विश्व बैंक ने पैकेज की घोषणा की ।")
    texts = [a.text for a in one_event(evs, "पैकेज").arguments if a.role == "target"]
    assert texts == ["प्रभावित देशों"]
