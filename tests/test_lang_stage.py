"""The "lang" stage: article and block language, sentences over content blocks only, status."""

from __future__ import annotations

from pathlib import Path

from khabar.config import Config
from khabar.model import CONTENT_LABELS, Article, Block
from khabar.pipeline import get_stage

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED_000 = EXAMPLES / "000_067ad915245d0b3d.txt"
SEED_003 = EXAMPLES / "003_cf99c38d322cc213.txt"


def _run(article: Article, config: Config | None = None) -> Article:
    st = get_stage("lang")
    assert st.requires == ("blocks",) and set(st.assigns) == {"language", "sentences"}
    [out] = list(st([article], config or Config()))
    return out


def _line_blocks(text: str, labels: dict[int, str]) -> list[Block]:
    """One block per non-empty physical line, labelled from ``labels`` (1-based), else boilerplate."""
    blocks, pos = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            blocks.append(
                Block(start, start + len(stripped), labels.get(number, "boilerplate"), number)
            )
        pos += len(line) + 1
    return blocks


def test_article_without_blocks_gets_one_body_block() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    art = _run(Article("000", text))
    assert art.language == "hi" and art.status == "ok"
    assert len(art.blocks) == 1 and art.blocks[0].label == "body" and art.blocks[0].lang == "hi"
    assert art.provenance["language"] == "langid"
    assert len(art.sentences) > 20
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in art.sentences)


def test_sentences_only_in_content_blocks() -> None:
    text = SEED_003.read_text(encoding="utf-8")
    # content lines of seed 003 (title, summary, subheadings, body), as in seeds-gold
    labels = {5: "title", 11: "summary", 17: "body", 21: "subheading", 23: "body", 25: "body"}
    labels |= {27: "subheading", 29: "body", 31: "body"}
    art = _run(Article("003", text, blocks=_line_blocks(text, labels)))
    assert art.language == "hi" and art.status == "ok"
    assert art.sentences
    for sent in art.sentences:
        block = art.blocks[sent.block]
        assert block.label in CONTENT_LABELS
        assert block.start <= sent.start < sent.end <= block.end
    assert all(b.lang is None for b in art.blocks if b.label not in CONTENT_LABELS)
    assert all(b.lang == "hi" for b in art.blocks if b.label in CONTENT_LABELS)
    sentences = [text[s.start : s.end] for s in art.sentences]
    assert "सरकारी मीडिया एजेंसी शिन्हुआ ने इसकी पुष्टि की है।" in sentences
    assert not any("Follow Us" in s or "Devendra Kasyap" in s for s in sentences)


def test_unsupported_language_is_kept_and_marked() -> None:
    text = "सर्व मानवी व्यक्ति जन्मतःच स्वतंत्र आहेत व त्यांना समान प्रतिष्ठा व समान अधिकार आहेत."
    art = _run(Article("mr", text))
    assert art.language == "mr" and art.status == "unsupported_language"
    assert len(art.sentences) == 1
    ok = _run(Article("mr2", text), Config(languages_supported=("hi", "mr")))
    assert ok.status == "ok"


def test_empty_and_boilerplate_only_articles() -> None:
    empty = _run(Article("e", "  \n "))
    assert empty.blocks == [] and empty.sentences == [] and empty.language == "und"
    text = "Follow Us on\nshare Share"
    art = _run(Article("b", text, blocks=_line_blocks(text, {})))
    assert art.sentences == [] and art.language == "und"


def test_metadata_language_kept_when_detection_unsure() -> None:
    art = Article("n", "12:30", language="hi")
    assert _run(art).language == "hi"
    assert _run(art).status == "ok"


def test_mixed_script_warning() -> None:
    text = "Xi Jinping and Vladimir Putin spoke today. शी जिनपिंग और पुतिन ने बात की।"
    art = _run(Article("m", text))
    assert any(w.startswith("mixed script") for w in art.warnings)
