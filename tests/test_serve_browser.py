"""Browser tests: Playwright drives Debian's chromium (headless, fresh profile, no network) against
a live server on loopback, on the seeds and on a sample of the Hindi corpus. Every page is opened
at phone and desktop width and saved as a screenshot under ``tests/artifacts/screenshots``
(git-ignored) for people to look at.

Skips with a message when ``/usr/bin/chromium`` is absent (``.ci/run`` installs it with apt).
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT
from .serve_support import LiveServer, corpus_db, seed_db  # noqa: F401  (fixtures)

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "tests" / "artifacts" / "screenshots"
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield context
        context.close()


def shoot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, (w, h) in WIDTHS.items():
        page.set_viewport_size({"width": w, "height": h})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} is {overflow}px wider than a {width} screen"


def open_ok(page: Any, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url


def test_seeds_click_story_to_evidence_to_entity_and_search(browser: Any, seed_db: Path) -> None:  # noqa: F811
    page = browser.new_page()
    with LiveServer(seed_db) as server:
        open_ok(page, server.url + "/")
        shoot(page, "seeds-home")
        page.click("ol.stories a.title")
        assert page.locator("h2", has_text="Sources side by side").is_visible()
        shoot(page, "seeds-story")
        page.click("a.evidence-link >> nth=0")
        assert re.search(r"/article/.+\?hl=\d+-\d+", page.url)
        highlighted = page.locator("#hl")
        assert highlighted.count() == 1 and highlighted.inner_text().strip()
        shoot(page, "seeds-article-evidence")
        page.click(".text a.m-ent >> nth=0")
        assert "/entity/" in page.url and page.locator("svg rect").count() > 0
        shoot(page, "seeds-entity")
        page.fill("input[name=q]", "Putin")
        page.press("input[name=q]", "Enter")
        assert page.locator("ol.hits li").count() == 2
        assert "पुतिन से वीडियो कॉल" in page.inner_text("ol.hits")
        shoot(page, "seeds-search-putin")
        open_ok(page, server.url + "/timeline?actor=Russia&other=China&by=modality")
        assert page.locator("svg a rect").count() > 0
        shoot(page, "seeds-timeline")
        open_ok(page, server.url + "/article/cf99c38d?boilerplate=1")
        assert page.locator("del").count() > 0
        shoot(page, "seeds-article-boilerplate")
    page.close()


@pytest.mark.data
def test_corpus_sample_every_page(browser: Any, corpus_db: Path) -> None:  # noqa: F811
    page = browser.new_page()
    with LiveServer(corpus_db) as server:
        open_ok(page, server.url + "/")
        shoot(page, "corpus-home")
        page.click("ol.stories a.title >> nth=0")
        shoot(page, "corpus-story")
        article = page.locator(".source h3 a").first.get_attribute("href")
        open_ok(page, server.url + str(article))
        shoot(page, "corpus-article")
        entity = page.locator(".text a.m-ent").first.get_attribute("href")
        open_ok(page, server.url + str(entity))
        shoot(page, "corpus-entity")
        open_ok(page, server.url + "/search?q=कोरोना")
        assert page.locator("ol.hits li").count() > 0
        shoot(page, "corpus-search")
        with urllib.request.urlopen(server.url + "/api/events?limit=1") as response:
            first = json.loads(response.read())["items"][0]
        actor = (first["source"] + first["target"])[0]["id"]
        open_ok(page, server.url + "/timeline?" + urllib.parse.urlencode({"actor": actor, "bucket": "day"}))
        assert page.locator("svg a rect").count() > 0
        shoot(page, "corpus-timeline")
    page.close()
