"""Issue 13, round ta14 (targets): an allegation whose कि-clause names the doer with ने ("…
आरोप लगाया कि X ने …", "X का आरोप है कि Y ने …") accuses that doer
(:func:`khabar.events.alleged_doers.alleged_doers`). Real sentences (the allowed corpus day
files named) and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-11")


def test_the_clinic_management_is_accused() -> None:
    # AU-2020-MAR-11.txt (the tuning set Vh: "क्लिनिक के प्रबंधन")
    text = (
        "केरल में एक निजी क्लिनिक में काम करने वाली एक डॉक्टर ने मंगलवार को यह बात कही ।"
        " उन्होंने आरोप लगाया कि मामले की सूचना पुलिस को देने और घटना के बारे में सोशल मीडिया और"
        " टीवी के जरिए लोगों को बताने के लिए क्लिनिक के प्रबंधन ने उन्हें नौकरी से निकाल दिया ।"
    )
    art = analysed(text)
    [ev] = events_of(art, "ACCUSE")
    assert ev.target == ["text:क्लिनिक के प्रबंधन"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "क्लिनिक के प्रबंधन"  # its words are the evidence


def test_a_community_accused_after_a_glued_that() -> None:
    # DH-2020-ARP-03.txt: "हैकि" as printed (the copula glued to कि)
    text = (
        "कुछ धर्मनिरपेक्ष इस्राइलियों का आरोप हैकि हारेदी समुदाय ने महामारी को रोकने के देश के"
        " प्रयासों को कमजोर किया है ।"
    )
    art = analysed(text, "2020-04-03")
    [ev] = events_of(art, "ACCUSE")
    assert ev.target == ["text:हारेदी समुदाय"]


def test_a_pronoun_doer_or_an_unmarked_clause_is_left() -> None:
    # negatives, written: the doer a pronoun (no party said), the clause with no ने
    art = analysed("विपक्ष ने आरोप लगाया कि उन्होंने जानकारी छिपाई ।")
    assert all(not e.target for e in events_of(art, "ACCUSE"))
    art = analysed("मजदूरों का आरोप है कि उन्हें खाना नहीं मिल रहा है ।")
    assert all(not any("उन्हें" in t for t in e.target) for e in events_of(art, "ACCUSE"))


def test_a_clause_after_another_verb_is_not_read() -> None:
    # negative, written: "कहा कि … ने" is a report, not the allegation's clause
    art = analysed("डॉक्टर ने शिकायत दर्ज कराई और कहा कि प्रबंधन ने उन्हें निकाल दिया ।")
    assert all("text:प्रबंधन" not in e.target for e in events_of(art, "ACCUSE"))
