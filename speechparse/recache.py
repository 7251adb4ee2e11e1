"""``re.compile`` for speechparse's own constant patterns, with the compiled programs kept on disk.

A new process would spend about 15 ms compiling the 70-odd patterns of a conversion, most of it in
the ``re`` module's pure-Python compiler filling sets of CJK ranges code point by code point.  What
that compiler produces is a program, a plain list of integers, which ``re.compile`` hands to the
``_sre`` module's constructor; :func:`compile` keeps these programs in the user's cache directory
(:mod:`speechparse.diskcache`, keyed by the exact Python build) and makes later processes' pattern
objects from them directly.  A program is kept only if the pattern made from it equals the one
``re.compile`` made (patterns compare equal when their programs are identical); anything
unexpected, such as a program this Python does not take, falls back to ``re.compile``.

The programs compiled afresh are written when the process exits.  Only constant patterns belong
here, never one built from input text: every pattern compiled through this module is kept.
"""

from __future__ import annotations

import _sre
import atexit
import re
import sys
from typing import Any, AnyStr

from . import __version__, diskcache

try:  # the re module's compiler, as re.compile calls it
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: Bumped when the layout of the cache file changes.
PROGRAMS_FORMAT = 1
#: Programs kept at most; past it only those this process used are written.
MAX_PROGRAMS = 1000

Key = tuple[str | bytes, int]

_known: dict[Key, tuple[Any, ...]] | None = None  #: the programs read from the cache file
_fresh: dict[Key, tuple[Any, ...]] = {}  #: the programs compiled by this process, not yet kept
_used: set[Key] = set()


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    key = (pattern, int(flags))  # a plain int, for marshal
    _used.add(key)
    program = _programs().get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except Exception:  # a program this Python does not take: compiled afresh below
            pass
    compiled = re.compile(pattern, flags)
    program = _program_of(pattern, flags, compiled)
    if program is not None:
        if not _fresh:
            atexit.register(save)
        _fresh[key] = program
    return compiled


def save() -> None:
    """Keep the programs this process compiled afresh (called at exit)."""
    if not _fresh:
        return
    programs = {**_read(), **_fresh}
    if len(programs) > MAX_PROGRAMS:
        programs = {key: program for key, program in programs.items() if key in _used}
    diskcache.store(*_place(), programs)
    _fresh.clear()


def _programs() -> dict[Key, tuple[Any, ...]]:
    global _known
    if _known is None:
        _known = _read()
    return _known


def _read() -> dict[Key, tuple[Any, ...]]:
    kept = diskcache.load(*_place())
    return kept if isinstance(kept, dict) else {}


def _place() -> tuple[str | None, str]:
    """The cache file and its key: this Python build exactly, and this speechparse."""
    build = f"{PROGRAMS_FORMAT}|{__version__}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}"
    return diskcache.cache_file("regex", build, "programs"), build


def _program_of(pattern: AnyStr, flags: int, compiled: re.Pattern[AnyStr]) -> tuple[Any, ...] | None:
    """The arguments ``re.compile`` gave ``_sre.compile`` for ``compiled``, or None if they cannot
    be rebuilt here exactly."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        names = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        program = (int(flags | state.flags), [int(op) for op in code], state.groups - 1,  # plain ints, for marshal
                   dict(state.groupdict), tuple(names))
        if _sre.compile(pattern, *program) == compiled:
            return program
    except Exception:  # another re module than the one this was written for: no program, re.compile only
        pass
    return None
