"""Input handling shared by the commands: files, directories (recursive, by glob) and ``-``.

    items = list(expand(["corpus/", "extra.txt", "-"], "*.txt"))   # InputFile(path, relative, problem)
    data = read_input(items[0])                                      # bytes, or InputError(path, reason)

:func:`expand` never fails: a path that does not exist, or a directory that cannot be listed, is
yielded like any other input, and :func:`read_input` then raises :class:`InputError` with a short
reason (``no such file or directory``, ``is a directory``, ``permission denied``…) for the command
to report before it goes on with the next input.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath

from .codecache import dataclass
from .errors import SpeechparseError

STDIN = "-"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One document to process: its path (or ``-``) and its path relative to the input root
    it was found under (used to mirror a directory tree in the output).

    ``problem`` is set when listing already showed that it cannot be read (a directory that
    cannot be listed); :func:`read_input` reports it.
    """

    path: str
    relative: str
    problem: str | None = None


class InputError(SpeechparseError):
    """An input that cannot be read: ``path`` and a short, lower-case ``reason``."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def make_parent(path: str) -> None:
    """Create the directory ``path`` is to be written in; an :class:`OSError` that says why not (a file standing where a
    directory of the path should be is ``not a directory``, not the ``file exists`` that os.makedirs says)."""
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    except FileExistsError as error:
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), error.filename) from None


def describe(error: OSError) -> str:
    """A short lower-case reason for an OS error, without the path (``permission denied``)."""
    text = error.strerror or (os.strerror(error.errno) if error.errno else str(error) or type(error).__name__)
    return text[:1].lower() + text[1:]


def expand(inputs: Iterable[str], pattern: str = "*.txt", *, exclude: str | None = None) -> Iterator[InputFile]:
    """Files in the order given; directories walked recursively, in sorted order, for files whose
    path relative to the directory matches ``pattern`` (``*.txt``, ``2019/*.txt``; matched from the
    right like :meth:`pathlib.PurePath.match`).  Symbolic links to directories are not followed;
    pipes, sockets and devices in a directory are left out (named on their own, they are read).

    ``exclude`` is a directory not to walk into (the output directory of a command that writes
    next to its inputs).  A path that does not exist is yielded as it is, so that reading it
    reports the error.  A pattern without a component to match raises :class:`ValueError`.
    """
    excluded = os.path.realpath(exclude) if exclude is not None else None
    matches = _matcher(pattern)
    for item in inputs:
        if item == STDIN:
            yield InputFile(STDIN, "stdin")
            continue
        if os.path.isdir(item):  # (False where it cannot be looked at: reading it then reports why, in one line)
            yield from _walk(item, item, matches, excluded)
        else:
            yield InputFile(item, Path(item).name)


def check_pattern(pattern: str) -> None:
    """:class:`ValueError` if ``pattern`` has no path component to match (``""``, ``.``)."""
    if not PurePosixPath(pattern).parts:
        raise ValueError(f"{pattern!r} matches no file name: give a pattern such as '*.txt'")


def _matcher(pattern: str) -> Callable[[str, str], bool]:
    """``matches(relative, name)``: whether the file ``name`` in the folder ``relative`` matches
    ``pattern`` as :meth:`pathlib.PurePosixPath.match` matches it.  A pattern of one component
    (``*.txt``) is matched against the name alone, by one compiled expression (a corpus of a
    million files is listed in one process before any work starts)."""
    check_pattern(pattern)
    if "/" in pattern:
        return lambda relative, name: PurePosixPath(f"{relative}/{name}" if relative else name).match(pattern)
    match = re.compile(fnmatch.translate(pattern)).match
    return lambda relative, name: match(name) is not None


def _walk(root: str, directory: str, matches: Callable[[str, str], bool], excluded: str | None) -> Iterator[InputFile]:
    relative = os.path.relpath(directory, root)
    relative = "" if relative == "." else Path(relative).as_posix()
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield InputFile(directory, relative or ".", f"cannot list directory: {describe(error)}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if excluded is None or os.path.realpath(entry.path) != excluded:
                yield from _walk(root, entry.path, matches, excluded)
            continue
        if matches(relative, entry.name) and _readable_kind(entry):
            yield InputFile(entry.path, f"{relative}/{entry.name}" if relative else entry.name)


def _readable_kind(entry: os.DirEntry[str]) -> bool:
    """Not a pipe, socket or device found in a folder, which a read would wait on or never finish
    (anything else is listed, so that reading it reports what is wrong: a broken link, a folder)."""
    try:
        if entry.is_file():  # the common case, told by the listing alone
            return True
        mode = entry.stat().st_mode
    except OSError:
        return True
    return not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode))


def read_input(item: InputFile, data: bytes | None = None) -> bytes:
    """The bytes of ``item`` (``data`` when the caller already read them, as it must for stdin
    in a worker process); :class:`InputError` with the reason when it cannot be read."""
    if data is not None:
        return data
    if item.problem:
        raise InputError(item.path, item.problem)
    try:
        if item.path == STDIN:
            if sys.stdin is None:
                raise InputError(STDIN, "no standard input")
            return sys.stdin.buffer.read()
        with open(item.path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise InputError(item.path, describe(error)) from None
