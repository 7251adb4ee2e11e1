"""``dataclasses.dataclass``, the generated methods' code compiled once and kept on disk.

``dataclasses`` writes each method it adds to a class (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
a frozen class's ``__setattr__`` and ``__delattr__``) as Python source and compiles it with ``exec``: about
a millisecond a class, and a one-file ``speechparse convert`` makes some thirty classes before it reads its
input, a sixth of its start-up.  :func:`dataclass` makes the very same class as ``dataclasses.dataclass``,
but compiles each source text once per Python build: while the class is made, it hands ``dataclasses`` an
``exec`` that takes the text's code object from the cache (:class:`speechparse.diskcache.Kept`), compiling
only a text it has not met.  A code object is what ``compile`` makes of the text, flags and all, so the
methods are the same.  Were ``dataclasses`` to stop calling ``exec`` by that name, the classes would be made
as before, only not faster.

Only constant source belongs here (the methods of speechparse's own classes), never text built from input.
"""

from __future__ import annotations

import _thread
import builtins
import dataclasses
import sys
from types import CodeType
from typing import Any, TypeVar

from . import __version__, diskcache

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # Python 3.10: no dataclass_transform (type checkers take the classes for plain ones)
    def dataclass_transform() -> Any:
        return lambda decorator: decorator

T = TypeVar("T")

#: Bumped when the layout of the cache file changes.
CODE_FORMAT = 1
#: Code objects by source text, for this Python build exactly (marshal's format of code is the build's) and this
#: speechparse.
KEPT = diskcache.Kept("code", f"{CODE_FORMAT}|{__version__}|{sys.version}|{sys.implementation.cache_tag}", "code")

_making = _thread.RLock()  #: one class at a time: ``dataclasses.exec`` is the module's, not the thread's


def compiled(source: str) -> CodeType:
    """The code of ``source`` (a module's text), as ``exec(source)`` compiles it, from the cache when kept."""
    code = KEPT.get(source)
    if type(code) is not CodeType:
        code = builtins.compile(source, "<string>", "exec", dont_inherit=True)  # (this module's __future__ not)
        KEPT.add(source, code)
    return code


def run(source: str, globals: dict[str, Any], locals: dict[str, Any] | None = None) -> None:
    """``exec(source, globals, locals)``, the source compiled once (see :func:`compiled`)."""
    builtins.exec(compiled(source), globals, locals)


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: dict[str, Any] | None = None) -> None:
    """``exec`` as ``dataclasses`` calls it, a text's code taken from the cache."""
    if type(source) is str:
        source = compiled(source)
    builtins.exec(source, globals, locals)


@dataclass_transform()
def dataclass(cls: type[T] | None = None, /, **options: Any) -> Any:
    """``dataclasses.dataclass(cls, **options)``, the methods' code compiled once (see the module's doc)."""

    def make(cls: type[T]) -> type[T]:
        with _making:
            dataclasses.exec = _exec  # type: ignore[attr-defined]  # (found before the builtin, as a module global)
            try:
                return dataclasses.dataclass(cls, **options)
            finally:
                vars(dataclasses).pop("exec", None)

    return make if cls is None else make(cls)
