"""Issue 13, round ev151: a reported clause's own subject is its doer, not the speaker.

"X ने कहा कि <subject> … <active finite act>" is the subject's act, which X only reports: a
ने-agent of the clause, an actor or a people/body phrase leading it, or a quantified noun phrase
("कई खरीदार"). The speaker stays for a passive (the measure's agent is unwritten), a closure that
stays, a polite subjunctive (what the speaker asks for), the first person, a body's own organ
("भारतीय सेना के मुख्यालय ने") and a clause whose trigger follows a comma (a list, a later clause).

Sentences are the news's own (allowed corpus day files), some shortened; the negatives are
written in the news's words."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-04")


def test_the_clauses_named_subject_acts_not_the_speaker() -> None:
    art = analysed(
        "केजरीवाल ने कहा कि दिल्ली सरकार सार्वजनिक स्थानों पर थूकने वालों के खिलाफ सख्त कार्रवाई"
        " करेगी."
    )
    [ev] = events_of(art, "THREATEN")
    assert ev.source == ["actor:Government of Delhi"]
    art = analysed(
        "हरियाणा के मुख्यमंत्री मनोहर लाल खट्टर ने कहा कि राज्य के वरिष्ठ राजनीतिक नेताओं ने संकट से"
        " निपटने के लिए सरकार द्वारा उठाए गए कदमों को पूरा समर्थन दिया है ।"
    )
    [ev] = events_of(art, "SUPPORT")
    assert "kb:person/manohar-lal-khattar" not in ev.source


def test_a_subject_nobody_knows_leaves_the_act_agentless() -> None:
    art = analysed(
        "पुडुचेरी के मुख्यमंत्री वी नारायणसामी ने जानकारी दी कि राज्य के कुल छह व्यक्तियों ने दिल्ली"
        " में निजामुद्दीन मरकज का दौरा किया था ।"
    )
    assert all("kb:person/v-narayanasamy" not in e.source for e in art.events)
    art = analysed(
        "दुकानदारों ने कहा कि कई खरीदार मुंह पर मास्क लगाकर बिक्री करने की भी सलाह दे रहे हैं ।"
    )
    assert all("actor:traders" not in e.source for e in art.events)


def test_the_speaker_stays_for_a_passive_a_closure_a_wish_and_the_first_person() -> None:
    art = analysed("जिलाधिकारी ने बताया कि गांव को सील कर दिया गया है ।")
    [ev] = events_of(art, "COERCE")
    assert ev.source == ["actor:District Magistrate"]
    art = analysed("जिलाधिकारी ने कहा कि सभी दुकानें 31 मार्च तक बंद रहेंगी ।")
    [ev] = events_of(art, "COERCE")
    assert ev.source and ev.source != ["text:सभी दुकानें"]
    art = analysed("जिलाधिकारी ने कहा कि हम सभी दुकानों को सील करेंगे ।")
    [ev] = events_of(art, "COERCE")
    assert ev.source == ["actor:District Magistrate"]
    art = analysed("जिलाधिकारी ने कहा कि व्यापारी दुकानें बंद रखें ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.source == ["actor:District Magistrate"]


def test_a_bodys_organ_and_a_list_keep_the_speaker() -> None:
    art = analysed(
        "भारतीय सेना ने कहा है कि भारतीय सेना के मुख्यालय ने कोविड-19 वायरस से निपटने के लिए विस्तृत"
        " निर्देश जारी किए हैं ।"
    )
    [ev] = events_of(art, "COERCE")
    assert ev.source == ["actor:Indian Army"]
