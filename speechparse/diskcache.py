"""speechparse's files in the user's cache directory: values a new process would otherwise compute
again (the grammar's tables, compiled regular expressions, the code of generated methods), kept with
:mod:`marshal`.

Each file is named by a checksum of the key, everything its value depends on, and holds the key
beside the value: a value is read back only for the very same key, so a stale file is simply
never used again.  A file that cannot be read is ignored, and one that cannot be written is not
kept: the cache only ever saves time.  ``SPEECHPARSE_NO_CACHE`` (any non-empty value) turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import zlib
from typing import Any

#: Environment variable that turns the disk cache off.
NO_CACHE_VARIABLE = "SPEECHPARSE_NO_CACHE"


def cache_file(kind: str, key: str, suffix: str) -> str | None:
    """A path in a private, writable cache directory, ``KIND-HASH.SUFFIX``, for a value of ``kind``
    that depends on ``key``; None when the cache is off or the directory is not usable."""
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
    return os.path.join(directory, f"{kind}-{zlib.crc32(key.encode()):08x}.{suffix}")


def load(path: str | None, key: str) -> Any:
    """The value kept at ``path`` for ``key``, or None if there is none or it cannot be read."""
    if path is None:
        return None
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError), open(path, "rb") as handle:
        kept = marshal.loads(handle.read())  # marshal.load would read a file object piece by piece: 10× slower
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key:
            return kept[1]
    return None


def store(path: str | None, key: str, value: Any) -> None:
    """Keep ``value`` for ``key`` at ``path`` (written atomically); a value that cannot be written is not kept."""
    if path is None:
        return
    from .atomic import write_atomic

    with contextlib.suppress(OSError, ValueError):
        write_atomic(path, marshal.dumps((key, value)))


class Kept:
    """Values a process computes from constant keys (a pattern's program, a method's code), read from one
    cache file and written back at exit with those it computed afresh.

    Each kept value carries a stamp, the number of the last write of the file whose process used it; a value
    no process writing the file used in its last ``keep_unused_for`` writes is dropped, so that the values of
    an older speechparse with the same version (a checkout, edited) do not pile up in the file every process
    reads. Past ``limit`` values, only those the writing process used are kept. Only values computed from
    constant keys belong here, never from input text: every value added is kept.
    """

    def __init__(self, kind: str, key: str, suffix: str, *, limit: int = 1000, keep_unused_for: int = 20) -> None:
        self.kind, self.key, self.suffix = kind, key, suffix
        self.limit, self.keep_unused_for = limit, keep_unused_for
        self.known: dict[Any, Any] | None = None  #: the values read from the cache file
        self.fresh: dict[Any, Any] = {}  #: the values computed by this process, not yet kept
        self.used: set[Any] = set()

    def get(self, key: Any) -> Any:
        """The kept value for ``key`` (None if there is none); ``key`` counts as used."""
        self.used.add(key)
        if self.known is None:
            self.known = self.read()[1]
        return self.known.get(key)

    def add(self, key: Any, value: Any) -> None:
        """Keep ``value``, computed afresh for ``key``, when the process exits."""
        if not self.fresh:
            atexit.register(self.save)
        self.fresh[key] = value

    def save(self) -> None:
        """Keep the values this process computed afresh, and stamp those it used (called at exit)."""
        if not self.fresh:
            return
        writes, values, stamps = self.read()
        writes += 1
        values = {**values, **self.fresh}
        stamps = {**stamps, **{key: writes for key in self.used if key in values}}
        kept = [key for key in values if stamps.get(key, 0) > writes - self.keep_unused_for]
        if len(kept) > self.limit:
            kept = [key for key in kept if key in self.used]
        store(*self.place(), (writes, {key: values[key] for key in kept}, {key: stamps[key] for key in kept}))
        self.fresh.clear()

    def read(self) -> tuple[int, dict[Any, Any], dict[Any, int]]:
        """The cache file's number of writes, its values, and the write that last stamped each."""
        kept = load(*self.place())
        if (isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], int) and isinstance(kept[1], dict)
                and isinstance(kept[2], dict)):
            return kept
        return 0, {}, {}

    def place(self) -> tuple[str | None, str]:
        """The cache file and its key (the file is looked for anew: the cache's settings may change)."""
        return cache_file(self.kind, self.key, self.suffix), self.key
