"""Input handling shared by the commands: files, directories (recursive, by glob) and ``-``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One document to process: its path (or ``-``) and its path relative to the input root
    it was found under (used to mirror a directory tree in the output)."""

    path: str
    relative: str


def expand(inputs: Iterable[str], pattern: str = "*.txt") -> Iterator[InputFile]:
    """Files in the order given; directories walked recursively (sorted) for ``pattern``.

    A path that does not exist is yielded as it is, so that reading it reports the error.
    """
    for item in inputs:
        if item == STDIN:
            yield InputFile(STDIN, "stdin")
            continue
        path = Path(item)
        if path.is_dir():
            for found in sorted(path.rglob(pattern)):
                if found.is_file():
                    yield InputFile(str(found), found.relative_to(path).as_posix())
        else:
            yield InputFile(item, path.name)
