"""The document parser: Lark analyses ``grammar/speech.lark`` into an LALR(1) table once per
process (cached on disk), and :class:`speechparse.lalr.LalrDriver` runs that table over the
paragraph tokens, building the AST as it reduces."""

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
from .lalr import LalrDriver
from .lexer.units import Unit
from .postlex import HeadingNester
from .transform import ToAst


class DocumentParser:
    """Paragraph tokens in, ``(front, body, back)`` node tuples out."""

    def __init__(self, table: Any, patterns: dict[str, Any]) -> None:
        self.nester = HeadingNester()
        self.driver = LalrDriver(table, ToAst(patterns))

    def parse(self, units: list[Unit]) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
        return self.driver.parse(self.nester.process(units))


@cache
def document_parser() -> DocumentParser:
    """The parser of documents, built once per process."""
    from .grammar import patterns

    return DocumentParser(lark_parser().parser.parser.parser.parse_table, patterns())


class TokenStreamLexer(Lexer):
    """Stands in for a Lark lexer, which the analysis needs declared: ``speechparse.lexer`` makes
    the tokens and :class:`DocumentParser` feeds them to the table."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        return iter(data)


@cache
def lark_parser() -> Lark:
    """Lark's LALR analysis of the document grammar (its parse table and terminals).

    The analysed grammar is cached in the user's cache directory (keyed by the grammar text and
    the versions of speechparse and Lark), which saves most of the parser's set-up time in every
    new process; where that directory is not writable the parser is simply built each time.
    """
    text = grammar_text()
    options = {
        "parser": "lalr",
        "lexer": TokenStreamLexer,
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
