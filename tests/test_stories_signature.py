"""Event signatures: same-type incidents at another place or in another year stay apart, a toll
update joins, and ``khabar story ID --why`` explains each membership.

The reports below are written for these tests (not copied from any corpus) in the shape of Hindi
agency copy, and go through the real clean, entity, time and event stages.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.clean.stage import read_clean
from khabar.cli import cli
from khabar.config import Config
from khabar.eval.stories import _analysed
from khabar.model import Article
from khabar.stories.cluster import StoryClusterer
from khabar.stories.signature import Signature, agreement, event_time, signature_of, veto

LEAD = "(एजेंसी): {country} की राजधानी {city} में {when} को आए 6.1 तीव्रता के भूकंप से {dead} लोगों की मौत"
BODY = " हो गई और 40 घायल हो गए। भूकंप के झटके सुबह दस बजे महसूस किए गए। कई पुराने मकान गिर गए।\n"
REPORTS = {
    "kathmandu": ("नेपाल में भूकंप से 12 की मौत", "नेपाल", "काठमांडू", "रविवार", 12),
    "kathmandu-toll": ("नेपाल भूकंप: मृतकों की संख्या 30 हुई", "नेपाल", "काठमांडू", "रविवार", 30),
    "tokyo": ("जापान में भूकंप से 12 की मौत", "जापान", "टोक्यो", "रविवार", 12),
    "kathmandu-2016": ("नेपाल में भूकंप से 12 की मौत", "नेपाल", "काठमांडू", "26 अप्रैल 2016", 12),
    "kathmandu-2015": ("नेपाल में भूकंप से 12 की मौत", "नेपाल", "काठमांडू", "25 अप्रैल 2015", 12),
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    folder = tmp_path_factory.mktemp("quakes")
    for name, (title, country, city, when, dead) in REPORTS.items():
        lead = LEAD.format(country=country, city=city, when=when, dead=dead)
        (folder / f"{name}.txt").write_text(f"{title}\n\n{city} {lead}{BODY}", encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(folder.iterdir()), config))
    return {Path(a.source_path).stem: a for a in arts}


def test_signature_reads_type_place_time_and_magnitude_with_evidence(
    reports: dict[str, Article],
) -> None:
    art = reports["kathmandu-2016"]
    sig = signature_of(art)
    assert sig.types == {"quake"}
    assert sig.lead_countries == {"kb:country/NP"}
    assert sig.years == {2016} and sig.months == {(2016, 4)}
    assert sig.date_basis == "text year"
    assert sig.magnitudes == {6.1}
    start, end = sig.evidence["year 2016"]
    assert "2016" in art.text[start:end]
    undated = signature_of(reports["kathmandu"])
    assert (undated.years, undated.weekdays, undated.date_basis) == (set(), {7}, "weekday")


def test_published_date_is_the_event_time_when_there_is_one(reports: dict[str, Article]) -> None:
    art = reports["kathmandu"]
    dated = Article(**{**{f: getattr(art, f) for f in ("id", "text")}, "dct": "2019-03-02"})
    dated.blocks, dated.mentions, dated.events = art.blocks, art.mentions, art.events
    sig = signature_of(dated)
    assert (sig.years, sig.months, sig.date_basis) == ({2019}, {(2019, 3)}, "published")


def test_vetoes_name_the_field_that_differs(reports: dict[str, Article]) -> None:
    sig = {name: signature_of(art) for name, art in reports.items()}
    assert veto(sig["kathmandu"], sig["kathmandu-toll"]) is None
    assert veto(sig["kathmandu"], sig["tokyo"]) == "different country"
    assert veto(sig["kathmandu-2015"], sig["kathmandu-2016"]) == "different year"
    storm = Signature(types=frozenset({"storm"}), names=frozenset({"साओमी"}))
    assert veto(storm, Signature(types=frozenset({"storm"}), names=frozenset({"बिलिस"})))
    moved = Signature(types=frozenset({"storm"}), names=frozenset({"साओमी"}),
                      lead_countries=frozenset({"kb:country/TW"}))  # fmt: skip
    assert veto(storm, moved) is None and agreement(storm, moved) == 1.0
    quake = Signature(types=frozenset({"quake"}), magnitudes=frozenset({6.3}))
    assert veto(quake, Signature(types=frozenset({"quake"}), magnitudes=frozenset({7.8})))
    assert veto(quake, Signature(types=frozenset({"quake"}), magnitudes=frozenset({6.2}))) is None


def test_same_type_at_another_place_or_year_stays_apart_and_the_update_joins(
    reports: dict[str, Article],
) -> None:
    cl = StoryClusterer()
    placed = {name: cl.add(reports[name]) for name in REPORTS}
    assert placed["kathmandu-toll"].story_id == placed["kathmandu"].story_id
    assert placed["tokyo"].kind == "new"
    assert placed["kathmandu-2015"].kind == "new"
    stories = {a.story_id for a in placed.values()}
    assert len(stories) == 3
    why = cl.stories[placed["tokyo"].story_id].why[reports["tokyo"].id]
    assert why["kind"] == "new"
    start, end = why["evidence"]["kb:city/1850147"]  # type: ignore[index]
    assert reports["tokyo"].text[start:end] == "टोक्यो"
    assert {"story": placed["kathmandu"].story_id, "veto": "different country"}.items() <= (
        why["apart"][0].items()  # type: ignore[index]
    )


def test_signature_survives_the_store_and_round_trips() -> None:
    sig = Signature(types=frozenset({"fire"}), months=frozenset({(2016, 4), (0, 5)}),
                    magnitudes=frozenset({6.1}), date_basis="text month")  # fmt: skip
    assert Signature.from_json(sig.to_json()) == Signature(**{**sig.__dict__, "evidence": {}})


def test_story_why_explains_each_member_and_unknown_story_is_one_coded_line(
    reports: dict[str, Article], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("kathmandu", "kathmandu-toll", "tokyo"):
        (folder / f"{name}.txt").write_text(reports[name].text, encoding="utf-8")
    db = tmp_path / "k.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(folder)], obj={}).exit_code == 0
    conn = sqlite3.connect(db)
    sid = conn.execute(
        "SELECT id FROM stories WHERE status = 'active' AND n_articles = 2"
    ).fetchone()[0]
    result = runner.invoke(cli, ["--db", str(db), "story", sid, "--why"], obj={})
    assert result.exit_code == 0, result.output
    why = result.output.split("Why", 1)[1]
    first, second = why.strip().splitlines()
    # undated reports: the event time is the weekday the lead gives, and the line says so
    assert first.endswith("started the story (नेपाल में भूकंप से 12 की मौत); event time Sunday (weekday)")
    # the toll update is a syndicated copy of the first report (same agency wording)
    assert f"-> closest {first.split(':')[0]} (नेपाल में भूकंप से 12 की मौत)" in second
    bad = runner.invoke(cli, ["--db", str(db), "story", "st-nope", "--why"], obj={})
    assert bad.exit_code == 1
    assert bad.output.strip().splitlines()[-1].startswith("E024")
    assert "Traceback" not in bad.output


def test_english_wire_report_joins_the_seed_story_without_embeddings(tmp_path: Path) -> None:
    """Through ingest (entities linked across scripts), an English report of the seeds' call joins
    their story with the embeddings extra off, and --why names what they share."""
    from .test_stories_core import ENGLISH, SEED_000, SEED_003

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in (SEED_000, SEED_003):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "xi-call-en.txt").write_text(" date 2026-02-04 Reuters\n" + ENGLISH, "utf-8")
    db = tmp_path / "k.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(folder)], obj={}).exit_code == 0
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, n_articles, languages FROM stories WHERE status = 'active'")
    [(sid, n, langs)] = rows.fetchall()
    assert (n, langs) == (3, '["en", "hi"]')
    why = runner.invoke(cli, ["--db", str(db), "story", sid, "--why"], obj={}).output
    assert "Vladimir Putin" in why and "Donald Trump" in why
    assert "event time 2026-02 (published)" in why


AVALANCHES = {
    # two avalanches in two districts of one state, both leads naming the state; the second
    # report's body names the first district in passing
    "kupwara": "जम्मू-कश्मीर: कुपवाड़ा में हिमस्खलन से चार जवानों की मौत\n\nजम्मू-कश्मीर के कुपवाड़ा जिले में "
    "मंगलवार को हिमस्खलन की चपेट में आने से सेना के चार जवानों की मौत हो गई। बचाव दल मौके पर है।\n",
    "gulmarg": "जम्मू-कश्मीर: गुलमर्ग में हिमस्खलन से एक स्कीयर की मौत\n\nजम्मू-कश्मीर के गुलमर्ग में "
    "मंगलवार को हिमस्खलन की चपेट में आने से एक विदेशी स्कीयर की मौत हो गई। बचाव दल ने शव निकाला।"
    + " पुलिस के अनुसार स्कीयर अपने दो साथियों के साथ ढलान पर उतर रहा था, तभी बर्फ का बड़ा हिस्सा"
    " खिसक गया। साथियों ने शोर मचाया और गश्ती दल को सूचना दी। प्रशासन ने पर्यटकों से ऊंची ढलानों"
    " पर न जाने की अपील की है और मौसम विभाग ने अगले दो दिन और बर्फबारी की चेतावनी दी है।"
    " कुपवाड़ा और सोनमर्ग में भी भारी बर्फबारी हुई है।\n",
}


def test_point_incidents_in_two_towns_of_one_state_stay_apart(tmp_path: Path) -> None:
    for name, text in AVALANCHES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(tmp_path.iterdir()), config))
    sig = {Path(a.source_path).stem: signature_of(a) for a in arts}
    assert sig["kupwara"].lead_towns == {"kb:in-city/kupwara"}
    assert "kb:in-city/kupwara" in sig["gulmarg"].towns - sig["gulmarg"].lead_towns
    assert veto(sig["kupwara"], sig["gulmarg"]) == veto(sig["gulmarg"], sig["kupwara"])
    assert veto(sig["kupwara"], sig["gulmarg"]) == "different town"
    # a quake is felt in many towns: a lead town the other report names anywhere will do
    felt = Signature(types=frozenset({"quake"}), lead_towns=frozenset({"kb:city/a"}),
                     towns=frozenset({"kb:city/a", "kb:city/b"}))  # fmt: skip
    other = Signature(types=frozenset({"quake"}), lead_towns=frozenset({"kb:city/b"}),
                      towns=frozenset({"kb:city/b"}))  # fmt: skip
    assert veto(felt, other) is None
    fire, other_fire = (
        Signature(**{**s.__dict__, "types": frozenset({"fire"})}) for s in (felt, other)
    )
    assert veto(fire, other_fire) == "different town"


def test_incident_reports_sharing_only_the_type_stay_apart(tmp_path: Path) -> None:
    # the same kind of report from one country, one naming no place below it and no day
    body = " हो गई और 40 घायल हो गए। भूकंप के झटके सुबह दस बजे महसूस किए गए। कई पुराने मकान गिर गए।\n"
    texts = {
        "a-country": "नेपाल में भूकंप से 12 की मौत\n\n(एजेंसी): नेपाल में आए 6.1 तीव्रता के भूकंप से 12 लोगों की मौत",
        "b-pokhara": "नेपाल में भूकंप से 12 की मौत\n\n(एजेंसी): नेपाल के पोखरा में रविवार को आए 6.1 तीव्रता के भूकंप"
        " से 12 लोगों की मौत",
    }
    other = (" हो गई। राहत दल मलबे में फंसे लोगों को निकाल रहे हैं और अस्पतालों में घायलों का इलाज चल रहा है।"
             " सरकार ने मृतकों के परिवारों को मुआवजे की घोषणा की है।\n")
    for (name, text), tail in zip(texts.items(), (body, other), strict=True):
        (tmp_path / f"{name}.txt").write_text(text + tail, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(tmp_path.iterdir()), config))
    sig = [signature_of(a) for a in arts]
    assert veto(sig[0], sig[1]) is None and agreement(sig[0], sig[1]) == 0.25
    cl = StoryClusterer()
    first, second = (cl.add(a) for a in arts)
    assert second.kind == "new"
    why = cl.stories[second.story_id].why[arts[1].id]
    assert why["apart"] == [  # the words alone would have joined them
        {"story": first.story_id, "score": why["apart"][0]["score"],  # type: ignore[index]
         "veto": "only the incident type shared"}
    ]


FIRES = {
    "a-monday": "अररिया में आग से पांच घर जले\n\n(संवाददाता): अररिया के वार्ड 13 में सोमवार की रात भीषण आग लगने"
    " से पांच घर जलकर राख हो गए।",
    "b-thursday": "अररिया में आग से छह घर जले\n\n(संवाददाता): अररिया के वार्ड 12 में गुरुवार की रात भीषण आग लगने"
    " से छह घर जलकर राख हो गए।",
    "c-tuesday": "अररिया में आग से पांच घर जले\n\n(संवाददाता): अररिया के वार्ड 13 में सोमवार की रात भीषण आग लगने"
    " से जले पांच घरों के लोगों को मंगलवार को राहत सामग्री दी गई।",
}
FIRE_BODY = " दमकल की गाड़ियां देर से पहुंचीं। ग्रामीणों ने बाल्टियों से आग बुझाई। नुकसान का आकलन किया जा रहा है।\n"


def test_undated_incidents_on_weekdays_apart_stay_apart_and_the_next_day_joins(
    tmp_path: Path,
) -> None:
    for name, text in FIRES.items():
        (tmp_path / f"{name}.txt").write_text(text + FIRE_BODY, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(tmp_path.iterdir()), config))
    sig = {Path(a.source_path).stem: signature_of(a) for a in arts}
    assert sig["a-monday"].weekdays == {1} and sig["b-thursday"].weekdays == {4}
    assert veto(sig["a-monday"], sig["b-thursday"]) == "different weekday"
    assert veto(sig["b-thursday"], sig["a-monday"]) == "different weekday"
    assert veto(sig["a-monday"], sig["c-tuesday"]) is None
    # members are compared without their days: a story's union holds every day it covered
    assert veto(sig["a-monday"], sig["b-thursday"], days=False) is None
    cl = StoryClusterer()
    placed = [cl.add(a) for a in arts]
    assert placed[1].kind == "new" and placed[2].story_id == placed[0].story_id
    apart = cl.stories[placed[1].story_id].why[arts[1].id]["apart"]
    assert [a["veto"] for a in apart] == ["different weekday"]  # type: ignore[index,union-attr]


UPDATE = (
    "नेपाल भूकंप: मृतकों की संख्या 30 हुई\n\n(एजेंसी): नेपाल की राजधानी काठमांडू में आए 6.1 तीव्रता के भूकंप"
    " में मरने वालों की संख्या बढ़कर 30 हो गई है। मलबे से और शव निकाले गए। राहत दल गांवों तक पहुंचे और सेना ने"
    " बचाव अभियान तेज किया। अस्पतालों में घायलों का इलाज चल रहा है।\n"
)


def test_a_toll_update_days_later_joins_when_the_signatures_fully_agree(
    reports: dict[str, Article], tmp_path: Path
) -> None:
    (tmp_path / "update.txt").write_text(UPDATE, encoding="utf-8")
    config = Config()
    (update,) = _analysed(config, read_clean([tmp_path / "update.txt"], config))
    dated = []
    for art, day in ((reports["kathmandu"], "2019-03-02"), (update, "2019-03-07")):
        copy = Article(**{**{f: getattr(art, f) for f in ("id", "text", "title")}, "dct": day})
        copy.blocks, copy.mentions, copy.events = art.blocks, art.mentions, art.events
        copy.timexes = art.timexes
        dated.append(copy)
    sigs = [signature_of(a) for a in dated]
    assert veto(sigs[0], sigs[1]) is None and agreement(sigs[0], sigs[1]) == 1.0
    cl = StoryClusterer()
    one, two = (cl.add(a) for a in dated)
    # five days apart the decay alone would leave exp(-5/3) = 19% of the score
    assert two.kind == "joined" and two.story_id == one.story_id


STORMS = {
    "dated-2007": "न्यूयॉर्क में भारी तूफान\n\nन्यूयॉर्क (भाषा): अमेरिका के न्यूयॉर्क और आसपास के इलाकों में आए भारी"
    " तूफान से पांच लोगों की मौत हो गई।",
    "undated-2018": "अमेरिका में तूफान से पांच की मौत\n\nन्यूयॉर्क (एजेंसी): अमेरिका के न्यूयॉर्क और आसपास के इलाकों में"
    " आए भारी तूफान से पांच लोगों की मौत हो गई।",
}
# past the lead: the year is no event time, only a bound on when the report was written
LATER = " मौसम विभाग के अनुसार 2018 में यह सबसे भीषण तूफान है। 2030 तक ऐसे तूफान बढ़ेंगे।\n"


def test_a_report_writing_a_later_year_is_not_the_event_of_an_older_dated_report(
    tmp_path: Path,
) -> None:
    for name, text in STORMS.items():
        tail = FIRE_BODY * 4 + (LATER if name == "undated-2018" else "")
        (tmp_path / f"{name}.txt").write_text(text + tail, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(tmp_path.iterdir()), config))
    old, new = arts
    old.dct = "2007-04-16"
    sig_old, sig_new = signature_of(old), signature_of(new)
    assert sig_old.published_years == {2007} and sig_new.not_before == {2018}
    start, end = sig_new.evidence["written 2018"]
    assert "2018" in new.text[start:end]
    assert veto(sig_old, sig_new) == veto(sig_new, sig_old) == "published before a year the other writes"
    assert event_time(sig_new) == "2018 or later (written year)"
    cl = StoryClusterer()
    assert [cl.add(a).kind for a in (old, new)] == ["new", "new"]


def test_a_lead_year_older_than_a_year_the_text_writes_is_no_event_time(tmp_path: Path) -> None:
    text = (
        "अफजल की फांसी की तारीख तय\n\nनई दिल्ली (एजेंसी): दिल्ली की अदालत ने 13 दिसंबर 2001 को संसद पर हुए"
        " हमले के दोषी की फांसी के लिए 20 अक्टूबर की तारीख तय की।" + FIRE_BODY * 4
        + " अदालत ने कहा कि 2006 में ही सभी याचिकाएं खारिज हो चुकी हैं।\n"
    )
    (tmp_path / "court.txt").write_text(text, encoding="utf-8")
    config = Config()
    (art,) = _analysed(config, read_clean([tmp_path / "court.txt"], config))
    sig = signature_of(art)
    assert sig.not_before == {2006}
    assert sig.years == set() and (2001, 12) not in sig.months and (0, 10) in sig.months
    assert sig.date_basis == "text month"


def test_incident_reports_sharing_type_and_month_but_no_place_stay_apart() -> None:
    from khabar.stories.cluster import MIN_AGREEMENT

    court = Signature(types=frozenset({"attack"}), months=frozenset({(0, 10)}))
    other = Signature(types=frozenset({"attack"}), months=frozenset({(0, 10)}),
                      lead_places=frozenset({"kb:city/1273294"}))  # fmt: skip
    assert veto(court, other) is None
    assert agreement(court, other) == 0.5 <= MIN_AGREEMENT
    placed = Signature(**{**other.__dict__, "places": frozenset({"kb:city/1273294"})})
    assert agreement(other, placed) == 1.0 > MIN_AGREEMENT


def test_a_desk_dateline_is_not_where_a_foreign_incident_happened(tmp_path: Path) -> None:
    texts = {
        "desk": "अमेरिका में गोलीबारी, तीन की मौत\n\nनई दिल्ली (जेएनएन)। अमेरिका के मैरीलैंड में गुरुवार सुबह हुई"
        " गोलीबारी में तीन लोग मारे गए। पुलिस ने संदिग्ध को हिरासत में ले लिया।",
        "local": "दिल्ली में मुठभेड़, तीन गिरफ्तार\n\nनई दिल्ली (जेएनएन)। दिल्ली के बुराड़ी में गुरुवार सुबह पुलिस और"
        " बदमाशों के बीच हुई गोलीबारी में तीन बदमाश गिरफ्तार किए गए।",
        "team": "टीम पर हमला\n\nलाहौर।। आधुनिक हथियारों से लैस आतंकवादियों ने श्रीलंका टीम पर हमला कर दिया।",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + FIRE_BODY, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(tmp_path.iterdir()), config))
    sig = {Path(a.source_path).stem: signature_of(a) for a in arts}
    delhi = "kb:city/1273294"
    assert delhi not in sig["desk"].places and "kb:country/IN" not in sig["desk"].countries
    assert sig["desk"].lead_countries == {"kb:country/US"}
    assert delhi in sig["local"].lead_places
    assert veto(sig["desk"], sig["local"]) == "different country"
    # a foreign team is no place where something happened: the dateline stays
    assert "kb:country/PK" in sig["team"].lead_countries


def test_a_storm_named_after_the_word_storm_and_repeated_is_a_name(tmp_path: Path) -> None:
    texts = {
        "florence": "अमेरिका: तूफान फ्लोरेंस मजबूत हुआ\n\nवॉशिंगटन (एजेंसी): अमेरिका में तूफान फ्लोरेंस तट की ओर बढ़ रहा"
        " है। फ्लोरेंस से पांच राज्यों में आपातकाल घोषित किया गया।",
        "michael": "अमेरिका: तूफान माइकल मजबूत हुआ\n\nवॉशिंगटन (एजेंसी): अमेरिका में तूफान माइकल तट की ओर बढ़ रहा है।"
        " माइकल से पांच राज्यों में आपातकाल घोषित किया गया।",
        "stray": "अमेरिका में तूफान\n\nवॉशिंगटन (एजेंसी): अमेरिका में तूफान पचास किलोमीटर दूर से गुजरा।",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + FIRE_BODY, encoding="utf-8")
    config = Config()
    arts = _analysed(config, read_clean(sorted(tmp_path.iterdir()), config))
    sig = {Path(a.source_path).stem: signature_of(a) for a in arts}
    assert sig["florence"].names == {"फ्लोरेंस"} and sig["michael"].names == {"माइकल"}
    assert veto(sig["florence"], sig["michael"]) == "different storm names"
    assert sig["stray"].names == set()  # a word said once after तूफान names nothing
