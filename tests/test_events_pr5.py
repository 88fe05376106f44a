"""Round pr5 (issue 13, modality): a closure that stays until a day is an order made, and a
promise commits its giver to a planned act.

(1) "<day> तक … बंद रहेंगे" with no start and no day of its own: happened, as the COVID golds code
such closures (the order is given; only its end lies ahead); a start ("15 से 25 मार्च तक"), a day
("रविवार को") or a condition ("अगर … तो") keeps the reading it had. (2) "आश्वासन/भरोसा दिया"
and "वादा किया": planned (an intended act, the golds' rule); an offer (पेशकश) stays proposed, as
the seeds' gold codes Putin's offer. (3) A present passive quoted from a document ("… आदेश में
कहा गया है कि … अनुमति दी जाती है"): the document's act as issued, happened, not a habit.
"""

from __future__ import annotations

from hindi_events import analyser
from khabar.model import Article, Event

analysed = analyser("2020-03-22")


def _one(art: Article, type_: str) -> Event:
    [ev] = [e for e in art.events if e.type == type_]
    return ev


def test_a_closure_until_a_day_is_an_order_made() -> None:
    # AU-2020-MAR-22.txt: the corporation's pan shops (the tuning set's gold: happened)
    art = analysed("इसके साथ ही 31 मार्च तक सभी पान की दुकानें बंद रहेंगी ।")
    assert (_one(art, "COERCE").mode, _one(art, "COERCE").modality) == ("close", "happened")
    # DJ-2020-MAR-13.txt: a state's colleges, no issuer in the sentence (was planned)
    art = analysed("हरियाणा में 31 मार्च तक सभी कॉलेज और विश्वविद्यालय बंद रहेंगे ।", "2020-03-13")
    assert _one(art, "COERCE").modality == "happened"
    # PK-2020-MAR-22.txt: a lockdown announced until a day
    art = analysed("झारखंड में 31 मार्च तक लॉकडाउन रहेगा.")
    assert (_one(art, "COERCE").mode, _one(art, "COERCE").modality) == ("lockdown", "happened")


def test_a_closure_that_starts_later_or_on_a_day_stays_planned() -> None:
    # a start written (NT-2020-MAR-22.txt): the lockdown begins on Monday
    art = analysed("सोमवार सुबह 6 बजे से 31 मार्च को आधी रात तक लॉकडाउन रहेगा ।")
    assert _one(art, "COERCE").modality == "planned"
    # written: a range's start, and a closure set for one day
    art = analysed("रोम के लिए सेवाएं 15 से 25 मार्च तक बंद रहेंगी.", "2020-03-12")
    assert _one(art, "COERCE").modality == "planned"
    art = analysed("रविवार को दिल्ली मेट्रो बंद रहेगी ।", "2020-03-20")
    assert _one(art, "COERCE").modality == "planned"


def test_a_condition_or_an_act_to_come_is_not_read_as_made() -> None:
    # written: a closure on a condition is possible, not an order given
    art = analysed("अगर हालात बिगड़े तो 31 मार्च तक सभी बाजार बंद रहेंगे ।")
    assert _one(art, "COERCE").modality == "possible"
    # written: the act's own future (no "रहेंगे"): a closure still to be made
    art = analysed("सरकार 31 मार्च तक सभी स्कूल बंद करेगी ।")
    assert _one(art, "COERCE").modality == "planned"
    # written: shops that stay open are no closure; nothing is coded as one
    art = analysed("ग्रामीण इलाकों में 31 मार्च तक सभी दुकानें खुली रहेंगी ।")
    assert not [e for e in art.events if e.type == "COERCE"]


def test_a_promise_is_planned_an_offer_proposed() -> None:
    # DJ-2020-ARP-26.txt (the tuning set's gold: planned)
    art = analysed(
        "मंत्री ने आश्वासन दिया कि वे पीएमओ से लेकर सीएम योगी आदित्यनाथ तक से समस्याओं को हल कराएंगे ।"
    )
    assert (_one(art, "AGREE").mode, _one(art, "AGREE").modality) == ("promise", "planned")
    # NT-2020-APR-04.txt: a promise made earlier
    art = analysed("चीन ने पिछले दिनों पाकिस्तान से वादा किया था कि वह उसे एन-95 मास्क भेजेगा ।")
    ev = _one(art, "AGREE")
    assert (ev.modality, ev.source, ev.target) == ("planned", ["kb:country/CN"], ["kb:country/PK"])
    # NT-2020-APR-28.txt: an offer waits on its taker
    art = analysed("इस बीमारी से उबर चुके कई लोगों ने दूसरों के उपचार के लिए अपना प्लाज्मा देने की पेशकश की है ।")
    assert (_one(art, "AGREE").mode, _one(art, "AGREE").modality) == ("offer_aid", "proposed")
    # written: trust (भरोसा without its light verb) is no promise
    assert not analysed("लोगों का सरकार पर भरोसा बढ़ा है ।").events


def test_a_documents_present_passive_is_its_act() -> None:
    # AU-2020-MAY-01.txt (shortened; the tuning set Vt codes the permission happened)
    art = analysed(
        "गृह मंत्रालय की ओर से जारी आदेश में कहा गया है कि प्रवासी मजदूरों, छात्रों और अन्य लोगों को "
        "विशेष ट्रेनों से यात्रा करने की अनुमति दी जाती है ।",
        "2020-05-01",
    )
    assert (_one(art, "CONCEDE").mode, _one(art, "CONCEDE").modality) == ("ease", "happened")
    # NT-2020-MAR-11.txt (shortened): a notification's suspension
    art = analysed(
        "आव्रजन ब्यूरो द्वारा जारी एक अधिसूचना में कहा गया, 'फ्रांस और जर्मनी के नागरिकों के लिए "
        "जारी सभी वीजा निलंबित किए जाते हैं ।'",
        "2020-03-11",
    )
    [cancel] = [e for e in art.events if e.mode == "cancel"]
    assert cancel.modality == "happened"


def test_a_present_passive_without_a_document_stays_ongoing() -> None:
    # written: a speaker, no document quoted
    art = analysed(
        "गृह मंत्रालय ने कहा कि प्रवासी मजदूरों को विशेष ट्रेनों से यात्रा करने की अनुमति दी जाती है ।",
        "2020-05-01",
    )
    assert _one(art, "CONCEDE").modality == "ongoing"
    # DJ-2020-MAR-04.txt (shortened): a doctor's generic advice, a habit
    art = analysed(
        "एसएन के फिजीशियन डॉ. मृदुल चतुर्वेदी ने बताया कि कोरोना वायरस पीड़ित मरीजों को खूब तरल "
        "पदार्थ का सेवन करने और आराम करने की सलाह दी जाती है ।",
        "2020-03-04",
    )
    assert _one(art, "REQUEST").modality == "ongoing"
