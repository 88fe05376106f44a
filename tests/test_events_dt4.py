"""Round dt4 (issue 13): an act of the lead's actor told in a later paragraph without a day of
its own takes the day the lead gave that actor's occasion (`events.lead_dates`); a plan, an act
of another actor, a background paragraph with its own day, an act in the past perfect, one
recounted in the first person or inside a content clause, and an actor the lead gives two days
stay as they were."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event

# DH-2020-ARP-27.txt (allowed corpus day file): the headline, the lead's dated statement, and
# two of the "10 highlights" of the meeting, each a paragraph of its own
_HEADLINE = "मुख्यमंत्रियों से बोले PM मोदी, कोरोना का खतरा अभी समाप्त नहीं होने वाला\n"
_LEAD = (
    "प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को जोर देकर कहा कि कोरोना महामारी से निपटने के लिए"
    " पूर्णबंदी का कदम कारगर रहा है ।\n"
)
_TOLD = (
    "9- प्रधानमंत्री ने राज्यों से कहा कि वे हॉटस्पॉट क्षेत्रों में पूर्णबंदी से संबंधित दिशा"
    " निदेर्शों का सख्ती से पालन करें ।"
)
_URGED = (
    "10- उन्होंने मुख्यमंत्रियों से आग्रह किया कि वे आगे की रणनीति बनाते समय मौसम में आ रहे"
    " बदलाव को भी ध्यान में रखें ।"
)


def _request(events: list[Event], trigger: str) -> Event:
    [ev] = [e for e in events if e.type == "REQUEST" and e.trigger == trigger]
    return ev


def test_a_highlight_takes_the_leads_day() -> None:
    _, events = article_events(f"{_HEADLINE}{_LEAD}{_TOLD}\n{_URGED}", "2020-04-27")
    told = _request(events, "कहा")
    assert told.date == "2020-04-27"
    assert told.date_basis == "lead: 'कहा' (सोमवार को)"
    assert _request(events, "आग्रह").date == "2020-04-27"


def test_the_leads_dated_act_is_an_anchor() -> None:
    # NT-2020-MAR-18.txt: the minister's Wednesday meeting in the lead, his directive given there
    # told in a later paragraph
    _, events = article_events(
        "डॉ. हर्षवर्धन ने की कोरोना से निपटने की समीक्षा\n"
        "केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्री डॉ. हर्षवर्धन ने बुधवार को मंत्रालय के"
        " वरिष्ठ अधिकारियों व दिल्ली के प्रमुख अस्पतालों के अधीक्षकों व निदेशकों के साथ"
        " उच्चस्तरीय समीक्षा बैठक की ।\n"
        "उन्होंने अस्पतालों को सभी स्वास्थ्य कर्मियों के लिए पर्याप्त संख्या में सुरक्षात्मक"
        " सामग्री या उपकरणों की उपलब्धता सुनिश्चित करने का निर्देश दिया ।",
        "2020-03-18",
    )
    [ev] = [e for e in events if e.trigger == "निर्देश"]
    assert ev.date == "2020-03-18"
    assert (ev.date_basis or "").startswith("lead: 'बैठक'")


def test_a_plan_keeps_no_date() -> None:
    _, events = article_events(
        f"{_HEADLINE}{_LEAD}प्रधानमंत्री देशवासियों से घरों में रहने की अपील करेंगे ।", "2020-04-27"
    )
    ev = _request(events, "अपील")
    assert ev.modality == "planned" and ev.date is None


def test_another_actor_keeps_no_date() -> None:
    _, events = article_events(
        f"{_HEADLINE}{_LEAD}मुख्यमंत्री नीतीश कुमार ने राज्यों से कहा कि वे प्रवासी मजदूरों को"
        " वापस बुलाएं ।",
        "2020-04-27",
    )
    ev = _request(events, "कहा")
    assert ev.date is None


def test_a_background_paragraph_with_its_own_day() -> None:
    # DJ-2020-MAY-04.txt: the lead's Sunday jail transfer, then a paragraph recounting March
    # ("गत 14 मार्च को … आए थे") and the case registered then
    _, events = article_events(
        "गाजीपुर में 24 लोगों को भेजा गया अस्थाई जेल\n"
        "दिल्ली से जनपद आए 11 जमातियों व उनके खिदमत में लगे 13 लोगों को रविवार की देर शाम"
        " छावनी लाइन स्थित अस्थाई जेल भेज दिया गया ।\n"
        "धर्म प्रचार के लिए दिल्ली के निजामुद्दीन से तब्लीगी जमात में शामिल होने के बाद गत 14"
        " मार्च को 11 जमाती शहर के मरकजी मस्जिद आए थे । इस पर शासन के निर्देश पर पुलिस"
        " प्रशासन ने इनके खिलाफ मुकदमा दर्ज कर लिया ।",
        "2020-05-04",
    )
    [ev] = [e for e in events if e.trigger == "मुकदमा दर्ज"]
    assert ev.date is None


def test_an_earlier_day_in_the_past_perfect() -> None:
    _, events = article_events(
        f"{_HEADLINE}{_LEAD}प्रधानमंत्री ने राज्यों से हॉटस्पॉट क्षेत्रों में सख्ती बरतने को कहा"
        " था ।",
        "2020-04-27",
    )
    [ev] = [e for e in events if e.type == "REQUEST"]
    assert ev.date is None


def test_a_first_person_recount_keeps_no_date() -> None:
    _, events = article_events(
        f"{_HEADLINE}{_LEAD}प्रधानमंत्री ने कहा कि हमने राज्यों को हॉटस्पॉट क्षेत्रों में सख्ती"
        " बरतने का निर्देश दिया है ।",
        "2020-04-27",
    )
    assert all(e.date is None for e in events if e.trigger == "निर्देश")


def test_an_act_inside_a_content_clause_keeps_no_date() -> None:
    # AU-2020-MAR-11.txt: the doctor's Tuesday allegation, then her story of how the man was
    # asked earlier to tell the health department of his travel
    _, events = article_events(
        "डॉक्टर का आरोप\n"
        "केरल में एक निजी क्लिनिक में काम करने वाली एक डॉक्टर ने मंगलवार को आरोप लगाया कि एक"
        " अनिवासी भारतीय ने उनके साथ दुर्व्यवहार किया ।\n"
        "महिला डॉक्टर ने संवाददाताओं को बताया कि जब उक्त व्यक्ति से स्वास्थ्य विभाग को अपनी"
        " विदेश यात्रा के बारे में बताने को कहा गया तो उसने मना कर दिया ।",
        "2020-03-11",
    )
    assert all(e.date is None for e in events if e.sentence == 2)


def test_an_actor_given_two_days_keeps_no_date() -> None:
    _, events = article_events(
        f"{_HEADLINE}प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को कहा कि पूर्णबंदी का कदम कारगर रहा है ।"
        " प्रधानमंत्री ने रविवार को मुख्यमंत्रियों के साथ बैठक की ।\n" + _TOLD,
        "2020-04-27",
    )
    assert _request(events, "कहा").date is None


def test_the_actors_act_on_another_day_between() -> None:
    _, events = article_events(
        f"{_HEADLINE}{_LEAD}प्रधानमंत्री ने रविवार को मुख्यमंत्रियों के साथ बैठक की ।\n{_TOLD}",
        "2020-04-27",
    )
    assert _request(events, "कहा").date is None


# AU-2020-MAR-19.txt: a lead that tells the PM's address with its day but holds no event of its own
_ADDRESS = "कोरोना वायरस के बढ़ते प्रकोप के बीच आज प्रधानमंत्री नरेंद्र मोदी ने देश से सीधा संवाद किया ।"


def test_an_eventless_lead_names_its_agent_and_day() -> None:
    _, events = article_events(
        f"पीएम का संबोधन: घर से न निकलें\n{_ADDRESS}\n"
        "उन्होंने कहा, सभी केंद्र व राज्य सरकारों के दिशा-निर्देशों का पालन करें ।",
        "2020-03-19",
    )
    ev = _request(events, "कहा")
    assert ev.date == "2020-03-19"
    assert ev.date_basis == "lead: 'नरेंद्र मोदी ने' (आज)"


def test_the_agents_day_told_before_in_the_paragraph() -> None:
    # DH-2020-ARP-08.txt (the tuning set Vi's DH-2020-04-08-L11-e01): the decision's day in an
    # eventless sentence, the order itself in the next
    _, events = article_events(
        "योगी सरकार का बड़ा फैसला\n"
        "उत्तर प्रदेश में कोरोना वायरस के बढ़त कहर को देखते हुए योगी सरकार ने बुधवार को बड़ा फैसला"
        " लिया है । योगी सरकार ने उत्तर प्रदेश के 15 जिलों के हॉट स्पॉट इलाकों को 15 अप्रैल की"
        " सुबह तक पूरी तरह सील करने के आदेश दिए हैं ।",
        "2020-04-08",
    )
    [ev] = [e for e in events if e.trigger == "सील"]
    assert ev.date == "2020-04-08"
    assert ev.date_basis == "paragraph: 'योगी सरकार ने' (बुधवार को)"


def test_a_group_agent_is_no_occasion() -> None:
    _, events = article_events(
        "नागरिकों की मांग\n"
        "गोरखपुर शहर के नागरिकों ने शुक्रवार को प्रशासन के सामने अपनी समस्याएं रखीं ।\n"
        "राप्तीनगर फेज चार के नागरिकों ने इलाके में सफाई, छिड़काव और फॉगिंग की मांग की है ।",
        "2020-04-10",
    )
    [ev] = [e for e in events if e.trigger == "मांग"]
    assert ev.date is None


def test_a_day_inside_what_was_said_is_no_occasion() -> None:
    # DJ-2020-MAR-03.txt: the airline's statement tells the passenger's travel day; the crew's
    # watch is not of that day
    _, events = article_events(
        "इंडिगो का बयान\n"
        "एयर लाइन इंडिगो ने बयान जारी कर कहा है कि हैदराबाद में कोरोना वायरस के पीड़ित पाए गए शख्स"
        " ने दुबई से बेंगलुरु के बीच इंडिगो के विमान 6E 96 से 20 फरवरी को यात्रा की थी । उस विमान"
        " के 4 केबिन क्रू को घर में ही विशेष निगरानी में रखा गया है ।",
        "2020-03-03",
    )
    [ev] = [e for e in events if e.trigger == "निगरानी में"]
    assert ev.date is None


def test_a_background_act_of_the_agent_is_no_occasion() -> None:
    # the sentence before tells an earlier act of the same agent in the past perfect: its day is
    # that act's, not the news's (round dt1's parity rule)
    _, events = article_events(
        "योगी सरकार का फैसला\n"
        "योगी सरकार ने सोमवार को प्रदेश के सभी स्कूलों को बंद कर दिया था । योगी सरकार ने उत्तर"
        " प्रदेश के 15 जिलों के हॉट स्पॉट इलाकों को पूरी तरह सील करने के आदेश दिए हैं ।",
        "2020-04-08",
    )
    [ev] = [e for e in events if e.trigger == "सील"]
    assert ev.date is None
