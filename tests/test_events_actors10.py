"""Issue 13, round ev71: event actors on unseen text (the ev68 actor stand-in K and corpus day
files outside the event gold's days). Kinds: the agent of a passive written with द्वारा holds
across the ban's पर or the place's में ("X द्वारा … प्रवेश पर रोक लगा दी गई"), but not across a
participle it belongs to; whoever did the act that is praised, criticised or alleged, written
with द्वारा, is its target; role, office and kinship words before a name are no part of the
person's English name. Sentences written like the news of corpus/hindi-covid-2020, not taken
from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.events.names import name_words, romanise
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-22")


def _names(art: Article, kind: str, role: str, nth: int = 0) -> list[str]:
    """English names of the ``role`` ("source"/"target") actors of the ``nth`` event of a type."""
    ev = [e for e in art.events if e.type == kind][nth]
    names = english_names(art, ev)
    return [names.get(i, "") for i in getattr(ev, role)]


def test_a_named_person_is_the_agent_of_a_passive_across_the_ban() -> None:
    art = analysed("राष्ट्रपति डोनाल्ड ट्रंप द्वारा यूरोप से आने वाले यात्रियों पर रोक लगा दी गई है ।")
    assert _names(art, "COERCE", "source") == ["Donald Trump"]
    art = analysed("मुख्यमंत्री नीतीश कुमार द्वारा पूरे राज्य में लॉकडाउन की घोषणा की गई ।")
    assert _names(art, "COERCE", "source") == ["Nitish Kumar"]


def test_a_participle_keeps_its_own_agent() -> None:
    # the minister issued the order; who arrested is not said
    art = analysed("मुख्यमंत्री नीतीश कुमार द्वारा जारी आदेश के उल्लंघन पर 20 दुकानदारों को गिरफ्तार किया गया ।")
    assert "Nitish Kumar" not in _names(art, "COERCE", "source")
    art = analysed("मुख्यमंत्री नीतीश कुमार द्वारा दी जाने वाली सहायता पर रोक लगा दी गई ।")
    assert "Nitish Kumar" not in _names(art, "COERCE", "source")


def test_the_doer_of_a_praised_or_criticised_act_is_its_target() -> None:
    art = analysed(
        "भाजपा नेता राहुल सिन्हा ने ममता द्वारा पत्रकारों को निशाना बनाए जाने की कड़ी आलोचना की ।"
    )
    assert _names(art, "ACCUSE", "source") == ["Rahul Sinha"]
    assert _names(art, "ACCUSE", "target") == ["Mamata Banerjee"]
    art = analysed("कर्मचारियों ने पुलिस द्वारा गलत व्यवहार किए जाने का आरोप लगाया है ।")
    assert _names(art, "ACCUSE", "target") == ["police"]
    # the agent of the praise itself is no target
    art = analysed("मुख्यमंत्री नीतीश कुमार द्वारा डॉक्टरों के काम की सराहना की गई ।")
    assert "Nitish Kumar" not in _names(art, "SUPPORT", "target")


def test_role_and_kinship_words_stay_out_of_a_name() -> None:
    assert romanise("आरोपी राकेश") == "Rakesh"
    assert romanise("रेलमंत्री पीयूष गोयल") == "Piyush Goyal"
    assert romanise("सास सुनीता देवी") == "Sunita Devi"
    assert romanise("डॉक्टर अमित वर्मा") == "Dr Amit Verma"
    assert name_words(["कैप्टन"]) == ["कैप्टन"]  # nothing else: kept
    art = analysed("पुलिस ने आरोपी राकेश को गिरफ्तार कर जेल भेज दिया ।")
    assert _names(art, "COERCE", "target") == ["Rakesh"]


def test_an_official_briefing_on_a_passive_act_speaks_for_the_ministry() -> None:
    art = analysed(
        "स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि संक्रमितों के संपर्क में आए लोगों"
        " को बड़े पैमाने पर क्वारंटीन में रखा गया है ।"
    )
    assert "Ministry of Health" in " ".join(_names(art, "COERCE", "source"))
    # a minister speaks for himself; an official's own request stays his
    art = analysed("महाराष्ट्र की शिक्षा मंत्री वर्षा गायकवाड़ ने कहा कि सभी परीक्षाओं को रद्द कर दिया गया है ।")
    assert _names(art, "COERCE", "source") == ["Varsha Gaikwad"]
    art = analysed("स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि सभी लोग घरों में रहें ।")
    assert _names(art, "REQUEST", "source") == ["Lav Agarwal"]


def test_a_glossed_group_whose_act_is_praised_is_the_target() -> None:
    art = analysed(
        "अस्पताल के प्राचार्य डॉ थॉमस ने इलाज के दौरान युवक द्वारा दिखाए गए साहस की प्रशंसा की ।"
    )
    assert _names(art, "SUPPORT", "target") == ["young man"]


def test_a_technology_company_acting_is_named() -> None:
    art = analysed("माइक्रोसॉफ्ट ने अपने सभी कर्मचारियों को घर से काम करने का निर्देश दिया है ।")
    assert _names(art, "COERCE", "source") == ["Microsoft"]
    art = analysed("गूगल ने अपने सभी कर्मचारियों को घर से काम करने का निर्देश दिया है ।")
    assert _names(art, "COERCE", "source") == ["Google"]


def test_people_of_world_news_are_spelt_as_english_news_does() -> None:
    assert romanise("माइक पोम्पियो") == "Mike Pompeo"
    assert romanise("एंड्रयू कुओमो") == "Andrew Cuomo"
    art = analysed("कैलिफोर्निया के गवर्नर गेविन न्यूसम ने राज्य में आपातकाल की घोषणा कर दी है ।")
    ev = art.events[0]
    assert "Gavin Newsom" in english_names(art, ev).values()


def test_a_by_agent_holds_across_the_people_an_action_is_taken_against() -> None:
    # "घूमने वालों": the people's own roaming, no participle of the agent's
    art = analysed("पुलिस द्वारा लॉकडाउन में बाहर घूमने वालों पर सख्त कार्रवाई की गई ।")
    assert _names(art, "COERCE", "source") == ["police"]


def test_people_of_a_continent_keep_their_place() -> None:
    art = analysed("अमेरिका ने यूरोप के यात्रियों के प्रवेश पर रोक लगा दी है ।")
    targets = _names(art, "COERCE", "target")
    assert targets and "Europe" in targets[0] and "United States" not in targets[0]
