"""Two rules of this session's actor rounds held to what they were written for (review rv16).

A pronoun after a speaker's कि is the speaker only where it opens the reported clause (round
ev120), not where it opens a later clause with a subject of its own; a ban on going into a
settlement or area (a village, a neighbourhood, a zone, homes) does not name the area as its
target (round ev118 names facilities visited: parks, a temple, a hospital). Sentences written in
the style of the news, none from a gold file."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.events.names import english_names


def _events(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    art, evs = article_events(text, "2020-04-10")
    out = []
    for e in evs:
        en = english_names(art, e)
        out.append((e.type, [en.get(s, s) for s in e.source], target_names(art, e)))
    return out


def test_a_pronoun_opening_a_later_clause_is_not_the_speaker() -> None:
    found = _events("जिलाधिकारी ने बताया कि दिल्ली से लौटे 12 मजदूर गांव पहुंचे, उन्होंने जांच"
                    " कराने से इनकार कर दिया ।")
    assert found and all(src != ["District Magistrate"] for _, src, _ in found)


def test_a_pronoun_opening_the_reported_clause_is_still_the_speaker() -> None:
    # positives: right after कि, and after a time adverbial
    found = _events("मौलाना कल्बे जवाद ने कहा कि उन्होंने विदेश मंत्रालय को पत्र लिखकर मांग की है"
                    " कि छात्रों को वापस लाया जाए ।")
    assert ("REQUEST", ["Maulana Kalbe Jawad"], ["Ministry of External Affairs of India"]) in found
    found = _events("मुख्यमंत्री ने कहा कि पिछले हफ्ते उन्होंने केंद्र सरकार से राहत पैकेज की मांग"
                    " की थी ।")
    assert [src for t, src, _ in found if t == "REQUEST"] == [["chief minister"]]


def test_a_ban_on_going_into_an_area_names_no_area() -> None:
    for text in ("प्रशासन ने गांव में जाने पर रोक लगा दी है ।",
                 "प्रशासन ने मोहल्ले में आने पर रोक लगा दी है ।",
                 "प्रशासन ने घरों में जाने पर रोक लगा दी है ।"):
        assert [tgt for _, _, tgt in _events(text)] == [[]], text
    found = _events("बाहरी लोगों के गांव में प्रवेश पर रोक लगा दी गई है ।")
    assert all("village of outside people" not in " ".join(tgt) for _, _, tgt in found)


def test_a_ban_on_going_into_a_facility_still_names_it() -> None:
    assert [tgt for _, _, tgt in _events("प्रशासन ने सभी मॉल में जाने पर रोक लगा दी है ।")] == [
        ["all shopping malls"]
    ]
