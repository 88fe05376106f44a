"""Issue 13, round tg18 (deployments): the force or personnel named before "तैनात"/"तैनाती" is the
MOBILIZE event's target, never its source ("आरएएफ के जवान तैनात कर दिए", "नेशनल गार्ड को तैनात
किया", "पुलिस बल भी तैनात रहेंगे", "24 घंटे पुलिस की तैनाती"); where the force had been read as the
source, the actor leading the clause deploys it ("प्रशासन … आरएएफ के जवान तैनात कर दिए हैं") or
the rules for an agentless act infer the authority. Attributive "तैनात" ("इंदौर में तैनात 3000
पुलिसकर्मियों") stays no event, a place before the force is not part of it, and a deployment
that had a target keeps it. All sentences are from the 280 allowed corpus day files."""

from __future__ import annotations

from .hindi_events import analyser, events_of, one_event, role_names, sentence_views

analysed = analyser("2020-05-01")


def _parties(text: str, dct: str = "2020-05-01") -> tuple[list[str], list[str]]:
    art = analysed(text, dct)
    ev = one_event(art.events, "तैनात")
    assert ev.type == "MOBILIZE"
    side = {
        r: [art.text[a.start : a.end] for a in ev.arguments if a.role == r]
        for r in ("source", "target")
    }
    return side["source"], side["target"]


def test_a_force_the_clause_leader_deploys_is_the_target() -> None:
    # DH-2020-MAY-01.txt:8: the administration deployed the RAF (the RAF had been the source)
    text = (
        "जबकि प्रशासन क्षेत्र में बढ रहे संक्रमित रोगियो की संख्या को देखते हुए हॉट स्पाट क्षेत्र में"
        " ड्रोन से निगरानी रखने के साथ ही आरएएफ के जवान तैनात कर दिए हैं ।"
    )
    source, target = _parties(text)
    assert source == ["प्रशासन"]
    assert target == ["आरएएफ"]  # not the hot spot area where they stand


def test_a_force_marked_ko_is_the_target() -> None:
    # PK-2020-MAR-11.txt:36 (the tuning pool POOL_Y's PK-2020-03-11-L31-e04: US National Guard)
    text = "अमेरिका ने इस बीमारी से निपटने के लिए पहली बार नेशनल गार्ड को तैनात किया है."
    art = analysed(text, "2020-03-11")
    ev = one_event(art.events, "तैनात")
    targets = [a for a in ev.arguments if a.role == "target"]
    assert [art.text[a.start : a.end] for a in targets] == ["नेशनल गार्ड"]
    assert role_names(art, ev, "target") == ["National Guard"]
    assert [art.text[a.start : a.end] for a in ev.arguments if a.role == "source"] == ["अमेरिका"]


def test_a_force_that_stands_keeps_its_own_source() -> None:
    # PK-2020-MAY-01.txt:56: "तैनात रहेंगे" keeps round ev52's reading (the force mobilises);
    # moved to the target, a sentence with no authority anywhere in its article lost its event
    source, target = _parties("इस दौरान काफी संख्या में पुलिस बल भी तैनात रहेंगे.")
    assert source == ["पुलिस"]
    assert target == []  # never the same force on both sides


def test_teams_a_government_deploys_are_the_target() -> None:
    # NT-2020-MAR-06.txt:43
    text = "अधिकारियों के मुताबिक सरकार ने सीमा पर 37 मार्गों पर स्वास्थ्य टीमें भी तैनात की है ।"
    art = analysed(text, "2020-03-06")
    ev = one_event(art.events, "तैनात")
    targets = [a for a in ev.arguments if a.role == "target"]
    assert [art.text[a.start : a.end] for a in targets] == ["स्वास्थ्य टीमें"]
    assert role_names(art, ev, "target") == ["health teams"]


def test_the_genitive_of_a_deployment_noun_is_the_target() -> None:
    # DH-2020-MAY-03.txt:40: the police deployed, not the magistrate beside them nor the hours
    text = "वहां पर दंडाधिकारी के साथ 24 घंटे पुलिस की तैनाती कर दी गई है ।"
    art = analysed(text, "2020-05-03")
    ev = one_event(art.events, "तैनाती")
    assert [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"] == ["पुलिस"]


def test_a_listed_force_stops_at_its_source_postposition() -> None:
    # DH-2020-MAY-03.txt:42: the home guards of the police stations (not "थाना स्तर से")
    text = (
        "क्वारंटाइन सेंटर की सुरक्षा के लिए पुलिस केन्द्र से दो-दो डीएपी जवान के अलावा थाना स्तर से"
        " होमगार्ड एवं चौकीदार की तैनाती की गई है ।"
    )
    art = analysed(text, "2020-05-03")
    ev = one_event(art.events, "तैनाती")
    views = sentence_views(art)
    from khabar.events.deployed_parties import force_span

    sv = views[0]
    span = force_span(sv, sv.token_starting(ev.trigger_start) or 0)
    assert span is not None and sv.text_of(*span) == "होमगार्ड एवं चौकीदार"


def test_a_posted_attributive_is_no_deployment() -> None:
    # AU-2020-MAR-27.txt:37: advice to policemen on duty, no MOBILIZE
    text = (
        "कोरोना वायरस के प्रकोप के मद्देनजर इंदौर में लागू कर्फ्यू के दौरान ड्यूटी पर तैनात करीब 3,000"
        " पुलिस कर्मियों को सलाह दी गई है कि वे इसका संक्रमण रोकने की सावधानी के तौर पर कुछ समय के"
        " लिए अपने परिवार से दूरी बनाएं ।"
    )
    assert events_of(analysed(text, "2020-03-27"), "MOBILIZE") == []


def test_a_deployment_with_a_target_keeps_it() -> None:
    # DJ-2020-MAR-14.txt:92: the team of 14 members was the target already
    text = (
        "मरीजों की प्राथमिक जांच और निगरानी के लिए तीन चिकित्सकों सहित 14 सदस्यों की टीम भी तैनात"
        " कर दी गई है ।"
    )
    art = analysed(text, "2020-03-14")
    ev = one_event(art.events, "तैनात")
    assert [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"] == ["14 सदस्यों"]
