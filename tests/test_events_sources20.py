"""Issue 13, round ev148: the acting body the sentence names. Trains run, cancelled or ordered
with no agent named are the railways' act, not a guess of the country's government; a measure of
trains with flights or buses, or people sent by train, keeps the country's. Sentences quoted
short from the allowed day files of corpus/hindi-covid-2020 (NT-2020-MAR-21.txt,
NT-2020-MAR-18.txt, AU-2020-MAY-11.txt, AU-2020-MAY-01.txt, PK-2020-MAR-14.txt) or written like
them."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import role_names as _names

analysed = analyser("2020-03-21")


def _sources(text: str) -> list[list[str]]:
    art = analysed(text)
    return [_names(art, e, "source") for e in art.events]


def test_trains_cancelled_with_no_agent_are_the_railways_act() -> None:
    assert _sources("कई ट्रेनें भी कैंसिल कर दी गई हैं ।") == [["Indian Railways"]]


def test_an_order_to_the_railway_zones_is_the_railways() -> None:
    assert _sources(
        "रेलवे पर आवश्यक भीड़ को जमा होने से रोकने के लिये सभी रेलवे जोन को निर्देश दिया गया ।"
    ) == [["Indian Railways"]]


def test_special_trains_run_are_the_railways() -> None:
    assert _sources("अभी तक 468 विशेष ट्रेन चलाई गईं ।") == [["Indian Railways"]]


def test_flights_with_the_trains_stay_the_countrys() -> None:
    assert _sources("सभी उड़ानें और ट्रेनें रद्द कर दी गई हैं ।") == [["Government of India"]]


def test_buses_with_the_trains_stay_the_countrys() -> None:
    sources = _sources("आज से भारत-बांग्लादेश की बस और ट्रेन सर्विस बंद कर दी जाएगी ।")
    assert sources and all("Indian Railways" not in s for s in sources)


def test_people_sent_by_train_are_no_railways_act() -> None:
    sources = _sources("इस ट्रेन से 1200 यात्री भेजे गए ।")
    assert all("Indian Railways" not in s for s in sources)


def test_the_centre_named_keeps_its_measure() -> None:
    sources = _sources("बताया जाता है कि पूरे देश में केंद्र सरकार ने रेलवे को बंद कर दिया है ।")
    assert sources and all("Indian Railways" not in s for s in sources)


# A place's health department that acted in the paragraph goes on with the agentless measures
# after it (DJ-2020-ARP-24.txt, DJ-2020-ARP-16.txt), as an administration or the police do


def test_a_quarantine_after_the_health_department_acted_is_its() -> None:
    art = analysed(
        "पानीपत, जेएनएन । पानीपत में कोरोना वायरस पॉजिटिव के अचानक चार मामले सामने आए हैं ।"
        " स्वास्थ्य विभाग ने क्षेत्र को सील कर दिया है । मरीजों की ट्रेवल हिस्ट्री चेक की जा रही"
        " है । उनके संपर्क में आए लोगों की जांच कर क्वारंटाइन किया जा रहा है ।",
        dct="2020-04-24",
    )
    [quarantine] = [e for e in art.events if e.trigger.startswith("क्वारंटाइन")]
    assert _names(art, quarantine, "source") == ["Panipat health department"]


def test_the_health_departments_team_acts_for_it() -> None:
    art = analysed(
        "सहारनपुर : जिले में 12वें मरीज की पुष्टि होते ही स्वास्थ्य विभाग की टीम ने मरीज के मोहल्ले"
        " में पहुंच कर 57 लोगों को क्वारंटाइन केंद्र में भर्ती कर लिया । उसके परिवार के लोगों को"
        " भी क्वारंटाइन किया गया है ।",
        dct="2020-04-11",
    )
    # the team acts for the department: named as its team (round pq1), the passive after it the
    # department's own act
    assert [_names(art, e, "source") for e in art.events] == [
        ["Saharanpur health department team"],
        ["Saharanpur health department"],
    ]


def test_a_seal_after_the_health_team_stays_the_districts() -> None:
    art = analysed(
        "सहारनपुर : स्वास्थ्य विभाग की टीम ने 57 लोगों को क्वारंटाइन केंद्र में भर्ती कर लिया ।"
        " मोहल्ले को सील कर दिया गया है ।",
        dct="2020-04-11",
    )
    [seal] = [e for e in art.events if e.trigger.startswith("सील")]
    assert _names(art, seal, "source") == ["Saharanpur district administration"]


def test_a_ministry_reporting_abroad_goes_on_with_nothing() -> None:
    # DJ-2020-MAY-04.txt: Nepal's health ministry reports; "स्वास्थ्य मंत्रालय" is no place's
    # health body, so the quarantine is not India's ministry's
    art = analysed(
        "काठमांडू, पीटीआइ । नेपाल में 16 नए मामले दर्ज किए गए हैं । स्वास्थ्य मंत्रालय ने बताया कि"
        " देश में नए 16 मामले दर्ज किए गए हैं । बताया गया कि इन्हें पहले से ही क्वारंटाइन किया हुआ है ।",
        dct="2020-05-04",
    )
    sources = [_names(art, e, "source") for e in art.events if e.trigger.startswith("क्वारंटाइन")]
    assert sources and all("Ministry" not in n for s in sources for n in s)
