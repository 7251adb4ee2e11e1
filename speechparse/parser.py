"""The Lark parser: built once per process from ``grammar/speech.lark``."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from functools import cache
from typing import Any

import lark
from lark import Lark, Token
from lark.lexer import Lexer

from . import __version__
from .grammar import grammar_text
from .postlex import HeadingNester
from .transform import ToAst


class TokenStreamLexer(Lexer):
    """Lark's side of the paragraph lexer: the tokens are made by ``speechparse.lexer``."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        return iter(data)


@cache
def lark_parser() -> Lark:
    """The LALR parser for the document grammar.

    The analysed grammar is cached in the user's cache directory (keyed by the grammar text and
    the versions of speechparse and Lark), which saves most of the parser's set-up time in every
    new process; where that directory is not writable the parser is simply built each time.
    """
    text = grammar_text()
    options = {
        "parser": "lalr",
        "lexer": TokenStreamLexer,
        "postlex": HeadingNester(),
        "transformer": ToAst(),
        "maybe_placeholders": False,
    }
    cache_file = _cache_file(text)
    if cache_file is not None:
        try:
            return Lark(text, cache=cache_file, **options)
        except Exception:  # a stale or unreadable cache is rebuilt below
            with contextlib.suppress(OSError):
                os.remove(cache_file)
    return Lark(text, **options)


def _cache_file(text: str) -> str | None:
    """A private, writable cache file path for the analysed grammar, or None."""
    if os.environ.get("SPEECHPARSE_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    directory = os.path.join(base, "speechparse")
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK):
        return None
    key = hashlib.sha256(f"{__version__}|{lark.__version__}|{text}".encode()).hexdigest()[:16]
    return os.path.join(directory, f"grammar-{key}.lark-cache")
