"""Issue 13, round ev192: English names that dropped what the Hindi says. (1) A district's officer
the KB does not know ("जिलाधिकारी कौशलराज शर्मा ने …") names the groups and things he acts on in
his district, which the text says (the place before the office word, the place the act happens in,
the one district administration of the report); (2) violators said with what they break when it
stands right before the span ("लॉकडाउन नियमों का [उल्लंघन करने वाले … लोगों]"); (3) a team noun
said with its owner ("डॉक्टरों की [टीम]"). Sentences short and quoted or written like the news of
corpus/hindi-covid-2020's allowed day files."""

from __future__ import annotations

from khabar.events.group_words import broken_before, own_of, team_of
from khabar.events.officer_place import officer_districts
from khabar.model import Argument

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-23")


def _target(text: str, span: str, ident: str, en: str | None) -> Argument:
    start = text.index(span)
    return Argument("target", span, start, start + len(span), ident, en)


def test_an_uncoded_magistrate_acts_in_the_place_of_his_act() -> None:
    art = analysed(
        "वाराणसी में किए गए लॉकडाउन का पालन के लिए जिलाधिकारी कौशलराज शर्मा ने अधिकारियों को निर्देश"
        " दिए । उन्होंने जन सामान्य से अपील भी की है कि वह अपने घर में ही रहें ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["general public in Varanasi"]
    assert officer_districts(art.events, art.text) == {"name:person:kslrj-srm": "Varanasi"}


def test_the_place_before_the_office_word_is_his() -> None:
    art = analysed("इधर, रांची के उपायुक्त राय महिमापत रे ने सिविल सर्जन को निर्देश दिया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["civil surgeon in Ranchi"]


def test_no_office_or_no_district_places_nothing() -> None:
    # a person named with no office: his targets stay as the Hindi says them
    art = analysed("कौशलराज शर्मा ने जन सामान्य से घर में रहने की अपील की है ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["general public"]
    # a state is no district: "बिहार में" places no district magistrate
    art = analysed("बिहार में जिलाधिकारी कौशलराज शर्मा ने जन सामान्य से घर में रहने की अपील की है ।")
    assert officer_districts(art.events, art.text) == {}


def test_violators_say_what_they_break_before_the_span() -> None:
    text = (
        "लॉकडाउन नियमों का उल्लंघन करने वाले कुल 1,28,257 लोगों को दिल्ली पुलिस अधिनियम की धारा 65"
        " के तहत हिरासत में लिया गया है ।"
    )
    span = "उल्लंघन करने वाले कुल 1,28,257 लोगों"
    arg = _target(text, span, f"text:{span}", "1,28,257 violators in Delhi")
    assert broken_before(arg, text) == "1,28,257 violators of the lockdown in Delhi"
    text = "पुलिस ने लॉकडाउन के पहले दिन नियम का उल्लंघन करने वाले 348 लोगों के खिलाफ कार्रवाई की है ।"
    span = "उल्लंघन करने वाले 348 लोगों"
    arg = _target(text, span, f"text:{span}", "348 violators in Nagpur")
    assert broken_before(arg, text) == "348 violators of the rules in Nagpur"
    # something no rule names ("निर्देशों" stays the bare violators, as in the phrase glosser)
    text = "निर्देशों का उल्लंघन करने वाले 12 लोगों के खिलाफ कार्रवाई की है ।"
    span = "उल्लंघन करने वाले 12 लोगों"
    assert broken_before(_target(text, span, f"text:{span}", "12 violators"), text) is None


def test_a_team_is_said_with_its_owner() -> None:
    text = "घटनास्थल पर पहुंची पुलिस की टीम पर लोगों ने पथराव कर दिया ."
    assert team_of(_target(text, "टीम", "text:टीम", None), text) == "team of the police"
    text = "मुख्यमंत्री ने मेला में शामिल होने वाले डॉक्टरों की टीम को ट्रेनिंग देने के लिए कहा है ।"
    assert team_of(_target(text, "टीम", "text:टीम", None), text) == "team of doctors"
    art = analysed(text)
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["team of doctors"]
    # no owner before it, or a demonstrative: nothing is said
    text = "इस टीम को बिल गेट्स फाउंडेशन की तरफ से फंड दिया जा रहा है ."
    assert team_of(_target(text, "इस टीम", "text:इस टीम", None), text) is None
    text = "टीम ने 50 घरों के लोगों को घरों में ही रहने के लिए कहा है ।"
    assert team_of(_target(text, "टीम", "text:टीम", None), text) is None


def test_a_named_bodys_own_people_are_said_as_its_own() -> None:
    art = analysed(
        "सीआईआई ने अपनी सदस्य कंपनियों से आग्रह किया है कि वे कर्मचारियों की छंटनी नहीं करें ।",
        "2020-03-19",
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["member companies of CII"]
    art = analysed(
        "इसी बीच एयर इंडिया ने बुधवार की रात कहा कि वह रोम और मिलान के लिए अपनी उड़ानें अस्थाई रूप से"
        " बंद कर रही है .",
        "2020-03-12",
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["flights of Air India"]


def test_a_persons_own_and_a_placed_english_stay_as_they_were() -> None:
    text = "एपल ने अपने कर्मचारियों को घर से काम करने की सलाह दी ।"
    arg = _target(text, "कर्मचारियों", "actor:workers", "workers")
    end = len("एपल")
    assert own_of(arg, text, "workers", "Apple Inc.", end) == "workers of Apple Inc."
    assert own_of(arg, text, "workers", "companies", end) is None  # no name: "कंपनी ने अपने …"
    assert own_of(arg, text, "workers in Delhi", "Apple Inc.", end) is None
    assert own_of(arg, text, "Indian state governments", "Government of Punjab", end) is None
    # the reflexive of another phrase, with a word between that is no modifier
    text = "एपल ने अपने घर पर कर्मचारियों को बुलाया ।"
    arg = _target(text, "कर्मचारियों", "actor:workers", "workers")
    assert own_of(arg, text, "workers", "Apple Inc.", end) is None
    # the reflexive of the act ordered: the hospitals' own workers, not the officer's
    art = analysed("उपायुक्त ने सभी अस्पतालों को अपने कर्मचारियों को मास्क देने के निर्देश दिए ।")
    [aid] = _events(art, "AID")
    assert _names(art, aid, "target") == ["workers"]


def test_office_lookup_by_first_word_finds_what_a_scan_of_every_form_finds() -> None:
    """The offices indexed by their first word (a speed step, lead) start where a scan of every
    office form over every position says, on real phrases of the allowed day files."""
    from khabar.events.officer_place import _office_at, _offices

    forms = [form for group in _offices().values() for form in group]
    assert forms, "the actor dictionary has local offices held by one person"

    def scanned(words: list[str]) -> int | None:
        for i in range(len(words) - 1, -1, -1):
            if any(tuple(words[i : i + len(f)]) == f for f in forms):
                return i
        return None

    for phrase in (
        "वाराणसी में किए गए लॉकडाउन का पालन के लिए जिलाधिकारी कौशलराज शर्मा ने",
        "नोएडा के डीएम बीएन सिंह ने",
        "रांची के उपायुक्त राय महिमापत रे ने सिविल सर्जन को",
        "पुलिस अधीक्षक और मुख्य चिकित्सा अधिकारी ने",
        "प्रधानमंत्री नरेंद्र मोदी ने देशवासियों से",
    ):
        words = phrase.split()
        assert _office_at(words) == scanned(words), phrase
    assert _office_at(["नोएडा", "के", "डीएम", "बीएन", "सिंह", "ने"]) is not None
