"""Articles with given mentions, for the story-signature tests (no tagger in the loop)."""

from __future__ import annotations

from khabar.model import Article, Block, Mention


def article_with_mentions(text: str, spans: list[tuple[str, str, str]]) -> Article:
    """An article whose mentions are the given (surface, type, entity id), found in order."""
    mentions, at = [], 0
    for surface, kind, entity_id in spans:
        start = text.index(surface, at)
        mentions.append(Mention(start, start + len(surface), surface, kind, entity_id=entity_id))
        at = start + len(surface)
    return Article(id="a1", text=text, blocks=[Block(0, len(text))], mentions=mentions)
