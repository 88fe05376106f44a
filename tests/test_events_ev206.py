"""Round ev206 (issue 13): recall on the tuning sets Vf and Vg, the kinds of their core misses that
recur on the allowed corpus day files — a screening being done now, people stopped by the police."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-03-14")


def _of(art: Article, type_: str, mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)]


# ---- (1) a screening being done now is the measure in force --------------------------------


def test_a_screening_being_done_now_is_a_measure() -> None:
    # DH-2020-MAR-14.txt (the tuning set Vf's core miss): the airport's passengers screened
    art = analysed("एयरपोर्ट पर सभी राष्ट्रीय व अंतरराष्ट्रीय यात्रियों की स्क्रीनिंग की जा रही है ।")
    [ev] = _of(art, "COERCE", "screen")
    assert ev.modality == "ongoing"
    assert target_names(art, ev) == ["all national and international passengers"]
    # PK-2020-MAR-06.txt (Vg): the ports and airports, in a minister's report
    art = analysed(
        "विदेशों से आने वाले सभी यात्रियों की 21 एयरपोर्ट और 12 बंदरगाहों पर स्क्रीनिंग की जा रही है."
    )
    assert len(_of(art, "COERCE", "screen")) == 1


def test_a_screening_done_so_far_is_still_a_count() -> None:
    # the running count of people screened (AU-2020-MAR-05.txt writes "... यात्रियों की स्क्रीनिंग
    # की जा चुकी है"): a health statistic, no act
    art = analysed("चार मार्च तक 6241 विमानों में 6,11,167 यात्रियों की स्क्रीनिंग की जा चुकी है ।")
    assert _of(art, "COERCE") == []
    art = analysed("अब तक जिले में 12 लाख लोगों की स्क्रीनिंग हो चुकी है ।")
    assert _of(art, "COERCE") == []


def test_a_planned_screening_is_kept_as_before() -> None:
    art = analysed("गृह मंत्रालय ने कहा कि उड़ान से पहले यात्रियों की मेडिकल स्क्रीनिंग की जाएगी ।")
    [ev] = _of(art, "COERCE", "screen")
    assert ev.modality == "planned"


def test_a_screening_in_a_quote_leaves_the_appeal_after_it() -> None:
    # AU-2020-MAR-05.txt: the quote goes on to the minister's appeal; a screening asks nobody,
    # so the appeal is not taken for the same act told on
    art = analysed(
        "स्वास्थ्य मंत्री ने कहा, '12 बड़े और 65 छोटे बंदरगाहों पर कोरोना की स्क्रीनिंग की जा रही है ।"
        " हम विश्व स्वास्थ्य संगठन के संपर्क में हैं । लोग कोरोनावायरस से प्रभावित देशों में जाने से बचें ।'",
        dct="2020-03-05",
    )
    assert len(_of(art, "COERCE", "screen")) == 1
    assert [e.trigger for e in _of(art, "REQUEST")] == ["से बचें"]


# ---- (2) people stopped by the police ---------------------------------------------------------


def test_the_police_stopping_people_is_a_coercion() -> None:
    # NT-2020-APR-27.txt (the tuning set Vg's core miss)
    art = analysed("पुलिस ने एक घंटे और 14 साल की उम्र की शर्त को तोड़ने वालों को रोका ।")
    [ev] = _of(art, "COERCE")
    assert ev.trigger == "रोका"
    assert role_names(art, ev, "source") == ["police"]
    # PK-2020-MAR-27.txt (Vf): "रोक लिया", the one held a pronoun
    art = analysed(
        "एक युवती बस से उतर कर पैदल ही घर के लिए निकली । मिशन चौक पहुंची, तो वहां तैनात"
        " पुलिसकर्मियों ने उसे रोक लिया."
    )
    [ev] = _of(art, "COERCE")
    assert ev.trigger == "रोक लिया"


def test_others_stopping_and_stopping_things_are_no_coercion() -> None:
    # a guard (AU-2020-MAR-15.txt), a doctor keeping a patient (PK-2020-MAR-31.txt), a spread
    # halted, a truck stopped (no people held)
    for text in (
        "गुरुवार को टीम ने जब सोसायटी का दौरा किया तो गेट पर ही सुरक्षा गार्ड ने रोक लिया ।",
        "डॉक्टर ने उसका इलाज किया और उसे अस्पताल में रोक लिया.",
        "लोगों ने घरों में रहकर संक्रमण को रोका ।",
        "ग्राम प्रधान की सूचना पर पुलिस ने नगर के चौक पर ही ट्रक को रोक लिया ।",
    ):
        assert [e.trigger for e in _of(analysed(text), "COERCE")] == [], text


def test_the_ban_noun_keeps_its_light_verbs() -> None:
    # the noun रोक with its own light verb is a ban, as before
    art = analysed("राज्य सरकार ने शादी समारोहों पर रोक लगा दी है ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "ban"


# ---- (3) a country or a state divided into the three zones -----------------------------------


def test_districts_divided_into_zones_is_the_zoning() -> None:
    # DJ-2020-MAY-01.txt:5 (the tuning set Vg's core miss), under a New Delhi dateline: the
    # country's districts, the Centre's zoning (it was the Delhi government's, see the scope)
    art = analysed(
        "नई दिल्ली, जेएनएन । देश के जिलों को रेड, ऑरेंज और ग्रीन जोन में बांटा गया है ।",
        dct="2020-05-01",
    )
    [ev] = _of(art, "COERCE", "zone")
    assert role_names(art, ev, "source") == ["Government of India"]
    assert target_names(art, ev) == ["districts in India"]
    assert _of(art, "CONCEDE") == []  # the list's last zone is no easing
    # AU-2020-MAY-10.txt: "तीन जोन में"
    art = analysed("इस दौरान इलाकों को तीन जोन में बांटा गया है ।", dct="2020-05-10")
    assert len(_of(art, "COERCE", "zone")) == 1


def test_a_green_zone_placed_stays_an_easing_and_handouts_no_zoning() -> None:
    art = analysed("केंद्र सरकार ने 13 जिलों को ग्रीन जोन में रखा था ।", dct="2020-05-04")
    assert [e.type for e in art.events] == ["CONCEDE"]
    # a zone's food handed out is no division ("बांटा" of the relief entry)
    art = analysed("रेड जोन में प्रशासन ने गरीबों को राशन बांटा ।", dct="2020-05-04")
    assert _of(art, "COERCE", "zone") == []
    # a permission withheld to divide: the infinitive is the ban's content, no zoning done
    art = analysed(
        "राज्यों को अपने जिलों को रेड और ऑरेंज जोन में वर्गीकृत करने की अनुमति नहीं दी जाएगी ।",
        dct="2020-05-01",
    )
    assert _of(art, "COERCE", "zone") == []


def test_the_country_of_other_nouns_is_still_no_scope() -> None:
    # only the whole's own units make "देश के" a scope: its temples are where they stand, and a
    # state's districts under a Delhi dateline stay the state's (Delhi's) as before
    art = analysed("नई दिल्ली, जेएनएन । देश के मंदिरों को बंद कर दिया गया है ।", dct="2020-05-01")
    [ev] = _of(art, "COERCE")
    assert role_names(art, ev, "source") == ["Government of Delhi"]
    art = analysed("नई दिल्ली, जेएनएन । राज्य के जिलों को रेड जोन में रखा गया है ।", dct="2020-05-01")
    [ev] = _of(art, "COERCE", "zone")
    assert role_names(art, ev, "source") == ["Government of Delhi"]


# ---- (4) a patrol raised ---------------------------------------------------------------------


def test_a_patrol_raised_is_a_mobilisation() -> None:
    # DJ-2020-MAY-01.txt:25 (the tuning set Vg's core miss)
    art = analysed("बीएसएफ ने अपने पट्रोलिंग बढ़ाई है ।", dct="2020-05-01")
    [ev] = _of(art, "MOBILIZE")
    assert role_names(art, ev, "source") == ["Border Security Force"]
    # a patrol on its round is no act
    art = analysed("घुड़सवार अधिकारी इन इलाकों की गश्त पर हैं ।", dct="2020-04-26")
    assert _of(art, "MOBILIZE") == []


# ---- (5) a likeness or a disease before a genitive is no target --------------------------------


def test_a_disease_screened_for_is_no_target() -> None:
    # AU-2020-MAR-05.txt: "कोरोना की स्क्रीनिंग" screens for the disease, it screens nobody named
    art = analysed(
        "स्वास्थ्य मंत्री ने कहा, '12 बड़े और 65 छोटे बंदरगाहों पर कोरोना की स्क्रीनिंग की जा रही है ।'",
        dct="2020-03-05",
    )
    [ev] = _of(art, "COERCE", "screen")
    assert ev.target == []
    # the people screened stay its target
    art = analysed("एयरपोर्ट पर विदेश से आने वाले यात्रियों की स्क्रीनिंग की जा रही है ।")
    [ev] = _of(art, "COERCE", "screen")
    assert ev.target != []


def test_a_likeness_is_no_target() -> None:
    # DH-2020-ARP-28.txt: "पल्स पोलियो अभियान की ही तरह" (like the polio campaign), here passive
    # and planned (round ty2: the passive progressive, "… स्क्रीनिंग की जा रही है", tells a state
    # of affairs with no doer, no event at all)
    art = analysed(
        "पटना, जेएनएन । पल्स पोलियो अभियान की ही तरह डोर-टू-डोर स्क्रीनिंग की जाएगी ।",
        dct="2020-04-28",
    )
    [ev] = _of(art, "COERCE", "screen")
    assert ev.target == []


# ---- (6) an object pronoun of an agentless measure, its agent named ---------------------------


def test_doctors_admitting_him_is_an_isolation() -> None:
    # AU-2020-MAR-13.txt (the tuning set Vi's kind, DJ-2020-ARP-28.txt): the doctors named, the
    # one admitted a pronoun for the patient of the sentence before
    art = analysed(
        "जिला अस्पताल में 50 वर्षीय एक व्यक्ति को खांसी और बुखार की शिकायत पर लाया गया ।"
        " डॉक्टरों ने उसे आइसोलेशन वार्ड में भर्ती किया है ।",
        dct="2020-03-13",
    )
    [ev] = _of(art, "COERCE", "quarantine")
    assert role_names(art, ev, "source") == ["doctors"]
    assert ev.target != []


def test_a_passive_admission_of_a_pronoun_in_a_speakers_account_stays_a_retelling() -> None:
    # no agent, told by a speaker: "… ने बताया कि … उसे … भर्ती कराया गया" retells the patient's
    # admission (round ev139's rule; round ev207 counts the narrative's own passive admission,
    # "… लाया गया । उसे आइसोलेशन वार्ड में भर्ती कराया गया है", as the tuning set Vi codes it)
    art = analysed(
        "जिला अस्पताल में 50 वर्षीय एक व्यक्ति को खांसी और बुखार की शिकायत पर लाया गया ।"
        " सीएमओ ने बताया कि उसे आइसोलेशन वार्ड में भर्ती कराया गया है ।",
        dct="2020-03-13",
    )
    assert _of(art, "COERCE", "quarantine") == []
