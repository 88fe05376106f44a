"""Issue 13, round rv41: a thirteenth unbiased recall audit and the kinds of miss it fixed.

250 body sentences drawn at random (``random.Random(4101)``, at most 3 from a file, rv40's draw
left out) from the allowed corpus day files were judged by hand. Fixed in general form: a
helpline issued with its numbers written out between "नंबर" and "जारी" ("हेल्पलाइन नंबर
9794840529 तथा 0551-2284764 जारी किया है") is the service the lexicon reads without them, AID;
money or aid got for someone by the causative दिला- ("… को आर्थिक सहायता दिलाने का फैसला लिया
गया है") is given as by दे-, AID. Sentences are the news's own (allowed corpus day files) or
written like them."""

from __future__ import annotations

from khabar.events.clause import tokenize
from khabar.events.numbers_named import digits_end

from .hindi_events import analyser, events_of, role_names, target_names

analysed = analyser("2020-03-21")


def test_a_helpline_issued_with_its_numbers_between_is_a_service() -> None:
    # DJ-2020-MAR-14 (allowed corpus day file; the rv41 draw's core miss)
    art = analysed(
        "रेलवे प्रशासन ने कोरोना वायरस से बचाव, जानकारी व प्राथमिक इलाज से संबंधित किसी भी जानकारी"
        " के लिए हेल्पलाइन नंबर 9794840529 तथा 0551-2284764 जारी किया है ।",
        "2020-03-14",
    )
    [ev] = events_of(art, "AID", "service")
    assert ev.trigger == "हेल्पलाइन नंबर 9794840529 तथा 0551-2284764 जारी"
    assert role_names(art, ev, "source") == ["Indian Railways"]
    assert ev.modality == "happened"
    # DJ-2020-MAR-21 (allowed corpus day file): one number, the government's
    one = analysed("सरकार ने व्हाट्सएप्प हेल्पलाइन नंबर 9013151515 जारी किया है ।")
    [ev] = events_of(one, "AID", "service")
    assert role_names(one, ev, "source") == ["Government of India"]
    assert target_names(one, ev) == ["public of India"]


def test_a_number_with_a_particle_or_in_the_passive_is_issued_too() -> None:
    # "नंबर जारी" (round ev141) with the number and a particle between (written)
    art = analysed("सरकार ने टोल फ्री नंबर 1075 भी जारी किया है ।")
    [ev] = events_of(art, "AID", "service")
    assert ev.trigger == "नंबर 1075 भी जारी"
    # a telephone number's "+" and hyphens, in the passive (DJ-2020-MAR-21, allowed)
    passive = analysed("इसके अलावा नेशनल हेल्पलाइन नंबर +91-11-23978046 भी जारी किया गया है ।")
    assert [e.mode for e in events_of(passive, "AID")] == ["service"]


def test_a_number_only_named_or_called_is_no_act() -> None:
    # AU-2020-MAR-29 and AU-2020-MAR-12 (allowed corpus day files): a number told, a number to call
    for text in (
        "इसके लिए हेल्पलाइन नंबर 9115444155 है ।",
        "कोरोना की पुष्टि होने पर नोडल अधिकारी निकटतम सरकारी अस्पताल को सूचित करेंगे या फिर"
        " टोल-फ्री हेल्पलाइन नंबर 108 पर कॉल करनी होगी ।",
    ):
        assert events_of(analysed(text), "AID") == []


def test_digits_are_passed_over_only_right_after_the_word_number() -> None:
    text = "हेल्पलाइन नंबर 9794840529 तथा 0551-2284764 जारी धारा 144 लागू नंबर तथा जारी"
    toks = tokenize(text, 0, len(text))
    words = [t.text for t in toks]
    after = words.index("नंबर") + 1
    assert words[digits_end(toks, after)] == "जारी"  # the list of numbers, its तथा included
    assert digits_end(toks, words.index("धारा") + 1) == words.index("धारा") + 1  # a section
    last = len(words) - 2  # "नंबर तथा जारी": a joiner with no digits is no number
    assert digits_end(toks, last) == last
    assert digits_end(toks, 0) == 0


def test_aid_got_for_someone_by_dilaa_is_given() -> None:
    # DH-2020-MAY-10 (allowed corpus day file; the rv41 draw's core miss)
    art = analysed(
        "गया बार एसोसिएशन के सचिव मुरारी कुमार हिमांशु ने बताया कि कोरोना वायरस महामारी से बचाव के"
        " लिए गया के जरूरतमंद अधिवक्ताओं को आर्थिक सहायता दिलाने का फैसला लिया गया है ।",
        "2020-05-10",
    )
    [ev] = events_of(art, "AID")
    assert ev.trigger == "आर्थिक सहायता"
    assert ev.source  # the association, whose secretary tells it
    assert target_names(art, ev) == ["needy people lawyers"]
    # the same file's headline-like line: cash got for them (a finite decision)
    cash = analysed("गया बार एसोसिएशन ने नगद राशि दिलाने का फैसला लिया ।", "2020-05-10")
    assert [e.trigger for e in events_of(cash, "AID")] == ["राशि"]


def test_aid_promised_by_dilaa_stays_a_promise() -> None:
    # PK-2020-APR-10 (allowed corpus day file): the help is what was promised, no aid of its own
    art = analysed("मंत्री ने स्पेन को जरूरत सामानों का मदद दिलाने का भरोसा दिया.", "2020-04-10")
    assert [e.type for e in art.events] == ["AGREE"]
    # a benefit "got" for a patient by a medicine: no actor gives it (written)
    cure = analysed("डॉक्टरों के अनुसार यह दवा मरीजों को राहत दिलाती है ।", "2020-04-10")
    assert events_of(cure, "AID") == []
