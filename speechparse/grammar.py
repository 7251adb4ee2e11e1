"""The grammar file, ``grammar/speech.lark``, and the paragraph patterns it defines."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from . import recache

GRAMMAR_FILE = "speech.lark"


def grammar_text() -> str:
    """The text of ``speech.lark``: shipped as ``speechparse/_grammar`` in the wheel, or found in
    ``grammar/`` beside the package in a source checkout (also where an editable install points)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_grammar" / GRAMMAR_FILE, here.parent / "grammar" / GRAMMAR_FILE):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    from importlib import resources  # a zipped or otherwise unusual installation

    return resources.files("speechparse._grammar").joinpath(GRAMMAR_FILE).read_text(encoding="utf-8")


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled regular expressions of the grammar's terminals, by terminal name."""
    from .tables import grammar_tables

    return {name: recache.compile(regexp) for name, regexp in grammar_tables().terminals.items()}
