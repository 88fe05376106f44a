"""khabar.clean: from dirty page text to labelled blocks and metadata (the "clean" stage).

Crawled news arrives with menus, breadcrumbs, share widgets, bylines, promos, author boxes and
footers around the story; every later stage is poisoned by what gets through (an author bio's
"अगस्त 2025 से" must never reach a story's timeline). This package:

- ``html.extract_html(html, url) -> HtmlExtract``: main text + metadata of an HTML page
  (trafilatura and htmldate); readers of HTML/WARC/RSS call it.
- ``stage.clean_one(article, templates)`` / ``stage.clean_articles(articles, templates)`` and the
  registered ``clean`` stage: label every non-empty line (``classify``), read metadata
  (``meta``: crawl header, byline with IST -> +05:30, wire credit, dateline), set status
  ``no_text`` when nothing is content, and split daily dumps into child articles (``dump``).
- ``templates.OutletTemplates``: per-outlet lines and shingles that recur across documents are
  furniture; ``to_dict``/``from_dict`` let the store keep what was learnt between runs.
- ``cues``: the small, explicit word lists (stop words, furniture cues, outlets, wires, months).

Quality: ``khabar eval boilerplate`` (``khabar.eval.boilerplate``) scores main-text extraction
against plain trafilatura and plain jusText; throughput: ``benchmarks/clean.py``.
"""
