"""The Lark parser: built once per process from ``grammar/speech.lark``."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from lark import Lark, Token
from lark.lexer import Lexer

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
    """The LALR parser for the document grammar."""
    return Lark(
        grammar_text(),
        parser="lalr",
        lexer=TokenStreamLexer,
        postlex=HeadingNester(),
        transformer=ToAst(),
        maybe_placeholders=False,
    )
