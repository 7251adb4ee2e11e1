"""The grammar file, ``grammar/speech.lark``, and the paragraph patterns it defines."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

GRAMMAR_FILE = "speech.lark"


def grammar_text() -> str:
    """The text of ``speech.lark``, from the installed package or from a source checkout."""
    try:
        return resources.files("speechparse._grammar").joinpath(GRAMMAR_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(__file__).resolve().parent.parent / "grammar" / GRAMMAR_FILE).read_text(encoding="utf-8")


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled regular expressions of the grammar's terminals, by terminal name."""
    from .parser import lark_parser

    return {
        terminal.name: re.compile(terminal.pattern.to_regexp())
        for terminal in lark_parser().terminals
        if terminal.pattern.type == "re"
    }
