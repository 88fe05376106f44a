"""``python -m khabar.cli``: the same as the ``khabar`` command."""

from . import main

main()
