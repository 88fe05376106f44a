"""Timexes of everyday Hindi COVID-era news (issue #13): the kinds the event gold's tune half missed.

Sentences are real lines of the corpus day files (``shared/data/corpus/hindi-covid-2020``) that are
not in the development gold, written here with the file they come from; each kind has a look-alike
that must stay untagged. References are the file's date, as the time stage uses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from khabar.time.stage import resolve_that_day, split_range
from khabar.time.tagger import tag
from khabar.time.timeml import read_iltimex


def _tags(text: str, reference: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, reference)]


def test_so_far_is_present_ref() -> None:
    # AU-2020-APR-01
    line = "दो मोहल्ला क्लिनिक के डॉक्टरों समेत अब तक दिल्ली में कुल पांच डॉक्टर कोरोना संक्रमित हो चुके हैं  ।"
    assert _tags(line, date(2020, 4, 1)) == [("अब तक", "DATE", "PRESENT_REF")]
    assert _tags("राज्य में अबतक 300 मामले सामने आए हैं।", date(2020, 5, 5)) == [
        ("अबतक", "DATE", "PRESENT_REF")]


def test_until_then_and_as_long_as_are_not_timexes() -> None:
    assert _tags("जब तक लॉकडाउन है, तब तक दुकानें बंद रहेंगी।", date(2020, 4, 1)) == []


def test_a_decimal_doubling_time_keeps_its_decimal() -> None:
    # AU-2020-ARP-17 and AU-2020-ARP-05
    line = "वहीं, मंत्रालय ने बताया है कि देश में लॉकडाउन बढ़ने के बाद से डबलिंग रेट बढ़कर औसतन 6.2 दिन हो गया है  ।"
    assert _tags(line, date(2020, 4, 17)) == [("6.2 दिन", "DURATION", "P6.2D")]
    line = "मतलब हर 4.1 दिन में कोरोना के मरीज दोगुने हो जा रहे हैं  ।"
    assert _tags(line, date(2020, 4, 5)) == [("हर 4.1 दिन में", "SET", "P4.1D")]


def test_written_fractions_and_decimal_counts_are_unchanged() -> None:
    assert _tags("यह पुल डेढ़ साल में बना।", date(2020, 4, 5)) == [("डेढ़ साल में", "DURATION", "P18M")]
    assert _tags("विकास दर 6.2 प्रतिशत रही।", date(2020, 4, 5)) == []


def test_midnight_is_t24() -> None:
    # DH-2020-MAR-19 (a Thursday): the coming Friday's midnight
    line = ("स्थानीय निकाय मंत्री ब्रह्म मोहिंद्र ने कहा कि सार्वजनिक परिवहन बसें, टेम्पो और ऑटो रिक्शा शुक्रवार "
            "आधी रात से बंद कर दिए जाएंगे ।")
    assert _tags(line, date(2020, 3, 19)) == [("शुक्रवार आधी रात से", "TIME", "2020-03-20T24:00")]
    # AU-2020-MAR-19
    line = "यह आदेश 20 मार्च की आधी रात से अगले आदेशों तक लागू रहेगा ।"
    assert _tags(line, date(2020, 3, 19))[0] == ("20 मार्च की आधी रात से", "TIME", "2020-03-20T24:00")


def test_late_night_stays_a_part_of_day() -> None:
    assert _tags("बुधवार की देर रात छापा मारा गया।", date(2020, 3, 19)) == [
        ("बुधवार की देर रात", "TIME", "2020-03-18TNI")]


def test_a_clock_time_without_baje_after_a_part_of_day() -> None:
    # NT-2020-MAR-23
    line = "विमानन कंपनियों को अपना संचालन इस प्रकार तय करना होगा कि वे 24 मार्च, 2020 रात 23:59 तक अपने गंतव्य पर उतर जाएं ।"
    assert _tags(line, date(2020, 3, 23)) == [("24 मार्च, 2020 रात 23:59 तक", "TIME", "2020-03-24T23:59")]
    assert _tags("टीम दोपहर करीब 11.30 गांव पहुंची।", date(2020, 5, 5)) == [
        ("दोपहर करीब 11.30", "TIME", "2020-05-05T11:30")]
    assert _tags("दोपहर 2 बजे बैठक हुई।", date(2020, 5, 5)) == [("दोपहर 2 बजे", "TIME", "2020-05-05T14:00")]


def test_amounts_after_a_part_of_day_and_impossible_clocks_are_not_times() -> None:
    assert _tags("सुबह 10.50 लाख रुपये बांटे गए।", date(2020, 5, 5)) == []
    # bad input: an hour past 24 is no clock time, and nothing raises
    assert _tags("रात 25.70 पर", date(2020, 5, 5)) == []
    assert _tags("अब तक", None) == [("अब तक", "DATE", "PRESENT_REF")]


ILTIMEX = """<?xml version="1.0" encoding="UTF-8" ?>
<DOC><TEXT>अब तक 5 लोग मरे। <ILTIMEX TYPE="P">1990 के दशक के मध्य से लेकर अब तक</ILTIMEX> यही हाल रहा।</TEXT></DOC>"""


def test_iltimex_leaves_so_far_untagged_so_it_counts_neither_way(tmp_path: Path) -> None:
    (tmp_path / "Manual_Tagged").mkdir()
    (tmp_path / "Manual_Tagged" / "C-1.xml").write_text(ILTIMEX, encoding="utf-8")
    (doc,) = read_iltimex(tmp_path)
    assert [doc.text[s:e] for s, e in doc.ignore] == ["अब तक"]
    assert doc.ignore[0][0] == 0  # the standalone one; the one inside the gold range is scored


def test_a_day_and_month_near_the_reference_is_this_years() -> None:
    # DH-2020-MAY-05 style: a decided measure in the perfect tense, two days ahead of the file date
    line = "केंद्र सरकार ने 7 मई से विदेशों में फंसे भारतीयों को वापस लाने का फैसला लिया है ।"
    assert _tags(line, date(2020, 5, 5)) == [("7 मई से", "DATE", "2020-05-07")]
    # far from the reference the tense still decides: last December, not the coming one
    assert _tags("10 दिसंबर को चीन में पहला मामला मिला था।", date(2020, 5, 5)) == [
        ("10 दिसंबर को", "DATE", "2019-12-10")]


def test_for_is_not_a_past_verb_and_a_plan_announced_is_past() -> None:
    # DH-2020-MAY-05, line 70 (future: the first flights of Thursday will be for Kerala)
    line = "राज्य से आवेदकों की सबसे अधिक संख्या होने के चलते बृहस्पतिवार की पहली दो उड़ानें केरल के लिए होंगी ।"
    assert _tags(line, date(2020, 5, 5)) == [("बृहस्पतिवार की", "DATE", "2020-05-07")]
    line = "सोमवार को भारत सरकार ने नागरिकों को वापस लाने के लिए योजना की घोषणा की थी ।"
    assert _tags(line, date(2020, 5, 5)) == [("सोमवार को", "DATE", "2020-05-04")]


def test_until_further_orders_and_the_coming_days_are_future_ref() -> None:
    # AU-2020-MAR-19
    line = "यह आदेश 20 मार्च की आधी रात से अगले आदेशों तक लागू रहेगा ।"
    assert _tags(line, date(2020, 3, 19))[1] == ("अगले आदेशों तक", "DATE", "FUTURE_REF")
    assert _tags("आगामी कुछ दिनों में गर्मी बढ़ेगी।", date(2020, 5, 5))[0] == (
        "आगामी कुछ दिनों में", "DATE", "FUTURE_REF")
    # the past few days are a duration, and an order that is not "next" is no timex
    assert _tags("पिछले कुछ दिनों से बारिश हो रही है।", date(2020, 5, 5)) == [
        ("पिछले कुछ दिनों से", "DURATION", "PXD")]
    assert _tags("डीएम के आदेश तक दुकानें बंद रहेंगी।", date(2020, 5, 5)) == []


def _points(text: str, reference: date) -> list[tuple[str, str, str]]:
    out = []
    for t in tag(text, reference):
        for p in split_range(t, text):
            assert text[p.start : p.end] == p.text
            out.append((p.text, p.type, p.value))
    return out


def test_the_stage_splits_a_range_into_its_two_points() -> None:
    # AU-2020-ARP-09: each end keeps its value; tag() keeps the range whole (ILTIMEX)
    line = ("बोर्ड ने कहा कि पत्रकारिता और कला के क्षेत्र में प्रदान किए जाने वाले पुलित्जर पुरस्कार के विजेताओं की "
            "घोषणा 20 अप्रैल से 4 मई तक के लिए स्थगित कर दी जाएगी  ।")
    assert _tags(line, date(2020, 4, 9)) == [("20 अप्रैल से 4 मई तक", "DURATION", "P15D")]
    assert _points(line, date(2020, 4, 9)) == [("20 अप्रैल से", "DATE", "2020-04-20"),
                                               ("4 मई तक", "DATE", "2020-05-04")]
    # AU-2020-MAR-10: "11 से 18 अप्रैल": the first day borrows the month
    line = "पहले हॉकी का यह प्रतिष्ठित टूर्नामेंट 11 से 18 अप्रैल तक होने वाला था ।"
    assert _points(line, date(2020, 3, 10)) == [("11 से", "DATE", "2020-04-11"),
                                                ("18 अप्रैल तक", "DATE", "2020-04-18")]


def test_a_clock_range_ends_on_its_day_or_is_daily_hours() -> None:
    # AU-2020-MAR-22: the end of the window is on the stated day
    line = "22 मार्च को सुबह सात बजे से रात नौ बजे तक घरों में ही रहें ।"
    assert _points(line, date(2020, 3, 22)) == [("22 मार्च को सुबह सात बजे से", "TIME", "2020-03-22T07:00"),
                                                ("रात नौ बजे तक", "TIME", "2020-03-22T21:00")]
    # AU-2020-MAR-22: with no day at all, hours of every day
    line = "सभी लाइनों पर शाम 4 बजे से रात 8 बजे तक के लिए ही मेट्रो सेवा बहाल की जाएगी ।"
    assert _points(line, date(2020, 3, 22)) == [("शाम 4 बजे से", "TIME", "XXXX-XX-XXT16:00"),
                                                ("रात 8 बजे तक", "TIME", "XXXX-XX-XXT20:00")]


def test_counts_from_and_to_and_dash_ranges_are_not_split() -> None:
    # AU-2020-MAR-20 style: "एक से आठ तक" counts classes, no timex; a dash range stays one expression
    assert _points("कक्षा एक से आठ तक की परीक्षाएं रद्द कर दी गई हैं ।", date(2020, 3, 20)) == []
    assert _points("वर्ष 2004-08 में विकास हुआ।", date(2020, 3, 20)) == [("वर्ष 2004-08 में", "DURATION", "P5Y")]


def test_a_day_written_as_a_number_word() -> None:
    # AU-2020-ARP-14 and AU-2020-ARP-05
    line = "अग्रवाल ने बताया कि प्रधानमंत्री नरेंद्र मोदी ने तीन मई तक लॉकडाउन की अवधि को बढ़ाने की घोषणा की है  ।"
    assert _tags(line, date(2020, 4, 14)) == [("तीन मई तक", "DATE", "2020-05-03")]
    line = "बता दें कि एक से तीन अप्रैल तक 1,162 नए मामले सामने आए, इनमें 56 फीसदी (647) तब्लीगी जमात से संबंधित हैं  ।"
    assert _points(line, date(2020, 4, 5)) == [("एक से", "DATE", "2020-04-01"), ("तीन अप्रैल तक", "DATE", "2020-04-03")]


def test_number_words_before_a_month_name_that_are_no_date() -> None:
    assert _tags("किसानों ने चार मार्च निकाले।", date(2020, 3, 20)) == []
    assert _tags("मजदूर दो जून की रोटी के लिए तरस रहे हैं।", date(2020, 4, 20)) == []


def test_late_evening_is_a_part_of_day() -> None:
    # AU-2020-MAR-12
    line = ("कोरोना वायरस के देश में बढ़ते मामलों को लेकर मुख्य सचिव उत्पल कुमार सिंह की अध्यक्षता में बृहस्पतिवार "
            "देर शाम एक बैठक हुई ।")
    assert _tags(line, date(2020, 3, 12)) == [("बृहस्पतिवार देर शाम", "TIME", "2020-03-12TEV")]


def test_age_limits_are_not_durations() -> None:
    # AU-2020-MAY-01, AU-2020-ARP-04, AU-2020-MAR-29
    line = "65 साल से ज्यादा और 10 साल से कम उम्र के बच्चों को घर पर ही रहने की हिदायत दी गई है ।"
    assert _tags(line, date(2020, 5, 1)) == []
    line = "42 प्रतिशत 20-40, 33 प्रतिशत 40-60 और 17 प्रतिशत मरीज 60 साल से ज्यादा उम्र के हैं  ।"
    assert _tags(line, date(2020, 4, 4)) == []
    line = "इनमें से एक 42 साल का व्यक्ति कुंभकोणम है जो कुछ दिन पहले वेस्ट इंडीज से लौटा था ।"
    assert _tags(line, date(2020, 3, 29)) == [("कुछ दिन पहले", "DATE", "PAST_REF")]


def test_durations_that_look_like_ages_stay() -> None:
    assert _tags("वह 10 साल से ज्यादा समय से यहां है।", date(2020, 5, 5)) == [("10 साल से", "DURATION", "P10Y")]
    assert _tags("एक साल के भीतर अस्पताल बनेगा।", date(2020, 5, 5)) == [("एक साल के", "DURATION", "P1Y")]


def test_a_total_is_a_count_not_a_year() -> None:
    # AU-2020-ARP-18
    line = "कुल 1992 कोरोना संक्रमित मरीज अबतक ठीक हो चुके हैंं  ।"
    assert _tags(line, date(2020, 4, 18)) == [("अबतक", "DATE", "PRESENT_REF")]
    assert _tags("वर्ष 2019 में पहला मामला मिला।", date(2020, 4, 18)) == [("वर्ष 2019 में", "DATE", "2019")]


def test_twelve_at_night_is_midnight() -> None:
    # NT-2020-MAY-09: the day's update covers 4 pm to midnight of Friday
    line = "शनिवार को जारी अपडेट शुक्रवार शाम 4 बजे से रात 12 बजे तक का ही है ।"
    assert _points(line, date(2020, 5, 9))[1:] == [("शुक्रवार शाम 4 बजे से", "TIME", "2020-05-08T16:00"),
                                               ("रात 12 बजे तक", "TIME", "2020-05-08T24:00")]
    assert _tags("दोपहर 12 बजे बैठक हुई।", date(2020, 4, 25)) == [("दोपहर 12 बजे", "TIME", "2020-04-25T12:00")]


def test_that_same_day_takes_the_day_named_before() -> None:
    # AU-2020-MAR-19 ("उसी दिन वह अपने गांव पहुंच गया था"), after a sentence naming the day
    text = "वह 12 मार्च को दिल्ली से चला था। उसी दिन वह अपने गांव पहुंच गया था ।"
    found = tag(text, date(2020, 3, 19))
    resolve_that_day(found)
    assert [(t.text, t.value) for t in found] == [("12 मार्च को", "2020-03-12"), ("उसी दिन", "2020-03-12")]
    # with no day before it, it stays an unknown day; "इस दिन" alone is no timex
    alone = tag("उसी दिन वह अपने गांव पहुंच गया था ।", date(2020, 3, 19))
    resolve_that_day(alone)
    assert [(t.text, t.value) for t in alone] == [("उसी दिन", "XXXX-XX-XX")]
    assert _tags("इस दिन को याद रखें।", date(2020, 3, 19)) == []


# ---- round tx1 (2026-12-04): ages, newspaper names, table cells; sentences written for the test ----


def test_an_age_by_the_person_it_describes_is_not_a_timex() -> None:
    ref = date(2020, 5, 11)
    assert _tags("जांच में उसकी आठ साल की बेटी भी संक्रमित पाई गई।", ref) == []
    assert _tags("मोहल्ले के 52 साल के एक व्यक्ति की रिपोर्ट पॉजिटिव आई है।", ref) == []
    assert _tags("पांच महीने का बच्चा भी अस्पताल में भर्ती है।", ref) == []
    assert _tags("मृतक की उम्र 67 वर्ष बताई जा रही है।", ref) == []
    assert _tags("संक्रमितों में 2-12 साल तक के 15 बच्चे शामिल हैं।", ref) == []
    # look-alikes: a stay, a term and a span of time stay durations
    assert _tags("मजदूर दो साल के लिए शहर आया था।", ref) == [("दो साल के", "DURATION", "P2Y")]
    assert _tags("वह पिछले 14 दिन से क्वारंटाइन में है।", ref) == [
        ("पिछले 14 दिन से", "DURATION", "P14D")]


def test_daily_is_a_set_but_not_in_a_newspaper_name() -> None:
    ref = date(2020, 5, 11)
    assert _tags("दैनिक भास्कर से बातचीत में कलेक्टर ने यह बात कही।", ref) == []
    assert _tags("अफसरों ने दैनिक जागरण को बताया कि जांच जारी है।", ref) == []
    assert _tags("जिलों से दैनिक रिपोर्ट मांगी गई है।", ref) == [("दैनिक", "SET", "P1D")]


def test_shop_hours_whose_first_hour_has_no_baje_are_a_range_of_two_clock_times() -> None:
    ref = date(2020, 4, 16)
    line = "जिले में किराना दुकानें सुबह 7 से 11 बजे तक ही खुलेंगी।"
    assert _points(line, ref) == [("सुबह 7 से", "TIME", "XXXX-XX-XXT07:00"),
                                  ("11 बजे तक", "TIME", "XXXX-XX-XXT11:00")]
    line = "शहर में शाम छह से नौ बजे तक कर्फ्यू में ढील रहेगी।"
    assert _points(line, ref) == [("शाम छह से", "TIME", "XXXX-XX-XXT18:00"),
                                  ("नौ बजे तक", "TIME", "XXXX-XX-XXT21:00")]
    line = "मंडी सोमवार को सुबह 6 से 10 बजे तक खुली रही।"
    assert _points(line, ref) == [("सोमवार को सुबह 6 से", "TIME", "2020-04-13T06:00"),
                                  ("10 बजे तक", "TIME", "2020-04-13T10:00")]
    line = "बसें शाम को 4 से 8 बजे तक ही चलेंगी।"
    assert _points(line, ref) == [("शाम को 4 से", "TIME", "XXXX-XX-XXT16:00"),
                                  ("8 बजे तक", "TIME", "XXXX-XX-XXT20:00")]
    # look-alike: a count range before a noun is no clock
    assert _points("गांव में पांच से छह लोग बीमार हैं।", ref) == []


def test_last_night_and_the_first_of_two_joined_dates() -> None:
    ref = date(2020, 4, 16)
    assert _tags("पुलिस ने बीती रात गांव में छापा मारा।", ref) == [("बीती रात", "TIME", "2020-04-15TNI")]
    assert _tags("परीक्षाएं 27 और 28 अप्रैल को होंगी।", ref) == [
        ("27", "DATE", "2020-04-27"), ("28 अप्रैल को", "DATE", "2020-04-28")]
    assert _tags("बैंक 9 व 10 मई को बंद रहेंगे।", ref) == [
        ("9", "DATE", "2020-05-09"), ("10 मई को", "DATE", "2020-05-10")]
    assert _tags("मार्च और अप्रैल में बिक्री घटी।", ref) == [
        ("मार्च", "DATE", "2020-03"), ("अप्रैल में", "DATE", "2020-04")]
    assert _tags("बैंकों ने मार्च, अप्रैल, मई की किस्तें टाल दी थीं।", date(2020, 5, 25)) == [
        ("मार्च", "DATE", "2020-03"), ("अप्रैल", "DATE", "2020-04"), ("मई की", "DATE", "2020-05")]
    # look-alikes: a protest march, and counts listed with a comma
    assert _tags("कार्यकर्ताओं ने मार्च और धरना दिया।", ref) == []
    assert _tags("कार्यकर्ताओं ने मार्च, धरना और प्रदर्शन किया।", ref) == []
    assert _tags("जिले में 12, 14 अप्रैल को नए मामले मिले।", ref) == [("14 अप्रैल को", "DATE", "2020-04-14")]


def test_minutes_in_words_and_menstruation_is_no_monthly_set() -> None:
    ref = date(2020, 4, 16)
    assert _tags("विशेष ट्रेन रात नौ बजकर दस मिनट पर रवाना हुई।", ref) == [
        ("रात नौ बजकर दस मिनट पर", "TIME", "2020-04-16T21:10")]
    assert _tags("डॉक्टरों ने मासिक धर्म के दौरान सावधानी बरतने को कहा।", ref) == []
    assert _tags("विभाग हर जिले की मासिक रिपोर्ट तैयार करेगा।", ref) == [("मासिक", "SET", "P1M")]


def test_half_an_hour() -> None:
    ref = date(2020, 4, 16)
    assert _tags("डीएम ने आधे घंटे तक अस्पताल का निरीक्षण किया।", ref) == [
        ("आधे घंटे तक", "DURATION", "PT30M")]
    # look-alikes: half a dozen, half of the people
    assert _tags("आधा दर्जन लोगों के सैंपल लिए गए।", ref) == []
    assert _tags("आधे से ज्यादा दुकानें बंद रहीं।", ref) == []


def test_the_time_of_a_daily_habit_has_no_day() -> None:
    ref = date(2020, 4, 16)
    assert _tags("सब्जी मंडी रोज सुबह 6 बजे खुलेगी।", ref) == [
        ("रोज", "SET", "P1D"), ("सुबह 6 बजे", "TIME", "XXXX-XX-XXT06:00")]
    assert _tags("पुलिस हर रात गश्त करेगी।", ref) == [("हर रात", "SET", "XXXX-XX-XXTNI")]
    # look-alikes: a count per day then a dated time; every evening at a clock time stays one time
    assert _tags("रोजाना 500 मामले आए, शुक्रवार शाम तक 6000 हो गए।", ref) == [
        ("रोजाना", "SET", "P1D"), ("शुक्रवार शाम तक", "TIME", "2020-04-10TEV")]
    assert _tags("हर शाम पांच बजे ब्रीफिंग होगी।", ref) == [("शाम पांच बजे", "TIME", "2020-04-16T17:00")]
