"""Actor dictionary and trigger data of round ev51 (issue 13): miscreants, foreign nationals,
an unnamed party leader, commissions by their Hindi names, and a recommendation as a request.
Sentences written like the news, not taken from the gold."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.model import Article
from khabar.pipeline import run_local

from .hindi_events import analyser

analysed = analyser("2020-04-18")


def coded(art: Article) -> dict[str, str]:
    return {i: c for ev in art.events for i, c in ev.codes.items()}


# (sentence, event type, the actor it must carry as source or target, its code)
ACTORS = [
    # "असामाजिक लोगों" was the public (लोगों); miscreants are a criminal group
    (
        "गांव में सर्वे के दौरान कुछ असामाजिक लोगों ने आशा कार्यकर्ता के साथ मारपीट की ।",
        "ASSAULT",
        "actor:miscreants",
        "IND CRM",
    ),
    ("रात में असामाजिक तत्वों ने दुकानों पर पथराव किया ।", "ASSAULT", "actor:miscreants", "IND CRM"),
    # foreign nationals, not the public
    (
        "पुलिस ने जमात में शामिल 14 विदेशी नागरिकों पर मुकदमा दर्ज किया है ।",
        "COERCE",
        "actor:foreign nationals",
        "IND CVL",
    ),
    ("राज्य सरकार ने विदेशियों के आने पर रोक लगा दी है ।", "COERCE", "actor:foreigners", "IND CVL"),
    # a party's leader with no name
    (
        "कांग्रेस नेता ने सरकार से मजदूरों को घर भेजने की मांग की ।",
        "REQUEST",
        "actor:leader of the Indian National Congress",
        "IND PTY",
    ),
    (
        "भाजपा नेता ने राशन की कालाबाजारी पर सरकार की आलोचना की ।",
        "ACCUSE",
        "actor:leader of the Bharatiya Janata Party",
        "IND PTY",
    ),
    (
        "भाजपा नेताओं ने जिलाधिकारी से गरीबों को राशन देने की मांग की ।",
        "REQUEST",
        "actor:leaders of the Bharatiya Janata Party",
        "IND PTY",
    ),
    # commissions by their Hindi names
    (
        "राष्ट्रीय महिला आयोग ने इस मामले में पुलिस से रिपोर्ट मांगी है ।",
        "REQUEST",
        "actor:National Commission for Women of India",
        "IND GOV",
    ),
    (
        "कर्मचारी चयन आयोग ने अगले महीने होने वाली परीक्षा स्थगित कर दी है ।",
        "COERCE",
        "actor:Staff Selection Commission of India",
        "IND GOV",
    ),
]


@pytest.mark.parametrize(
    ("text", "type_", "actor", "code"), ACTORS, ids=[a[2] + "/" + a[1] for a in ACTORS]
)
def test_new_actor_kinds_are_coded(text: str, type_: str, actor: str, code: str) -> None:
    art = analysed(text)
    evs = [e for e in art.events if e.type == type_]
    assert evs, (text, [(e.type, e.source) for e in art.events])
    assert any(actor in e.source or actor in e.target for e in evs), [
        (e.source, e.target) for e in evs
    ]
    assert coded(art)[actor] == code
    assert not any("public" in a for e in evs for a in e.source + e.target)


def test_named_party_leader_keeps_the_name() -> None:
    art = analysed("कांग्रेस नेता राहुल गांधी ने सरकार से गरीबों को राशन देने की मांग की ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert not any("Indian National Congress" in a for a in ev.source), ev.source


def test_foreign_health_commission_takes_its_country() -> None:
    art = analysed("चीन के राष्ट्रीय स्वास्थ्य आयोग ने अस्पतालों को नए दिशानिर्देश जारी किए ।")
    assert any(a == "actor:China health commission" for e in art.events for a in e.source)


def test_recommendation_to_an_authority_is_a_request() -> None:
    art = analysed("कई राज्यों ने केंद्र सरकार से लॉकडाउन दो हफ्ते और बढ़ाने की सिफारिश की है ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.trigger == "सिफारिश" and ev.mode == "request"
    assert ev.target == ["actor:Government of India"]


def test_recommendation_addressee_is_not_an_object_inside_it() -> None:
    art = analysed("जिलाधिकारी ने शासन से जिले को रेड जोन में रखने की सिफारिश की ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.target == ["actor:state government"]  # "शासन", an actor word since round ev109


def test_recommendation_without_a_light_verb_is_none() -> None:
    art = analysed("राज्य चुनाव आयोग ने सरकार की सिफारिश पर नगर निकाय चुनाव टाल दिए ।")
    assert not [e for e in art.events if e.type == "REQUEST"]


# ---- English wire copy (round ev51, item 3 of issue 13) -----------------------------------------
# English extraction takes one main trigger per sentence plus calls tied to it by a same-day link
# ("hours before"), which are other acts: no act is told twice, so the Hindi merge of one act told
# twice (retold.merge_one_act) is not applied. What looked like a duplicate was the first call
# taking the later call's partner; each call's partners now stop at the next call's link word.


def _english(text: str) -> Article:
    art = Article(id="w", text=text, language="en", dct="2020-04-21", source_kind="text")
    [art] = list(run_local([art], Config()))
    return art


def test_english_linked_call_keeps_its_own_partner() -> None:
    art = _english(
        "Chinese President Xi Jinping spoke with Russian President Vladimir Putin by phone on "
        "Monday, hours before speaking with Trump by phone."
    )
    pairs = sorted(tuple(sorted(e.source)) for e in art.events if e.type == "CONSULT")
    assert pairs == [
        ("kb:person/donald-trump", "kb:person/xi-jinping"),
        ("kb:person/vladimir-putin", "kb:person/xi-jinping"),
    ]


def test_english_act_told_twice_in_one_sentence_is_one_event() -> None:
    art = _english(
        "Police arrested five men on Monday and arrested two more later in the day, officials said."
    )
    assert len([e for e in art.events if e.type == "COERCE"]) == 1
