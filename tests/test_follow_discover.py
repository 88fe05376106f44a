"""Links out of feeds, sitemaps and home pages, and canonical URLs (no network)."""

from __future__ import annotations

import pytest

from khabar.errors import E, KhabarError
from khabar.follow.discover import canonical, feed_links, home_feeds, sitemap_links

BASE = "https://www.bhaskar.com"


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://WWW.Bhaskar.com:443/national/news/a-1.html?utm_source=tw#top",
     "https://www.bhaskar.com/national/news/a-1.html"),
    ("https://www.bhaskar.com/a.html?b=2&a=1", "https://www.bhaskar.com/a.html?a=1&b=2"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080/"),
])
def test_canonical(url: str, expected: str) -> None:
    assert canonical(url) == expected


def test_rss_entries_not_the_channel_link() -> None:
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>दैनिक भास्कर</title><link>{BASE}/</link>'
           f"<item><title>पुतिन और शी</title><link>{BASE}/international/news/putin-xi-1.html</link></item>"
           f"<item><title>b</title><link>/national/news/b-2.html?utm_medium=rss</link></item>"
           f"<item><title>c</title><link>https://other.example/c.html</link></item></channel></rss>").encode()
    links = feed_links(f"{BASE}/rss-feed/1061/", rss)
    assert links.pages == (f"{BASE}/international/news/putin-xi-1.html", f"{BASE}/national/news/b-2.html")
    assert len(feed_links(f"{BASE}/rss-feed/1061/", rss, external=True).pages) == 3


def test_atom_and_json_feeds() -> None:
    atom = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b'<link rel="self" href="https://www.bbc.com/hindi/index.xml"/>'
            b'<entry><title>a</title><link href="https://www.bbc.com/hindi/articles/c1"/><id>1</id></entry></feed>')
    assert feed_links("https://www.bbc.com/hindi/index.xml", atom).pages == ("https://www.bbc.com/hindi/articles/c1",)
    jsonfeed = b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://a.example/x/1.html"}]}'
    assert feed_links("https://a.example/feed.json", jsonfeed).pages == ("https://a.example/x/1.html",)


@pytest.mark.parametrize("data", [b"<html><body><p>not a feed</p></body></html>",
                                  b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'])
def test_not_a_feed_is_one_line(data: bytes) -> None:
    with pytest.raises(KhabarError) as info:
        feed_links(f"{BASE}/feed", data)
    assert info.value.code in (E.E013, E.E014) and "\n" not in info.value.message


def test_news_sitemap_and_sitemap_index() -> None:
    urlset = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
              f' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>{BASE}/a.html</loc>'
              f"<news:news><news:title>a</news:title></news:news></url><url><loc>{BASE}/b.html</loc></url></urlset>").encode()
    assert sitemap_links(f"{BASE}/sitemap-news.xml", urlset).pages == (f"{BASE}/a.html", f"{BASE}/b.html")
    index = (f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{BASE}/s1.xml</loc>'
             f"</sitemap></sitemapindex>").encode()
    links = sitemap_links(f"{BASE}/sitemap.xml", index)
    assert links.indexes == (f"{BASE}/s1.xml",) and links.pages == ()
    text = f"{BASE}/c.html\n{BASE}/d.html\n".encode()
    assert sitemap_links(f"{BASE}/sitemap.txt", text).pages == (f"{BASE}/c.html", f"{BASE}/d.html")


def test_home_page_feeds() -> None:
    page = (b'<html><head><title>Amar Ujala</title><link rel="alternate" type="application/rss+xml"'
            b' href="/rss/breaking-news.xml"></head><body><p>Home page text of an outlet.</p></body></html>')
    links = home_feeds("https://www.amarujala.com/", page.decode())
    assert links.indexes == ("https://www.amarujala.com/rss/breaking-news.xml",)
    with pytest.raises(KhabarError) as info:
        home_feeds("https://www.amarujala.com/", "<html><head><title>x</title></head><body><p>nothing</p></body></html>")
    assert info.value.code is E.E082
