"""The exporter interface and its options record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol

from ..ast import Document


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Settings shared by the writers (each uses the ones that apply to it)."""

    indent: int | None = 1  #: JSON indentation; None for one line
    source_name: str | None = None  #: the input's name, for pointers back into it


class Exporter(Protocol):
    """A writer: ``export(doc, options)`` returns the document in one format."""

    format: ClassVar[str]

    def export(self, doc: Document, options: ExportOptions) -> str: ...
