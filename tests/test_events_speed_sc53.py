"""Round sc53 (issue 16): the events stage's tokens read in C, and bare trigger nouns whose
arguments cannot change their fate left unread; what the stage finds is unchanged."""

from __future__ import annotations

from khabar.events.candidates import Candidate
from khabar.events.clause import _TOKEN, _ZERO_WIDTH, SentenceView, Unit, tokenize, unit_actors
from khabar.events.fates import tracing
from khabar.events.hindi import bare_noun
from khabar.events.lexicon import hindi_triggers
from khabar.model import Mention

from .hindi_events import analyser

analysed = analyser("2020-04-10")

PREFIX = "पिछली खबर। "
SENTENCES = [
    "जिला प्रशासन ने (DM) शनिवार को 1.5 लाख रुपये की “राहत राशि” जारी की।",
    "हेल्\u200dपलाइन पर लोगों की शिकायतें सुनी गईं, कहा: 'सब ठीक है' [अपडेट] {नोट} <लिंक>",
    "स्टाफ \u095dताल पर है और 10:30 बजे तक कोई बात नहीं हुई!",  # a precomposed nukta letter
    "",
    "   ",
]


def _reference(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    part = text[start:end]
    return [(start + m.start(), start + m.end(), m.group().translate(_ZERO_WIDTH))
            for m in _TOKEN.finditer(part)]


def test_tokens_have_absolute_offsets_and_the_texts_of_a_slice_scan():
    for sentence in SENTENCES:
        text = PREFIX + sentence + " अगली खबर।"
        start, end = len(PREFIX), len(PREFIX) + len(sentence)
        tokens = tokenize(text, start, end)
        assert [(t.start, t.end, t.text) for t in tokens] == _reference(text, start, end)
        assert all(type(t).__name__ == "Token" and isinstance(t.text, str) for t in tokens)
    joined = tokenize(PREFIX + SENTENCES[1], len(PREFIX), len(PREFIX) + len(SENTENCES[1]))
    assert joined[0].text == "हेल्पलाइन"  # the joiner is dropped from the text, not the offsets
    assert joined[0].end - joined[0].start == len("हेल्\u200dपलाइन")
    nukta = tokenize(SENTENCES[2], 0, len(SENTENCES[2]))
    assert nukta[1].text == "ढ\u093cताल"


def _trigger(form: tuple[str, ...], type_: str, mode: str) -> Candidate:
    [trig] = [t for f, t in hindi_triggers().index[form[0]]
              if f == form and t.type == type_ and t.mode == mode]
    return Candidate(trig, 3, 3 + len(form) - 1, light=False)


def _view(groups: list[str]) -> SentenceView:
    """A sentence view whose only unit names a group with each of these CAMEO codes."""
    mentions = [Mention(0, 5, "लोगों", "GROUP", role=code) for code in groups]
    return SentenceView(0, 0, 20, [], [Unit(mentions, 0, 0)] if mentions else [], [])


def test_bare_noun_is_a_noun_no_argument_can_make_an_act():
    plain = _view([])
    assert bare_noun(plain, _trigger(("मदद",), "AID", "aid"))  # "लोगों की मदद के लिए …"
    assert bare_noun(plain, _trigger(("अपील",), "REQUEST", "appeal"))
    assert bare_noun(plain, _trigger(("छूट",), "CONCEDE", "ease"))
    # a coercion where no civilian group is named: none of its arguments can be such people
    assert bare_noun(plain, _trigger(("आदेश",), "COERCE", "order"))
    assert bare_noun(_view(["IND GOV", "IND COP"]), _trigger(("छूट",), "COERCE", "restrict"))
    # ... and where one is, its arguments are read (people give no orders)
    assert not bare_noun(_view(["IND CVL"]), _trigger(("आदेश",), "COERCE", "order"))
    assert bare_noun(_view(["IND CVL"]), _trigger(("अपील",), "REQUEST", "appeal"))
    # a light verb, a verb form, a meeting: the arguments still decide
    lit = _trigger(("मदद",), "AID", "aid")
    lit.light = True
    assert not bare_noun(plain, lit)
    assert not bare_noun(plain, _trigger(("कहा",), "REQUEST", "tell_to"))
    assert not bare_noun(plain, _trigger(("बैठक",), "CONSULT", "meeting"))
    assert not bare_noun(plain, _trigger(("बातचीत",), "CONSULT", "discuss"))


def test_bare_nouns_keep_their_fate_and_the_acts_beside_them_are_found():
    with tracing() as fates:
        art = analysed(
            "लोगों की मदद के लिए प्रशासन ने हेल्पलाइन की शुरुआत की । "
            "सरकार की अपील के बाद पुलिस ने दस लोगों को हिरासत में लिया ।"
        )
    fate = {f.trigger: f.fate for f in fates}
    assert fate["मदद"].startswith("noun without light verb")
    assert fate["अपील"].startswith("noun without light verb")
    assert fate["हिरासत में"] == "kept"
    assert {e.type for e in art.events} >= {"COERCE"}
    assert not any(e.trigger in {"मदद", "अपील"} for e in art.events)


def test_guesses_and_durations_are_read_where_their_words_stand():
    """The guess, "perhaps" and "for weeks" rules are skipped in sentences without their words
    (कि, शायद/संभवतः, a duration ending in से) and still apply where they stand."""

    def acts(sentence: str) -> list[tuple[str, str, str]]:
        return [(e.type, e.mode, e.modality) for e in analysed(sentence).events]

    assert acts("माना जा रहा है कि सरकार सभी स्कूलों को बंद करेगी ।") == []
    assert acts("उम्मीद है कि सरकार जल्द ही लॉकडाउन बढ़ाएगी ।") == []
    assert acts("सरकार ने कहा कि सभी स्कूलों को बंद किया जाएगा ।") == [("COERCE", "close", "planned")]
    assert acts("प्रदेश सरकार शायद दुकानों को कम ही छूट दे ।") == []
    assert acts("प्रदेश सरकार ने दुकानों को छूट दी है ।") == [("CONCEDE", "ease", "happened")]
    assert acts("सरकार ने पिछले दो हफ्तों से सभी स्कूलों को बंद कर रखा है ।") == [
        ("COERCE", "close", "ongoing")
    ]
    assert acts("सरकार ने सभी स्कूलों को बंद कर दिया है ।") == [("COERCE", "close", "happened")]


def test_future_endings_and_quote_cues_read_in_c():
    """modality_of reads the future by the endings of the words (str.endswith), quotes find
    their cue words by a set test over the texts read in C: the same acts and quotes."""
    from khabar.events.verbforms import _FUTURE, _FUTURE_ENDS

    for word in ("करेंगे", "करेगा", "जाएगी", "रहूंगा", "होगी", "योगी", "करते", "बंद", "कहा"):
        assert word.endswith(_FUTURE_ENDS) == bool(_FUTURE.search(word)), word
    planned = analysed("सरकार सभी स्कूलों को बंद करेगी ।")
    assert [(e.mode, e.modality) for e in planned.events] == [("close", "planned")]
    done = analysed("मुख्यमंत्री योगी आदित्यनाथ ने सभी स्कूलों को बंद कर दिया है ।")
    assert [(e.mode, e.modality) for e in done.events] == [("close", "happened")]  # -ोगी: a name
    said = analysed("मुख्यमंत्री ने कहा कि सभी लोग घरों में रहें ।")
    assert [(q.cue, q.speaker_text) for q in said.quotes] == [("कहा", "मुख्यमंत्री")]
    told = analysed("पुलिस के मुताबिक, तीन लोगों को हिरासत में लिया गया है ।")
    assert [(q.cue, q.speaker_text) for q in told.quotes] == [("के मुताबिक", "पुलिस")]
    assert analysed("दुकानें आज भी बंद रहीं ।").quotes == []


def test_unit_actors_are_read_once_and_given_as_a_new_list():
    """A unit's actors are its mentions' (a metonym's referent, else the entity, else the text),
    read once; each call gets its own list, so a rule that extends it changes no other's."""
    minister = Mention(0, 11, "मुख्यमंत्री", "PERSON", entity_id="kb:person/1")
    delhi = Mention(15, 20, "दिल्ली", "CITY", entity_id="kb:city/2", reading="metonym",
                    metonym_for="actor:Government of Delhi")
    again = Mention(0, 11, "मुख्यमंत्री", "PERSON", entity_id="kb:person/1")
    unit = Unit([minister, delhi, again], 0, 3)
    first = unit_actors(unit)
    assert first == ["kb:person/1", "actor:Government of Delhi"]
    first.append("actor:someone else")
    assert unit_actors(unit) == ["kb:person/1", "actor:Government of Delhi"]
    assert unit_actors(unit) is not unit_actors(unit)
    pronoun = Unit([], 4, 4, anaphor=True, actors=["kb:person/1"])
    assert unit_actors(pronoun) == ["kb:person/1"]
    nobody = Unit([Mention(0, 5, "लोगों", "GROUP")], 0, 0)
    assert unit_actors(nobody) == ["text:लोगों"]
