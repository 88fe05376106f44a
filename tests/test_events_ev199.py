"""Issue 13, round ev199: core events still missed on the tuning sets, two kinds built.

- the process of an act begun is the act begun: "(की) प्रक्रिया" between a lexicon noun and the
  word of beginning ("शुरू", "की शुरुआत"), a few words of when and how between
  (``process_begun.past_process``); the "की" after the noun is then a genitive, never its light
  verb (``process_begun.is_process``); with the repatriation noun "वतन/स्वदेश वापसी" (AID);
- an evacuation's vehicle named right after the participle of its sending verb ("… के लिए … रवाना
  हुआ एयरफोर्स का सी-17 …", ``kind_rules.carried``), its owner the sender
  (``kind_rules.vehicle_owner``).

Sentences are the news's own (allowed corpus day files) or the dev gold's tune half."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-05-05")


def test_a_repatriation_process_to_begin_is_a_planned_evacuation() -> None:
    # NT-2020-MAY-05 (the dev gold's tune half): "7 मई से चरणबद्ध तरीके के" between the process
    # and its beginning
    art = analysed(
        "गृह मंत्रालय की संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने बताया कि विदेशों में फंसे भारतीय"
        " नागरिकों के वतन वापसी की प्रक्रिया 7 मई से चरणबद्ध तरीके के शुरू की जाएगी ।"
    )
    [ev] = events_of(art, "AID")
    assert ev.mode == "evacuate" and ev.modality == "planned"
    assert ev.target


def test_a_repatriation_announced_for_a_mission_phase() -> None:
    # NT-2020-MAY-13 (allowed corpus): the noun with the future of हो, in a minister's कि-clause
    art = analysed(
        "नागर विमानन मंत्री हरदीप सिंह पुरी ने बुधवार को कहा कि वंदे भारत मिशन के दूसरे चरण में 31"
        " देशों से 30,000 भारतीयों की स्वदेश वापसी होगी ।",
        dct="2020-05-13",
    )
    [ev] = events_of(art, "AID")
    assert ev.mode == "evacuate" and ev.modality == "planned"


def test_the_repatriation_genitive_is_no_light_verb() -> None:
    # "वतन वापसी की प्रक्रिया": the की is the process's genitive, nothing was done yet (before
    # the guard, "की" was read as the noun's light verb: a repatriation done)
    art = analysed("सरकार ने भारतीयों की वतन वापसी की प्रक्रिया की समीक्षा की ।")
    assert not events_of(art, "AID")


def test_going_home_on_foot_is_no_repatriation() -> None:
    # PK-2020-MAY (allowed corpus): migrants make their own way home, "घर वापसी", no one's act
    art = analysed(
        "जान जोखिम में डालकर घर वापसी कर रहे झारखंड से पलायन करने वाले मजदूर, हैदराबाद से पैदल"
        " पलामू पहुंचे ।"
    )
    assert not [e for e in art.events if e.mode == "evacuate"]


def test_a_process_not_begun_is_no_act() -> None:
    # a process described, not begun by anyone: no word of beginning after it
    art = analysed("बीमारी को समझने के बाद वैक्सीन बनाने की प्रक्रिया शुरू होती है ।")
    assert not art.events


def test_the_plane_that_left_to_evacuate_is_the_evacuation() -> None:
    # DJ-2020-MAR-10 (allowed corpus; a core miss of the tuning set Uk): the vehicle after the
    # participle "रवाना हुआ", its owner the sender
    art = analysed(
        "- ईरान से भारतीयों को निकालने के लिए सोमवार रात भारत से रवाना हुआ एयरफोर्स का सी-17"
        " ग्लोबमास्टर 58 लोगों के पहले जत्थे को लेकर भारत पहुंच गया है ।",
        dct="2020-03-10",
    )
    [ev] = events_of(art, "AID")
    assert ev.mode == "evacuate" and ev.modality == "happened"
    assert ev.source == ["actor:Indian Air Force"]


def test_a_participle_that_describes_no_vehicle_is_still_an_errand() -> None:
    # the participle's head is a person, not a vehicle: no evacuation
    art = analysed(
        "घर का राशन लाने के लिए सुबह रवाना हुआ युवक शाम को लौटा ।", dct="2020-04-11"
    )
    assert not [e for e in art.events if e.mode == "evacuate"]


def test_private_hospitals_notified_for_treatment_are_a_rule() -> None:
    # DH-2020-ARP-10 (allowed corpus; a core miss of the tuning set Uj): the English loan
    art = analysed(
        "उन्होंने बताया कि छोटे और मध्यम शहरों में निजी चिकित्सालयों को भी कोरोना के इलाजे के लिए"
        " नोटिफाई किया जा रहा है ।",
        dct="2020-04-10",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.modality == "ongoing" and ev.target


def test_units_notified_as_care_centres_are_a_rule() -> None:
    # PK-2020-APR-29 (allowed corpus): the Hindi verb
    art = analysed(
        "कल 75 नयी इकाइयों को एल-1 या एल-1 कोविड केयर सेंटर के रूप में अधिसूचित किया गया है.",
        dct="2020-04-29",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.mode == "rules" and ev.target


def test_a_notified_disaster_is_a_name_not_an_act() -> None:
    # AU-2020-MAR (allowed corpus): the participle before a noun, no कर after it
    art = analysed(
        "सरकार ने राज्य आपदा प्रतिक्रिया कोष (एसडीआरएफ) के तहत सहायता प्रदान करने के उद्देश्य से"
        " कोरोना वायरस को एक अधिसूचित आपदा के रूप में माना है ।",
        dct="2020-03-14",
    )
    assert not [e for e in art.events if e.trigger == "अधिसूचित"]
