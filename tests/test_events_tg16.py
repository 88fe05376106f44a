"""Issue 13, round tg16 (orders and directives with no target): an order or a directive whose
addressee is written with को or से between its agent and its trigger ("मोदी सरकार ने मंत्रियों
से … संभालने का निर्देश दिया है", "लोगों को घरों में रहने के लिए कहा जाएगा") is given to that
addressee, where the argument readers took another को-phrase (the lockdown extended) that was
later dropped, or none. The head of a longer name ("अकादमी प्रशासन को"), a thing an order
imposes ("धारा 144 को … लागू करने का आदेश"), a place ("पूरे देश से"), an origin ("गोरखपुर से
गए") and a verb's own object ("यात्रा से बचने") are no addressee and leave the target empty."""

from __future__ import annotations

from .hindi_events import analyser, one_event, target_names

analysed = analyser("2020-04-11")


def _targets(text: str, trigger: str, dct: str = "2020-04-11") -> tuple[list[str], list[str]]:
    """The English targets of the event with ``trigger`` and the words of its target arguments."""
    art = analysed(text, dct)
    ev = one_event(art.events, trigger)
    return target_names(art, ev), [a.text for a in ev.arguments if a.role == "target"]


def test_ministers_asked_with_se_are_the_orders_target() -> None:
    # NT-2020-APR-11.txt: the को-phrase before the agent (the lockdown extended) is no party
    text = (
        "लॉकडाउन को 30 अप्रैल तक बढ़ाए जाने की चर्चा के बीच मोदी सरकार ने मंत्रियों से मंत्रालयों"
        " में कामकाज संभालने का निर्देश दिया है ।"
    )
    assert _targets(text, "निर्देश") == (["ministers"], ["मंत्रियों"])


def test_people_told_with_ko_in_a_passive_directive_are_its_target() -> None:
    # DH-2020-MAY-13.txt
    text = "गांव में आने जाने पर भी प्रतिबंध लगेगा । लोगों को घरों में रहने के लिए कहा जाएगा ।"
    names, words = _targets(text, "के लिए कहा")
    assert words == ["लोगों"]
    # round gl4: "लोगों" addressed by a request is named "general public of <place>"
    assert names == ["general public of India"]
    # the public's actor code comes with it, as for a target the readers took
    ev = one_event(analysed(text).events, "के लिए कहा")
    assert ev.codes.get("actor:public of India") == "IND CVL"


def test_people_asked_after_the_speakers_pronoun_are_the_target() -> None:
    # AU-2020-MAR-05.txt: "हम लोगों से" is we asking people, not "us people"
    text = (
        "ईदगाह में मुफ्त स्वास्थ्य कैंप लगाने वाले डॉक्टर्स यूनिटी वेलफेयर एसोसिएशन के लायक अहमद के"
        " मुताबिक यहां बहुत से लोगों ने खांसी, जुकाम, सर्दी, उलटी और बुखार की शिकायत की है ।"
        " उन्होंने बताया, 'दवाओं के अलावा हम लोगों से बार-बार हाथ धोने और मास्क का इस्तेमाल करने को"
        " कह रहे हैं ।"
    )
    _, words = _targets(text, "को कह", "2020-03-05")
    assert words == ["लोगों"]


def test_the_head_of_a_longer_name_is_no_addressee() -> None:
    # AU-2020-MAR-15.txt: "अकादमी प्रशासन" is the academy's administration; its head alone would
    # be read as a district's
    text = (
        "स्वास्थ्य विभाग की टीम ने अकादमी प्रशासन को सभी ट्रेनी आईएफएस अफसरों, वहां रह रहे अन्य"
        " अधिकारियों व कर्मचारियों और उनके संपर्क में आए लोगों की निगरानी करने का कहा है ।"
    )
    assert _targets(text, "का कहा") == ([], [])


def test_what_an_order_imposes_is_no_addressee() -> None:
    # NT-2020-APR-05.txt: Section 144 is imposed (the curfew's own event), not told
    text = (
        "सुबह अपर पुलिस उपायुक्त (कानून-व्यवस्था) आशुतोष द्विवेदी ने धारा 144 को 30 अप्रैल तक"
        " लागू करने का आदेश जारी किया था ।"
    )
    assert _targets(text, "आदेश जारी") == ([], [])


def test_a_place_an_origin_and_a_verbs_object_are_no_addressee() -> None:
    # AU-2020-MAR-21.txt: the whole country asked (a place)
    country = (
        "भारत में इसके बढ़ते खतरे को देखते हुए प्रधानमंत्री मोदी ने पूरे देश से रविवार को सुबह सात"
        " से रात के नौ बजे तक 14 घंटे का जनता कर्फ्यू लागू करने के लिए कहा है ।"
    )
    assert _targets(country, "के लिए कहा") == ([], [])
    # AU-2020-MAR-11.txt: where the TTEs came from
    origin = "इस ट्रेन में गोरखपुर से गए चारों टीटीई के सेहत की जांच का आदेश रेलवे बोर्ड ने दिया था ।"
    assert _targets(origin, "आदेश") == ([], [])
    # DJ-2020-MAR-01.txt: what is to be avoided
    avoided = "स्वास्थ्य विभाग ने इन देशों की फिलहाल यात्रा से बचने के निर्देश दिए हैं ।"
    assert _targets(avoided, "निर्देश") == ([], [])
