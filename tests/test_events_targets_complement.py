"""Targets of orders with a complement clause, rules for everyone, and time adverbials (round
ev19, issue 13): whom "X को … Y पर कार्रवाई करने के निर्देश दिए" is given to (X, the addressee,
not the complement's own object), "हर किसी को मास्क लगाना अनिवार्य" binds the public, and a
time adverbial ("बाहर निकलते समय", "के दौरान", "के पश्चात") is no part of the object."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local


def events(text: str, dct: str = "2020-04-07") -> list[Event]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return art.events


def by_mode(evs: list[Event], mode: str) -> Event:
    [ev] = [e for e in evs if e.mode == mode]
    return ev


def test_order_with_complement_goes_to_its_addressee() -> None:
    # PK-2020-APR-07.txt (Gehlot's video conference): the officials are told to act against
    # rumour-mongers; the rumour-mongers are the action's target, the officials the order's
    evs = events(
        "मुख्यमंत्री अशोक गहलोत ने गृह विभाग के साथ बैठक की । उन्होंने अधिकारियों को सोशल "
        "मीडिया पर गुमराह करने वाले पोस्ट डालने वालों और अफवाह फैलाने वालों पर त्वरित कार्यवाई "
        "करने के निर्देश दिए."
    )
    assert by_mode(evs, "order").target == ["actor:officials"]
    assert by_mode(evs, "legal_action").target == ["text:अफवाह फैलाने वालों"]
    # corpus, a chief secretary's order (2020): the addressee before a long complement
    evs = events(
        "उन्होंने बताया कि मुख्य सचिव नरेश कुमार ने पीएपी जारी करने वाले सभी अधिकारियों को अगले "
        "आदेश तक परमिट जारी करने की प्रक्रिया निलंबित करने का निर्देश दिया है ।"
    )
    assert by_mode(evs, "order").target == ["actor:officials"]


def test_letter_addressee_and_person_object_win_over_the_complement() -> None:
    # corpus (AU, April 2020): the states written to are whom the order is for; the doctors
    # are whom the complement's security is provided to
    evs = events(
        "गृह मंत्रालय ने आज सभी राज्यों और केंद्रशासित प्रदेशों को चिट्ठी लिखकर अस्पतालों और "
        "पृथक केंद्रों में कार्य कर रहे डॉक्टरों और अन्य चिकित्सा कर्मचारियों को पुलिस सुरक्षा "
        "प्रदान करने का आदेश दिया है  ।"
    )
    assert "actor:health workers" not in by_mode(evs, "order").target
    # corpus (Delhi High Court, 2020): a person marked को is the one to be released, not told
    evs = events(
        "जस्टिस रजनीश भटनागर ने सफदरजंग अस्पताल के दो रेजिडेंट डॉक्टरों पर हमला करने के आरोपी "
        "संजीव शर्मा को जमानत पर रिहा करने का आदेश देते हुए यह टिप्पणी की है ।"
    )
    # round ev54: an order to release is the release itself, one act (no order of its own left
    # to take the person as its addressee)
    assert [e.mode for e in evs] == ["release"]


def test_order_with_complement_takes_the_sentence_agent() -> None:
    # corpus (MHA, April 2020): the addressees are Delhi Police and the DGPs; the agent is
    # named before them with की ओर से
    evs = events(
        "गृह मंत्रालय की ओर से दिल्ली पुलिस और अन्य संबंधित राज्यों के डीजीपी को तब्लीगी जमात "
        "निजामुद्दीन मामले में 960 विदेशियों के खिलाफ विदेशी अधिनियम 1946 और आपदा प्रबंधन "
        "अधिनियम 2005 के तहत कानूनी कार्रवाई करने का निर्देश दिया गया है ।"
    )
    assert "actor:Delhi Police" in by_mode(evs, "order").target


def test_complement_object_is_no_addressee() -> None:
    # a place or thing marked को is the complement's object, not whom the order is given to
    evs = events("जिलाधिकारी ने गांव को सील करने का आदेश दिया ।")
    # (round ev49: the order with no addressee is the sealing itself, one event, issue 13)
    assert all(e.target == [] for e in evs if e.mode == "order")
    assert by_mode(evs, "seal").target == ["text:गांव"]
    # no addressee at all, and a sentence that is only the link: no target, no error
    assert all(not e.target for e in events("करने के निर्देश दिए ।"))
    assert events("") == []


def test_rule_for_everyone_binds_the_public() -> None:
    # NT-2020-MAY-05.txt: the home ministry's mask rule; "बाहर निकलते समय" is when, not whom
    ev = by_mode(
        events("गृह मंत्रालय ने कहा कि बाहर निकलते समय हर किसी को फेस मास्क लगाना अनिवार्य है ।"),
        "require",
    )
    assert ev.target == ["actor:public"]
    [arg] = [a for a in ev.arguments if a.role == "target_inferred"]
    assert (arg.text, arg.en) == ("हर किसी", "public of India")


def test_time_adverbial_ends_the_object() -> None:
    # NT-2020-MAY-05.txt: "लॉकडाउन के दौरान काम करने वाली कंपनियों" are the companies
    ev = by_mode(
        events(
            "कोरोना वायरस लॉकडाउन के दौरान काम करने वाली फैक्ट्रियों के लिए भी गृह मंत्रालय ने "
            "नियम बनाए हैं ।"
        ),
        "rules",
    )
    # फैक्ट्रियों, not कंपनियों: plural firms are a BUS actor of the dictionary since round ev85
    assert ev.target == ["text:काम करने वाली फैक्ट्रियों"]


def test_letter_addressee_is_the_target() -> None:
    # AU-2020-APR-20.txt: the home ministry's concern was written to Kerala's government
    [ev] = events(
        "गृह मंत्रालय ने केरल सरकार को कल पत्र लिखकर दिशानिर्देशों में किए गए बदलावों पर "
        "चिंता जाहिर की है  ।",
        dct="2020-04-20",
    )
    assert ev.target == ["actor:Government of Kerala"]


def test_letter_is_no_part_of_the_object() -> None:
    # a letter with no को-phrase names nobody; the object of the concern stays what it is about
    evs = events("गृह मंत्रालय ने पत्र लिखकर बदलावों पर चिंता जाहिर की है ।", dct="2020-04-20")
    assert [e.target for e in evs] == [["text:बदलावों"]]
    # a state written to stands for its government (the scorer reads "Kerala" so)
    [ev] = events("गृह मंत्रालय ने केरल को पत्र लिखकर चिंता जाहिर की है ।", dct="2020-04-20")
    assert ev.target == ["kb:in-state/KL"]


def test_quantity_is_no_topic_and_a_modifier_no_subject() -> None:
    # AU-2020-MAY-15.txt (Panchkula): the DCP deploys; "पर्याप्त संख्या में" says how many and
    # "पुलिस" modifies "कर्मचारियों" (the police staff deployed), it is not the subject
    [ev] = events(
        "इसके अलावा डीसीपी पर्याप्त संख्या में पुलिस कर्मचारियों की तैनाती सुनिश्चित करेंगे ।",
        dct="2020-05-15",
    )
    assert ev.source == ["actor:Deputy Commissioner of Police (DCP)"]


def test_modifier_stays_subject_when_nothing_else_is() -> None:
    # DJ-2020-APR-20.txt: no other subject in the clause; the event is kept as before (since
    # round ev90 the police deployed are its target, not its source: tests/test_events_sources10.py)
    [ev] = events(
        "इसके अलावे एहतियात के तौर पर गांव तक पहुंचने वाले हर रास्ते व चेकपोस्ट पर "
        "दंडाधिकारियों, पुलिस पदाधिकारियों की प्रतिनियुक्ति की है ।",
        dct="2020-04-20",
    )
    assert "actor:police" in ev.target and "actor:police" not in ev.source


def test_states_acting_are_their_governments() -> None:
    # NT-2020-MAR-20.txt: "several states" that impose a ban are state governments
    [ev] = events(
        "कई राज्‍यों ने भी पब्लिक ट्रांसपोर्ट और एक जगह इकट्ठा होने पर रोक लगा दी है ।",
        dct="2020-03-20",
    )
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert arg.en == "several Indian state governments"


def test_states_as_places_stay_states() -> None:
    from khabar.events.jurisdictions import _governments

    # where people come from or are stranded, and another country's states, are no governments
    assert _governments("people stranded in other states") == "people stranded in other states"
    assert _governments("states in Nepal") == "states in Nepal"
    assert _governments(None) is None
