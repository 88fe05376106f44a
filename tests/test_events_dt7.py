"""Round dt7 (issue 13): timexes the time stage got wrong, so events took the wrong day or none.

Sentences are quoted from allowed corpus day files (the file named in a comment) or written;
references are the file's date, as the time stage uses. Each kind has negatives that show the
rule does not over-fire.
"""

from __future__ import annotations

from datetime import date

from khabar.time.stage import split_range
from khabar.time.tagger import tag

from .hindi_events import article_events


def _points(text: str, reference: date) -> list[tuple[str, str]]:
    """(text, value) of each timex, ranges split into their two points as the time stage does."""
    return [(p.text, p.value) for t in tag(text, reference) for p in split_range(t, text)]


# --- (a) a weekday closed by को is not the date after it ------------------------------------


def test_weekday_with_ko_stays_apart_from_the_bound_after_it() -> None:
    # AU-2020-MAR-22.txt (a Sunday): the order was given on Saturday, for the days up to 31 March
    line = ("राजस्थान के मुख्यमंत्री अशोक गहलोत ने शनिवार को 31 मार्च तक के लिए आवश्यक सेवाओं को "
            "छोड़कर राज्य में पूर्ण लॉकडाउन का निर्देश दिया ।")
    assert _points(line, date(2020, 3, 22)) == [("शनिवार को", "2020-03-21"), ("31 मार्च तक", "2020-03-31")]


def test_weekday_in_apposition_to_its_date_still_joins() -> None:
    # AU-2020-MAR-22.txt: "सोमवार 23 मार्च से मंगलवार 31 मार्च तक" names each day twice
    line = "मेट्रो सोमवार 23 मार्च से मंगलवार 31 मार्च तक अपनी सेवाएं बंद रखेगी ।"
    assert _points(line, date(2020, 3, 22)) == [("सोमवार 23 मार्च से", "2020-03-23"),
                                                 ("मंगलवार 31 मार्च तक", "2020-03-31")]
    # a date then its weekday (NT-2020-APR-08.txt's "11 अप्रैल शनिवार को")
    assert _points("यह बैठक 11 अप्रैल शनिवार को वीडियो कॉन्फ्रेंसिंग के जरिये होगी ।",
                   date(2020, 4, 8)) == [("11 अप्रैल शनिवार को", "2020-04-11")]


# --- (b) a weekday of a named week ----------------------------------------------------------


def test_weekday_of_last_week_is_that_day() -> None:
    # NT-2020-MAR-30.txt (a Monday): the lockdown began at midnight of Tuesday 24 March
    line = ("सरकार ने सोमवार को कहा कि पिछले हफ्ते मंगलवार को मध्यरात्रि से प्रभावी हुए 21 दिन के "
            "लॉकडाउन की अवधि बढ़ाने की उसकी कोई योजना नहीं है ।")
    points = _points(line, date(2020, 3, 30))
    assert ("पिछले हफ्ते मंगलवार को मध्यरात्रि से", "2020-03-24T24:00") in points
    assert all(not value.startswith("2020-W") for _, value in points)


def test_weekday_of_next_or_this_week() -> None:
    # written; 2020-04-08 is a Wednesday
    assert _points("अगले सप्ताह के सोमवार को बैठक होगी ।", date(2020, 4, 8)) == [
        ("अगले सप्ताह के सोमवार को", "2020-04-13")]
    assert _points("इस हफ्ते शुक्रवार को परीक्षा होगी ।", date(2020, 4, 8)) == [
        ("इस हफ्ते शुक्रवार को", "2020-04-10")]


def test_a_week_alone_or_a_weekly_habit_is_no_day() -> None:
    # DJ-2020-MAR-03.txt: a week with no weekday stays a week
    assert _points("पिछले हफ्ते देश में पहला मामला सामने आया था ।", date(2020, 3, 3)) == [
        ("पिछले हफ्ते", "2020-W09")]
    # a habit (AU-2020-MAR-21.txt has "हर सोमवार की"): every Monday, no day
    assert _points("हर सोमवार बाजार बंद रहता है ।", date(2020, 3, 21)) == [("हर सोमवार", "XXXX-WXX-1")]
    # "दो हफ्ते पहले सोमवार को": a count of weeks ago is not a named week
    values = [v for _, v in _points("दो हफ्ते पहले सोमवार को बैठक हुई थी ।", date(2020, 4, 8))]
    assert "2020-04-06" in values


# --- (c) a weekday with a clock time that starts a range to a date --------------------------


