"""``re.compile`` for speechparse's own constant patterns, with the compiled programs kept on disk.

A new process would spend about 15 ms compiling the 70-odd patterns of a conversion, most of it in
the ``re`` module's pure-Python compiler filling sets of CJK ranges code point by code point.  What
that compiler produces is a program, a plain list of integers, which ``re.compile`` hands to the
``_sre`` module's constructor; :func:`compile` keeps these programs in the user's cache directory
(:mod:`speechparse.diskcache`, keyed by the exact Python build) and makes later processes' pattern
objects from them directly.  A program is kept only if the pattern made from it equals the one
``re.compile`` made (patterns compare equal when their programs are identical); anything
unexpected, such as a program this Python does not take, falls back to ``re.compile``.

The programs compiled afresh are written when the process exits, with a stamp on each program
that process used: the number of the write.  A program no process writing the file used in its last
:data:`KEEP_UNUSED_FOR` writes is dropped, so that the patterns of an older speechparse with the same
version (a checkout, edited) do not pile up in the file every process reads.  Only constant patterns
belong here, never one built from input text: every pattern compiled through this module is kept.
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
PROGRAMS_FORMAT = 2
#: Programs kept at most; past it only those this process used are written.
MAX_PROGRAMS = 1000
#: Writes of the file after which a program none of the writing processes used is dropped.
KEEP_UNUSED_FOR = 20

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
    """Keep the programs this process compiled afresh, and stamp those it used (called at exit)."""
    if not _fresh:
        return
    writes, programs, stamps = _read()
    writes += 1
    programs = {**programs, **_fresh}
    stamps = {**stamps, **{key: writes for key in _used if key in programs}}
    kept = [key for key in programs if stamps.get(key, 0) > writes - KEEP_UNUSED_FOR]
    if len(kept) > MAX_PROGRAMS:
        kept = [key for key in kept if key in _used]
    diskcache.store(*_place(), (writes, {key: programs[key] for key in kept}, {key: stamps[key] for key in kept}))
    _fresh.clear()


def _programs() -> dict[Key, tuple[Any, ...]]:
    global _known
    if _known is None:
        _known = _read()[1]
    return _known


def _read() -> tuple[int, dict[Key, tuple[Any, ...]], dict[Key, int]]:
    """The cache file's number of writes, its programs, and the write that last stamped each."""
    kept = diskcache.load(*_place())
    if (isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], int) and isinstance(kept[1], dict)
            and isinstance(kept[2], dict)):
        return kept
    return 0, {}, {}


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
