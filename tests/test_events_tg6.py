"""Targets, round tg6 (issue 13): targets the article supplies outside the trigger's sentence.

Kind 1: the singular object pronoun of a measure on people ("उसे … पृथक/गिरफ्तार") points back
at the one person the report introduced up to four sentences before ("एक जवान", "एक दवाई
दुकानदार", "यह व्यक्ति"), or past anaphora's two sentences at the one person alone named in the
nearest sentence naming anyone; never where that sentence names someone else too, an owner
("एक बुजुर्ग के संपर्क में आए …"), a group, nor one past the reach."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events

events = partial(article_events, dct="2020-03-18")


def _antecedents(text: str, etype: str = "COERCE") -> list[list[str]]:
    _, evs = events(text)
    return [
        [a.text for a in e.arguments if a.role == "target_antecedent"]
        for e in evs
        if e.type == etype
    ]


# corpus day file PK-2020-MAR-18 (allowed): the soldier introduced two sentences before
_SOLDIER = (
    "लेह में सेना का 34 वर्षीय एक जवान कोरोना वायरस से संक्रमित पाया गया है. "
    "सशस्त्र बलों में किसी के कोविड-19 से संक्रमित होने का यह पहला मामला है. "
    "सात मार्च को उसे बाकियों से पृथक कर दिया गया था."
)
# corpus day file DJ-2020-ARP-13 (allowed): the trader introduced two sentences before the arrest
_TRADER = (
    "यहां एक दवाई दुकानदार ही अपने कोरोना के लक्षण को छिपा कर दवा की खरीद-बिक्री में लगा रहा । "
    "मामले के उजागर होते ही प्रशासन में हड़कंप मच गया । "
    "आनन-फानन में उसे गिरफ्तार कर लिया गया है ।"
)


def test_the_one_introduced_two_sentences_back_is_the_quarantined() -> None:
    assert ["एक जवान"] in _antecedents(_SOLDIER)


def test_the_one_introduced_is_the_arrested() -> None:
    assert ["एक दवाई दुकानदार"] in _antecedents(_TRADER)


def test_a_demonstrative_of_one_person_introduces_him() -> None:
    # DH-2020-MAR-21 (allowed): "यह व्यक्ति" three sentences before, a reporting sentence between
    found = _antecedents(
        "फूलपुर इलाके का रहने वाला यह व्यक्ति सऊदी अरब की निजी कंपनी में काम करता है । "
        "19 मार्च को ट्रेन से नई दिल्ली से वाराणसी लौटा था । "
        "वाराणसी के सीएमओ ने बताया कि बीएचयू हास्पिटल में हुई जांच में पुष्टि हुई है । "
        "फिलहाल उसे जिला अस्पताल के आइसोलेशन वार्ड में भर्ती किया गया है ।"
    )
    assert ["यह व्यक्ति"] in found


def test_someone_else_named_in_that_sentence_leaves_it_open() -> None:
    # written: the doctor named beside the trader; which one was arrested is not said
    text = _TRADER.replace("यहां एक दवाई", "डॉ. रमेश शर्मा के अनुसार यहां एक दवाई")
    assert all(not a for a in _antecedents(text))


def test_an_owner_is_no_introduction() -> None:
    # NT-2020-MAR-13 (allowed) shortened: "एक 76 वर्षीय बुजुर्ग के संपर्क में आए": the elder
    # owns the contacts; "उसे" finds no one introduced
    text = (
        "गुरुवार को मरने वाले एक 76 वर्षीय बुजुर्ग के संपर्क में आए लोगों की पहचान कर ली गई है । "
        "उसे कड़ी निगरानी में रखा गया है ।"
    )
    assert all(not a for a in _antecedents(text))


def test_too_far_back_is_not_taken() -> None:
    far = _SOLDIER.replace("है. सशस्त्र", "है. शहर में दुकानें बंद रहीं. बाजार सुनसान रहे. सड़कें खाली रहीं. सशस्त्र")
    assert all(not a for a in _antecedents(far))


def test_one_person_alone_named_past_anaphoras_reach() -> None:
    # AU-2020-MAR-04 (allowed), rewritten: the suspected patient four sentences before, nobody
    # named between (anaphora reads two back)
    found = _antecedents(
        "राजधानी लखनऊ में कोरोनावायरस के संदिग्ध मरीज की पहचान की गई । "
        "उसे आननफानन में शहर के लोकबंधु अस्पताल में भर्ती किया गया । "
        "बता दें कि दुबई से आई उड़ान की लखनऊ एयरपोर्ट पर जांच हुई थी । "
        "जांच के दौरान उसमें कोरोनावायरस के लक्षण पाए गए । "
        "आननफानन में उसे लोकबंधु अस्पताल के आइसोलेशन वार्ड में भर्ती किया गया है ।"
    )
    assert ["संदिग्ध मरीज"] in found


def test_a_group_alone_named_is_no_antecedent_of_one() -> None:
    # written: "उसे" never takes the group of ten named four sentences before
    found = _antecedents(
        "राजधानी लखनऊ में कोरोनावायरस के 10 संदिग्ध मरीजों की पहचान की गई । "
        "शहर में बाजार बंद रहे । "
        "बता दें कि सड़कें सुनसान रहीं । "
        "लखनऊ एयरपोर्ट पर जांच जारी है । "
        "आननफानन में उसे लोकबंधु अस्पताल के आइसोलेशन वार्ड में भर्ती किया गया है ।"
    )
    assert all(not a for a in found)