def test_weekday_start_of_a_range_keeps_its_day() -> None:
    # NT-2020-MAR-22.txt (a Sunday): the Delhi lockdown from Monday 6 am to the end of 31 March
    line = "सोमवार सुबह 6 बजे से 31 मार्च की आधी रात को 12 बजे तक यह लागू रहेगा ।"
    assert _points(line, date(2020, 3, 22)) == [("सोमवार सुबह 6 बजे से", "2020-03-23T06:00"),
                                                 ("31 मार्च की आधी रात को 12 बजे तक", "2020-03-31T24:00")]
    line = "सोमवार सुबह 6 बजे से 31 मार्च को आधी रात तक लॉकडाउन रहेगा ।"
    assert _points(line, date(2020, 3, 22))[0] == ("सोमवार सुबह 6 बजे से", "2020-03-23T06:00")


def test_a_day_range_still_borrows_the_month_of_its_end() -> None:
    # written: "1 से 15 मई" and "जनवरी से मार्च 2024 तक" (AU-2020-ARP-09.txt's plan)
    assert _points("1 से 15 मई तक दुकानें बंद रहेंगी ।", date(2020, 4, 28)) == [
        ("1 से", "2020-05-01"), ("15 मई तक", "2020-05-15")]
    assert _points("यह जनवरी से मार्च 2024 तक लागू किया जाएगा ।", date(2020, 4, 9))[0][1] == "2024-01"


def test_noon_and_midnight_clocks_are_kept_apart() -> None:
    # written: "दोपहर 12 बजे" is noon; only the 12 of आधी रात is midnight
    assert _points("शुक्रवार दोपहर 12 बजे बैठक होगी ।", date(2020, 4, 8)) == [
        ("शुक्रवार दोपहर 12 बजे", "2020-04-10T12:00")]


# --- the events these timexes date ------------------------------------------------------------


def _dated(text: str, dct: str) -> list[tuple[str, str | None]]:
    """(trigger, date) of the article's COERCE events."""
    _, events = article_events(text, dct)
    return [(e.trigger, e.date) for e in events if e.type == "COERCE"]


def test_events_take_the_days_the_time_stage_now_gives() -> None:
    # AU-2020-MAR-22.txt: the order of Saturday (the tuning set Vu's core COERCE, 2020-03-21)
    line = ("राजस्थान के मुख्यमंत्री अशोक गहलोत ने शनिवार को 31 मार्च तक के लिए आवश्यक सेवाओं को "
            "छोड़कर राज्य में पूर्ण लॉकडाउन का निर्देश दिया ।")
    assert ("निर्देश", "2020-03-21") in _dated(line, "2020-03-22")
    # NT-2020-MAR-22.txt: the Delhi lockdown starts on Monday
    line = "सोमवार सुबह 6 बजे से 31 मार्च को आधी रात तक लॉकडाउन रहेगा ।"
    assert _dated(line, "2020-03-22") == [("लॉकडाउन", "2020-03-23")]


def test_a_measure_in_force_since_a_day_is_dated_by_it() -> None:
    # NT-2020-MAR-30.txt (a Monday): the lockdown in force since last week's Tuesday midnight, not
    # the day of the saying (the end audit au8 dates it 2020-03-24)
    line = ("सरकार ने सोमवार को कहा कि पिछले हफ्ते मंगलवार को मध्यरात्रि से प्रभावी हुए 21 दिन के "
            "लॉकडाउन की अवधि बढ़ाने की उसकी कोई योजना नहीं है ।")
    assert _dated(line, "2020-03-30") == [("लॉकडाउन", "2020-03-24")]


def test_a_measure_started_and_announced_keeps_the_announced_day() -> None:
    # written, after dating.py's rule: a start day told in an announcement is the start, the
    # saying's day dates the act ("सोमवार को कहा कि 25 मार्च से … अनुमति नहीं होगी")
    line = "सरकार ने सोमवार को कहा कि 25 मार्च से सभी दुकानें बंद कर दी जाएंगी ।"
    assert [d for _, d in _dated(line, "2020-03-23")] == ["2020-03-23"]
    # a start day with no participle of coming into force before the noun: not this rule
    line = "प्रशासन ने रविवार को कहा कि मंगलवार से लॉकडाउन लागू होगा ।"
    assert _dated(line, "2020-03-22") == [("लॉकडाउन", "2020-03-22")]
    line = "सरकार ने सोमवार को कहा कि 24 मार्च से लागू लॉकडाउन की अवधि बढ़ाने की कोई योजना नहीं है ।"
    assert _dated(line, "2020-03-30") == [("लॉकडाउन", "2020-03-30")]


# --- a month written without its year -------------------------------------------------------


def _values(text: str, reference: date) -> list[str]:
    return [value for _, value in _points(text, reference)]


