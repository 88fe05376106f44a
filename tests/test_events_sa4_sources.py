"""Issue 13, round sa4: two source kinds the session's audits saw more than once, on real
sentences, with negatives:

- a visit called off with no agent named ("प्रधानमंत्री नरेंद्र मोदी की बेल्जियम यात्रा स्थगित कर दी
  गयी है") is the visitor's government's, not the host's (:func:`khabar.events.trips.trip_owner`);
- a reported clause opened by a bare country ("स्वास्थ्य मंत्रालय ने … कहा कि भारत … भेजेगा") names
  its own act's source, not the speaker
  (:func:`khabar.events.reported_subjects.prefer_reported_subjects`)."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-03-11")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return ev.source


# PK-2020-MAR-06.txt
_BELGIUM = "वायरस के बढ़ते प्रकोप को देखते हुए प्रधानमंत्री नरेंद्र मोदी की बेल्जियम यात्रा स्थगित कर दी गयी है."
# AU-2020-MAR-09.txt
_XI = (
    "कोरोनावायरस प्रकोप के चलते चीन के राष्ट्रपति शी जिनपिंग की जापान की प्रस्तावित आधिकारिक"
    " यात्रा टाल दी गई है ।"
)


def test_a_visit_called_off_is_the_visitors_government() -> None:
    assert _sources(_BELGIUM, "स्थगित") == ["actor:Government of India"]


def test_a_visitor_named_with_his_country_keeps_that_country() -> None:
    assert _sources(_XI, "टाल") == ["actor:Government of China"]


def test_a_pilgrimage_names_no_visitor() -> None:
    # DJ-2020-MAR-18.txt: no "की/का" before the trip noun: the shrine's keeper stays
    text = "कोरोना वायरस के बढ़ते प्रकोप को देखते हुए श्री माता वैष्णो देवी यात्रा आज से बंद कर दी गई है ।"
    assert _sources(text, "बंद") != ["actor:Government of India"]


# NT-2020-MAR-11.txt
_TEAM = (
    "स्वास्थ्य मंत्रालय ने बुधवार को कहा कि भारत गुरुवार को डॉक्टरों की एक टीम को इटली भेजेगा जो वहां"
    " फंसे भारतीय छात्रों के नमूने लेगी, जिससे स्वदेश लाने से पहले उनका परीक्षण किया जा सके ।"
)


def test_a_bare_country_opening_the_reported_clause_is_the_source() -> None:
    assert _sources(_TEAM, "टीम") == ["kb:country/IN"]


def test_a_passive_reported_clause_keeps_the_speaker() -> None:
    # NT-2020-MAR-11.txt: the countries are where travellers came from; no subject acts
    text = (
        "केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्रालय ने बुधवार को कहा कि चीन, इटली, ईरान, दक्षिण"
        " कोरिया, फ्रांस, स्पेन और जर्मनी से सीधे या इन देशों की 15 फरवरी के बाद यात्रा कर भारत आने"
        " वाले यात्रियों को कम से कम 14 दिनों तक अलग-थलग रखा जाएगा ।"
    )
    [ev] = [e for e in analysed(text).events if e.trigger.startswith("अलग")]
    assert "kb:country/IN" not in ev.source and ev.source


def test_a_country_with_a_postposition_is_no_subject() -> None:
    text = "स्वास्थ्य मंत्रालय ने बुधवार को कहा कि भारत में गुरुवार को डॉक्टरों की एक टीम को इटली भेजा जाएगा ।"
    for ev in analysed(text).events:
        assert "kb:country/IN" not in ev.source
