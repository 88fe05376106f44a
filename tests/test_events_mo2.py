"""Round mo2 (issue 13, modality): aid announced or pledged ("… रुपये देने की घोषणा की", "…
का योगदान करने की प्रतिज्ञा की है") is planned; the announcement happened, the aid is still to
come. Sentences from the allowed corpus day files; the negatives are the near-misses the rule must
leave: a service announced, a closure announced, a decision to give, a package announced as a
noun, an offer."""

from __future__ import annotations

from hindi_events import analyser
from khabar.model import Article, Event

analysed = analyser("2020-03-28")


def _aid(art: Article) -> Event:
    [ev] = [e for e in art.events if e.type == "AID"]
    return ev


def test_a_sum_announced_to_be_given_is_planned() -> None:
    # AU-2020-MAR-28.txt (the tuning pool's AU-2020-03-28-L1-e05: planned)
    art = analysed("दूसरी ओर बॉलीवुड अभिनेता अक्षय कुमार ने भी 25 करोड़ रुपये देने की घोषणा की है ।")
    assert _aid(art).modality == "planned"
    # AU-2020-ARP-09.txt: the contribution as the trigger, the infinitive right after it
    art = analysed(
        "ट्विटर के संस्थापक और कार्यकारी निदेशक जैक डोर्सी ने कोरोना वायरस के खिलाफ लड़ाई में 100 करोड़"
        " डॉलर का योगदान देने की घोषणा की  ।",
        "2020-04-09",
    )
    assert _aid(art).modality == "planned"


def test_a_sum_pledged_is_planned() -> None:
    # AU-2020-MAR-28.txt: Akshay Kumar's words quoted after the news (the pool's pair for his 25
    # crore is the pledge "… का योगदान करने की प्रतिज्ञा की है")
    art = analysed(
        "कुमार ने कहा कि यह वह समय है जब हमारे लिए अपने लोगों का जीवन मायने रखता है और हमें इसके"
        " लिए कुछ भी करने की जरूरत है । मैंने अपनी बचत से पीएम मोदी के पीएम- केयर्स फंड में 25 करोड़"
        " रुपये का योगदान करने की प्रतिज्ञा की है ।"
    )
    [ev] = [e for e in art.events if e.type == "AID" and e.trigger == "योगदान"]
    assert ev.modality == "planned"


def test_a_service_announced_stays_happened() -> None:
    # AU-2020-MAY-01.txt: trains to run, no giving (the golds split on it: round ev80's LEFT;
    # round recall25's test holds its written twin happened)
    art = analysed("इसके बाद रेलवे ने छह श्रमिक स्पेशल ट्रेन चलाने की घोषणा की ।", "2020-05-01")
    assert _aid(art).modality == "happened"


def test_a_closure_announced_stays_happened() -> None:
    # AU-2020-MAR-22.txt: an order is in force once told (round mo1: the golds code it happened)
    art = analysed(
        "जनता कर्फ्यू के मद्देनजर रेलवे ने रविवार को देशभर में 3,700 ट्रेनों का परिचालन रद्द करने की घोषणा की है ।",
        "2020-03-22",
    )
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert ev.modality == "happened"


def test_a_decision_to_give_stays_happened() -> None:
    # AU-2020-MAR-29.txt: "का फैसला किया है" (the tuning pool codes such a decision happened)
    art = analysed(
        "भारतीय क्रिकेट कंट्रोल बोर्ड (बीसीसीआई) ने पीएम-केयर्स फंड में 51 करोड़ रुपये देने का फैसला किया है ।",
        "2020-03-29",
    )
    assert _aid(art).modality == "happened"


def test_a_package_announced_as_a_noun_stays_happened() -> None:
    # NT-2020-MAR-04.txt: the announcement is the aid's act
    art = analysed(
        "दूसरी ओर, विश्व बैंक ने कोरोनोवायरस से बुरी तरह प्रभावित देशों की मदद करने के लिए 12 अरब डॉलर"
        " के सहायता पैकेज की घोषणा की है ।",
        "2020-03-04",
    )
    assert _aid(art).modality == "happened"


def test_an_offer_stays_proposed() -> None:
    # NT-2020-APR-28.txt (round pr5: an offer waits on its taker)
    art = analysed(
        "इस बीमारी से उबर चुके कई लोगों ने दूसरों के उपचार के लिए अपना प्लाज्मा देने की पेशकश की है ।",
        "2020-04-28",
    )
    [ev] = [e for e in art.events if e.type == "AGREE"]
    assert ev.modality == "proposed"
