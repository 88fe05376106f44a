"""Issue 13, round ev150: two agent constructions of the allowed corpus day files.

- "X का कहना है कि …" (X's saying is that …) reports X's words as "X ने कहा कि …" does: X is
  the speaker of a passive or a closure that stays in the कि-clause; an active act there is its
  own subject's (the phrase is mostly an opinion or an account);
- the progressive future "… करने जा रहा/रही/रहे है" is no passive: its bare subject is the
  doer ("राज्य सरकार … मदद देने जा रही है"), the act planned, a meeting so told included.

Sentences are the news's own (allowed corpus day files), some shortened."""

from __future__ import annotations

from khabar.events.roles import passive_compound

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-04")


def test_the_holder_of_a_saying_speaks_for_a_passive_or_a_closure() -> None:
    art = analysed(
        "हालांकि डीएम बीएन सिंह का कहना है कि इन्हें 14 दिन के लिए अपने घरों में रहने की सलाह दी"
        " गई है ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert ev.source and "bn-snh" in ev.source[0]
    art = analysed("सीएमओ का कहना है कि स्कूल अभी एक-दो दिन बंद रहेगा ।")
    [ev] = events_of(art, "COERCE")
    assert ev.source == ["actor:Chief Medical Officer"]
    art = analysed(
        "डायरेक्टर हेल्थ डॉ. जी दीवान का कहना है कि तीन दिन के अंदर नोटिस का जवाब न देने पर संबंधित"
        " दुकान का लाइसेंस कैंसिल कर दिया जाएगा ।"
    )
    [ev] = events_of(art, "COERCE")
    assert ev.source != ["actor:Government of India"]  # the director, no guessed government


def test_an_active_act_of_a_saying_is_its_own_subjects() -> None:
    art = analysed(
        "वहीं, दुकानदारों का कहना है कि कई खरीदार मुंह पर मास्क लगाकर बिक्री करने की भी सलाह दे"
        " रहे हैं ।"
    )
    assert all("actor:traders" not in e.source for e in art.events)
    art = analysed(
        "एग्जीक्यूटिव डायरेक्टर विवेकानंद झा का कहना है कि जापान और चीन जैसे देशों ने कोरोना को लेकर"
        " जिस तरह का लॉकडाउन किया है, वैसा भारत में असंभव है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert ev.source == ["text:देशों"]


def test_a_saying_with_no_holder_names_no_speaker() -> None:
    art = analysed("लोगों से कहना है कि स्कूल अभी एक-दो दिन बंद रहेगा ।")
    assert all(not e.source for e in events_of(art, "COERCE"))


def test_the_progressive_future_is_no_passive() -> None:
    assert not passive_compound(["देने", "जा", "रही", "है"])
    assert not passive_compound(["करने", "जा", "रहे", "हैं"])
    assert passive_compound(["दी", "जा", "रही", "है"])
    assert passive_compound(["किए", "जाने", "जा", "रहे", "हैं"])  # the passive infinitive's own


def test_the_subject_of_the_progressive_future_acts() -> None:
    art = analysed("राज्य सरकार मजदूरों को आर्थिक मदद देने जा रही है ।")
    [ev] = events_of(art, "AID")
    assert ev.source == ["actor:state government"] and ev.modality == "planned"
    art = analysed("मजदूरों को आर्थिक मदद दी जा रही है ।")  # the passive: nobody named gives it
    assert events_of(art, "AID") == []


def test_a_meeting_about_to_be_held() -> None:
    art = analysed(
        "केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन आज दिल्ली सरकार के वरिष्ठ अधिकारियों के साथ बैठक"
        " करने जा रहे हैं ।"
    )
    [ev] = [e for e in art.events if e.trigger == "बैठक"]
    assert "kb:person/harsh-vardhan" in ev.source and ev.modality == "planned"
    art = analysed("मुख्यमंत्री पत्रकारों से बात करने जा रहे हैं ।")  # the press: no meeting
    assert [e for e in art.events if e.trigger == "बात"] == []
