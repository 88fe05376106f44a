"""Round ac2 (issue 13): a condemnation a speaker states as a judgement in a copular predicate
("यह … अनैतिक, गैरकानूनी और अनुचित कारोबार है") is the speaker's ACCUSE disapprove, inside a named
speaker's quote or in a speech run's later sentence opening with "यह". Sentences from the allowed
corpus day files; the negatives are the near-misses the rule must leave: a claim denied ("यह खबर
बिल्कुल गलत हैं", REJECT's business), a rule stated ("जानकारी छिपाना अपराध है"), a regret used as a
modifier ("दुर्भाग्यपूर्ण मौत"), the writer's own words, and a criticism told again in its
paragraph."""

from __future__ import annotations

from hindi_events import analyser
from khabar.model import Article, Event

analysed = analyser("2020-05-03")


def _condemned(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "ACCUSE" and e.mode == "disapprove"]


def test_a_quoted_condemnation_is_the_speakers_accuse() -> None:
    # DH-2020-MAY-03.txt:20, the core ACCUSE DH-2020-05-03-L1-e08 of the tuning pool Y
    text = (
        'आईआईटी मद्रास में बायोटेक विशेषज्ञ प्रोफेसर आरएस वर्मा ने कहा, "यह पूरी तरह से अनैतिक,'
        " गैरकानूनी और अनुचित कारोबार है । प्लाज्मा थेरेपी को लेकर अभी कोई बात साबित भी नहीं हो"
        ' सकी है और उस पर यकीन कर मुनाफा कमाना कतई सही नहीं है ।"'
    )
    art = analysed(text)
    [ev] = _condemned(art)
    assert ev.trigger == "अनैतिक, गैरकानूनी और अनुचित"
    assert ev.modality == "happened" and ev.target == []
    [src] = [a for a in ev.arguments if a.role == "source"]
    assert "आरएस वर्मा" in art.text[src.start : src.end]  # evidence of the speaker kept
    assert ev.source == [src.entity_id]


def test_a_condemnation_told_on_in_the_speech_run() -> None:
    # PK-2020-APR-22.txt:51: Sharad Pawar on the Palghar killings, the sentence after the cue
    art = analysed(
        "एनसीपी प्रमुख शरद पवार ने कहा कि पालघर में जो कुछ हुआ, नहीं होना चाहिए था. यह"
        " दुर्भाग्यपूर्ण और निंदनीय है. पुलिस ने लगभग 100 लोगों को गिरफ्तार किया है और जांच चल"
        " रही है.",
        "2020-04-22",
    )
    [ev] = _condemned(art)
    assert ev.trigger == "दुर्भाग्यपूर्ण और निंदनीय"
    assert art.text[ev.evidence_start : ev.evidence_end].startswith("यह")
    [src] = [a for a in ev.arguments if a.role == "source_inferred"]
    assert art.text[src.start : src.end].endswith("शरद पवार")


def test_a_claim_called_wrong_is_no_condemnation() -> None:
    # PK-2020-MAR-09.txt:89: a denial of a news report (REJECT), not an ACCUSE
    art = analysed(
        "लेकिन कुछ स्वास्थ्य चिकित्सकों ने इसे सिरे से नकारते हुए कहा कि, यह खबर बिल्कुल गलत हैं.",
        "2020-03-09",
    )
    assert _condemned(art) == []


def test_a_rule_stated_is_no_condemnation() -> None:
    # NT-2020-MAR-27.txt:9: what the law says of hiding information, no act condemned
    assert _condemned(analysed("डीएम का कहना है कि जानकारी छिपाना अपराध है ।", "2020-03-27")) == []


def test_a_regret_as_a_modifier_is_no_condemnation() -> None:
    # PK-2020-APR-29.txt:2: "दुर्भाग्यपूर्ण मौत", a count with a regret
    art = analysed(
        "प्रमुख सचिव (चिकित्सा एवं स्वास्थ्य) अमित मोहन प्रसाद ने यहां संवाददाताओं से कहा, '' कुल"
        " 477 लोग पूर्णतया ठीक होकर घर जा चुके हैं, जबकि 36 लोगों की दुर्भाग्यपूर्ण मौत हुई है.''",
        "2020-04-29",
    )
    assert _condemned(art) == []


def test_the_writers_own_judgement_is_no_speakers_accuse() -> None:
    # DJ-2020-MAR-17.txt:44: the outlet calls it shameful; the minister's words condemn nothing
    art = analysed(
        "इससे भी शर्मनाक ये रहा है कि पाकिस्‍तान के विदेश मंत्री ने कहा कि भारत के लगातार"
        " नकारात्‍मक रवैये के बावजूद पाकिस्‍तान इस चर्चा में शामिल होगा ।",
        "2020-03-17",
    )
    assert _condemned(art) == []


def test_a_criticism_told_again_in_its_paragraph_is_one_act() -> None:
    # AU-2020-MAR-28.txt:54: "सवाल उठाए" and then "एक गलत कदम है", one criticism
    art = analysed(
        "बिहार के मुख्यमंत्री नीतीश कुमार ने मजदूरों के लिए की गई बसों की व्यवस्था पर सवाल उठाए हैं ।"
        " उन्होंने कहा कि विशेष बस से लोगों को भेजना एक गलत कदम है ।",
        "2020-03-28",
    )
    assert [e.trigger for e in _condemned(art)] == ["सवाल"]
