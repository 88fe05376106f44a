"""The one-parse HTML path gives what trafilatura's metadata pass, its extraction (fast mode,
full mode on short texts) and htmldate's quick search give, on real pages; broken or empty pages
give one coded line."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from khabar.clean.html import HtmlExtract, _split_authors, extract_html
from khabar.cli import cli
from khabar.errors import KhabarError


def _two_pass(html: str, url: str | None) -> HtmlExtract:
    """The HTML path through trafilatura's and htmldate's public calls: ``bare_extraction`` with
    all of trafilatura's metadata in fast mode (its full mode when the text is short), then
    htmldate's quick search on the page string; no date when it finds none."""
    import trafilatura
    from htmldate import find_date

    from khabar.clean.html import FULL_MODE_BELOW, _declared_language

    def extract(fast: bool) -> Any:
        return trafilatura.bare_extraction(html, url=url, fast=fast, include_comments=False,
                                           include_tables=True, with_metadata=True,
                                           deduplicate=False)

    doc = extract(True)
    assert doc is not None
    body = (doc.text or "").strip()
    if len(body) < FULL_MODE_BELOW:
        body = (extract(False).text or "").strip()
    text = "\n".join(ln.strip() for ln in body.splitlines() if ln.strip())
    stamp = find_date(html, url=url, original_date=True, extensive_search=False,
                      outputformat="%Y-%m-%dT%H:%M:%S%z")
    if not stamp:
        published = None
    elif stamp.endswith("T00:00:00"):
        published = stamp[:10]
    else:
        published = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", stamp)
    return HtmlExtract(text=text, title=doc.title or None, authors=_split_authors(doc.author),
                       published=published, outlet=doc.sitename or None, url=doc.url or url,
                       description=doc.description or None, language=_declared_language(html))


def _aeb_pages(shared_data: Path, count: int) -> list[tuple[str, str | None]]:
    root = shared_data / "boilerplate" / "scrapinghub-aeb"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(gold)[:count]:
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        pages.append((raw.decode("utf-8", errors="replace"), gold[key].get("url")))
    return pages


def test_one_parse_gives_the_two_pass_fields_on_real_pages(shared_data: Path) -> None:
    pages = _aeb_pages(shared_data, 12)
    for html, url in pages:
        for given in (url, None):  # a WARC record has its URL; a file read from disk has none
            got, want = asdict(extract_html(html, given)), asdict(_two_pass(html, given))
            assert got == want, (given, {k: (got[k], want[k]) for k in got if got[k] != want[k]})
    assert any(asdict(extract_html(h, u))["published"] for h, u in pages)


@pytest.mark.parametrize(
    "html",
    [
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body><div><p></div></span></body>",
        "</div></p></body></html>",
        "<html><head><style>p{}</style></head><body><!-- nothing --></body></html>",
    ],
    ids=["frameset", "unclosed-empty", "closing-tags-only", "comment-only"],
)
def test_broken_pages_are_e008(html: str) -> None:
    with pytest.raises(KhabarError) as err:
        extract_html(html, "http://example.org/broken")
    assert err.value.code.name == "E008"
    assert "\n" not in err.value.message


def test_ingest_of_a_broken_page_reports_one_coded_line(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(
        "<html lang='hi'><head><title>बाढ़ से तबाही</title></head><body><article>"
        + "<p>पटना में बुधवार को भारी बारिश के बाद कई इलाकों में पानी भर गया और लोग घरों में फंसे रहे।</p>"
        * 4 + "</article></body></html>", encoding="utf-8")
    bad = tmp_path / "broken.html"
    bad.write_text("<html><body><div><p></div></span></body>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "ingest", str(good), str(bad)],
                                catch_exceptions=False)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "new 1" in output  # the good page is stored
    lines = [ln for ln in output.splitlines() if "E008" in ln]
    assert len(lines) == 1 and str(bad) in lines[0]
