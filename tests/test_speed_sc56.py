"""Round sc56 (issue 16): cheaper first sight of words in the core stages; what the stages find is
unchanged (each test pairs what the new shortcut turns away with what it still lets through, and
checks the answer against the long way)."""

from __future__ import annotations

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.kbmatch import _kb_candidates, _wordy
from khabar.entities.link import DocLinker
from khabar.entities.rules import NAME_CLOSERS, leader_candidates
from khabar.entities.tagger import Tok, tokenize
from khabar.entities.translit import deva_key
from khabar.events.actor_context import ActorContext
from khabar.events.clause import _units
from khabar.events.clause import tokenize as tokenize_events
from khabar.events.coding import coded_mentions
from khabar.events.places import _kb_place, _kb_place_of, _place_last_words
from khabar.model import Mention


def test_kb_place_turns_away_words_that_end_no_place_name():
    # asked before every office or group word ("उत्तर प्रदेश सरकार", "जिले के लोगों"): the word
    # pair ending in an ordinary word is refused before it is joined and folded
    cases = [
        ["उत्तर", "प्रदेश"],
        ["बिहार"],
        ["नई", "दिल्ली"],
        ["जम्मू-कश्मीर"],  # a dash folds to a space: the key's last word is कश्मीर
        ["प्रदेश", "सरकार"],
        ["जिले", "के"],
        ["शहर", "पुलिस"],
        ["राज्य", "सरकार"],
        ["New", "Delhi"],  # Latin words: no shortcut, the KB is asked as before
        ["कोरोना", "वायरस"],
        [],
    ]
    for words in cases:
        assert _kb_place(words) == _kb_place_of(" ".join(words)), words
    assert _kb_place(["उत्तर", "प्रदेश"]) is not None
    assert _kb_place(["बिहार"]) is not None
    assert _kb_place(["प्रदेश", "सरकार"]) is None


def test_place_last_words_are_the_last_words_of_place_keys_only():
    last = _place_last_words()
    assert deva_key("प्रदेश") in last and deva_key("दिल्ली") in last and deva_key("कश्मीर") in last
    assert deva_key("सरकार") not in last and deva_key("लोगों") not in last
    # a refused pair never reaches the folding lookup (its cache gains no entry)
    before = _kb_place_of.cache_info().currsize
    assert _kb_place(["अनोखे", "लोगों"]) is None
    assert _kb_place_of.cache_info().currsize == before


def _every_word_sweep(linker: DocLinker, toks: list[Tok], covered: set[int], keys: list[str]):  # noqa: ANN202
    """:meth:`DocLinker.sweep_short_forms`' loop as written before round sc56 (every word read),
    the reference the faster visit of the surnames alone must agree with."""
    out = []
    for k, t in enumerate(toks):
        key = keys[k]
        if k in covered or (key not in linker.kb_surnames and key not in linker.local_surnames):
            continue
        nxt = keys[k + 1] if k + 1 < len(toks) else "."
        if nxt not in NAME_CLOSERS and _wordy(nxt):
            continue
        if key in linker.kb_surnames:
            entry = linker.kb.entries[linker.kb_surnames[key]]
            out.append((t.start, entry.kb_id, "kb"))
        else:
            out.append((t.start, linker.local_surnames[key][0], "crf"))
    return out


def test_surnames_are_swept_from_the_surname_words_alone():
    kb = load_kb(Config())
    linker = DocLinker(kb, "t", None)
    linker.kb_surnames[deva_key("शाह")] = "person/amit-shah"
    linker.local_surnames[deva_key("पांडेय")] = ("doc:t:1", "सुरेश पांडेय")
    sentences = [
        "शाह ने कहा कि लॉकडाउन का पालन सख्ती से होगा।",  # a KB surname before ने
        "बैठक के बाद पांडेय ने बताया कि जांच जारी है और शाह ने समीक्षा की।",  # local, KB
        "शाह बानो मामले पर कोई चर्चा नहीं हुई।",  # a surname inside another name: none
        "जिलाधिकारी ने सभी दुकानों को बंद रखने का आदेश दिया।",  # no surname at all
        "",
    ]
    for text in sentences:
        toks = tokenize(text)
        keys = [deva_key(t.text) for t in toks]
        for covered in (set(), {0}, set(range(len(toks)))):
            found = [(m.start, m.entity_id, m.source)
                     for m in linker.sweep_short_forms(toks, text, covered, keys)]
            assert found == _every_word_sweep(linker, toks, covered, keys), (text, covered)
    toks = tokenize(sentences[1])
    found = linker.sweep_short_forms(toks, sentences[1], set(), [deva_key(t.text) for t in toks])
    assert [(m.text, m.entity_id) for m in found] == [
        ("पांडेय", "doc:t:1"), ("शाह", "kb:person/amit-shah")
    ]
    toks = tokenize(sentences[2])
    assert linker.sweep_short_forms(toks, sentences[2], set(), [deva_key(t.text) for t in toks]) == []


