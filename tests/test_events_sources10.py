"""Issue 13, round ev90: event SOURCES, the office that acts rather than a generic body. Kinds
(from the tune half of the event gold, checked on corpus day files outside its days): an official
who leads a team or an agentless act ("X के नेतृत्व में", "X की अगुवाई में") is its source.
Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-04-22")


def test_a_named_official_leading_a_team_is_its_source() -> None:
    art = analysed(
        "हजारीबाग । प्रखंड के एक गांव में संक्रमित मिला है । अंचल अधिकारी सुनील कुमार के नेतृत्व"
        " में पुलिस व स्वास्थ्य विभाग की टीम गांव पहुंच गई है ।"
    )
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "source") == ["Sunil Kumar"]
    art = analysed("शिमला में स्वास्थ्य विभाग की टीम ने सीएमओ डॉ. राकेश शर्मा की अगुवाई में होटल को सील कर दिया ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Rakesh Sharma"]


def test_a_leader_names_the_agent_of_a_passive() -> None:
    art = analysed("मेरठ में बाजार के पास एसपी सिटी अनीता सिंह की अगुवाई में लॉकडाउन तोड़ने वालों पर कार्रवाई की गई ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Anita Singh"]


def test_an_agent_of_its_own_keeps_its_act() -> None:
    # the DM sealed the village through the SDM; workers led by their union head met an officer
    art = analysed("गया के जिलाधिकारी अभिषेक सिंह ने एसडीएम के नेतृत्व में गांव को सील कर दिया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Abhishek Singh"]
    art = analysed("यूनियन के नेता रमेश यादव के नेतृत्व में कर्मचारियों ने महाप्रबंधक से मुलाकात की ।")
    for ev in _events(art, "CONSULT"):
        assert _names(art, ev, "source") != ["Ramesh Yadav"]


def test_a_place_or_a_body_leading_is_no_leader() -> None:
    # "under Modi's leadership the country …", "under the state's lead": no official's act
    art = analysed("बिहार के नेतृत्व में स्वास्थ्य विभाग की टीम गांव पहुंच गई है ।")
    [ev] = _events(art, "CONSULT")
    # the department of the one state the sentence names (round ev109), not a leader
    assert _names(art, ev, "source") == ["Bihar health department"]
    art = analysed("पटना में जिला प्रशासन की टीम ने दुकानों को सील कर दिया ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Patna district administration team"]


def test_the_state_named_since_the_government_is_the_states_scope() -> None:
    # a round-up: Maharashtra's chief minister spoke, then Karnataka confirmed cases
    art = analysed(
        "महाराष्ट्र के मुख्यमंत्री उद्धव ठाकरे ने शुक्रवार को कहा कि मुंबई में सभी दफ्तर बंद रहेंगे ।"
        " कर्नाटक ने शनिवार को कोरोना के दो नए मामलों की पुष्टि की है । राज्य में 1,200 लोगों को"
        " निगरानी में रखा गया है ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    # Karnataka's: its health department since round sa12 (people kept under observation)
    assert _names(art, ev, "source") == ["Karnataka health department"]


def test_a_government_named_after_the_state_keeps_the_scope() -> None:
    art = analysed(
        "बिहार में संक्रमण के 12 नए मामले सामने आए हैं । इस बीच पंजाब सरकार ने सभी स्कूलों को बंद"
        " करने का फैसला किया है । राज्य में 800 लोगों को निगरानी में रखा गया है ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    # Punjab's: its health department since round sa12 (people kept under observation)
    assert _names(art, ev, "source") == ["Punjab health department"]
    # a state named as where the chief minister's people are stranded is not the scope
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने शनिवार को अधिकारियों के साथ बैठक की । महाराष्ट्र में फंसे बिहार के"
        " मजदूरों को लाने की तैयारी है । राज्य में अब तक 2,000 लोगों को क्वारंटीन किया गया है ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _names(art, ev, "source") == ["Government of Bihar"]


def test_delhis_metro_closed_is_the_metro_corporations_act() -> None:
    art = analysed("नई दिल्ली । कोरोना वायरस के चलते शनिवार को दिल्ली मेट्रो की सेवाएं बंद रहेंगी ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Delhi Metro Rail Corporation"]


def test_other_metros_and_national_closures_keep_their_issuer() -> None:
    # another city's metro (its operator is no actor of the dictionary): the place's authority
    art = analysed("लखनऊ । संक्रमण के खतरे को देखते हुए रविवार को लखनऊ मेट्रो बंद रहेगी ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Lucknow district administration"]
    # the metro with trains: a national matter
    art = analysed("नई दिल्ली । 3 मई तक ट्रेन और मेट्रो सेवाएं बंद रहेंगी ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Government of India"]
    # a closure of malls in Delhi stays the Delhi government's
    art = analysed("नई दिल्ली । दिल्ली सरकार ने शनिवार को सभी मॉल बंद करने का फैसला किया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Government of Delhi"]


def test_officers_deployed_are_no_source_of_their_deployment() -> None:
    art = analysed(
        "धनबाद । उपायुक्त अमित कुमार ने बताया कि संक्रमित मिलने के बाद गांव को सील किया गया है ।"
        " इसके अलावा गांव के हर रास्ते पर दंडाधिकारियों, पुलिस पदाधिकारियों की प्रतिनियुक्ति की है ।"
    )
    [ev] = _events(art, "MOBILIZE")
    assert _names(art, ev, "source") == ["Amit Kumar"]
    assert "Dhanbad Police" in _names(art, ev, "target")


def test_a_force_standing_deployed_or_a_deployer_named_keeps_its_source() -> None:
    art = analysed("धनबाद । इस दौरान शहर में काफी संख्या में पुलिस बल भी तैनात रहेंगे ।")
    [ev] = _events(art, "MOBILIZE")
    assert _names(art, ev, "source") == ["Dhanbad Police"]
    art = analysed("गया । जिलाधिकारी अभिषेक सिंह ने गांव में पुलिस बल की तैनाती की है ।")
    [ev] = _events(art, "MOBILIZE")
    assert _names(art, ev, "source") == ["Abhishek Singh"]


def test_an_authority_cited_for_an_agentless_measure_is_its_source() -> None:
    art = analysed(
        "मैनपुरी । स्वास्थ्य विभाग के अनुसार जिला अस्पताल के वार्ड में बाहर से आने वाले लोगों को 14"
        " दिन तक निगरानी में रखा जाएगा ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Mainpuri health department"]
    art = analysed("अलीगढ़ । जिलाधिकारी के अनुसार शहर में सुबह मिलने वाली छूट को अगले आदेश तक खत्म कर दिया गया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Aligarh District Magistrate"]


def test_a_news_agency_or_a_world_body_cited_is_no_source() -> None:
    art = analysed("नोएडा । समाचार एजेंसी पीटीआइ के मुताबिक, शहर के तीन प्राइवेट स्कूल बंद कर दिए गए हैं ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Gautam Buddh Nagar district administration"]
    art = analysed("नई दिल्ली । विश्व स्वास्थ्य संगठन के मुताबिक इटली में सभी स्कूल बंद कर दिए गए हैं ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Government of Italy"]
    # an authority acting in another clause comes before the one cited
    art = analysed("अलीगढ़ । पुलिस के मुताबिक प्रशासन ने गांव में सर्वे कराया और गांव को सील कर दिया गया ।")
    [ev] = _events(art, "COERCE", "seal")
    assert _names(art, ev, "source") == ["Aligarh district administration"]


def test_the_police_or_a_health_department_cited_for_a_seal_issue_nothing() -> None:
    # the police are the news's source; a seal is the district administration's (round ev15)
    for cited in ("पुलिस", "स्वास्थ्य विभाग"):
        art = analysed(f"मैनपुरी । {cited} के मुताबिक संक्रमित मिलने के बाद गांव को सील कर दिया गया है ।")
        [ev] = _events(art, "COERCE", "seal")
        assert _names(art, ev, "source") == ["Mainpuri district administration"], cited
