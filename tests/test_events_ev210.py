"""Round ev210 (issue 13): recall on the fresh tuning sets Vr-Vv — people kept or taken under watch
told with the English loan "सर्विलांस पर" (रख- or ले-) and "निगरानी में" taken with ले-, and the sick
or the suspected kept apart, "अलग कमरे/वार्ड में रख-"."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-03-22")


def _watch(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "COERCE" and e.mode == "quarantine"]


def test_travellers_kept_under_surveillance_are_a_confinement() -> None:
    # DH-2020-MAR-22.txt (the fresh set Vs's core miss)
    art = analysed(
        "पटना । बिहार में कोरोना वायरस के लक्षण वाले 520 यात्रियों को अब तक सर्विलांस पर रखा गया है ।"
    )
    [ev] = _watch(art)
    assert ev.trigger == "सर्विलांस पर"
    assert ev.modality == "happened"
    # inferred from the place; people kept under watch with no agent are its health body's (sa12)
    assert role_names(art, ev, "source") == ["Bihar health department"]
    assert "520" in target_names(art, ev)[0]


def test_patients_taken_under_surveillance_with_le() -> None:
    # DJ-2020-MAR-13.txt
    art = analysed(
        "पटना । इस बीच अभी तक राज्य में कोरोना के संदेह में 144 मरीजों को सर्विलांस पर लिया गया है ।"
    )
    [ev] = _watch(art)
    assert "144" in target_names(art, ev)[0]


def test_a_team_taking_a_suspect_under_watch_with_le() -> None:
    # DJ-2020-MAR-02.txt (the fresh set Vv's core miss)
    art = analysed(
        "ऋषिकेश । कोरोना वायरस से मिलते-जुलते लक्षण पाए जाने पर जापान से आए एक योग साधक को अखिल"
        " भारतीय आयुर्विज्ञान संस्थान की टीम ने निगरानी में लिया, लेकिन वह एंबुलेंस से उतरकर भाग गया ।"
    )
    [ev] = _watch(art)
    assert ev.trigger == "निगरानी में"
    assert role_names(art, ev, "source") == ["All India Institute of Medical Sciences"]
    assert ev.target  # the yoga practitioner


def test_numbers_or_phones_on_surveillance_are_no_confinement() -> None:
    # DH-2020-ARP-11.txt: phone numbers put on surveillance (a search's trace, no people held)
    art = analysed("जमातियों का पता लगाने के लिये 700 से ज्यादा मोबाइल नम्बर सर्विलांस पर लिये गये हैं ।")
    assert _watch(art) == []
    # the absolutive is no finite act of its own, whatever it holds
    art = analysed("क्राइम ब्रांच अब कुछ नए नम्बरों को सर्विलांस पर लेकर इनके बारे में ब्योरा जुटा रही है ।")
    assert _watch(art) == []
    # DJ-2020-ARP-22.txt: phones "put" (लगा) on surveillance: neither रख nor ले
    art = analysed("पुलिस ने दोनों लड़कों के मोबाइल फोन को सर्विलांस पर भी लगा दिया है ।")
    assert _watch(art) == []


def test_surveillance_as_a_purpose_or_an_infinitive_is_no_act() -> None:
    # written: the infinitive names what is to be done, not a watch kept
    art = analysed("विभाग ने विदेश से लौटे लोगों को सर्विलांस पर रखने के लिए टीमें बनाई हैं ।")
    assert [e for e in _watch(art) if e.trigger == "सर्विलांस पर"] == []
    # written: a surveillance team is no watch on anyone
    art = analysed("सर्विलांस टीम ने गांव का दौरा किया ।")
    assert _watch(art) == []


# ---- the sick or the suspected kept apart: "अलग कमरे/वार्ड में रख-" ---------------------------------


def test_prisoners_with_symptoms_kept_in_a_separate_room() -> None:
    # DJ-2020-MAR-10.txt
    art = analysed(
        "केरल में राज्य के पुलिस महानिदेशक ने जेलों को निर्देश दिए हैं । महानिदेशक के निर्देशों के"
        " अनुसार, बुखार और सर्दी जैसे लक्षणों वाले कैदियों को अलग कमरे में रखा जाएगा ।"
    )
    [ev] = [e for e in _watch(art) if e.trigger == "अलग कमरे में"]
    assert ev.modality == "planned"
    assert "prisoners" in target_names(art, ev)[0]


def test_a_hospital_keeping_two_patients_apart() -> None:
    # AU-2020-MAR-07.txt
    art = analysed(
        "अमृतसर । अस्पताल प्रशासन ने दोनों मरीजों को आइसोलेशन वॉर्ड के अलग कमरे में रखा है, ताकि अन्य"
        " संदिग्ध मरीज इस वायरस की चपेट में न आ सकें ।"
    )
    [ev] = _watch(art)
    assert ev.trigger == "अलग कमरे में"
    assert ev.modality == "happened"


def test_things_kept_apart_or_a_participle_are_no_confinement() -> None:
    # written: things kept in a separate room hold nobody
    art = analysed("कर्मचारियों ने सामान को अलग कमरे में रखा है ।")
    assert _watch(art) == []
    # NT-2020-MAR-08.txt: the participle names a patient who died, no act told
    art = analysed("पश्चिम बंगाल के मुर्शिदाबाद में अलग वार्ड में रखे गए एक मधुमेह रोगी की मौत हो गई है ।")
    assert _watch(art) == []
    # the absolutive before the sentence's own act (a watch) is no finite act of its own
    art = analysed("जो संदिग्ध हैं, उन्हें अलग वार्ड में रखकर विशेष नजर रखी जा रही है ।")
    assert [e for e in _watch(art) if e.trigger == "अलग वार्ड में"] == []


# ---- a quarantine sticker or poster put on a house ------------------------------------------------


def test_a_quarantine_sticker_put_on_a_house() -> None:
    # DJ-2020-ARP-15.txt (the fresh set Vs's core miss)
    art = analysed(
        "गाजियाबाद । सूचना मिलते ही प्रशासन एवं स्वास्थ्य विभाग की टीम ने उक्त डॉक्टर के घर पर होम अंडर"
        " क्वारंटाइन का स्टीकर लगा दिया है ।"
    )
    [ev] = _watch(art)
    assert ev.trigger == "स्टीकर"
    assert ev.modality == "happened"
    assert "Ghaziabad health department" in role_names(art, ev, "source")


def test_a_quarantine_poster_being_put_on_houses() -> None:
    # PK-2020-MAR-27.txt (the older set Vf's core miss)
    art = analysed(
        "जमशेदपुर : सर्विलांस टीम द्वारा विदेश से आये लोगों को घर-घर जाकर चिह्नित किया जा रहा है तथा"
        " उनके घरों में क्वारेंटाइन में रहने का पोस्टर भी लगाया जा रहा है ।"
    )
    [ev] = [e for e in _watch(art) if e.trigger == "पोस्टर"]
    assert ev.modality == "ongoing"


def test_a_poster_with_no_quarantine_or_only_ordered_is_no_confinement() -> None:
    # written: an awareness poster marks nobody's quarantine
    art = analysed("नगर निगम ने शहर में जागरूकता के पोस्टर लगाए हैं ।")
    assert _watch(art) == []
    # written: the infinitive is an order's content, not the act
    art = analysed("क्वारंटाइन किए गए लोगों के घरों पर पोस्टर लगाने की तैयारी है ।")
    assert [e for e in _watch(art) if e.trigger == "पोस्टर"] == []
