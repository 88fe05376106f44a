"""Issue 13, round tw1 (targets naming the wrong party): a named place before "में" only sets the
scene when the same clause names the object of the measure after it ("गुजरात में अहमदाबाद … को
लॉकडाउन"): the object is the target, not the place
(:func:`khabar.events.setting_places.setting_places`). Real sentences (the allowed corpus day
files named) and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of, target_names

analysed = analyser("2020-03-22")


def test_the_cities_locked_down_in_a_state() -> None:
    # AU-2020-MAR-22.txt (was "public of Gujarat")
    art = analysed("गुजरात में अहमदाबाद, सूरत, राजकोट और वडोदरा को 25 मार्च तक लॉकडाउन कर दिया गया है ।")
    [ev] = events_of(art, "COERCE", "lockdown")
    names = target_names(art, ev)
    assert names == [
        "residents of Ahmedabad",
        "residents of Surat",
        "residents of Rajkot",
        "residents of Vadodara",
    ]
    [arg] = {(a.start, a.end) for a in ev.arguments if a.role == "target"}
    assert art.text[arg[0] : arg[1]] == "अहमदाबाद, सूरत, राजकोट और वडोदरा"  # its evidence


def test_adverbs_between_the_object_and_the_trigger() -> None:
    # AU-2020-MAR-22.txt (was "public of Maharashtra")
    art = analysed("महाराष्ट्र में मुंबई, पुणे, ठाणे और नागपुर को पहले ही काफी हद तक लॉकडाउन कर दिया गया है ।")
    [ev] = events_of(art, "COERCE", "lockdown")
    assert "residents of Mumbai" in target_names(art, ev)
    assert "public of Maharashtra" not in target_names(art, ev)


def test_the_parks_opened_in_a_state() -> None:
    # DH-2020-MAY-04.txt (was "New Jersey")
    art = analysed("वहीं, अमेरिका के न्यू जर्सी में राजकीय उद्यानों को खोला गया ।", "2020-05-04")
    [ev] = events_of(art, "CONCEDE")
    assert ev.target and all(t.startswith("text:") for t in ev.target)
    assert all("उद्यानों" in t for t in ev.target)


def test_a_place_alone_stays_the_target() -> None:
    # written: no object in the clause, the public of the place is locked down
    art = analysed("दिल्ली में लॉकडाउन का ऐलान कर दिया गया है ।")
    [ev] = events_of(art, "COERCE", "lockdown")
    assert target_names(art, ev) == ["public of Delhi"]


def test_an_object_of_another_clause_is_no_object() -> None:
    # PK-2020-MAR-22.txt: the agent's clause stands between the place and "पूरे देश को"
    art = analysed("इटली में मामला गंभीर होने के बाद वहां के प्रधानमंत्री ने पूरे देश को लॉकडाउन कर दिया.")
    [ev] = events_of(art, "COERCE", "lockdown")
    assert target_names(art, ev) == ["public of Italy"]


def test_a_time_clause_between_object_and_trigger() -> None:
    # DJ-2020-ARP-30.txt: the man found infected is not what was declared a containment zone
    text = "गुवाहाटी के एक अपार्टमेंट में एक शख्‍स को संक्रमित पाए जाने के बाद उसे कंटेनमेंट जोन घोषित किया गया था ।"
    art = analysed(text, "2020-04-30")
    [ev] = events_of(art, "COERCE")
    assert all("शख्" not in t for t in ev.target)


def test_a_head_whose_owner_is_unsaid_leaves_the_place() -> None:
    # PK-2020-MAR-08.txt: "पवित्र काबा के चारों ओर के क्षेत्र" would be read as "के … क्षेत्र"
    text = (
        "सऊदी अरब ने शनिवार को मक्का की जामा मस्जिद में पवित्र काबा के चारों ओर के क्षेत्र को फिर से खोल दिया."
    )
    art = analysed(text, "2020-03-08")
    [ev] = events_of(art, "CONCEDE")
    assert not any(t.startswith("text:के ") for t in ev.target)
