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
