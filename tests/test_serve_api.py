"""The HTTP API on the seeds: every endpoint, cross-script search, pagination, token-gated
ingest, and a clear coded 4xx for every bad parameter (never a 500)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from khabar.config import Config
from khabar.serve import create_app
from khabar.serve.api import MAX_INGEST_BYTES

from .conftest import SEED_003
from .serve_support import copy_db, seed_db  # noqa: F401  (fixture)

STORY_TITLE_WORD = "पुतिन"


@pytest.fixture(scope="module")
def client(seed_db: Path) -> TestClient:  # noqa: F811
    return TestClient(create_app(Config(db_path=seed_db), token=""))


def story_id(client: TestClient) -> str:
    items = client.get("/api/stories").json()["items"]
    return str(items[0]["id"])


def test_every_api_path_is_in_the_openapi_document(client: TestClient) -> None:
    paths = set(client.get("/api/openapi.json").json()["paths"])
    assert paths == {"/api/stats", "/api/articles", "/api/articles/{article_id}", "/api/stories",
                     "/api/stories/{story_id}", "/api/entities", "/api/entities/{name}", "/api/events",
                     "/api/quotes", "/api/timeline", "/api/search", "/api/ingest"}


def test_articles_and_one_article_with_facts(client: TestClient) -> None:
    items = client.get("/api/articles").json()["items"]
    assert [a["id"] for a in items] == ["cf99c38d322cc213", "067ad915245d0b3d"]
    art = client.get("/api/articles/cf99c38d").json()  # a unique prefix is enough
    assert art["id"] == "cf99c38d322cc213" and art["story"] and art["mentions"] and art["events"]
    ev = art["events"][0]
    assert art["text"][ev["evidence_start"]:ev["evidence_end"]]
    only = client.get("/api/articles", params={"since": "2026-02-05"}).json()["items"]
    assert [a["id"] for a in only] == ["067ad915245d0b3d"]
    assert client.get("/api/articles", params={"language": "en"}).json()["items"] == []


def test_stories_count_independent_sources_and_show_cited_summary(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    assert len(stories) == 1 and STORY_TITLE_WORD in stories[0]["title"]
    assert stories[0]["independent_sources"] == 2 and stories[0]["articles"] == 2
    view = client.get(f"/api/stories/{stories[0]['id']}").json()
    texts = {a["id"]: client.get(f"/api/articles/{a['id']}").json()["text"] for a in view["articles"]}
    for c in view["summary"]:
        assert texts[c["article_id"]][c["start"]:c["end"]] == c["text"]
    assert view["events"] and all(e["evidence"] for e in view["events"])
    assert any(e["id"] == "kb:person/vladimir-putin" for e in view["entities"])


def test_entities_by_name_in_either_script_and_by_id(client: TestClient) -> None:
    top = client.get("/api/entities", params={"type": "person", "limit": 3}).json()["items"]
    assert top[0]["entity_id"] == "kb:person/vladimir-putin"
    for name in ("Putin", "पुतिन", "kb:person/vladimir-putin"):
        profile = client.get(f"/api/entities/{name}").json()
        assert profile["id"] == "kb:person/vladimir-putin", name
        assert "पुतिन" in " ".join(profile["names"]["hi"]) and "Vladimir Putin" in profile["names"]["en"]


def test_events_filters_and_quotes(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 200}).json()["items"]
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 200}).json()["items"]
    assert consult and {e["type"] for e in consult} == {"CONSULT"} and len(consult) < len(everything)
    dyad = client.get("/api/events", params=[("actor", "Putin"), ("actor", "शी जिनपिंग")]).json()["items"]
    assert any(e["mode"] == "video_call" for e in dyad)
    coded = client.get("/api/events", params={"code": "CHN GOV", "limit": 200}).json()["items"]
    assert coded and all(any(a["id"] == "kb:person/xi-jinping" for a in e["source"] + e["target"]) or
                         any(a["id"].startswith("kb:country/CN") for a in e["source"] + e["target"])
                         for e in coded)
    quotes = client.get("/api/quotes", params={"speaker": "Putin"}).json()["items"]
    assert quotes and all(q["speaker"] == "kb:person/vladimir-putin" for q in quotes)


def test_outlet_and_language_filters(client: TestClient) -> None:
    for path in ("/api/events", "/api/stories", "/api/articles"):
        hindustan = client.get(path, params={"outlet": "Live Hindustan", "limit": 200}).json()["items"]
        nowhere = client.get(path, params={"outlet": "Nowhere Times", "limit": 200}).json()["items"]
        hindi = client.get(path, params={"language": "hi", "limit": 200}).json()["items"]
        english = client.get(path, params={"language": "en", "limit": 200}).json()["items"]
        assert hindustan and hindi and not nowhere and not english, path
    events = client.get("/api/events", params={"outlet": "Live Hindustan", "limit": 200}).json()["items"]
    assert all("cf99c38d322cc213" in e["articles"] for e in events)


def test_timeline_of_a_dyad_counts_by_period_and_type(client: TestClient) -> None:
    data = client.get("/api/timeline", params={"actor": "Russia", "other": "China", "bucket": "month"}).json()
    assert any(e["mode"] == "video_call" for e in data["events"])
    assert sum(c["count"] for c in data["counts"]) == len(data["events"])
    assert "2026-02" in data["periods"]
    by_mod = client.get("/api/timeline", params={"actor": "Russia", "by": "modality"}).json()
    assert set(by_mod["series"]) <= {"happened", "planned", "expected", "proposed", "possible", "ongoing",
                                     "denied", "hypothetical", "reported"}


def test_search_putin_finds_the_hindi_seed_story(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Putin"}).json()
    assert found["entity"] == "kb:person/vladimir-putin"
    assert {h["id"] for h in found["items"]} == {"cf99c38d322cc213", "067ad915245d0b3d"}
    assert all(h["mentions_entity"] for h in found["items"])
    plain = client.get("/api/search", params={"q": '"वीडियो कॉल"'}).json()
    assert plain["entity"] is None and len(plain["items"]) == 2


def test_cursor_pages_walk_every_item_once(client: TestClient) -> None:
    whole = [e["entity_id"] for e in client.get("/api/entities", params={"limit": 200}).json()["items"]]
    seen: list[str] = []
    params: dict[str, object] = {"limit": 7}
    while True:
        body = client.get("/api/entities", params=params).json()
        seen += [e["entity_id"] for e in body["items"]]
        if not body["next_cursor"]:
            break
        params["cursor"] = body["next_cursor"]
    assert seen == whole and len(whole) > 7


@pytest.mark.parametrize(("url", "status", "code"), [
    ("/api/articles?since=yesterday", 400, "E050"),
    ("/api/articles?until=2026-13-01", 400, "E050"),
    ("/api/articles?limit=0", 400, "E050"),
    ("/api/articles?limit=201", 400, "E050"),
    ("/api/articles?limit=ten", 400, "E050"),
    ("/api/articles?cursor=not-a-cursor", 400, "E050"),
    ("/api/articles/ffffffffffff", 404, "E021"),
    ("/api/stories?since=02/2026", 400, "E050"),
    ("/api/stories/st-000000000000", 404, "E024"),
    ("/api/entities/Zzyzx%20Qwerty", 404, "E023"),
    ("/api/entities?story=st-000000000000", 404, "E024"),
    ("/api/events?since=2026-02-30", 400, "E050"),
    ("/api/timeline", 400, "E050"),
    ("/api/timeline?actor=Russia&bucket=year", 400, "E050"),
    ("/api/timeline?actor=Russia&by=colour", 400, "E050"),
    ("/api/search", 400, "E050"),
    ("/api/search?q=", 400, "E050"),
    ("/api/search?q=%22unclosed", 400, "E050"),
    ("/api/search?q=AND", 400, "E050"),
    ("/api/nowhere", 404, "H404"),
])
def test_bad_parameters_answer_one_coded_line(client: TestClient, url: str, status: int, code: str) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and "\n" not in error["message"] and "Traceback" not in error["message"]


def test_ingest_is_off_without_a_token(client: TestClient) -> None:
    response = client.post("/api/ingest", content=SEED_003.read_bytes())
    assert response.status_code == 400 and "KHABAR_TOKEN" in response.json()["error"]["message"]


def test_ingest_with_the_token_goes_through_the_pipeline(seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    db = copy_db(seed_db, tmp_path)
    client = TestClient(create_app(Config(db_path=db), token="s3cret"))
    text = SEED_003.read_text(encoding="utf-8").replace("शी जिनपिंग", "शी चिनफिंग", 1)
    assert client.post("/api/ingest", content=text.encode()).status_code == 401
    wrong = client.post("/api/ingest", content=text.encode(), headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    big = client.post("/api/ingest", content=b"x" * (MAX_INGEST_BYTES + 1), headers=auth)
    assert big.status_code == 413 and big.json()["error"]["code"] == "E011"
    assert client.post("/api/ingest", content=b"  \n", headers=auth).status_code == 400
    done = client.post("/api/ingest", content=text.encode(), headers=auth)
    assert done.status_code == 200, done.text
    assert done.json()["counts"].get("new", 0) + done.json()["counts"].get("updated", 0) == 1
    assert client.get("/api/stats").json()["articles"] == 3  # caches follow the new generation


def test_serve_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "serve"], catch_exceptions=False)
    assert result.exit_code == 1 and result.stderr.startswith("E020") and result.stderr.count("\n") == 1
    assert not (tmp_path / "none.db").exists()


def test_sql_mount_answers_selects_and_refuses_writes(seed_db: Path) -> None:  # noqa: F811
    pytest.importorskip("datasette", reason="the sql extra (datasette) is not installed")
    client = TestClient(create_app(Config(db_path=seed_db), token="", sql=True))
    name = seed_db.stem
    rows = client.get(f"/sql/{name}.json", params={"sql": "select id from articles order by id", "_shape": "array"})
    assert rows.status_code == 200 and [r["id"] for r in rows.json()] == ["067ad915245d0b3d", "cf99c38d322cc213"]
    refused = client.get(f"/sql/{name}.json", params={"sql": "delete from articles"})
    assert refused.status_code == 400
    assert client.get("/api/stats").json()["articles"] == 2
    assert 'href="/sql/"' in client.get("/").text


def test_events_and_timeline_by_the_events_actor_codes(tmp_path: Path) -> None:
    """A police report's actor is coded IND-Delhi COP by the events stage: the API's code filter
    finds it by country + sector, by the place, and by the bare sector, and not by another sector."""
    from khabar.ingest.api import ingest

    report = tmp_path / "report.txt"
    report.write_text(" date 2020-04-02 | Dainik\nदिल्ली में पुलिस की सख्ती\n\nनई दिल्ली। दिल्ली पुलिस ने"
                      " गुरुवार को लॉकडाउन का उल्लंघन करने वाले 20 लोगों को गिरफ्तार किया।\n", encoding="utf-8")
    config = Config(db_path=tmp_path / "k.db")
    assert ingest([report], config).ok
    police = TestClient(create_app(config, token=""))
    for code, found in (("IND COP", 1), ("IND-Delhi COP", 1), ("COP", 1), ("IND JUD", 0)):
        items = police.get("/api/events", params={"code": code}).json()["items"]
        assert len(items) == found, code
    timeline = police.get("/api/timeline", params={"code": "IND COP"}).json()
    assert timeline["counts"] == [{"period": "2020-04-02", "key": "COERCE", "count": 1}]
    assert timeline["events"][0]["source"] == [{"id": "actor:Delhi Police", "name": "Delhi Police"}]
