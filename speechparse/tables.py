"""What the parser needs of the grammar, as plain values: the LALR(1) table and the terminals'
regular expressions.

Lark analyses ``grammar/speech.lark`` (:mod:`speechparse.analysis`); the result is kept in the
user's cache directory with :mod:`marshal` (keyed by the grammar text and speechparse's version),
so a new process reads it back in a millisecond without importing Lark at all.  Where that
directory is not writable, or ``SPEECHPARSE_NO_CACHE`` is set, the grammar is analysed each time
(see :mod:`speechparse.diskcache`).
"""

from __future__ import annotations

import contextlib
from functools import cache
from typing import Any

from . import __version__, diskcache
from .codecache import dataclass
from .grammar import grammar_text

#: Bumped when the layout of the cached tables changes.
TABLES_FORMAT = 1


@dataclass(frozen=True, slots=True)
class GrammarTables:
    """An LALR(1) table over terminal names, and the regular expressions of the pattern terminals."""

    #: Rules as ``(origin, expansion)``: the rule's name and the names of its symbols.
    rules: tuple[tuple[str, tuple[str, ...]], ...]
    #: ``states[state][symbol]``: ``(True, next state)`` to shift, ``(False, rule index)`` to reduce.
    states: dict[int, dict[str, tuple[bool, int]]]
    start_state: int
    end_state: int
    #: Regular expressions of the terminals defined by a pattern, by terminal name.
    terminals: dict[str, str]

    def to_plain(self) -> tuple[Any, ...]:
        return (TABLES_FORMAT, self.rules, self.states, self.start_state, self.end_state, self.terminals)

    @classmethod
    def from_plain(cls, value: Any) -> GrammarTables:
        """The tables from :meth:`to_plain`'s value; :class:`ValueError` if it is not one."""
        if not (isinstance(value, tuple) and len(value) == 6 and value[0] == TABLES_FORMAT):
            raise ValueError("not speechparse grammar tables of this format")
        _, rules, states, start_state, end_state, terminals = value
        tables = cls(rules, states, start_state, end_state, terminals)
        if start_state not in states or not all(0 <= index < len(rules) for row in states.values()
                                                for shift, index in row.values() if not shift):
            raise ValueError("inconsistent grammar tables")
        return tables


@cache
def grammar_tables() -> GrammarTables:
    """The document grammar's tables: from the disk cache, else from Lark's analysis (then cached)."""
    text = grammar_text()
    key = f"{TABLES_FORMAT}|{__version__}|{text}"
    path = diskcache.cache_file("grammar", key, "tables")
    with contextlib.suppress(ValueError, TypeError):
        cached = diskcache.load(path, key)
        if cached is not None:
            return GrammarTables.from_plain(cached)
    from .analysis import analyse

    tables = analyse(text)
    diskcache.store(path, key, tables.to_plain())
    return tables
