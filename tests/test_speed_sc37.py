"""Round sc37 (issue 16): speed changes that must leave the output as it was.

No timings here: each test checks that the faster path gives exactly what the slower one gave,
or that repeated work is no longer done (call counts), on text written like the news.
"""

from __future__ import annotations

from khabar.config import Config
from khabar.lang import langid
from khabar.lang import stage as lang_stage
from khabar.model import Article, Block

HINDI = [
    "लखनऊ में बुधवार को कोरोना वायरस के नौ नए मरीज मिले हैं।",
    "स्वास्थ्य विभाग ने कहा कि सभी को अस्पताल में भर्ती किया गया है और उनके परिवार की जांच की जा रही है।",
    "जिलाधिकारी ने बताया कि लॉकडाउन का पालन नहीं करने वालों पर कार्रवाई की जाएगी।",
]
MARATHI = "मुंबईत आज नवे रुग्ण आढळले आहेत आणि त्यांना रुग्णालयात दाखल करण्यात आले आहे."
ENGLISH = "The district administration said that the lockdown will be extended by two weeks."


def _article(paragraphs: list[str]) -> Article:
    text = "\n".join(paragraphs)
    blocks, pos = [], 0
    for k, p in enumerate(paragraphs):
        blocks.append(Block(pos, pos + len(p), "body", line=k + 1))
        pos += len(p) + 1
    return Article(id="sc37", text=text, blocks=blocks)


def test_summed_cue_counts_are_the_contents_own() -> None:
    """The article's cue counts summed from its blocks' are those of its words counted again."""
    for paragraphs in (HINDI, [*HINDI, MARATHI], [MARATHI, ENGLISH, HINDI[0]], [ENGLISH]):
        parts = [langid.letter_counts(p)[0] for p in paragraphs]
        words = [w for part in parts for w in part]
        assert langid.sum_cues([langid.cue_counts(p) for p in parts]) == langid.cue_counts(words)


def test_lang_stage_counts_each_blocks_cues_once(monkeypatch) -> None:
    """The article's language comes from its blocks' cue counts: no count of all its words
    again (round sc37), and the language, block languages and sentences are as before."""
    for paragraphs in (HINDI, [*HINDI, MARATHI], [MARATHI, MARATHI, HINDI[0]], [ENGLISH, *HINDI]):
        before = _article(paragraphs)
        seen: list[int] = []
        real = lang_stage.cue_counts

        def counting(words: list[str], real=real, seen=seen) -> dict[str, int]:
            seen.append(len(words))
            return real(words)

        monkeypatch.setattr(lang_stage, "cue_counts", counting)
        lang_stage.annotate(before, Config())
        monkeypatch.undo()
        # one count per block at most, never one over the whole content
        assert len(seen) <= len(paragraphs)
        assert sum(seen) <= sum(len(langid.letter_counts(p)[0]) for p in paragraphs)
        content = "\n".join(paragraphs)
        code, _, _ = langid.language_and_shares(content)
        assert before.language == code
        assert [b.lang for b in before.blocks] == [langid.detect_language(p)[0] for p in paragraphs]
