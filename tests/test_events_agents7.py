"""Issue 13, round ev50: acts dropped for "no agent" where Hindi names the subject once for two
verbs. Sentences are written like the news, not taken from the gold.

1. After an adverbial participle ("दिशानिर्देश जारी करते हुए …") the main verb has the same
   ने-agent even with a target of its own ("… से … समारोहों को रद्द करने के लिए कहा है"); not
   an infinitive after it (what is asked is not done), nor an act of the participle's own type
   ("अपील करते हुए कहा कि …" tells one appeal twice).
2. A perfect after "लेकिन/मगर" with no ने of its own shares the first conjunct's ने-agent
   ("सरकार ने रोक तो नहीं लगाई है लेकिन सलाह जरूर दी है"); "तो" before a negation is a
   contrastive particle there, not a condition's "then". A clause after "लेकिन" with a subject
   of its own keeps it."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-10")  # as tests/test_events_agents6.py



def test_the_main_act_after_a_participle_has_its_agent() -> None:
    art = analysed(
        "जिला प्रशासन ने दिशानिर्देश जारी करते हुए सभी होटलों से शहर में होने वाले सभी समारोहों"
        " को रद्द करने के लिए कहा है ।"
    )
    asks = events_of(art, "REQUEST")
    assert asks and asks[0].source == ["actor:district administration"]
    assert not [e for e in events_of(art, "COERCE") if e.mode == "cancel"]  # only asked, not done


def test_the_main_act_with_an_object_after_a_participle() -> None:
    art = analysed(
        "जिला प्रशासन ने नए दिशानिर्देश जारी करते हुए दुकानदारों से अपनी दुकानों को शाम सात बजे तक"
        " बंद करने या फिर होम डिलीवरी करने के लिए कहा है ।"
    )
    asks = events_of(art, "REQUEST")
    assert asks and asks[0].source == ["actor:district administration"]
    assert not events_of(art, "COERCE", "close")  # the closing is asked for, not done


def test_an_appeal_told_again_after_its_participle_is_one_act() -> None:
    art = analysed("मुख्यमंत्री ने लोगों से धैर्य रखने की अपील करते हुए कहा कि कोई भी घर से बाहर न निकले ।")
    asks = events_of(art, "REQUEST")
    assert len(asks) == 1 and asks[0].source == ["actor:chief minister"]


def test_advice_after_lekin_shares_the_agent() -> None:
    art = analysed(
        "राज्य सरकार ने शादियों पर रोक तो नहीं लगाई है लेकिन लोगों को सलाह जरूर दी है कि वे भीड़ न जुटाएं ।"
    )
    asks = events_of(art, "REQUEST")
    # the ban not imposed before "लेकिन" is no act (round ev111, fates._not_but)
    assert not events_of(art, "COERCE", "ban")
    assert asks and asks[0].source == ["actor:state government"]
    assert not asks[0].negated


def test_guidelines_after_magar_share_the_agent() -> None:
    art = analysed("नगर निगम ने बाजार बंद करने का फैसला नहीं किया है मगर नए दिशानिर्देश जारी किए हैं ।")
    orders = events_of(art, "COERCE", "order")
    assert orders and orders[0].source == ["actor:municipal corporation"]


def test_a_subject_of_its_own_after_lekin_is_kept() -> None:
    art = analysed("पुलिस ने चालान तो नहीं काटा लेकिन दुकानदार ने दुकान बंद कर दी ।")
    closes = events_of(art, "COERCE", "close")
    assert closes and closes[0].source != ["actor:police"]


def test_no_perfect_after_lekin_no_shared_agent() -> None:
    art = analysed("सरकार ने दुकानों को छूट दी है लेकिन लोग घरों में ही रहें ।")
    assert all(e.type != "REQUEST" for e in art.events)