def _leaders(text: str) -> list[tuple[str, str]]:
    kb = load_kb(Config())
    toks = tokenize(text)
    keys = [deva_key(t.text) for t in toks]
    kbc = _kb_candidates(toks, kb, set())[0]
    return [(" ".join(t.text for t in toks[c.i:c.j]), c.type)
            for c in leader_candidates(toks, keys, kb, kbc)]


def test_leader_heads_are_visited_alone():
    assert _leaders("चीनी नेता ने अमेरिका पर आरोप लगाया।") == [("चीनी नेता", "PERSON")]
    assert _leaders("The Russian leader said the talks would go on.") == [
        ("Russian leader", "PERSON")
    ]
    assert _leaders("भाजपा के नेता ने धरना दिया।") == []  # a party is no state
    assert _leaders("सरकार ने लॉकडाउन बढ़ाने का फैसला किया।") == []  # no head word
    assert _leaders("नेता") == []  # a head with nothing before it


def _coded(ctx: ActorContext, text: str, sentence: str, places: dict[str, str]) -> list[str]:
    """The coded words of ``sentence`` (inside ``text``) with the linked places named."""
    start = text.index(sentence)
    mentions = []
    for word, ident in places.items():
        at = text.index(word, start)
        mentions.append(Mention(at, at + len(word), word, "COUNTRY", ident))
    toks = tokenize_events(text, start, start + len(sentence))
    return [m.canonical or "" for m in coded_mentions(toks, mentions, ctx)]


def test_a_sentence_coding_nothing_and_naming_no_place_leaves_the_context():
    """What a sentence coded and the places it names are read only where it has some: the
    paragraph's foreign country stays through sentences with neither, a home place ends it,
    and the trail of places remembers every sentence (one without a place as None)."""
    ctx = ActorContext()
    iran, india = "kb:country/IR", "kb:country/IN"
    text = ("ईरान में सरकार ने सभी धार्मिक स्थलों को बंद कर दिया। यह फैसला कल लिया गया। "
            "लोगों से घरों में रहने की अपील की गई है। भारत में भी स्कूल बंद हैं।")
    assert _coded(ctx, text, "ईरान में सरकार ने सभी धार्मिक स्थलों को बंद कर दिया।",
                  {"ईरान": iran}) == ["Government of India"]
    assert ctx.abroad == ("IRN", "Iran")
    assert _coded(ctx, text, "यह फैसला कल लिया गया।", {}) == []  # nothing coded, no place
    assert ctx.abroad == ("IRN", "Iran") and ctx.place_trail[-1][1] is None
    assert _coded(ctx, text, "लोगों से घरों में रहने की अपील की गई है।", {}) == ["public of India"]
    assert ctx.abroad == ("IRN", "Iran")
    assert _coded(ctx, text, "भारत में भी स्कूल बंद हैं।", {"भारत": india}) == []
    assert ctx.abroad is None  # a home place: the story is at home again


def test_a_sentence_without_mentions_or_anaphors_has_no_units():
    for sentence, units in [
        ("यह फैसला कल लिया गया।", 0),  # nothing to group
        ("उन्होंने कहा कि स्कूल बंद रहेंगे।", 1),  # an anaphor is a unit of its own
        ("दोनों नेताओं ने बातचीत की।", 1),
    ]:
        toks = tokenize_events(sentence, 0, len(sentence))
        assert len(_units(toks, [], frozenset(t.text for t in toks))) == units, sentence


