"""Round ev208 (issue 13): recall on the tuning sets Vm-Vq, then Vf-Vj — a watch kept on people
told with "निगरानी रख-", a conditional action on the offender a correlative "तो उस पर" points at."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-04-05")


def _of(art: Article, type_: str, mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)]


# ---- (1) a watch kept on people with निगरानी and रख- ---------------------------------------------


def test_people_kept_under_watch_with_rakh_are_a_surveillance() -> None:
    # DH-2020-ARP-10.txt
    art = analysed("लखनऊ । 63855 लोगों पर निगरानी रखी जा रही है ।")
    [ev] = _of(art, "COERCE", "surveillance")
    assert ev.trigger == "निगरानी"
    assert ev.modality == "ongoing"
    assert ev.source  # the place's authority, inferred
    assert target_names(art, ev) and "63855" in target_names(art, ev)[0]


def test_a_department_watching_people_returned_from_abroad() -> None:
    art = analysed("पटना । स्वास्थ्य विभाग विदेश से लौटे लोगों पर लगातार निगरानी रख रहा है ।")
    [ev] = _of(art, "COERCE", "surveillance")
    assert role_names(art, ev, "source") == ["Patna health department"]


def test_a_watch_on_updates_a_state_or_no_one_is_no_surveillance() -> None:
    # AU-2020-MAR-10.txt: a federation watching the official updates holds nobody
    art = analysed(
        "बयान में कहा गया है कि बीडब्ल्यूएफ कोरोना वायरस के आधिकारिक अपडेट पर लगातार निगरानी रख रहा है ।"
    )
    assert _of(art, "COERCE", "surveillance") == []
    # AU-2020-ARP-05.txt: drones watching the lockdown in the state (no people named)
    art = analysed("हम राज्य में लॉकडाउन को लेकर ड्रोन का उपयोग करके भी निगरानी रखेंगे ।")
    assert _of(art, "COERCE", "surveillance") == []
    # a patient's condition told beside the watch: a doctor's observation (round ev147's guard)
    art = analysed("पटना । दोनों की हालत स्थिर है और उनपर निगरानी रखी जा रही है ।")
    assert _of(art, "COERCE", "surveillance") == []


def test_a_singular_pronoun_watched_is_no_surveillance() -> None:
    # DH-2020-ARP-18.txt (round ev141's test pins it): nobody named on either side
    art = analysed("उन्होंने बताया कि उसे होम क्वारंटाइन करते हुए उस पर निगरानी भी रखी जा रही थी ।")
    assert _of(art, "COERCE", "surveillance") == []


def test_kept_under_watch_stays_the_quarantine_entry() -> None:
    art = analysed("पटना । विदेश से लौटे लोगों को निगरानी में रखा गया है ।")
    assert [e.mode for e in _of(art, "COERCE")] == ["quarantine"]


def test_a_purpose_to_watch_is_no_act() -> None:
    # the infinitive names a purpose, as for नजर (round ev147)
    art = analysed("पटना । लोगों पर निगरानी रखने के लिए टीम बनाई गई है ।")
    assert _of(art, "COERCE", "surveillance") == []


# ---- (2) a conditional action on the offender "तो उस पर" points at -----------------------------


def test_an_action_on_whoever_is_found_roaming_is_a_threat() -> None:
    # AU-2020-ARP-05.txt (the tuning set Vn's core miss), after the order it is told in
    art = analysed(
        "भोपाल । कलेक्टर ने लॉकडाउन का आदेश जारी किया है । अगर कोई भी व्यक्ति घूमता पाया जाएगा तो"
        " उस पर कानूनी कार्रवाई की जाएगी ।"
    )
    [ev] = _of(art, "THREATEN")
    assert ev.trigger == "कार्रवाई"
    assert ev.modality == "happened"
    assert ev.source


def test_an_order_s_violator_threatened_with_punishment() -> None:
    # AU-2020-MAR-28.txt
    art = analysed(
        "नोएडा । जिलाधिकारी ने आदेश जारी किया है । आदेश में यह भी कहा गया है कि अगर कोई भवन स्वामी इस"
        " आदेश का उल्लंघन करते हुए पाया गया तो उस पर दंडात्मक कार्यवाही की जाएगी ।"
    )
    assert [e.trigger for e in _of(art, "THREATEN")] == ["कार्यवाही"]


def test_a_passive_action_against_him_after_a_condition_takes_the_issuer() -> None:
    # AU-2020-ARP-21.txt (the tuning set Vi's core threat): "उसके खिलाफ" was kept as a target,
    # the passive found no agent
    art = analysed(
        "भुवनेश्वर । मुख्यमंत्री ने स्वास्थ्यकर्मियों के लिए घोषणा की । अगर कोई भी व्यक्ति उनके काम में"
        " खलल डालेगा या अपमान करेगा तो उसके खिलाफ कड़ी आपराधिक कार्रवाई की जाएगी ।"
    )
    [ev] = _of(art, "THREATEN")
    assert ev.trigger == "कार्रवाई"


def test_that_on_it_is_a_matter_not_an_offender() -> None:
    # DH-2020-ARP-22.txt: "उस पर" after तो, an expense on someone, no action
    art = analysed(
        "हम ये मानकर चलते हैं कि एक सामान्य आदमी को संक्रमण हो गया है तो उस पर क्या खर्च होगा ।"
    )
    assert art.events == []
    # no तो: "इस पर" is a matter ("on this") and names nobody acted against
    art = analysed("पटना । डीएम ने कहा कि इस पर कार्रवाई की जाएगी ।")
    assert _of(art, "THREATEN") == [] and _of(art, "COERCE") == []
    # "उस पर" with no तो before it: no offender pointed at
    art = analysed("भोपाल । अगर कोई भी व्यक्ति घूमता पाया जाएगा, उस पर कानूनी कार्रवाई की जाएगी ।")
    assert _of(art, "THREATEN") == []


def test_a_consequence_with_no_condition_gets_no_guessed_issuer() -> None:
    # "तो उस पर" after a clause with no अगर/यदि or indefinite subject: the pronoun target
    # stays, but no issuer is guessed for it
    art = analysed("भोपाल । सूचना मिली तो उस पर सख्त कार्रवाई की जाएगी ।")
    assert _of(art, "THREATEN") == [] and _of(art, "COERCE") == []


# ---- (3) a future action whose offence is its condition ("… करने पर … कार्रवाई की जाएगी") ---------


def test_an_action_on_gathering_is_a_threat() -> None:
    # DH-2020-MAR-23.txt
    art = analysed("मेरठ । सार्वजनिक स्थल पर पांच से ज्यादा लोग जुटने पर धारा-144 के तहत कार्रवाई की जाएगी ।")
    [ev] = _of(art, "THREATEN")
    assert ev.trigger == "कार्रवाई"
    assert ev.modality == "happened"
    assert ev.source  # the place's authority, inferred


def test_an_action_on_those_found_black_marketing_is_a_threat() -> None:
    # PK-2020-MAR-16.txt
    art = analysed(
        "रांची । इसके तहत मास्क एवं हैंड सैनीटाइजर की ब्लैक मार्केटिंग करते हुए पाये जाने पर संबंधित"
        " धाराओं के तहत कठोर कार्रवाई की जायेगी."
    )
    assert [e.trigger for e in _of(art, "THREATEN")] == ["कार्रवाई"]


def test_an_action_taken_on_an_offence_names_nobody_acted_against() -> None:
    # the past: an action reported, on people the sentence does not name
    art = analysed("रांची । लॉकडाउन तोड़ने पर पुलिस ने कार्रवाई की ।")
    assert _of(art, "THREATEN") == [] and _of(art, "COERCE") == []
    art = analysed("रांची । शिकायत मिलने पर पुलिस ने कार्रवाई की ।")
    assert _of(art, "THREATEN") == [] and _of(art, "COERCE") == []
