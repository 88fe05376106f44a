"""Issue 13, round tg2 (pronoun targets whose party is in a neighbouring sentence): where the
sentence before names more than one people phrase, the one written bare (no postposition after
it) and of the pronoun's own number is whom the pronoun goes on with
(:func:`khabar.events.topic_antecedents.bare_topic`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-04-19")


def _confinement(text: str) -> tuple[Event, list[str]]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.type == "COERCE" and e.mode == "quarantine"]
    return ev, target_names(art, ev)


def _antecedent(ev: Event, text: str) -> str | None:
    found = [a for a in ev.arguments if a.role == "target_antecedent"]
    return text[found[0].start : found[0].end] if found else None


def test_plural_subject_not_the_people_they_met() -> None:
    # written after DJ-2020-ARP-19.txt: the two infected, not the people they met ("लोगों से")
    text = (
        "पूर्व में जो 2 लोग संक्रमित पाए गए थे उन्होंने लोगों से मिलना-जुलना जारी रखा । "
        "तथा उन्हें क्वारंटाइन कर दिया गया था ।"
    )
    ev, names = _confinement(text)
    assert names == ["2 people"]
    assert _antecedent(ev, text) == "2 लोग"


def test_singular_subject_not_whom_she_met() -> None:
    # AU-2020-MAR-22.txt: "उसे यहां एक आइसोलेशन वार्ड में भर्ती कराया गया है ।" (speaker's name left out)
    text = (
        "चंडीगढ़ में पंचकुला के सिविल सर्जन ने कहा कि एक कोरोना रोगी के संपर्क में आई एक महिला "
        "संक्रमित पाई गई है । उसे यहां एक आइसोलेशन वार्ड में भर्ती कराया गया है ।"
    )
    ev, names = _confinement(text)
    assert names == ["one woman"]



def test_group_found_not_the_surveyed() -> None:
    # written after DJ-2020-ARP-12.txt: the 2500 found ill, not the nine lakh surveyed ("का")
    text = (
        "अब तक नौ लाख लोगों का सर्वे किया गया जिसमें 2500 लोग खांसी और बुखार से पीड़ित मिले । "
        "इन्हें क्वारंटीन किया गया है ।"
    )
    _, names = _confinement(text)
    assert names == ["2500 people"]


def test_two_bare_groups_stay_open() -> None:
    # written: two groups each a subject of its clause; which one is meant is not said
    text = "40 श्रमिक सूरत से लौटे जबकि 12 छात्र कोटा से आए । उन्हें क्वारंटीन किया गया है ।"
    _, names = _confinement(text)
    assert names == []


def test_bare_name_of_either_number_stays_open() -> None:
    # written: a person named bare, the students with whom he came marked; उन्हें may honour
    # him or mean them all
    text = "राहुल कुमार दिल्ली से 12 छात्रों के साथ लौटे । उन्हें क्वारंटीन किया गया है ।"
    _, names = _confinement(text)
    assert names == []


def test_bare_modifier_of_a_longer_phrase_stays_open() -> None:
    # written after DJ-2020-MAY-12.txt: "निवासी" (resident, either number) modifies the patient;
    # the sons are marked ("में"); nothing bare of the pronoun's number
    text = (
        "केदार नगर निवासी 65 साल के कोरोना संक्रमित मरीज की मौत हो गई थी, उनके दो बेटों में भी "
        "कोरोना की पुष्टि हुई है । इन्हें आइसोलेशन वार्ड में भर्ती किया गया है ।"
    )
    _, names = _confinement(text)
    assert names == []


def test_close_contacts_of_the_own_sentence() -> None:
    # DJ-2020-ARP-19.txt: the glossary's "नजदीकियों" (close contacts) are the pronoun's own
    # sentence's people, not the infected of the sentences before
    text = (
        "पूर्व में जो 2 लोग संक्रमित पाए गए थे उन्होंने लोगों से मिलना-जुलना जारी रखा । "
        "संक्रमण की पुष्टि के बाद उनके 19 नजदीकियों की सूची बनाकर उन्हें भी क्वारंटाइन किया गया था ।"
    )
    ev, names = _confinement(text)
    assert names == ["19 close contacts"]
    assert _antecedent(ev, text) == "19 नजदीकियों"


def test_honoured_woman_of_a_sentence_before() -> None:
    # DH-2020-ARP-23.txt: "उन्हें होम क्वारंटाइन किया गया था ।" honours the one woman named
    text = (
        "सीएमएस ने बताया कि नगर निवासी एक महिला गाजियाबाद ऑपरेशन कराने गई थी । "
        "उनका रैपिड टेस्ट निगेटिव आया था । उन्हें होम क्वारंटाइन किया गया था ।"
    )
    ev, names = _confinement(text)
    assert names == ["one woman"]



def test_honouring_pronoun_with_two_singulars_stays_open() -> None:
    # written: a woman and a young man named before; which one उन्हें honours is not said
    text = "एक महिला और एक युवक दुबई से लौटे थे । उन्हें होम क्वारंटाइन किया गया था ।"
    _, names = _confinement(text)
    assert "one woman" not in names


def test_near_pronoun_not_honouring() -> None:
    # written: "इन्हें" points at what is near, a group; one woman named before is not meant
    text = "नगर निवासी एक महिला गाजियाबाद गई थी । इन्हें होम क्वारंटाइन किया गया था ।"
    _, names = _confinement(text)
    assert names == []
