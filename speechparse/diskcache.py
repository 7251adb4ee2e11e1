"""speechparse's files in the user's cache directory: values a new process would otherwise compute
again (the grammar's tables, compiled regular expressions), kept with :mod:`marshal`.

Each file is named by a checksum of the key, everything its value depends on, and holds the key
beside the value: a value is read back only for the very same key, so a stale file is simply
never used again.  A file that cannot be read is ignored, and one that cannot be written is not
kept: the cache only ever saves time.  ``SPEECHPARSE_NO_CACHE`` (any non-empty value) turns it off.
"""

from __future__ import annotations

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
