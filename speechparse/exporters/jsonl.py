"""Flat JSON Lines: one record per node, in document order, for search and retrieval indexes.

Each record: ``id`` (as in the JSON export: ``s2.1``, ``p17``, ``p17.i2``), ``parent`` (the
enclosing section's id, or the paragraph's for an enumeration item; null at the top), ``depth``
(1 at the top), ``path`` (heading lines from the root; a section's own included), ``region``
(front, body, back), ``type`` (as in the JSON export), ``text`` (the node's own text as written:
a section's heading line; an item's slice of its paragraph), ``span``, then what the type adds
(marker, number, family, heading, kind, iso, name), and ``source``.  The texts of all records but
enumeration items, in order, give the whole document.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from ..ast import DateLine, Document, EnumItem, Note, Section, Speaker
from .base import ExportOptions
from .chars import SURROGATES, one_line, replace_reporting
from .json import TYPE_NAMES, span_dict
from .outline import Entry, entries, source_name


def _extra(node: Any) -> dict[str, Any]:
    if isinstance(node, Section):
        return {"marker": node.marker, "number": node.number, "family": node.family, "heading": node.heading,
                "run_in": node.run_in}
    if isinstance(node, EnumItem):
        return {"marker": node.marker, "number": node.number, "family": node.family}
    if isinstance(node, Note):
        return {"kind": node.kind}
    if isinstance(node, DateLine):
        return {"iso": node.iso}
    if isinstance(node, Speaker):
        return {"name": node.name, "role": node.role}
    return {}


def record(entry: Entry, source: str | None) -> dict[str, Any]:
    """One node as a flat record."""
    return {
        "id": entry.id,
        "parent": entry.parent,
        "depth": entry.depth,
        "path": list(entry.path),
        "region": entry.region,
        "type": TYPE_NAMES[type(entry.node)],
        "text": entry.text,
        "span": span_dict(entry.node.span),
        **_extra(entry.node),
        "source": source,
    }


def line(value: dict[str, Any]) -> str:
    """One JSON line, UTF-8 characters kept but those some readers take for a line's end (see :func:`chars.one_line`)."""
    return one_line(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def render(doc: Document, options: ExportOptions | None = None) -> str:
    """One line per node (lone surrogates, which UTF-8 cannot hold, replaced by U+FFFD with a warning)."""
    source = source_name(doc, options or ExportOptions())
    return replace_reporting("jsonl", "".join(line(record(entry, source)) + "\n" for entry in entries(doc)),
                             SURROGATES)


class JsonlExporter:
    format: ClassVar[str] = "jsonl"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return render(doc, options)
