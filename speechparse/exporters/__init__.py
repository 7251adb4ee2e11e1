"""Writers over the AST, by format name.  Each knows only the AST, never the input's quirks."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..ast import Document
from ..errors import UnknownFormatError
from ..gcpause import paused_gc
from .base import Exporter, ExportOptions, ExportWarning

__all__ = ["EXPORTERS", "EXTENSIONS", "ExportOptions", "ExportWarning", "Exporter", "export", "get_exporter"]

#: Format name → (module, class).  Modules are imported on first use (lxml only when needed).
EXPORTERS: dict[str, tuple[str, str]] = {
    "json": ("speechparse.exporters.json", "JsonExporter"),
    "tei": ("speechparse.exporters.tei", "TeiExporter"),
    "md": ("speechparse.exporters.markdown", "MarkdownExporter"),
    "text": ("speechparse.exporters.text", "TextExporter"),
    "jsonl": ("speechparse.exporters.jsonl", "JsonlExporter"),
    "pandoc": ("speechparse.exporters.pandoc", "PandocExporter"),
}
#: File extension of each format's output.
EXTENSIONS: dict[str, str] = {
    "json": ".json", "tei": ".tei.xml", "md": ".md", "text": ".txt", "jsonl": ".jsonl", "pandoc": ".pandoc.json",
}


def get_exporter(name: str) -> type[Exporter]:
    """The exporter class for ``name``; :class:`UnknownFormatError` if there is none."""
    exporter = _LOADED.get(name)
    if exporter is None:
        try:
            module, cls = EXPORTERS[name]
        except KeyError:
            known = ", ".join(sorted(EXPORTERS))
            raise UnknownFormatError(f"unknown output format {name!r} (known: {known})") from None
        exporter = _LOADED[name] = getattr(import_module(module), cls)
    return exporter


#: The exporter classes imported so far, by format name (an import statement costs microseconds per export).
_LOADED: dict[str, type[Exporter]] = {}


def export(doc: Document, name: str, options: ExportOptions | None = None, **settings: Any) -> str:
    """``doc`` written in format ``name``."""
    if options is None:
        options = ExportOptions(**settings)
    exporter = get_exporter(name)()
    with paused_gc():
        return exporter.export(doc, options)
