"""Output formats of ``speechparse validate``: one module each, ``render(reports) -> str``.

``json`` and ``sarif`` are stable, documented shapes (docs/validation.md); ``concise``, ``full``
and ``github`` are for people and CI logs and may change.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import field

from ...codecache import dataclass
from ..base import Diagnostic

FORMATS = ("concise", "full", "json", "sarif", "github")


@dataclass
class FileReport:
    """One input's result: its display path, its (final) text, its diagnostics, fixes applied; or, for an input that
    could not be read, why (``error``: it was not checked)."""

    path: str
    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fixed: int = 0
    error: str | None = None


def renderer(name: str) -> Callable[[list[FileReport]], str]:
    """The ``render`` function of an output format."""
    if name not in FORMATS:
        raise ValueError(f"unknown output format {name!r}")
    return importlib.import_module(f"{__name__}.{name}").render
