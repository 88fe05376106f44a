"""HTML extraction through trafilatura, then the text pass, on real pages of the boilerplate data."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar.clean.html import extract_html
from khabar.clean.stage import clean_one
from khabar.errors import KhabarError
from khabar.model import Article


def _aeb_page(shared_data: Path, index: int) -> tuple[str, dict]:
    root = shared_data / "boilerplate" / "scrapinghub-aeb"
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    key = sorted(gold)[index]
    html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
    return html, gold[key]


def test_extract_html_real_page(shared_data: Path) -> None:
    html, gold = _aeb_page(shared_data, 0)
    page = extract_html(html, gold.get("url"))
    assert page.text and "\n\n" not in page.text
    first_words = " ".join(gold["articleBody"].split()[:6])
    assert first_words in " ".join(page.text.split())
    assert page.url == gold.get("url")
    art = clean_one(Article(id="p", text=page.text, source_kind="html", title=page.title))
    assert art.status == "ok"
    assert first_words in " ".join(art.body.split()) or first_words in (art.title or "")


def test_extract_html_without_text() -> None:
    for html in ("", "   ", "<html><body></body></html>"):
        with pytest.raises(KhabarError) as err:
            extract_html(html, "http://example.org/x")
        assert err.value.code.name == "E008"


def test_navigation_only_page_is_no_text() -> None:
    html = ("<html><body><nav><a href='/'>Home</a> | <a href='/n'>News</a></nav>"
            "<div><a href='/s'>Share</a></div><footer>Follow Us on</footer></body></html>")
    try:
        page = extract_html(html, "http://example.org/x")
    except KhabarError as err:
        assert err.code.name == "E008"
        return
    art = clean_one(Article(id="n", text=page.text, source_kind="html"))
    assert art.status == "no_text"


def test_hindi_section_menu_page_is_e008() -> None:
    """A page that is only a menu of sections: trafilatura's fallbacks return the link texts,
    which are no article (khabar refuses the page with E008, one counted outcome)."""
    items = "".join(f"<li><a href='/s{i}'>{name}</a></li>" for i, name in enumerate(
        ["देश", "विदेश", "राज्य", "खेल", "मनोरंजन", "कारोबार", "टेक्नोलॉजी", "लाइफस्टाइल",
         "धर्म", "शिक्षा", "करियर", "ई-पेपर"]))
    html = (f"<html><head><title>हिंदी समाचार</title></head><body><nav><ul>{items}</ul></nav>"
            "<footer><a href='/about'>हमारे बारे में</a> | <a href='/contact'>संपर्क करें</a>"
            "</footer></body></html>")
    with pytest.raises(KhabarError) as err:
        extract_html(html, "http://example.org/menu")
    assert err.value.code.name == "E008"


def test_short_article_with_linked_names_is_kept() -> None:
    """Links inside an article's sentences do not make it navigation."""
    html = ("<html><body><nav><a href='/'>होम</a> | <a href='/desh'>देश</a></nav><article>"
            "<p><a href='/t/lucknow'>लखनऊ</a> में जिला प्रशासन ने सोमवार से बाजार खोलने का "
            "आदेश जारी किया। <a href='/t/dm'>जिलाधिकारी</a> ने कहा कि दुकानें सुबह सात बजे से "
            "शाम सात बजे तक खुलेंगी।</p></article></body></html>")
    page = extract_html(html, "http://example.org/a")
    assert "बाजार खोलने का आदेश" in page.text


def test_extract_html_hindi_metadata() -> None:
    body = ("<p>चीनी राष्ट्रपति शी जिनपिंग और अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने बुधवार को फोन पर "
            "बातचीत की। सरकारी मीडिया एजेंसी शिन्हुआ ने इसकी पुष्टि की है। हालांकि शिन्हुआ की "
            "रिपोर्ट में इसके अलावा कोई अतिरिक्त जानकारी नहीं दी गई है।</p>") * 3
    html = (
        '<html lang="hi"><head><title>शी जिनपिंग का प्लान क्या है?</title>'
        '<meta property="article:published_time" content="2026-02-04T20:42:00+05:30">'
        '<meta name="author" content="Devendra Kasyap"></head><body><article>'
        f"<h1>शी जिनपिंग का प्लान क्या है?</h1>{body}</article></body></html>"
    )
    page = extract_html(html, "https://www.livehindustan.com/international/x.html")
    assert page.language == "hi"
    assert page.authors == ["Devendra Kasyap"]
    assert page.published is not None and page.published.startswith("2026-02-04")
    assert "शिन्हुआ" in page.text
