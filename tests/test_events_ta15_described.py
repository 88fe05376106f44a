"""Issue 13, round ta15 (targets that are the wrong party): the people a phrase describes, not
the public of a place. A quantifier between a relative participle and its head ("… आने वाले सभी
लोगों") no longer hides the participle (:func:`khabar.events.described_people.all_who`), and a
request's relative clause whose noun is people at large ("जो लोग … हैं वो …") is its target as a
whole (:func:`khabar.events.described_people.relative_clause`). Real sentences (the allowed
corpus day files named) and written ones, positives and negatives."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, events_of, one_event, role_names

analysed = analyser("2020-04-09")


def _target_text(art: Article, ev: Event) -> list[str]:
    """The words of the event's target arguments, as the article's text holds them."""
    return [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"]


def test_quantified_participle_within_a_distance() -> None:
    # DH-2020-ARP-09.txt (the tuning set's "residents within 3 km" was "residents of Aligarh")
    art = analysed(
        "अलीगढ़ में एक युवक के कोरोना पॉजिटिव पाए जाने के बाद स्वास्थ्य विभाग सतर्क हो गया है ।"
        " इसके साथ ही 3 किलोमीटर के भीतर आने वाले सभी लोगों की स्क्रीनिंग कराई जाएगी ।"
    )
    ev = one_event(events_of(art, "COERCE"), "स्क्रीनिंग")
    assert role_names(art, ev, "target")[0].startswith("everyone within 3 km")
    # its words are the evidence, and the words before the distance no part of it
    assert _target_text(art, ev) == ["3 किलोमीटर के भीतर आने वाले सभी लोगों"]


def test_quantified_participle_arriving() -> None:
    # written: the ban falls on those arriving from abroad, not the public of India
    art = analysed("प्रशासन ने विदेश से आने वाले सभी लोगों पर प्रतिबंध लगा दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "target") == ["everyone arriving from abroad"]
    assert _target_text(art, ev) == ["विदेश से आने वाले सभी लोगों"]


def test_unquantified_participle_as_before() -> None:
    # written: the phrase without सभी was read already, its English unchanged
    art = analysed("प्रशासन ने विदेश से आने वाले लोगों पर प्रतिबंध लगा दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "target") == ["people arriving from abroad"]


def test_participle_the_glossary_cannot_say_keeps_the_public() -> None:
    # NT-2020-MAY-09.txt (written shorter): "घर वापसी करने वाले" has no English of a motion the
    # glossary can say ("home everyone"): the public it had is kept, not a garbled group
    art = analysed(
        "श्रमिक स्पेशल ट्रेन से घर वापसी करने वाले सभी लोगों को क्वारंटीन सेंटर में रखा जाएगा ।"
    )
    [ev] = events_of(art, "COERCE")
    assert _target_text(art, ev) == ["लोगों"]
    # AU-2020-MAR-10.txt: "यहां" is no place the English can say
    art = analysed(
        "मार्शल द्वीपसमूह ने हवाई मार्ग से यहां आने वाले सभी लोगों पर प्रतिबंध लगा दिया है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert _target_text(art, ev) == ["लोगों"]


def test_contacts_still_contacts() -> None:
    # written: "संपर्क में आने वाले सभी लोगों" stays the contacts round ev43 reads
    art = analysed("संक्रमित के संपर्क में आने वाले सभी लोगों को क्वारंटीन किया जाएगा ।")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "target") == ["all contacts"]


def test_relative_clause_of_people_at_large() -> None:
    # AU-2020-MAR-19.txt (the Prime Minister's address; the tuning set's "well-off people and
    # employers in India" was "people in India"): the clause says who, not "लोग"
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा, हमें 22 मार्च को शाम 5 बजे सेवाभावियों का धन्यवाद करना"
        " चाहिए । जो लोग आर्थिक रूप से संपन्न हैं वो अपने साथ और अपने लिए काम करने वालों का"
        " ध्यान रखें ।"
    )
    ev = one_event(events_of(art, "REQUEST"), "ध्यान रखें")
    assert ev.target == ["text:जो लोग आर्थिक रूप से संपन्न हैं"]
    assert not any(k.startswith("actor:public") for k in ev.codes)
    assert _target_text(art, ev) == ["जो लोग आर्थिक रूप से संपन्न हैं"]


def test_relative_clause_bound_by_an_obligation() -> None:
    # PK-2020-MAR-08.txt: the travellers asked to inform, not "people in Kerala"
    art = analysed(
        "स्वास्थ्य मंत्री के के शैलजा ने कहा, इटली से लौटे परिवार ने अपनी यात्रा की जानकारी को"
        " स्वास्थ्य अधिकारियों से छिपाया. ऐसी कृत्यों को अपराध माना जाएगा. जो लोग ईरान, इटली,"
        " दक्षिण कोरिया और चीन जैसे देशों से आये हैं, उन्हें तुरंत स्वास्थ्य विभाग को सूचित करना"
        " चाहिए."
    )
    ev = one_event(events_of(art, "REQUEST"), "करना चाहिए")
    [said] = _target_text(art, ev)
    assert said.startswith("जो लोग ईरान") and said.endswith("आये हैं")


def test_relative_clause_of_a_named_group_as_before() -> None:
    # AU-2020-MAR-19.txt (written shorter): "जो भी वरिष्ठ नागरिक हैं" names its people, kept
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा, हमें 22 मार्च को शाम 5 बजे सेवाभावियों का धन्यवाद करना"
        " चाहिए । हमारे परिवार में जो भी वरिष्ठ नागरिक हैं, आने वाले कुछ सप्ताह तक वे घर से बाहर"
        " न निकलें ।"
    )
    ev = one_event(events_of(art, "REQUEST"), "न निकलें")
    assert role_names(art, ev, "target")[0].startswith("senior citizens")
    assert _target_text(art, ev) == ["वरिष्ठ नागरिक"]
