"""``re.compile`` for speechparse's own constant patterns, with the compiled programs kept on disk.

A new process would spend about 15 ms compiling the 70-odd patterns of a conversion, most of it in
the ``re`` module's pure-Python compiler filling sets of CJK ranges code point by code point.  What
that compiler produces is a program, a plain list of integers, which ``re.compile`` hands to the
``_sre`` module's constructor; :func:`compile` keeps these programs in the user's cache directory
(:mod:`speechparse.diskcache`, keyed by the exact Python build) and makes later processes' pattern
objects from them directly.  A program is kept only if the pattern made from it equals the one
``re.compile`` made (patterns compare equal when their programs are identical); anything
unexpected, such as a program this Python does not take, falls back to ``re.compile``.

The programs compiled afresh are written when the process exits (:class:`speechparse.diskcache.Kept`:
a program no process writing the file used in its last 20 writes is dropped).  Only constant patterns
belong here, never one built from input text: every pattern compiled through this module is kept.
"""

from __future__ import annotations

import _sre
import re
import sys
from array import array
from typing import Any, AnyStr

from . import __version__, diskcache

try:  # the re module's compiler, as re.compile calls it
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: Bumped when the layout of the cache file changes.
PROGRAMS_FORMAT = 3
#: A program's code is kept as the bytes of an array of this type (one of the ``_sre`` module's code words each):
#: marshal reads bytes at once, a list of integers one by one (a few ms a process, for the 300-odd patterns kept).
CODE_WORD = next(word for word in "IL" if array(word).itemsize == _sre.CODESIZE)

#: The programs ``_sre.compile`` takes, by ``(pattern, flags)``, for this Python build exactly and this speechparse.
KEPT = diskcache.Kept(
    "regex", f"{PROGRAMS_FORMAT}|{__version__}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}", "programs")


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the kept program when there is one."""
    key = (pattern, int(flags))  # a plain int, for marshal
    kept = KEPT.get(key)
    if kept is not None:
        try:
            all_flags, code, *groups = kept
            return _sre.compile(pattern, all_flags, array(CODE_WORD, code).tolist(), *groups)
        except Exception:  # a program this Python does not take: compiled afresh below
            pass
    compiled = re.compile(pattern, flags)
    program = _program_of(pattern, flags, compiled)
    if program is not None:
        all_flags, code, *groups = program
        KEPT.add(key, (all_flags, array(CODE_WORD, code).tobytes(), *groups))
    return compiled


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
