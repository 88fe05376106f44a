"""The HTML path's two quality-measured shortcuts, on real pages and on bad input.

1. trafilatura's fast mode (no readability/jusText comparison), its full mode again when the fast
   text is short (``FULL_MODE_BELOW``); 2. the date is the page's declared one or htmldate's quick
   search's, never its extensive search's guess. What each costs and gives is measured by
   ``benchmarks/html_choices.py``; the quality floor is tests/test_eval_boilerplate_gate.py.
"""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

from click.testing import CliRunner

from khabar.clean.html import FULL_MODE_BELOW, _load_tree, extract_html
from khabar.cli import cli


def _trafilatura_eval(shared_data: Path, step: int) -> list[tuple[str, dict[str, object]]]:
    """Every ``step``-th trafilatura-eval page (sorted gold ids) with its gold entry."""
    root = shared_data / "boilerplate" / "trafilatura-eval"
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    keys = sorted(gold)[::step]
    wanted = {gold[k]["file"] for k in keys}
    found: dict[str, str] = {}
    with tarfile.open(root / "html_tests_eval_cache.tar.gz") as tar:
        for member in tar:
            name = Path(member.name).name
            if member.isfile() and name in wanted and name not in found:
                handle = tar.extractfile(member)
                if handle is not None:
                    found[name] = handle.read().decode("utf-8", errors="replace")
    return [(found[gold[k]["file"]], gold[k]) for k in keys if gold[k]["file"] in found]


def _lines(text: str) -> str:
    return "\n".join(ln.strip() for ln in text.strip().splitlines() if ln.strip())


def test_short_fast_texts_are_extracted_again_in_full_mode(shared_data: Path) -> None:
    import trafilatura

    short = 0
    for html, _ in _trafilatura_eval(shared_data, 20):
        tree = _load_tree(html)
        assert tree is not None
        texts = {}
        for fast in (True, False):
            doc = trafilatura.bare_extraction(tree, fast=fast, include_comments=False,
                                              include_tables=True, deduplicate=False)
            texts[fast] = (doc.text or "").strip() if doc is not None else ""
        want = texts[True] if len(texts[True]) >= FULL_MODE_BELOW else texts[False]
        short += len(texts[True]) < FULL_MODE_BELOW
        assert extract_html(html).text == _lines(want)
    assert short >= 3  # the fallback was exercised (5 of these 50 pages when written)


def test_date_comes_from_declarations_or_quick_search_only(shared_data: Path) -> None:
    from htmldate import find_date

    dated = guessed = 0
    for html, _ in _trafilatura_eval(shared_data, 20):
        quick = find_date(html, original_date=True, extensive_search=False)
        published = extract_html(html).published
        assert (published or "")[:10] == (quick or "")
        dated += published is not None
        if quick is None and find_date(html, original_date=True, extensive_search=True):
            guessed += 1  # a date the extensive search would have guessed: left out
    assert dated > 25 and guessed > 0


def test_a_date_written_only_in_the_text_is_not_guessed() -> None:
    para = "<p>" + "The council agreed new rules for traffic in the town centre on Monday. " * 8
    html = (f"<html><head><title>Traffic</title></head><body><article><h1>Traffic</h1>"
            f"<p>March 12, 2021</p>{para}</p></article></body></html>")
    page = extract_html(html)
    assert page.published is None and page.title == "Traffic"
    assert "council agreed new rules" in page.text


def test_bad_pages_give_one_coded_line_each_and_lose_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.html"
    good.write_text(
        "<html lang='hi'><head><title>बाढ़ से तबाही</title></head><body><article>"
        + "<p>पटना में बुधवार को भारी बारिश के बाद कई इलाकों में पानी भर गया और लोग घरों में फंसे रहे।</p>"
        * 4 + "</article></body></html>", encoding="utf-8")
    bad = {
        "binary.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "empty.html": b"",
        "frameset.html": b"<html><frameset><frame src='a.html'></frameset></html>",
        "broken.html": b"<html><body><div><p></div></span></body>",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    paths = [str(good)] + [str(tmp_path / name) for name in bad]
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "ingest", *paths],
                                catch_exceptions=False)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "new 1" in output  # the good page is stored
    for name in bad:
        lines = [ln for ln in output.splitlines() if name in ln]
        assert len(lines) == 1 and lines[0].split()[0] in ("E002", "E003", "E008"), lines
