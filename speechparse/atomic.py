"""Atomic output files: a reader sees the old file (or none) or the complete new one, never a part.

    write_atomic("out/speech.json", data)                     # replaces an existing file
    write_atomic("out/speech.json", data, overwrite=False)    # FileExistsError if it exists
    with atomic_output("all.jsonl") as handle:                 # streamed; published on success only
        handle.write(line)
    remove_temp_files("out/speech.json", pid)                  # what a process killed meanwhile left

The content goes to a hidden temporary file in the same directory, ``.NAME.PID.RANDOM.tmp``, which
is renamed over the target when complete (``os.replace``; a replaced file keeps its permissions)
or, without ``overwrite``, linked to it
(``os.link`` fails if the target appeared meanwhile, so nothing is clobbered).  Its name is chosen
before it is created, so any exception, including ``KeyboardInterrupt`` arriving at any moment,
removes it.  Only SIGKILL or a crash of the machine can leave one behind, and never under the
target's name; another process can then remove it, knowing the process's id
(:func:`remove_temp_files`).  Files are not fsync'ed: the guarantee is against interrupted processes, not
against power loss.

Two kinds of target are not replaced.  A device, pipe or socket, or any name under ``/dev`` or
``/proc`` (``/dev/stdout``, ``/dev/null``, ``/proc/self/fd/1``), is written to as it is, in place
(:func:`written_in_place`): replacing it would put a regular file where the device was.  ``/dev/shm``
is the exception: a RAM file system of regular files, as ``/tmp`` is, whose files are replaced.  A
symbolic link stays a link: the file it points to is the one replaced.  A read-only file (no one may write it:
no write bit in its mode, or not writable by this process) is not replaced either, even by a user the system would let
rename over it (``PermissionError``, nothing written): renaming over it would change what its owner locked.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import BinaryIO

#: Suffix of the temporary files.
TEMP_SUFFIX = ".tmp"
#: Where every name is written in place: devices, and the process file system.
IN_PLACE_TREES = ("/dev/", "/proc/")
#: The RAM file system of regular files under ``/dev``: its files are replaced like any other.
REPLACED_UNDER_DEV = "/dev/shm/"
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}


def written_in_place(path: str | os.PathLike) -> bool:
    """Whether ``path`` is written to as it is rather than replaced: a name under ``/dev`` (but not
    ``/dev/shm``) or ``/proc``, or an existing device, pipe or socket (see the module's docstring)."""
    absolute = os.path.abspath(os.fspath(path))
    if absolute.startswith(IN_PLACE_TREES) and not absolute.startswith(REPLACED_UNDER_DEV):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomic(path: str | os.PathLike, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` atomically (see the module's docstring).  The directory must exist."""
    with atomic_output(path, overwrite=overwrite) as handle:
        handle.write(data)


@contextmanager
def atomic_output(path: str | os.PathLike, *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` when the ``with`` block ends without an exception.

    With ``overwrite=False`` an existing ``path`` raises :class:`FileExistsError` at the end and
    the new content is discarded.  The directory must exist.
    """
    if written_in_place(path):
        with open(path, "wb") as handle:
            yield handle
        return
    target, temp = _names(path)
    if overwrite:
        refuse_read_only(target)
    try:
        with open(temp, "xb") as handle:
            yield handle
        _publish(temp, target, overwrite)
    except BaseException:
        _remove(temp)
        raise


def refuse_read_only(path: str | os.PathLike) -> None:
    """:class:`PermissionError` if ``path`` is an existing read-only file (see the module's docstring)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISREG(mode) and (not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)):
        raise PermissionError(errno.EACCES, "read-only file", os.fspath(path))


def remove_temp_files(path: str | os.PathLike, pid: int) -> None:
    """Remove the temporary files process ``pid`` left beside ``path`` (it was killed while writing it)."""
    directory, prefix = os.path.split(_temp_prefix(_target(path), pid))
    for temp in glob.glob(os.path.join(glob.escape(directory), glob.escape(prefix) + "*" + TEMP_SUFFIX)):
        _remove(temp)


def _names(path: str | os.PathLike) -> tuple[str, str]:
    """The target and a temporary name beside it, unique to this process and, by chance, to any other."""
    target = _target(path)
    return target, f"{_temp_prefix(target, os.getpid())}{os.urandom(6).hex()}{TEMP_SUFFIX}"


def _target(path: str | os.PathLike) -> str:
    """The file to replace: ``path``, or the file a symbolic link at ``path`` points to."""
    return os.path.realpath(path) if os.path.islink(path) else os.fspath(path)


def _temp_prefix(path: str | os.PathLike, pid: int) -> str:
    """The start of the temporary files process ``pid`` writes for ``path``: ``DIR/.NAME.PID.``."""
    directory, name = os.path.split(os.path.abspath(os.fspath(path)))
    return os.path.join(directory, f".{name}.{pid}.")


def _publish(temp: str, target: str, overwrite: bool) -> None:
    if overwrite:
        with suppress(OSError):  # a replaced file keeps its permissions (a file fixed in place)
            os.chmod(temp, os.stat(target).st_mode & 0o7777)
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(target):  # a file system without hard links: check, then rename
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), target) from None
        os.replace(temp, target)
    else:
        os.unlink(temp)


def _remove(temp: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(temp)
