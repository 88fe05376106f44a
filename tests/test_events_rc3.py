"""Issue 13, round rc3: core acts missed on the recall audit rv47 and the tuning pools.

A plea made as a prayer to people ("मैं देशवासियों से प्रार्थना करता हूं कि …") is a request, a
prayer to a god is none (:mod:`khabar.events.prayers`); an order named as what is disobeyed ("इस
आदेश की अवहेलना करने पर कड़ी कार्रवाई की जाएगी") is no order given and leaves the warning its
threat (:mod:`khabar.events.violated_orders`)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-08")


def _of(art: Article, kind: str) -> list[Event]:
    return [e for e in art.events if e.type == kind]


def test_a_prayer_to_the_people_is_a_request() -> None:
    # PK-2020-MAR-08.txt (the same plea in AU-2020-MAR-08.txt is rv47's miss 127)
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने शनिवार को जन औषधि दिवस पर कहा कि कोरोना वायरस को लेकर मैं सभी"
        " देशवासियों से प्रार्थना करता हूं कि किसी भी तरह की अफवाह से बचें ।"
    )
    [ev] = [e for e in _of(art, "REQUEST") if e.trigger == "प्रार्थना"]
    assert ev.mode == "appeal" and ev.modality == "happened"
    assert target_names(art, ev) == ["public of India"]
    # a plea to a government, in the third person (written)
    art = analysed("सोनिया गांधी ने केंद्र सरकार से प्रार्थना की कि मजदूरों को घर भेजा जाए ।")
    [ev] = [e for e in _of(art, "REQUEST") if e.trigger == "प्रार्थना"]
    assert target_names(art, ev) == ["Government of India"]


def _prayed(text: str) -> list[Event]:
    return [e for e in analysed(text).events if e.trigger == "प्रार्थना"]


def test_a_prayer_to_a_god_or_for_someone_is_no_request() -> None:
    # PK-2020-MAR-12.txt: a chief minister's prayer, in his own words, that nobody of his family
    # pass an examination (a joke in the assembly): God is asked, no party
    assert not _prayed(
        "मुख्यमंत्री हेमंत सोरेन ने कहा, मैं सुबह उठकर भगवान से यह प्रार्थना करता हूं कि मेरे घर का"
        " कोई भी सदस्य परीक्षा पास न करे ।"
    )
    assert not _prayed("मुख्यमंत्री ने कहा कि मैं हर रोज भगवान से प्रार्थना करता हूं कि सब स्वस्थ रहें ।")
    # PK-2020-MAR-01.txt: a birthday greeting's prayer to God, with a कि-clause that urges
    assert not _prayed("मुख्यमंत्री ने कहा कि ईश्वर से प्रार्थना है कि आप स्वस्थ रहें ।")
    # the same form to the people is a plea (written)
    assert _prayed("मुख्यमंत्री ने कहा कि जनता से प्रार्थना है कि सब घर में रहें ।")
    # a prayer for one's family asks nobody (the imam's telling them to is another act); a
    # prayer service cancelled is nobody's plea (NT-2020-MAR-06.txt)
    assert not _prayed("इमाम ने कहा कि वे अपने परिवार की सुरक्षा के लिए प्रार्थना करें ।")
    assert not _prayed("ईरान ने कई प्रमुख शहरों में शुक्रवार को होने वाली प्रार्थना भी रद्द कर दी ।")
    # the first person's wish with nobody addressed (DH-2020-MAR-05.txt)
    assert not _prayed("उद्धव ठाकरे ने कहा, 'मैं प्रार्थना करता हूं कि होली की आग में कोरोना वायरस जल जाएं ।'")


_THREAT = "उन्होंने कहा कि इस आदेश की अवहेलना करने पर कड़ी कार्रवाई की जाएगी ।"


def test_an_order_disobeyed_is_no_order_and_the_threat_stays() -> None:
    # AU-2020-MAR-22.txt with its preceding sentence, which names the speaker (the core THREATEN
    # AU-2020-03-22-L1-e26 of the tuning set Vu; rv47's miss 171)
    art = analysed(
        "पशुधन मंत्री लक्ष्मी नारायण चौधरी ने शनिवार को बताया कि सभी बूचड़खानों को रविवार से बंद रखने"
        " के आदेश दिए गए हैं । " + _THREAT
    )
    threat = [e for e in _of(art, "THREATEN") if e.trigger == "कार्रवाई"]
    assert len(threat) == 1
    said = art.text.index(_THREAT)
    assert not [e for e in _of(art, "COERCE") if e.trigger == "आदेश" and e.trigger_start > said]
    # named in the clause itself: the minister's threat, and no order of his in it
    art = analysed("पशुधन मंत्री ने कहा कि इस आदेश की अवहेलना करने पर कड़ी कार्रवाई की जाएगी ।")
    assert [e.trigger for e in art.events] == ["कार्रवाई"] and art.events[0].type == "THREATEN"


def test_an_order_given_stays_an_order() -> None:
    # the light verb की after the order noun, no disobeying noun: an order (written)
    art = analysed("जिलाधिकारी ने सभी दुकानों को बंद रखने के आदेश दिए हैं ।")
    assert [e for e in _of(art, "COERCE") if e.trigger.startswith("आदेश") or e.trigger == "बंद"]
    # the masculine "का उल्लंघन" never read as a light verb: the threat as before
    art = analysed("जिलाधिकारी ने कहा कि लॉकडाउन का उल्लंघन करने पर कड़ी कार्रवाई की जाएगी ।")
    assert [e.type for e in art.events if e.trigger == "कार्रवाई"] == ["THREATEN"]


def test_a_fronted_future_passive_is_a_measure_to_come() -> None:
    # DH-2020-MAR-31.txt (rv47's miss 47): the verb before the noun that closes the clause, as
    # "… को किया गया क्वारंटाइन" was read already (round ev37)
    art = analysed("तीन किलोमीटर के दायरे के इलाके को भी किया जाएगा सील ।")
    [ev] = [e for e in art.events if e.trigger == "सील"]
    assert ev.type == "COERCE" and ev.mode == "seal" and ev.modality == "planned"
    assert target_names(art, ev)


def test_a_fronted_future_passive_after_an_agent_or_a_verb_is_none() -> None:
    # a definition by its doer (as round ev37's "जनता द्वारा लगाया गया कर्फ्यू", written)
    assert not [e for e in analysed("यह जनता द्वारा लगाया जाएगा कर्फ्यू ।").events if e.trigger == "कर्फ्यू"]
    # after an infinitive the fronted verb is no light verb of the noun (written)
    assert not [
        e for e in analysed("लोगों को बाहर निकलने दिया जाएगा बंद ।").events if e.trigger == "बंद"
    ]


def test_a_salute_is_praise() -> None:
    # AU-2020-MAY-02.txt: the armed forces salute the COVID warriors
    art = analysed(
        "सेना ने कोरोना वायरस के प्रकोप के बीच लोगों की जिंदगी बचाने वाले कोरोना वॉरियर्स को सलाम किया है ।"
    )
    [ev] = [e for e in art.events if e.trigger == "सलाम"]
    assert ev.type == "SUPPORT" and ev.mode == "praise" and target_names(art, ev)
    # DJ-2020-ARP-04.txt (rv47's miss 81): the tweet's salute written with no verb, its writer's
    art = analysed("पंकज नैन ने वीडियो शेयर किया । उन्होंने लिखा, 'इस बैंक कैशियर को सलाम ।'")
    [ev] = [e for e in art.events if e.trigger == "सलाम"]
    assert ev.type == "SUPPORT" and ev.source


def test_a_salute_to_nobody_or_a_name_is_none() -> None:
    # nobody saluted (written); सलाम inside a name (AU-2020-MAR-06.txt) is another token
    assert not [e for e in analysed("जवानों ने सलाम किया ।").events if e.trigger == "सलाम"]
    assert not analysed(
        "इरना ने बताया कि वरिष्ठ राजनयिक हुसैन शेखोलेसलाम की गुरुवार को मौत हो गई ।"
    ).events
