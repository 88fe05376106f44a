"""Issue 13, round rc1: an exemption granted outright in the passive, its giver unnamed ("… को
छूट दी गई है"), gets its issuer inferred as round ev32's announced form does; narrow on purpose
(:mod:`khabar.events.passive_grants`): the present perfect only, never negated, restated, only
to some, a permission rather than an exemption, nor a second one in the article."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-04-23")


def _concessions(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "CONCEDE" and e.source]


def test_an_exemption_granted_in_the_passive_gets_its_issuer() -> None:
    # NT-2020-APR-23.txt (a core CONCEDE of the tuning set Vo, the Home Ministry's exemptions)
    art = analysed(
        "वहीं, वरिष्ठ नागरिकों की बैक साइड अटेंडेंट और देखभाल सेवाओं को प्रतिबंधों से छूट दी गई है ।"
    )
    [ev] = _concessions(art)
    assert ev.trigger == "छूट" and ev.mode == "ease" and ev.modality == "happened"
    assert any("services" in name for name in target_names(art, ev))
    # NT-2020-MAR-16.txt, Delhi's order on gatherings
    art = analysed("दिल्ली में कई चीजें पहले से बंद हैं । लेकिन मॉल्स और मार्केट को फिलहाल छूट दी गई है ।")
    [ev] = _concessions(art)
    assert "shopping malls and markets in Delhi" in target_names(art, ev)
    # written: "दे दी गई हैं", the plural copula
    assert _concessions(analysed("किसानों को खेती के कामों में छूट दे दी गई हैं ।"))


def test_denied_restated_or_hypothetical_exemptions_are_no_events() -> None:
    assert not _concessions(analysed("मॉल्स और मार्केट को कोई छूट नहीं दी गई है ।"))
    assert not _concessions(analysed("पिछले महीने दुकानों को छूट दी गई थी ।"))
    # the bare perfect tells a story's step ("बाद में … दे दी गई")
    assert not _concessions(analysed("बाद में 35 लोगों को घर जाने की छूट दे दी गई ।"))
    assert not _concessions(analysed("जिन दुकानों को छूट दी गई है वे सुबह खुलेंगी ।"))
    assert not _concessions(analysed("अगर उद्योगों को छूट दी गई है तो भीड़ बढ़ेगी ।"))
    assert not _concessions(analysed("जब बच्चों को लॉकडाउन में छूट दी गई है तो वे पार्क गए ।"))
    assert not _concessions(analysed("दुकानों को छूट दी जाएगी ।"))  # the future: not this rule


def test_an_exemption_only_for_some_or_a_permission_stays_out() -> None:
    # "सिर्फ 56 मजदूरों को …": granted only to some restricts the rest (fates.only_allowed)
    assert not _concessions(analysed("हर कोच में सिर्फ 56 मजदूरों को बैठने की छूट दी गयी है ।"))
    # a permission so granted is an item of a guideline list, no event (the dev gold's tune half)
    assert not _concessions(analysed("ग्रीन के साथ-साथ ऑरेंज जोन में भी ई-कॉमर्स को मंजूरी दी गयी है ।"))
    assert not _concessions(analysed("कर्मचारियों को घर से काम करने की अनुमति दी गई है ।"))


def test_one_outright_exemption_an_article() -> None:
    # a list's items run over paragraphs, one a line: the first stands for the announcement
    art = analysed(
        "किसानों को खेती के कामों में छूट दी गई है ।\n\nदुकानदारों को भी छूट दी गई है ।"
    )
    assert len(_concessions(art)) == 1
