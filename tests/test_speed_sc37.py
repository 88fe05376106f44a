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


def _old_focal_terms(article: Article, lead_end: int, own: list, named: bool = False) -> frozenset:
    """focal_terms as it was before round sc37: each mention asked about each term."""
    from khabar.stories import focal

    df = focal.background_df()[1]
    names = [m for m in article.mentions if m.kind == "name"] if named else []
    out = set()
    for found in focal._TERM.finditer(article.text, 0, lead_end):
        if any(m.start <= found.start() < m.end for m in own):
            continue
        if named and not any(m.start <= found.start() < m.end for m in names):
            continue
        term = focal._rare_stem(found.group())
        if term is None or df.get(term, 0) > focal.FOCAL_DF:
            continue
        out.add(term)
    return frozenset(out)


def test_focal_terms_marked_offsets_as_asked_per_mention() -> None:
    """focal_terms marks the offsets its mentions cover once (round sc37): the same terms as
    asking every mention about every term, for the lead, the headline and names only."""
    from khabar.model import Mention
    from khabar.stories.focal import focal_terms

    title = "तबलीगी जमात के मरकज से लौटे 40 लोगों की तलाश में जुटी मुरादाबाद पुलिस"
    lead = ("मुरादाबाद में निजामुद्दीन स्थित मरकज से लौटे जमातियों की तलाश तेज कर दी गई है। "
            "पुलिस अधीक्षक अमित पाठक ने बताया कि सभी को क्वारंटीन किया जाएगा।")
    text = title + "\n" + lead
    def span(word: str, after: int = 0) -> tuple[int, int]:
        at = text.index(word, after)
        return at, at + len(word)
    mentions = [
        Mention(*span("मुरादाबाद"), "मुरादाबाद", "CITY", "kb:city/1262801"),
        Mention(*span("मुरादाबाद", len(title)), "मुरादाबाद", "CITY", "kb:city/1262801"),
        Mention(*span("निजामुद्दीन"), "निजामुद्दीन", "LOCATION"),
        Mention(*span("अमित पाठक"), "अमित पाठक", "PERSON"),
        Mention(*span("तबलीगी जमात"), "तबलीगी जमात", "ORGANIZATION"),
        Mention(*span("पुलिस अधीक्षक"), "पुलिस अधीक्षक", "PERSON", kind="role_only"),
        Mention(len(text) + 5, len(text) + 9, "x", "CITY"),  # past the lead: covers nothing
    ]
    article = Article(id="focal", text=text, mentions=mentions)
    own = mentions[:2]
    for end in (len(title), len(text), 10, 0):
        for named in (False, True):
            assert focal_terms(article, end, {}, own, named=named) == _old_focal_terms(
                article, end, own, named)
    assert focal_terms(article, len(text), {}, own)  # the test text has focal terms at all


def test_stem_tries_only_suffixes_with_the_tokens_last_letter() -> None:
    """stem() tries only the suffixes that end as the token does (round sc37): the same stems as
    trying all of them in their order."""
    from khabar.stories import features

    def old_stem(token: str) -> str:
        if token.isascii():
            return token[:-1] if len(token) > 4 and token.endswith("s") else token
        for suffix in features._SUFFIXES:
            if token.endswith(suffix) and len(token) - len(suffix) >= 2:
                return token[: -len(suffix)]
        return token

    sentence = ("सरकार ने लॉकडाउन बढ़ाएंगे जाएंगी मजदूरों मरीजों दवाइयां लड़कियों बच्चियाँ "
                "कर्मचारियों बताया गए जाने वाली दुकानें खुलेंगी हालात cases tests Delhi ई ा कि")
    words = [*sentence.split(), "", "ाना", "कोरोना"]
    features.stem.cache_clear()
    assert [features.stem(w) for w in words] == [old_stem(w) for w in words]
