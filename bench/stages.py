"""In-process stages over the workload, each timed side by side with B0; size scaling."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generate import generate
from timing import Timing, interleaved
from workload import MB, baseline

import speechparse
from speechparse.ast import Document
from speechparse.exporters import EXPORTERS, ExportOptions, export

Validator = Callable[[str, str], object]
#: The diagnostic of a document the parser could not structure (every paragraph kept flat).
FALLBACK = "SP099"


class FallbackError(RuntimeError):
    """The parser fell back to flat paragraphs: timings would measure the fallback, not the parser."""


def require_structure(docs: list[Document], what: str) -> None:
    """Refuse to time ``what`` when any of ``docs`` fell back (a missing Lark, say, leaves every document flat,
    and quicker than a real parse)."""
    flat = [diagnostic.message for doc in docs for diagnostic in doc.diagnostics if diagnostic.code == FALLBACK]
    if flat:
        raise FallbackError(f"{len(flat)} of {len(docs)} {what} fell back to flat paragraphs ({flat[0]}); "
                            "nothing was timed")


def validator() -> tuple[Validator | None, str]:
    """The validation API if this checkout has it (``speechparse.rules``), else None and why."""
    try:
        from speechparse.rules.config import Settings
        from speechparse.rules.engine import check_text
    except ImportError as error:
        return None, f"no validation API in this checkout ({error}); validate skipped"
    settings = Settings()
    return (lambda text, path: check_text(text, settings, path=path)), "speechparse.rules.engine.check_text"


def workload_stages(files: list[Path], rounds: int) -> tuple[dict[str, Timing], list[str]]:
    """B0, parse, every exporter (on documents parsed beforehand), convert to JSON and validate."""
    notes: list[str] = []
    docs = [speechparse.parse(path.read_bytes(), path=path.name) for path in files]
    require_structure(docs, "workload documents")
    options = ExportOptions()
    candidates: dict[str, Callable[[], object]] = {
        "B0": lambda: baseline(files),
        "parse": lambda: [speechparse.parse(path.read_bytes()) for path in files],
        "convert json": lambda: [speechparse.dumps(speechparse.parse(path.read_bytes())) for path in files],
    }
    for name in EXPORTERS:
        candidates[f"export {name}"] = lambda name=name: [export(doc, name, options) for doc in docs]
    check, how = validator()
    if check is None:
        notes.append(how)
    else:
        candidates["validate"] = lambda: [check(path.read_bytes().decode("utf-8"), path.name) for path in files]
        notes.append(f"validate = read + decode + {how} (which parses the text itself)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ExportWarning for control characters, once per document
        return interleaved(candidates, rounds), notes


@dataclass(frozen=True)
class ScalePoint:
    """Parse and convert-to-JSON timings of one generated document."""

    factor: int
    size: int
    parse: Timing
    convert: Timing

    def per_mb(self, timing: Timing) -> float:
        return timing.best / (self.size / MB)


def scaling(base: int, factors: tuple[int, ...], rounds: int, seed: int = 1) -> list[ScalePoint]:
    """Generated documents of about ``base × factor`` bytes (the same seed), timed side by side."""
    texts = {factor: generate(base * factor, seed).encode("utf-8") for factor in factors}
    require_structure([speechparse.parse(texts[factors[0]])], "generated documents")
    candidates: dict[str, Callable[[], object]] = {}
    for factor, data in texts.items():
        candidates[f"parse {factor}"] = lambda data=data: speechparse.parse(data)
        candidates[f"convert {factor}"] = lambda data=data: speechparse.dumps(speechparse.parse(data))
    timings = interleaved(candidates, rounds)
    return [ScalePoint(factor, len(texts[factor]), timings[f"parse {factor}"], timings[f"convert {factor}"])
            for factor in factors]
