"""Hindi disaster events: type from the trigger or the article's cues, casualties, precision."""

from __future__ import annotations

from .test_events_hindi import make


def _disasters(text: str) -> list[tuple[str | None, str, list[str]]]:
    art = make(text)
    return [
        (e.type, e.trigger, [a.text for a in e.arguments if a.role == "casualties"])
        for e in art.events
        if e.mode is None
    ]


def test_specific_trigger_with_casualties() -> None:
    [(type_, trigger, casualties)] = _disasters("नेपाल में आए भूकंप में कम से कम 12 लोगों की मौत हो गई।")
    assert (type_, trigger) == ("EARTHQUAKE", "भूकंप")
    assert casualties == ["12 लोगों की मौत हो गई"]


def test_vague_trigger_typed_by_article_cues() -> None:
    found = _disasters("गोरखपुर में ट्रेन पटरी से उतरी। इस हादसे में 5 यात्रियों की मौत हो गई।")
    assert found == [("TRAIN_COLLISION", "हादसे", ["5 यात्रियों की मौत हो गई"])]


def test_casualties_of_a_later_sentence_join_the_last_disaster() -> None:
    [(_, _, casualties)] = _disasters("असम में बाढ़ का कहर जारी है। अब तक 20 लोग मारे गए हैं।")
    assert casualties == ["20 लोग मारे गए हैं"]


def test_vague_words_and_lists_are_not_disasters() -> None:
    assert _disasters("गर्मी के मौसम में फ्लू के मामले कम आते हैं।") == []
    assert _disasters("बाढ़, तूफान, चक्रवात, भूकंप को प्राकृतिक आपदा कहा जाता है।") == []


def test_prevention_work_is_not_a_disaster() -> None:
    assert _disasters("बाढ़ सुरक्षा कार्य और मनरेगा की योजनाएं शुरू की गई हैं।") == []
