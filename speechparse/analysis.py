"""Lark's analysis of the document grammar, turned into :class:`speechparse.tables.GrammarTables`.

Only needed when the tables are not in the disk cache (the first run, a new grammar or version):
Lark is imported here and nowhere else on the way to a parsed document.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from lark import Lark, Token
from lark.lexer import Lexer

from .grammar import grammar_text
from .tables import GrammarTables


class TokenStreamLexer(Lexer):
    """Stands in for a Lark lexer, which the analysis needs declared: ``speechparse.lexer`` makes
    the tokens and :class:`speechparse.lalr.LalrDriver` feeds them to the table."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        return iter(data)


def analyse(text: str) -> GrammarTables:
    """The tables of the grammar ``text``."""
    return tables_of(_lark(text))


@cache
def lark_parser() -> Lark:
    """Lark's analysis of ``grammar/speech.lark`` (its rules and terminals), once per process."""
    return _lark(grammar_text())


def _lark(text: str) -> Lark:
    return Lark(text, parser="lalr", lexer=TokenStreamLexer, maybe_placeholders=False)


def tables_of(parser: Lark, start: str = "start") -> GrammarTables:
    """The plain tables of a Lark LALR parser (built with :class:`TokenStreamLexer`), numbered
    canonically: states in breadth-first order from the start state (symbols in sorted order),
    rules in order of first use, so the same grammar always gives the same tables."""
    table = parser.parser.parser.parser.parse_table
    actions = {state: sorted((str(symbol), action) for symbol, action in row.items())
               for state, row in table.states.items()}
    start_state = table.start_states[start]
    order = [start_state]
    number = {start_state: 0}
    for state in order:  # grows while it is walked: breadth first
        for _, (action, argument) in actions[state]:
            if action.name == "Shift" and argument not in number:
                number[argument] = len(order)
                order.append(argument)
    for state in sorted(set(actions) - set(number)):  # none in an LALR table; kept all the same
        number[state] = len(order)
        order.append(state)
    rules: list[tuple[str, tuple[str, ...]]] = []
    rule_number: dict[int, int] = {}
    states: dict[int, dict[str, tuple[bool, int]]] = {}
    for state in order:
        row: dict[str, tuple[bool, int]] = {}
        for symbol, (action, argument) in actions[state]:
            if action.name == "Shift":
                row[symbol] = (True, number[argument])
                continue
            if id(argument) not in rule_number:
                rule_number[id(argument)] = len(rules)
                rules.append((str(argument.origin.name), tuple(str(symbol.name) for symbol in argument.expansion)))
            row[symbol] = (False, rule_number[id(argument)])
        states[number[state]] = row
    terminals = {str(terminal.name): str(terminal.pattern.to_regexp())
                 for terminal in parser.terminals if terminal.pattern.type == "re"}
    # plain str and int throughout: Lark's names are str subclasses, which marshal refuses
    return GrammarTables(tuple(rules), states, 0, number[table.end_states[start]], terminals)
