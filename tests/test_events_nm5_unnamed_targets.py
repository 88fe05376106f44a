"""Issue 13, round nm5 (actors with no English name): a matter ("इस बात", "धीमी प्रगति", "कटौती")
or a bare correlative or reflexive pronoun ("केवल उन्हीं", "खुद") left as a target is no party;
the slot is emptied and the event kept (:mod:`khabar.events.unnamed_targets`); and closed places
the glossary lacked ("स्टोर", "सलून", "एटीएम", "बंदरगाहों") get their English. Real sentences (the
allowed corpus day files named) and written negatives."""

from __future__ import annotations

from khabar.events.gloss import gloss
from khabar.events.unnamed_targets import _no_party

from .hindi_events import analyser, events_of, target_names

analysed = analyser("2020-04-10")


def _targets(text: str, kind: str) -> list[list[str]]:
    return [e.target for e in events_of(analysed(text), kind)]


def test_a_matter_of_concern_is_no_target() -> None:
    # DJ-2020-MAR-07.txt
    text = "WHO ने इस बात पर भी चिंता जताई है कि कोविड-19 को लेकर कई देशों की तैयारियां आधी-अधूरी है ।"
    art = analysed(text)
    [ev] = events_of(art, "ACCUSE")
    assert ev.target == []
    assert ev.source  # the event and its source stay
    assert not [a for a in ev.arguments if a.role == "target"]


def test_slow_progress_is_no_target() -> None:
    # AU-2020-MAR-07.txt
    text = "किसान सम्मान निधि की समीक्षा में मंडलायुक्त ने धीमी प्रगति पर असंतोष जताया ।"
    assert _targets(text, "ACCUSE") == [[]]


def test_a_cut_approved_is_no_target() -> None:
    # PK-2020-APR-10.txt
    text = "महाराष्ट्र मंत्रिमंडल ने विधायकों के वेतन में कटौती को मंजूरी दे दी है."
    assert _targets(text, "CONCEDE") == [[]]


def test_bare_pronouns_are_no_target() -> None:
    # DJ-2020-ARP-11.txt
    text = (
        "इनमे से निगरानी पूर्ण होने वालों को भेजा भी जा रहा है और अगले 14 दिन तक अपने घर में ही"
        " खुद को आइसोलेट करने के सलाह भी दी है ।"
    )
    assert all(not ts for ts in _targets(text, "REQUEST"))
    # AU-2020-MAY-01.txt, less its "केवल": with it the permission is no easing at all (round fp2,
    # tests/test_events_fp2.py); the bare correlative "उन्हीं" is still no target
    text = (
        "रेलवे ने कहा है कि राज्य ट्रेन पर चढ़ने के स्थानों पर यात्रियों की स्क्रीनिंग कराएंगे,"
        " उन्हीं को यात्रा की अनुमति दी जाएगी, जिनमें कोविड-19 के लक्षण नहीं दिखेंगे ।"
    )
    concessions = events_of(analysed(text), "CONCEDE")
    assert concessions and all(e.target == [] for e in concessions)


def test_parties_and_closed_things_stay() -> None:
    # negatives: a party told, and the activity a closure stops (a closure object the gold names)
    told = _targets("मुख्यमंत्री ने सभी जिला कलेक्टरों को सतर्क रहने को कहा है ।", "REQUEST")
    assert told and all(ts for ts in told)
    closed = _targets("जिलाधिकारी ने सभी प्रकार के निर्माण कार्य बंद करने का आदेश दिया है ।", "COERCE")
    assert closed and any(closed)


def test_the_matter_protested_stays() -> None:
    # AU-2020-MAR-02.txt: the matter a protest is against is its target (round targets10)
    text = "इसके साथ ही सभी जिला मुख्यालयों पर कर्मचारी प्रमोशन में आरक्षण के खिलाफ धरना प्रदर्शन भी कर रहे हैं ।"
    assert any(_targets(text, "PROTEST"))


def test_word_classes() -> None:
    assert _no_party("लगातार बढ़ रही संख्या")
    assert _no_party("इस ढील")
    assert _no_party("केवल उन्हीं")
    assert not _no_party("केवल")  # a limiter alone is no pronoun
    assert not _no_party("स्टोर और संग्रहालय")
    assert not _no_party("मूल्यांकन का काम")
    assert not _no_party("तबलीगी जमात के अन्य")
    assert not _no_party("")


def test_closed_places_have_english() -> None:
    # NT-2020-APR-27.txt: stores and salons the glossary lacked ("?" before round nm5)
    text = (
        "सबकुछ ठीक रहा तो इटली में 18 मई को स्टोर और संग्रहालय खोल दिए जाएंगे और एक जून से"
        " कैफे और सलून खोले जाएंगे ।"
    )
    art = analysed(text, "2020-04-27")
    names = [target_names(art, e) for e in events_of(art, "CONCEDE")]
    assert names == [["stores and museums in Italy"], ["cafes and hair salons in Italy"]]
    # NT-2020-MAR-15.txt: the ports told
    text = (
        "सरकार ने कोरोना वायरस को फैलने से रोकने के लिए पिछले महीने सभी 12 प्रमुख बंदरगाहों को"
        " समुद्री यात्रा करने वालों के लिए तत्काल स्क्रीनिंग, डिटेंशन और करेंटाइन सिस्टम को शुरू"
        " करने को कहा था ।"
    )
    art = analysed(text, "2020-03-15")
    assert [target_names(art, e) for e in events_of(art, "REQUEST")] == [
        ["all 12 major ports in India"]
    ]


def test_glossed_words_only() -> None:
    # negatives: words the round did not add stay unglossed ("खेल के मैदान", "कारोबार": an activity)
    assert gloss("खेल के मैदान") is None
    assert gloss("छोटे कारोबार") is None
    assert gloss("बैंक और एटीएम") == "banks and ATMs"
