"""The ``khabar`` command line: each command is a thin shell over one API method.

User errors print one coded line on stderr (``E001 path: file not found``) and exit with status 1;
usage errors exit with 2. Every command takes ``--json`` for scripting and shows an example in its
help text. The commands live in modules by what they do (``write``, ``browse``, ``follow``,
``evaluation``); importing them registers them on the one ``cli`` group of ``base``.
"""

from __future__ import annotations

from . import browse, evaluation, follow, write  # noqa: F401  (each registers its commands)
from .base import STORIES_SHOWN, cli

__all__ = ["STORIES_SHOWN", "cli", "main"]


def main() -> None:
    cli(obj={})
