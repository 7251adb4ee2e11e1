"""The exporter interface, its options record, and the warning writers raise for lossy output."""

from __future__ import annotations

from typing import ClassVar, Protocol

from ..ast import Document
from ..codecache import dataclass

#: The current pandoc-types version (pandoc 3.x); pandoc reads JSON only when major and minor match.
PANDOC_API = (1, 23, 1)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Settings shared by the writers (each uses the ones that apply to it)."""

    indent: int | None = None  #: JSON indentation in spaces; None for one line
    source_name: str | None = None  #: the input's name, for pointers back into it
    #: TEI: ``@source="name#char=s,e"`` (RFC 5147) on every element from the input (needs a source name or path)
    source_pointers: bool = False
    pandoc_api: tuple[int, ...] = PANDOC_API  #: pandoc JSON: the ``pandoc-api-version`` stamp


class ExportWarning(UserWarning):
    """An export had to change the text, e.g. characters a format cannot hold (issued with ``warnings``)."""


class Exporter(Protocol):
    """A writer: ``export(doc, options)`` returns the document in one format."""

    format: ClassVar[str]

    def export(self, doc: Document, options: ExportOptions) -> str: ...
