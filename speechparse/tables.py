"""What the parser needs of the grammar, as plain values: the LALR(1) table and the terminals'
regular expressions.

Lark analyses ``grammar/speech.lark`` (:mod:`speechparse.analysis`); the result is kept in the
user's cache directory with :mod:`marshal` (keyed by the grammar text and speechparse's version),
so a new process reads it back in a millisecond without importing Lark at all.  Where that
directory is not writable, or ``SPEECHPARSE_NO_CACHE`` is set, the grammar is analysed each time.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import __version__
from .grammar import grammar_text

#: Bumped when the layout of the cached tables changes.
TABLES_FORMAT = 1
#: Environment variable that turns the disk cache off.
NO_CACHE_VARIABLE = "SPEECHPARSE_NO_CACHE"


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
    path = _cache_file(text)
    if path is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError), open(path, "rb") as handle:
            return GrammarTables.from_plain(marshal.load(handle))
    from .analysis import analyse

    tables = analyse(text)
    if path is not None:
        _save(path, tables)
    return tables


def _save(path: str, tables: GrammarTables) -> None:
    """Write the cache file atomically; a cache that cannot be written is simply not kept."""
    from .atomic import write_atomic

    with contextlib.suppress(OSError, ValueError):
        write_atomic(path, marshal.dumps(tables.to_plain()))


def _cache_file(text: str) -> str | None:
    """A private, writable cache file path for the grammar's tables, or None."""
    if os.environ.get(NO_CACHE_VARIABLE):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    directory = os.path.join(base, "speechparse")
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK):
        return None
    key = hashlib.sha256(f"{TABLES_FORMAT}|{__version__}|{text}".encode()).hexdigest()[:16]
    return os.path.join(directory, f"grammar-{key}.tables")