def test_a_past_clause_sets_a_month_to_come() -> None:
    # NT-2020-MAR-24.txt: the deadline moved to June; NT-2020-APR-26.txt: the start of May
    line = "2018-19 के लिए टैक्स रिटर्न फाइल करने की आखिरी तारीख बढ़ाकर 30 जून कर दिया गया है ।"
    assert _values(line, date(2020, 3, 24))[-1] == "2020-06-30"
    line = ("यूरोप में इटली और फ्रांस के साथ स्पेन ने भी मई की शुरुआत में पाबंदियों में ढील की "
            "तैयारी शुरू कर दी है ।")
    assert _values(line, date(2020, 4, 26)) == ["2020-05"]


def test_a_future_clause_pays_for_a_month_just_gone() -> None:
    # DJ-2020-MAY-06.txt
    line = "मुख्यमंत्री ने कहा कि जरूरत पड़ी तो अप्रैल का भुगतान भी कर दिया जाएगा ।"
    assert _values(line, date(2020, 5, 6)) == ["2020-04"]


def test_months_within_reach_keep_the_tense_reading() -> None:
    # DJ-2020-MAR-02.txt: last December, three months back
    line = "दिसंबर में चीन के वुहान शहर में इसका पहला मामला सामने आया था ।"
    assert _values(line, date(2020, 3, 2)) == ["2019-12"]
    # AU-2020-ARP-08.txt: October, six months back, in a past clause
    line = "वित्त मंत्रालय ने अक्तूबर और नवंबर के लिए जीएसटी क्षतिपूर्ति जारी की थी ।"
    assert _values(line, date(2020, 4, 8)) == ["2019-10", "2019-11"]
    # AU-2020-MAR-24.txt: this year's Christmas holidays, nine months ahead
    line = "इन अवकाशों को आगे 26 दिसंबर एवं 28 से 31 दिसंबर के क्रिसमस अवकाशों में समायोजित किया जाएगा ।"
    assert _values(line, date(2020, 3, 24))[0] == "2020-12-26"


def test_a_deadline_set_in_the_past_lies_ahead() -> None:
    # AU-2020-MAR-09.txt and DJ-2020-MAY-06.txt: postponed until a month to come
    line = "कोरोनावायरस के कारण पेरिस मैराथन को 18 अक्तूबर तक स्थगित कर दिया गया है ।"
    assert _values(line, date(2020, 3, 9)) == ["2020-10-18"]
    assert _values("शादियां नवंबर तक टाल दी गई हैं ।", date(2020, 5, 6)) == ["2020-11"]
    # DJ-2020-MAR-17.txt: a past perfect tells how far a count had gone by then
    line = "रिपोर्ट में आगे कहा गया है कि 20 दिसंबर तक पुष्ट मामलों की संख्या 60 हो गई थी ।"
    assert _values(line, date(2020, 3, 17)) == ["2019-12-20"]
    # a weekday bound in a past clause keeps the nearest reading (not this rule)
    assert _values("दुकानें शनिवार तक बंद कर दी गई हैं ।", date(2020, 4, 8)) == ["2020-04-04"]


def test_last_year_with_a_day_and_month_is_one_date() -> None:
    # DJ-2020-MAR-17.txt: a modal verb must not move last year's 17 November to the coming one
    line = ("हुबेई प्रांत का एक 55 वर्षीय व्यक्ति पिछले साल 17 नवंबर को वायरल संक्रमण होने वाला पहला "
            "व्यक्ति हो सकता है ।")
    assert _points(line, date(2020, 3, 17)) == [("पिछले साल 17 नवंबर को", "2019-11-17")]
    # AU-2020-MAR-31.txt-like: this year's day; a year then its number stays two timexes
    assert _points("इस साल 15 अगस्त को समारोह होगा ।", date(2020, 4, 8)) == [
        ("इस साल 15 अगस्त को", "2020-08-15")]
    assert _values("पिछले साल 2019 में चुनाव हुए थे ।", date(2020, 4, 8)) == ["2019", "2019"]


def test_a_range_whose_start_is_past_keeps_the_past_start() -> None:
    # written, told on Wednesday 25 March: the lockdown began on Monday; AU-2020-MAR-22.txt's
    # "22 मार्च से 31 मार्च तक" told three days into it
    line = "सोमवार सुबह 6 बजे से 31 मार्च तक लॉकडाउन लागू किया गया है ।"
    assert _points(line, date(2020, 3, 25)) == [("सोमवार सुबह 6 बजे से", "2020-03-23T06:00"),
                                                 ("31 मार्च तक", "2020-03-31")]
    line = "कोरोना पर अंकुश पाने के लिए 22 मार्च से 31 मार्च तक जरूरी सेवाएं बंद कर दी गई हैं ।"
    assert _values(line, date(2020, 3, 25)) == ["2020-03-22", "2020-03-31"]
