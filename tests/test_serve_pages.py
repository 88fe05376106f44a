"""The web pages on the seeds, rendered server-side: what each page must show, links from a
story to an event's evidence to an entity, and HTML error pages for bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from khabar.config import Config
from khabar.serve import create_app

from .serve_support import seed_db  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def client(seed_db: Path) -> TestClient:  # noqa: F811
    return TestClient(create_app(Config(db_path=seed_db), token=""))


def hrefs(html: str, prefix: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="(' + re.escape(prefix) + r'[^"]*)"', html)]


def test_home_lists_the_seed_story_with_independent_sources(client: TestClient) -> None:
    html = client.get("/").text
    assert "पुतिन से वीडियो कॉल" in html and "2 independent sources" in html
    assert "2026-02-04 – 2026-02-05" in html and "Live Hindustan" in html
    assert "https://" not in html.split("<main>")[0]  # no CDN: every asset is served locally
    assert client.get("/static/khabar.css").status_code == 200


def test_api_reference_page_lists_every_operation_without_a_cdn(client: TestClient) -> None:
    html = client.get("/api/docs").text
    for path in client.get("/api/openapi.json").json()["paths"]:
        assert path in html
    assert "cdn" not in html.lower() and "<script" not in html


def test_story_page_cites_summary_sources_events_and_entities(client: TestClient) -> None:
    home = client.get("/").text
    story = client.get(hrefs(home, "/story/")[0]).text
    for heading in ("Summary", "Sources side by side", "Events", "Entities"):
        assert f"<h2>{heading}</h2>" in story
    assert story.count('class="source"') == 2 and "Only this source:" in story
    evidence = hrefs(story, "/article/")
    assert any("?hl=" in h for h in evidence)
    assert "Vladimir Putin" in story and "/entity/kb%3Aperson%2Fvladimir-putin" in story


def test_evidence_link_highlights_the_sentence_and_links_its_entities(client: TestClient) -> None:
    story = client.get(hrefs(client.get("/").text, "/story/")[0]).text
    link = next(h for h in hrefs(story, "/article/") if "?hl=" in h)
    start, end = map(int, re.search(r"hl=(\d+)-(\d+)", link).groups())  # type: ignore[union-attr]
    article = client.get(link.split("#")[0]).text
    assert 'id="hl"' in article and "hl" in re.search(r'class="([^"]*)" id="hl"', article).group(1)  # type: ignore[union-attr]
    assert hrefs(article, "/entity/"), "mentions link to their entity pages"
    entity = client.get(hrefs(article, "/entity/")[0])
    assert entity.status_code == 200 and "Mentions over time" in entity.text


def test_article_page_marks_facts_and_strikes_boilerplate_on_request(client: TestClient) -> None:
    plain = client.get("/article/cf99c38d").text
    full = client.get("/article/cf99c38d?boilerplate=1").text
    assert "m-ent" in plain and "m-date" in plain and "m-ev" in plain
    assert "<del>" not in plain and "<del>" in full and len(full) > len(plain)


def test_entity_page_shows_both_scripts_roles_and_a_chart(client: TestClient) -> None:
    html = client.get("/entity/Putin").text
    assert "Vladimir Putin" in html and "व्लादिमीर पुतिन" in html and "President" in html
    assert "<svg" in html and "<rect" in html
    assert client.get("/entity/पुतिन").text.count("Vladimir Putin") == html.count("Vladimir Putin")


def test_timeline_page_charts_each_event_linked_to_its_evidence(client: TestClient) -> None:
    html = client.get("/timeline?actor=Russia&other=China&bucket=day&by=modality").text
    squares = re.findall(r'<a href="(/article/[^"]+)"><rect', html)
    assert squares and all("?hl=" in s for s in squares)
    assert "happened" in html
    none = client.get("/timeline?actor=Zzyzx").text
    assert "No events found for Zzyzx" in none and "<svg" not in none


def test_search_page_finds_the_hindi_story_for_putin(client: TestClient) -> None:
    html = client.get("/search?q=Putin").text
    assert "व्लादिमीर पुतिन" in html and "2 articles found" in html and "<mark>" in html
    assert "पुतिन से वीडियो कॉल" in html
    assert "None" not in html  # the seed without an outlet says so in words


@pytest.mark.parametrize(("url", "status"), [
    ("/story/st-000000000000", 404),
    ("/article/ffffffffffff", 404),
    ("/entity/Zzyzx%20Qwerty", 404),
    ("/article/cf99c38d?hl=9-1", 400),
    ("/timeline?actor=Russia&bucket=year", 400),
    ("/search?q=%22unclosed", 400),
    ("/?cursor=bogus", 400),
])
def test_bad_input_answers_an_html_page_with_the_error_code(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert re.search(r'class="error">E0\d\d ', response.text) and "Traceback" not in response.text
