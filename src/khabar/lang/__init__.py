"""khabar.lang: the language layer every analysis stage builds on.

Sentence and token spans (absolute offsets into ``Article.text``), Unicode normalisation with an
offset map and matching keys, and language identification. The pipeline stage "lang" lives in
:mod:`khabar.lang.stage` (imported by the pipeline, not here, so this package stays import-light).
"""

from .langid import ScriptShares, detect_language, script_shares
from .normalise import Normalised, match_key, normalise
from .sentences import split_sentences
from .tokens import tokenize

__all__ = [
    "Normalised",
    "ScriptShares",
    "detect_language",
    "match_key",
    "normalise",
    "script_shares",
    "split_sentences",
    "tokenize",
]
