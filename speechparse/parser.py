"""The document parser: Lark's LALR(1) table of ``grammar/speech.lark`` (kept on disk by
:mod:`speechparse.tables`), run by :class:`speechparse.lalr.LalrDriver` over the paragraph tokens,
building the AST as it reduces."""

from __future__ import annotations

from functools import cache
from typing import Any

from .lalr import LalrDriver
from .lexer.units import Unit
from .postlex import HeadingNester
from .tables import GrammarTables, grammar_tables
from .transform import ToAst


class DocumentParser:
    """Paragraph tokens in, ``(front, body, back)`` node tuples out."""

    def __init__(self, tables: GrammarTables, patterns: dict[str, Any]) -> None:
        self.nester = HeadingNester()
        self.driver = LalrDriver(tables, ToAst(patterns))

    def parse(self, units: list[Unit]) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
        return self.driver.parse(self.nester.process(units))


@cache
def document_parser() -> DocumentParser:
    """The parser of documents, built once per process."""
    from .grammar import patterns

    return DocumentParser(grammar_tables(), patterns())
