"""The workload (real documents repeated to a size, as files) and the baseline B0 over it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generate import generate

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
SEED = ROOT / "examples" / "ideology-work-speech.txt"
MB = 1_000_000

_CN = "[一二三四五六七八九十百零〇]+"
_AR = "[0-9０-９]+"
#: B0's one pass: the heading markers of every family the parser knows, at a line start.
HEADING_MARKERS = re.compile(
    rf"^[ \t\u3000]*(?:第{_CN}[部分章节条，,、]|{_CN}[、，,．.]|[（(]{_CN}[）)]|{_AR}[.．、]|[（(]{_AR}[）)]"
    rf"|[①-⑳⑴-⒇㈠-㈩]|{_CN}[是要]|首先|其次|最后)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Workload:
    """Files of the workload, their total size, and where the documents came from."""

    files: list[Path]
    size: int
    origin: str
    distinct: int

    @property
    def megabytes(self) -> float:
        return self.size / MB


def sources(corpus: Path = REAL) -> tuple[list[tuple[str, bytes]], str]:
    """The ``*.txt`` documents of ``corpus`` that are UTF-8 (B0 decodes UTF-8), or generated ones if there are none."""
    if corpus.is_dir():
        documents = []
        for path in sorted(corpus.glob("*.txt")):
            data = path.read_bytes()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            documents.append((path.name, data))
        if documents:
            return documents, f"{corpus} ({len(documents)} UTF-8 documents)"
    generated = [(f"generated-{seed:02d}.txt", generate(40_000, seed).encode("utf-8")) for seed in range(20)]
    return generated, f"generated ({corpus} has no UTF-8 *.txt documents)"


def build(directory: Path, target: int, corpus: Path = REAL) -> Workload:
    """Write the documents of ``corpus`` again and again into ``directory`` until ``target`` bytes."""
    documents, origin = sources(corpus)
    directory.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    size = 0
    while size < target:
        copy = len(files) // len(documents)
        name, data = documents[len(files) % len(documents)]
        path = directory / f"{copy:03d}-{name}"
        path.write_bytes(data)
        files.append(path)
        size += len(data)
    return Workload(files, size, origin, min(len(files), len(documents)))


def baseline(files: list[Path]) -> int:
    """B0: read, decode UTF-8, find the heading markers with one ``re`` pass; the number found."""
    found = 0
    for path in files:
        found += len(HEADING_MARKERS.findall(path.read_bytes().decode("utf-8")))
    return found
