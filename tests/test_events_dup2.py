"""Round dup2 (issue 13, duplicates): one act told twice in two sentences of an article, with the
same type, mode and parties and most of the same words (a lead and its body, a paragraph the day
file repeats, a report and its quote), is one event. Sentences from the allowed corpus day files;
the negatives are the near-misses the rule must leave: one giver's two appeals on two matters, and
one giver's trains counted twice with other numbers."""

from __future__ import annotations

from hindi_events import analyser
from khabar.model import Article, Event

analysed = analyser("2020-04-05")


def _of(art: Article, kind: str) -> list[Event]:
    return [e for e in art.events if e.type == kind]


def test_a_lead_told_again_by_its_body_is_one_act() -> None:
    # DJ-2020-ARP-05.txt: the lead's sealing, told again with its cause two paragraphs on (the
    # dateline places the bare "पुलिस" in Lucknow, as in the article)
    lead = (
        "लखनऊ, जेएनएन । इसके साथ ही पुलिस ने पुराने लखनऊ के कैसरबाग, वजीरगंज, तालकटोरा, सआदतगंज और अमीनाबाद स्थित"
        " कुछ मस्जिद के आसपास क्षेत्र को सील कर दिया है ।"
    )
    body = (
        "लखनऊ में सात अन्य जमातियों के कोरोना वायरस के संक्रमण से संक्रमित होने के बाद राजधानी पुलिस ने"
        " पुराने लखनऊ के कैसरबाग, वजीरगंज, तालकटोरा, सआदतगंज और अमीनाबाद स्थित कुछ मस्जिद के आसपास"
        " क्षेत्र को सील कर दिया है ।"
    )
    art = analysed(f"{lead} {body}")
    assert len([e for e in _of(art, "COERCE") if e.mode == "seal"]) == 1


def test_a_paragraph_the_day_file_repeats_is_one_act() -> None:
    # AU-2020-ARP-27.txt: the paragraph printed again lower in the article, "भी" added
    said = "उन्होंने दुकानें खोलने को लेकर गृह मंत्रालय के हाल के आदेश पर और स्पष्टता की मांग{} की ।"
    art = analysed(
        "बैठक के बाद मुख्यमंत्री ममता बनर्जी ने केंद्र सरकार पर लॉकडाउन को लेकर विरोधाभासी बयान देने का"
        f" आरोप लगाया । {said.format('')} पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने आरोप लगाया कि केंद्र"
        f" सरकार लॉकडाउन पर विरोधाभासी बयान दे रही है । {said.format(' भी')}",
        "2020-04-27",
    )
    assert len(_of(art, "REQUEST")) == 1
    assert len(_of(art, "ACCUSE")) == 1


def test_a_report_and_its_quote_are_one_act() -> None:
    # NT-2020-APR-06.txt: the official's word reported, then quoted
    art = analysed(
        "अवनीश अवस्थी ने कहा है कि अगर कोरोना वायरस का एक भी मामला प्रदेश में रहेगा तो लॉकडाउन नहीं"
        " खोला जाएगा । उन्होंने कहा, 'लॉकडाउन खोलने में अभी समय लगेगा । अगर प्रदेश में कोरोना का एक"
        " भी केस रहेगा तो लॉकडाउन नहीं खुलेगा ।'",
        "2020-04-06",
    )
    assert len([e for e in _of(art, "COERCE") if e.mode == "close"]) == 1


def test_two_appeals_of_one_giver_stay_two() -> None:
    # DJ-2020-MAR-07.txt: rumours, then cleanliness: the same parties, two matters
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने लोगों से कोरोना वायरस को लेकर अफवाहों पर ध्यान न देने को आग्रह किया ।"
        " उन्होंने लोगों से साफ-सफाई पर ध्यान देने का आग्रह किया ।",
        "2020-03-07",
    )
    assert len(_of(art, "REQUEST")) == 2


def test_trains_counted_with_other_numbers_stay_two() -> None:
    # AU-2020-MAY-07.txt: 163 trains since the 1st, 14 on Thursday: two acts counted
    art = analysed(
        "भारतीय रेलवे ने गुरुवार को कहा कि उसने 1 मई से अब तक 163 श्रमिक स्पेशल ट्रेनें चलाई हैं ।"
        " वहीं, गुरुवार को 14 श्रमिक स्पेशल ट्रेनें चलाई गईं ।",
        "2020-05-07",
    )
    assert len(_of(art, "AID")) == 2
