"""Watches and alerts: the seeds arrive through a loopback feed, one outlet after the other, and
a watch on their actors fires once for the Putin–Xi call, then once more as a new source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from follow_server import HTML, Request, Response, Site, loopback_only, rss, seed_page, serve
from khabar.cli import cli
from khabar.events.merge import MergedEvent
from khabar.watch.sinks import deliver
from khabar.watch.watches import Alert, Watch, event_matches

from .conftest import SEED_000, SEED_003

__all__ = ["loopback_only"]  # autouse: every test here may reach 127.0.0.1 only


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def publish(site: Site, pages: list[str]) -> None:
    site.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(site, pages))


def test_watch_fires_once_then_once_more_for_a_new_source(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    hooks: list[dict] = []

    def hook(req: Request) -> Response:
        hooks.append(json.loads(req.body))
        return 204, {}, b""

    with serve({"/hook": hook}) as site:
        site.routes["/a/putin-xi.html"] = (200, HTML, seed_page(SEED_000, "Outlet A"))
        site.routes["/b/putin-xi.html"] = (200, HTML, seed_page(SEED_003, "Outlet B"))
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"min_interval: 0\nsources:\n  - feed: {site.url('/feed.xml')}\n", encoding="utf-8")
        alerts_file = tmp_path / "alerts.jsonl"
        code, out, _ = run(db, "watch", "add", "putin-xi", "--actor", "पुतिन", "--with", "China",
                           "--type", "CONSULT", "--jsonl", str(alerts_file), "--webhook", site.url("/hook"))
        assert code == 0 and "0 stored events already match" in out

        publish(site, ["/a/putin-xi.html"])
        code, out, err = run(db, "follow", str(sources), "--once")
        assert code == 0, err
        assert out.count("ALERT putin-xi") == 1 and "ALERT putin-xi: new: " in out
        assert "CONSULT" in out and "alerts 1" in err

        publish(site, ["/a/putin-xi.html", "/b/putin-xi.html"])
        code, out, err = run(db, "follow", str(sources), "--once")
        assert code == 0, err
        assert out.count("ALERT putin-xi") == 1 and "ALERT putin-xi: new source: " in out
        assert "new Outlet B" in out  # the new report is marked

        code, out, err = run(db, "follow", str(sources), "--once")
        assert "ALERT" not in out and "alerts 0" in err
    lines = [json.loads(line) for line in alerts_file.read_text(encoding="utf-8").splitlines()]
    assert [a["kind"] for a in lines] == ["new", "new source"]
    assert hooks == lines  # the webhook got the same two alerts
    second = lines[1]
    assert len(second["new_articles"]) == 1 and len(second["reports"]) >= 2
    for report in second["reports"]:  # evidence: article, offsets, the text they cut
        assert report["url"].startswith("http://127.0.0.1:") and report["end"] > report["start"]
    assert {"Vladimir Putin", "Xi Jinping"} <= set(second["event"]["source"] + second["event"]["target"])


def test_ingest_checks_watches_too(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run(db, "watch", "add", "call", "--actor", "Xi Jinping", "--with", "Putin", "--type", "CONSULT")
    code, out, _ = run(db, "ingest", str(SEED_000))
    assert code == 0 and out.count("ALERT call: new: ") == 1
    code, out, _ = run(db, "ingest", "--json", str(SEED_000))
    assert json.loads(out)["alerts"] == []


# A local police report, as Hindi news writes one: the actor is an office, not a named person.
POLICE_REPORT = (" date 2020-04-02 | Dainik\nदिल्ली में पुलिस की सख्ती\n\nनई दिल्ली। दिल्ली पुलिस ने"
                 " गुरुवार को लॉकडाउन का उल्लंघन करने वाले 20 लोगों को गिरफ्तार किया।\n")


@pytest.mark.parametrize(("args", "fires"), [
    (["--actor", "IND-Delhi COP", "--type", "COERCE"], True),
    (["--actor", "IND COP"], True),
    (["--actor", "Delhi Police", "--sector", "cop"], True),
    (["--actor", "IND GOV"], False),
    (["--actor", "IND-Delhi COP", "--sector", "JUD"], False),
])
def test_watch_by_actor_code_and_sector(tmp_path: Path, args: list[str], fires: bool) -> None:
    db = tmp_path / "k.db"
    report = tmp_path / "report.txt"
    report.write_text(POLICE_REPORT, encoding="utf-8")
    assert run(db, "watch", "add", "police", *args)[0] == 0
    code, out, _ = run(db, "ingest", str(report))
    assert code == 0 and out.count("ALERT police: new: ") == (1 if fires else 0)


def test_watch_list_and_remove(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    run(db, "watch", "add", "b", "--actor", "Modi", "--modality", "planned")
    run(db, "watch", "add", "a", "--actor", "Putin", "--with", "China")
    code, out, _ = run(db, "watch", "list", "--json")
    assert code == 0 and [w["name"] for w in json.loads(out)] == ["a", "b"]
    assert run(db, "watch", "remove", "a")[0] == 0
    code, _, err = run(db, "watch", "remove", "a")
    assert code == 1 and err.strip() == "E080 watch not found: a"


@pytest.mark.parametrize("args", [
    ["--actor", "Putin", "--modality", "sometime"],
    ["--actor", "Putin", "--webhook", "ftp://127.0.0.1/hook"],
    ["--actor", " "],
    ["--actor", "Putin", "--sector", "POLICE"],
])
def test_bad_watch_is_one_line(tmp_path: Path, args: list[str]) -> None:
    code, _, err = run(tmp_path / "k.db", "watch", "add", "w", *args)
    assert code == 1 and err.startswith("E079 ") and err.count("\n") == 1


def test_bad_follow_options_are_one_line(tmp_path: Path) -> None:
    sources = tmp_path / "s.yaml"
    sources.write_text("sources:\n  - url: http://127.0.0.1:9/a.html\n", encoding="utf-8")
    code, _, err = run(tmp_path / "k.db", "follow", str(sources), "--every", "10s")
    assert code == 1 and err.startswith("E050 ") and "at least 1m" in err
    code, _, err = run(tmp_path / "k.db", "follow", str(tmp_path / "missing.yaml"))
    assert code == 1 and err.startswith("E001 ")
    code, _, err = run(tmp_path / "k.db", "fetch", "file:///etc/passwd")
    assert code == 1 and err.startswith("E070 ")


def _event(**kw: object) -> MergedEvent:
    base: dict = dict(id="e", type="CONSULT", mode="phone", source=["kb:putin", "kb:xi"], target=[],
                      date=None, date_basis=None, modality="happened", location=["kb:moscow"],
                      confidence=0.9, names={"kb:putin": "Vladimir Putin", "kb:xi": "Xi Jinping",
                                             "kb:moscow": "Moscow"})
    base.update(kw)
    return MergedEvent(**base)


@pytest.mark.parametrize(("watch", "expected"), [
    (Watch("w", "Putin"), True),
    (Watch("w", "Putin", other="Xi"), True),
    (Watch("w", "Putin", other="Modi"), False),
    (Watch("w", "Putin", type="consult"), True),
    (Watch("w", "Putin", type="AGREE"), False),
    (Watch("w", "Putin", modality="planned"), False),
    (Watch("w", "Putin", place="Moscow"), True),
    (Watch("w", "Putin", place="Delhi"), False),
])
def test_event_matches_by_name(watch: Watch, expected: bool) -> None:
    assert event_matches(watch, _event(), {}) is expected


def test_event_matches_by_resolved_ids() -> None:
    china = frozenset({"kb:china", "kb:xi"})  # a country covers its leaders
    assert event_matches(Watch("w", "पुतिन", other="China"), _event(),
                         {"actor": frozenset({"kb:putin"}), "other": china})


def test_webhook_is_retried_then_reported_in_one_line() -> None:
    answers = iter([(503, {}, b""), (200, {}, b"ok")])
    alert = Alert("w", "new", {"id": "e"}, [])
    waits: list[float] = []
    with serve({"/ok": lambda _: next(answers), "/gone": (404, {}, b"")}) as site:
        assert deliver([alert], lambda _: [f"webhook:{site.url('/ok')}"], waits.append) == []
        failures = deliver([alert], lambda _: [f"webhook:{site.url('/gone')}"], waits.append)
    assert site.asked("/ok") == 2 and waits == [1.0]
    assert site.asked("/gone") == 1  # a 404 is not retried
    assert len(failures) == 1 and failures[0].startswith("E081 ") and "HTTP 404" in failures[0]


def test_unwritable_jsonl_sink_is_one_line(tmp_path: Path) -> None:
    alert = Alert("w", "new", {"id": "e"}, [])
    failures = deliver([alert], lambda _: [f"jsonl:{tmp_path / 'no' / 'such' / 'dir.jsonl'}"])
    assert len(failures) == 1 and failures[0].startswith("E081 ")

