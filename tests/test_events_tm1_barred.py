"""Issue 13, round tm1 (targets of the wrong party): a withheld entry or permission whose clause
names whom it bars beside the place ("X को … Y में प्रवेश नहीं दिया जाएगा") takes them as its
target, not the place (:func:`khabar.events.barred_entrants.barred_entrants`). Real sentences (the
allowed corpus day files named) and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of, target_names

analysed = analyser("2020-03-21")


def test_the_visitors_refused_entry_to_a_temple() -> None:
    # PK-2020-MAR-21.txt (was "temples in Ranchi")
    text = (
        "अब अगले आदेश तक रांची के पहाड़ी मंदिर में में पूजा अर्चना होतु आने वाले पर्यटक एवं"
        " नागरिकों को अगले आदेश तक पहाड़ी मंदिर में प्रवेश नहीं दिया जाएगा."
    )
    art = analysed(text)
    [ev] = events_of(art, "COERCE", "ban")
    assert len(ev.target) == 1 and ev.target[0].startswith("text:")
    assert ev.target[0].endswith("पर्यटक एवं नागरिकों")
    assert all("मंदिर" not in t for t in ev.target)
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end].endswith("पर्यटक एवं नागरिकों")  # its evidence


def test_a_dative_pronoun_before_the_place_is_whom_entry_was_refused() -> None:
    # DH-2020-ARP-21.txt (was "markets in Agra": "उन्हें मंडी" read as one phrase)
    text = "आगरा की मंडी में शनिवार को भीड़ रही । कुछ लोगों पर पास नहीं थे तो उन्हें मंडी में प्रवेश नहीं दिया गया ।"
    art = analysed(text, "2020-04-21")
    [ev] = events_of(art, "COERCE", "ban")
    assert ev.target == ["text:कुछ लोगों"]
    assert "some people" in target_names(art, ev)
    pronoun = next(a for a in ev.arguments if a.role == "target")
    assert art.text[pronoun.start : pronoun.end] == "उन्हें"


def test_the_place_of_a_relative_participle_is_no_second_target() -> None:
    # AU-2020-MAY-06.txt (was "Mumbai" beside the residents)
    text = (
        "कल्याण डोम्बीवली के निगम आयुक्त विजय सूर्यवंशी ने मंगलवार को कहा कि इलाके में रहने वाले और"
        " मुंबई में काम करने वाले निवासियों को आठ मई से कल्याण से जाने या प्रवेश की इजाजत नहीं होगी ।"
    )
    art = analysed(text, "2020-05-06")
    [ev] = events_of(art, "COERCE", "ban")
    assert ev.target and all(t.startswith(("actor:", "text:")) for t in ev.target)
    assert not any("mumbai" in t.lower() and t.startswith("kb:") for t in ev.target)
    assert all(a.text != "मुंबई" for a in ev.arguments if a.role == "target")


def test_a_permission_withheld_from_named_people() -> None:
    # written: the people named before the place are barred
    art = analysed("प्रशासन ने कहा कि बाहरी मजदूरों को गांव में प्रवेश नहीं दिया जाएगा ।")
    [ev] = events_of(art, "COERCE", "ban")
    assert ev.target == ["text:बाहरी मजदूरों"]


def test_nobody_named_leaves_the_place() -> None:
    # DJ-2020-MAR-29.txt: "किसी को भी" names nobody, so the state stays as it was
    art = analysed(
        "इसके साथ ही अब किसी को भी 14 अप्रैल तक उत्तर प्रदेश में प्रवेश नहीं दिया जाएगा ।",
        "2020-03-29",
    )
    [ev] = events_of(art, "COERCE", "ban")
    assert target_names(art, ev) == ["Uttar Pradesh"]
    # written: no को-phrase at all, the place is the target
    art = analysed("अगले आदेश तक मंदिर में प्रवेश नहीं दिया जाएगा ।")
    [ev] = events_of(art, "COERCE", "ban")
    assert ev.target and all("मंदिर" in a.text for a in ev.arguments if a.role == "target")


def test_other_measures_keep_their_place_target() -> None:
    # PK-2020-MAR-22.txt: a lockdown is no entry refused; "ब्रुसेल्स में" stays its target
    text = (
        "नवंबर 2015 में पेरिस हमले के बाद संदिग्धों को पकड़ने के लिए साल 2015 में ब्रुसेल्स में"
        " पूरे शहर को लॉकडाउन किया गया था."
    )
    art = analysed(text, "2020-03-22")
    [ev] = events_of(art, "COERCE", "lockdown")
    assert target_names(art, ev) == ["residents of Brussels"]
