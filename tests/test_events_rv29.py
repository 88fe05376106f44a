"""Issue 13, round rv29: a precision and field audit of 100 random events over the 280 allowed
corpus day files, and the kinds it fixed: the urged party of a "कहा कि" clause whose subject does
not open it (`urged.subject_in_clause`), and a bare year that belongs to a name or counts a noun
(`timexowner._year_of_a_name`), and a pronoun opening a conjunct read as its own sentence's
ने-agent (`speakers.conjunct_agent`). Sentences quoted from corpus/hindi-covid-2020 day files outside
the event gold and the held-out days."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-22")


def test_urged_subject_after_a_clause_of_its_own() -> None:
    art = analysed(
        "केंद्रीय गृह मंत्री अमित शाह ने शनिवार को ट्वीट कर कहा कि जनता कर्फ्यू वक्त की जरूरत है, लोग"
        " इसमें शामिल हों और दूसरे लोगों को इसमें शामिल होने के लिए प्रेरित करें ।"
    )
    [ev] = _events(art, "REQUEST", "tell_to")
    assert _names(art, ev, "target") == ["public of India"]  # was none


def test_urged_subject_after_adverbials() -> None:
    art = analysed(
        "स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि लॉकडाउन के तीसरे चरण में आज से दी"
        " जा रही छूट के दौरान भी लोग सोशल डिस्टेंसिंग का पालन करें ।",
        "2020-05-04",
    )
    [ev] = _events(art, "REQUEST", "tell_to")
    assert _names(art, ev, "target") == ["public of India"]
    [arg] = [a for a in ev.arguments if a.role.startswith("target")]
    assert arg.text == "लोग"  # not the particle before it ("भी लोग")


def test_urged_subject_after_a_day_and_a_concession() -> None:
    # "बुधवार को" is a day, not whom the registrar asks (was read as a को-addressee)
    art = analysed(
        "रजिस्ट्रार जनरल ने कहा है कि बुधवार को हाईकोर्ट के खुले रहने के बावजूद अधिवक्ता लॉकडाउन के"
        " आदेश के पालन करें ।",
        "2020-03-24",
    )
    [ev] = _events(art, "REQUEST", "tell_to")
    assert _names(art, ev, "target") == ["lawyers"]  # was none


def test_urged_subject_with_conjoined_modifiers() -> None:
    art = analysed(
        "दिल्ली सरकार ने कहा है कि सभी प्राइवेट और मल्टीनैशनल कंपनियां अपने कर्मचारियों को वर्क"
        " फ्रॉम होम करने की अनुमति दें ।",
        "2020-03-21",
    )
    [ev] = _events(art, "REQUEST", "tell_to")
    assert _names(art, ev, "target") == ["companies in Delhi"]  # was none


def test_no_urged_subject_in_a_passive_wish_or_a_condition() -> None:
    # the nodal officer is deployed, not told: a passive wish names no doer
    art = analysed(
        "मुख्यमंत्री योगी आदित्यनाथ ने कहा कि हर नियंत्रण कक्ष में एक नोडल अधिकारी तैनात कर उसका"
        " 24 घंटे संचालन सुनिश्चित किया जाये ।",
        "2020-04-06",
    )
    [ev] = _events(art, "REQUEST", "tell_to")
    assert ev.target == []
    # a doctor one contacts "if in doubt" is no urged party
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कहा कि अगर किसी चीज को लेकर आपको संदेह होता है तो इसे लेकर"
        " डॉक्टर संपर्क करें ।",
        "2020-03-07",
    )
    for ev in _events(art, "REQUEST"):
        assert "doctors" not in _names(art, ev, "target")


def test_a_year_of_a_name_or_a_count_dates_nothing() -> None:
    art = analysed(
        "कोरोनावायरस के बढ़ते प्रसार के कारण मध्यप्रदेश सरकार से परामर्श के बाद आईफा अवार्ड 2020 को"
        " स्थगित कर दिया गया है ।",
        "2020-03-06",
    )
    [ev] = _events(art, "COERCE", "cancel")
    assert ev.date is None  # was "2020", the award's edition
    art = analysed("ईरान में फंसे करीब 2000 भारतीय नागरिकों को शीघ्र ही भारत लाया जाएगा ।", "2020-03-06")
    [ev] = _events(art, "AID")
    assert ev.date is None  # was "2000", a count
    art = analysed(
        "राज्य सरकार ने भी कोरोना के संभावित खतरे को देखते हुए झारखंड में कोरोना वायरस रेगुलेशन 2020"
        " लागू कर दिया है ।",
        "2020-03-21",
    )
    [ev] = _events(art, "COERCE")
    assert ev.date is None


def test_a_year_said_as_a_year_still_dates_its_act() -> None:
    art = analysed(
        "इससे पहले राष्ट्रपति बिल क्लिंटन ने 2000 में वेस्ट नीले वायरस से निपटने के लिए ऐसा आपातकाल"
        " घोषित किया था ।",
        "2020-03-14",
    )
    [ev] = _events(art, "COERCE")
    assert ev.date == "2000"
    art = analysed(
        "नवंबर 2015 में पेरिस हमले के बाद संदिग्धों को पकड़ने के लिए साल 2015 में ब्रुसेल्स में पूरे"
        " शहर को लॉकडाउन किया गया था ।"
    )
    [ev] = _events(art, "COERCE", "lockdown")
    assert ev.date is not None and ev.date.startswith("2015")


def test_a_conjunct_pronoun_is_its_own_sentences_agent() -> None:
    # "… और उन्होंने …" points at Tope, not at the railways of the sentence before
    art = analysed(
        "रेलवे ने कहा कि ट्रेन जब सुबह करीब पौने दस बजे तेलंगाना के काजीपेट पहुंची तो एक सहयात्री ने"
        " मुहर देखी । महाराष्ट्र के स्वास्थ्य मंत्री राजेश टोपे ने शनिवार को कहा कि राज्य में कोरोना"
        " वायरस से संक्रमित लोगों की संख्या में ‘बड़ी वृद्धि’ हुई है और उन्होंने लोगों से इस विषाणु को"
        " फैलने से रोकने के लिए सार्वजनिक यातायात का इस्तेमाल करने से बचने की अपील की है ।"
    )
    [ev] = _events(art, "REQUEST", "appeal")
    assert _names(art, ev, "source") == ["Rajesh Tope"]  # was Indian Railways
    assert _names(art, ev, "target") == ["general public of Maharashtra"]


def test_a_conjunct_pronoun_after_a_subject_of_its_own_is_not_the_speaker() -> None:
    art = analysed(
        "जिलाधिकारी ने बताया कि दिल्ली से लौटे 12 मजदूर गांव पहुंचे और उन्होंने जांच कराने से इनकार"
        " कर दिया ।"
    )
    [ev] = _events(art, "REJECT")
    assert _names(art, ev, "source") == ["workers"]
