"""Issue 13, round ta13 (targets): the को-object of the measure a request asks for ("हाथों को साफ
रखने … को कह", "एन-95 मास्क को उपलब्ध कराने … को कहा") is no party asked
(:func:`khabar.events.asked_objects.drop_asked_objects`). Real sentences (the allowed corpus day
files named) and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-27")


def _request_targets(text: str) -> list[list[str]]:
    art = analysed(text)
    return [e.target for e in events_of(art, "REQUEST")]


def test_hands_kept_clean_are_not_asked() -> None:
    # DJ-2020-MAR-27.txt (the tuning set Vh)
    text = "इसी कारण से डब्ल्यूएचओ हाथों को साफ रखने और दूरी बनाकर रहने को कह रहा है ।"
    art = analysed(text)
    [ev] = events_of(art, "REQUEST")
    assert ev.target == []
    assert not [a for a in ev.arguments if a.role == "target"]
    assert ev.source  # the asker stays


def test_masks_made_available_are_not_asked() -> None:
    # NT-2020-MAR-15.txt
    text = (
        "इसके अलावा सरकार ने बंदरगाहों को एन-95 मास्क को उपलब्ध कराने के साथ-साथ यात्रियों की"
        " स्क्रीनिंग के लिए थर्मल स्कैनर की व्यवस्था करने को कहा था ।"
    )
    # the masks are no party asked; the ports told are one since round nm5 glossed "बंदरगाहों"
    assert _request_targets(text) == [["text:बंदरगाहों"]]


def test_a_highway_closed_is_not_appealed_to() -> None:
    # AU-2020-MAR-29.txt
    text = (
        "केरल के मुख्यमंत्री पिनराई विजयन ने राज्य में आवश्यक सामग्रियां लाने के लिए इस्तेमाल होने"
        " वाले प्रमुख राज्य राजमार्ग को बंद कर देने की कर्नाटक सरकार की कार्रवाई से प्रधानमंत्री"
        " नरेंद्र मोदी को अवगत कराया और उनसे इस मामले में तत्काल हस्तक्षेप करने की अपील की है ।"
    )
    targets = _request_targets(text)
    assert targets and all(not any("राजमार्ग" in t for t in ts) for ts in targets)


def test_parties_asked_stay() -> None:
    # negatives: the party asked stands before no measure's word ("सतर्क रहने", "से … की अपील")
    assert _request_targets("मुख्यमंत्री ने सभी जिला कलेक्टरों को सतर्क रहने को कहा है ।") == [
        ["text:सभी जिला कलेक्टरों"]
    ]
    # AU-2020-MAR-22.txt: the public asked, the walk cancelled is no party
    text = "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने शनिवार को सभी लोगों से सुबह की सैर को रद्द करने की अपील की है ।"
    assert _request_targets(text) == [["actor:public of Delhi"]]
