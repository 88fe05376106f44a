"""Issue 13, round ev131: actors plainly wrong on the unseen tuning sets, each kind in its
general form, with negatives beside it (precision first).

- the administration of an institution the dictionary names with a fixed place is that
  institution ("… मंत्रालय ने एम्स प्रशासन से कहा है कि …" was the Government of Delhi, "रेलवे
  प्रशासन ने …" a district administration), not another town's institute of the name ("पटना एम्स
  प्रशासन"), and a place's administration stays the place's;
- whom a statement was told to in an interview or a briefing is the press, not whom it asks
  ("… ने हिन्दुस्तान टाइम्स के विनोद शर्मा से कहा कि …", "… ने पत्रकारों से कहा कि …"): the
  request keeps whom its कि-clause urges, else it is none;
- a जब/अगर clause leading the कि-clause of an obligation ("कहा कि जब … तब अन्य राज्यों की सरकारों
  को … करानी चाहिए") is passed over to the main clause after its correlative;
- a news agency or outlet reporting ("पीटीआई ने सूत्रों के हवाले से बताया है कि … को कहा गया है")
  is never who acted, and a talk with the press as a party ("… से प्रभात खबर ने बातचीत की है") is
  an interview, no consultation.

Sentences are the corpus's own (short quotes) or written like it."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-08")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_an_institutions_administration_is_the_institution() -> None:
    # NT-2020-MAR-08.txt:16 (and the unseen set Ug): the ministry asked AIIMS, not Delhi
    art = analysed(
        "कोरोना वायरस से निपटने के लिए सुविधाओं में बढ़ोतरी करते हुए केंद्रीय स्वास्थ्य मंत्रालय ने एम्स"
        " प्रशासन से कहा है कि नयी आपातकालीन शाखा के एक हिस्से में पृथक बिस्तर तैयार रखा जाए ।"
    )
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["All India Institute of Medical Sciences"]
    # DJ-2020-MAR-14.txt:100: the railways' own administration
    art = analysed("रेलवे प्रशासन ने यात्रियों से अपील की है कि वे मास्क पहनें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Indian Railways"]


def test_a_places_administration_stays_the_places() -> None:
    art = analysed("नोएडा प्रशासन ने लोगों से अपील की है कि वे मास्क पहनें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Noida district administration"]
    art = analysed("जिला प्रशासन ने लोगों से अपील की है कि वे मास्क पहनें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["district administration"]
    # another town's institute of the name is not AIIMS New Delhi
    art = analysed("पटना एम्स प्रशासन ने मरीजों से अपील की है कि वे मास्क पहनें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") != ["All India Institute of Medical Sciences"]
    # a nameless institution's administration, as round ev66 listed it
    art = analysed("अस्पताल प्रशासन ने मरीजों से अपील की है कि वे मास्क पहनें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["hospital management"]


def test_the_press_told_is_no_addressee() -> None:
    # DH-2020-ARP-28.txt:2 (the unseen set Uf): the reporter was the target
    art = analysed(
        "नीतीश कुमार ने हिन्दुस्तान टाइम्स के विनोद शर्मा से कहा कि जब लॉकडाउन पूरी तरह से हट जाएगा"
        " तब अन्य राज्यों की सरकारों को प्रवासी मजदूरों को यात्रा करने की इजाजत देने से पहले उनकी"
        " स्क्रीनिंग जरूर करानी चाहिए ।"
    )
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Nitish Kumar"]
    assert "Vinod Sharma" not in role_names(art, ev, "target")
    # whose governments the genitive says (round ev163: was "governments")
    assert role_names(art, ev, "target") == ["governments of other states"]
    # PK-2020-MAR-09.txt: a briefing, no request of the journalists
    art = analysed("हर्षवर्धन ने पत्रकारों से कहा कि हम सभी राज्यों को व्यापक दिशा-निर्देश भेज रहे हैं ।")
    assert not [e for e in _of(art, "REQUEST") if "journalists" in role_names(art, e, "target")]


def test_people_asked_are_still_the_addressees() -> None:
    art = analysed("मुख्यमंत्री ने लोगों से कहा कि वे घरों में रहें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["general public of India"]
    art = analysed("मंत्री ने अधिकारियों से कहा कि वे अस्पतालों का निरीक्षण करें ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["officials"]


def test_an_obligation_after_a_condition_binds_the_main_clauses_dative() -> None:
    art = analysed("मंत्री ने कहा कि अगर लोग बाहर निकलते हैं तो पुलिस को सख्ती करनी चाहिए ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["police"]
    # a condition with no correlative keeps no addressee
    art = analysed("मंत्री ने कहा कि जब लोग बाहर निकलें पुलिस को सख्ती करनी चाहिए ।")
    assert not _of(art, "REQUEST")


def test_a_news_agency_reporting_is_no_source() -> None:
    # NT-2020-APR-11.txt:29: was the Press Trust of India
    art = analysed(
        "मगर पीटीआई ने सूत्रों के हवाले से बताया है कि सभी केंद्रीय मंत्रियों को सोमवार से मंत्रालयों में"
        " कामकाज बहाल करने को कहा गया है ।"
    )
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Government of India"]
    # a ministry reporting its own measure keeps it
    art = analysed("स्वास्थ्य मंत्रालय ने बताया है कि सभी राज्यों को अस्पताल तैयार रखने को कहा गया है ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Ministry of Health and Family Welfare of India"]


def test_a_newspapers_talk_is_an_interview() -> None:
    # PK-2020-APR-11.txt:3
    art = analysed("हजारीबाग : मुंबई में रहकर काम करने वाले एक मजदूर से प्रभात खबर ने बातचीत की है ।")
    assert not _of(art, "CONSULT")
    art = analysed("मुख्यमंत्री ने अधिकारियों से बातचीत की ।")
    [ev] = _of(art, "CONSULT")
    assert role_names(art, ev, "target") == ["officials"]
