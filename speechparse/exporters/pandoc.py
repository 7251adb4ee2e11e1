"""Pandoc's JSON AST, for ``pandoc -f json -t docx|html|…``: the blocks pandoc would read from our Markdown.

Title → ``Header 1``; sections → ``Header (depth + 1)`` with id ``s2.1``, classes ``section`` and
the marker family, and ``n``/``marker``/``data-pos`` attributes (deeper than level 6: a ``Div``
of class ``heading``); paragraphs → ``Para``, inline enumerations → ``Span`` of class ``enum``;
front and back matter → ``Div`` with a class and a Word paragraph style (``custom-style``), so
a ``--reference-doc`` can style them.  Text is cut into ``Str`` and ``Space`` as pandoc's readers
do (CJK text has no spaces, so mostly long ``Str`` runs).  The ``pandoc-api-version`` stamp is an
option: pandoc reads a document only when major and minor match its own (3.x: 1.23; 2.17: 1.22).
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from .. import recache
from ..ast import (
    Closing,
    Conclusion,
    DateLine,
    Document,
    Note,
    Paragraph,
    Salutation,
    Section,
    Signature,
    Span,
    Speaker,
    Subtitle,
    Title,
)
from .base import ExportOptions
from .chars import SURROGATES, replace_reporting
from .markdown import MAX_LEVEL, metadata
from .outline import index, node_text, pieces
from .text import heading_line

_SPACES = recache.compile(r"[ \t\r\n]+")
#: Class and Word paragraph style of the nodes written as a ``Div``.
_STYLES: dict[type, tuple[str, str | None]] = {
    Subtitle: ("subtitle", "Subtitle"), DateLine: ("dateline", "Date"), Speaker: ("byline", "Author"),
    Salutation: ("salutation", "Salutation"), Closing: ("closing", "Closing"), Signature: ("signature", "Signature"),
    Note: ("note", None),
}


#: The pandoc-types versions (major, minor) whose JSON this exporter writes: 1.23 (pandoc 3), 1.22 (pandoc 2.x).
WRITTEN_APIS = ((1, 22), (1, 23))


def api_version(text: str) -> tuple[int, ...]:
    """``(1, 22)`` from ``"1.22"``; ValueError for anything else, or for a version whose JSON this exporter does not
    write (see ``WRITTEN_APIS``)."""
    try:
        parts = tuple(int(part) for part in text.split("."))
    except ValueError:
        parts = ()
    if len(parts) < 2 or any(part < 0 for part in parts):
        raise ValueError(f"not a pandoc API version: {text!r} (expected like 1.23 or 1.22.2.1)")
    if parts[:2] not in WRITTEN_APIS:
        raise ValueError(f"pandoc API {text} is not written: 1.23 (pandoc 3) or 1.22 (pandoc 2.x)")
    return parts


def inlines(text: str) -> list[dict[str, Any]]:
    """``Str`` runs and ``Space`` between them, as pandoc's readers tokenise text."""
    result: list[dict[str, Any]] = []
    for word in _SPACES.split(text.strip(" \t\r\n")):
        if not word:
            continue
        if result:
            result.append({"t": "Space"})
        result.append({"t": "Str", "c": word})
    return result


def _attr(ident: str, classes: list[str], pairs: list[tuple[str, str]]) -> list[Any]:
    return [ident, classes, [list(pair) for pair in pairs]]


def _pos(span: Span) -> tuple[str, str]:
    return ("data-pos", f"{span.line}:{span.column}-{span.end_line}:{span.end_column}")


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ids = index(doc)

    def ident(self, node: Any) -> str:
        return self.ids[id(node)].id

    def blocks(self, nodes: tuple, depth: int) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        for node in nodes:
            if isinstance(node, Title):
                attr = _attr(self.ident(node), ["title"], [_pos(node.span)])
                result.append({"t": "Header", "c": [1, attr, inlines(node_text(node))]})
            elif isinstance(node, Section):
                result.append(self.heading(node, depth + 1))
                result.extend(self.blocks(node.children, depth + 1))
            elif isinstance(node, Paragraph):
                result.append({"t": "Para", "c": self.paragraph(node)})
            elif isinstance(node, Conclusion):
                result.append({"t": "Para", "c": inlines(node.text)})
            else:
                cls, style = _STYLES[type(node)]
                classes = [cls, node.kind] if isinstance(node, Note) else [cls]
                pairs = [("custom-style", style)] if style else []
                if isinstance(node, DateLine) and node.iso:
                    pairs.append(("when", node.iso))
                attr = _attr(self.ident(node), classes, [*pairs, _pos(node.span)])
                result.append({"t": "Div", "c": [attr, [{"t": "Para", "c": inlines(node_text(node))}]]})
        return result

    def heading(self, node: Section, level: int) -> dict[str, Any]:
        pairs = [("n", str(node.number))] if node.number is not None else []
        pairs += [("marker", node.marker), _pos(node.heading_span)]
        text = inlines(heading_line(node))
        if level <= MAX_LEVEL:
            return {"t": "Header", "c": [level, _attr(self.ident(node), ["section", node.family], pairs), text]}
        attr = _attr(self.ident(node), ["heading", "section", node.family], [("depth", str(level - 1)), *pairs])
        return {"t": "Div", "c": [attr, [{"t": "Para", "c": text}]]}

    def paragraph(self, node: Paragraph) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []
        gap = False  # whitespace since the last word
        for text, item in pieces(node):
            if item is None:
                words = inlines(text)
            else:
                attr = _attr(self.ident(item), ["enum", item.family], [("n", str(item.number)), _pos(item.span)])
                words = [{"t": "Span", "c": [attr, inlines(text)]}]
            if not inlines(text):
                gap = gap or bool(text)
                continue
            if result and (gap or _SPACES.match(text)):
                result.append({"t": "Space"})
            result.extend(words)
            gap = _SPACES.match(text[-1]) is not None
        return result

    def meta(self) -> dict[str, Any]:
        return {name: {"t": "MetaInlines", "c": inlines(value)} for name, value in sorted(metadata(self.doc).items())}


def render(doc: Document, options: ExportOptions | None = None) -> str:
    """``doc`` as pandoc JSON (one line, like pandoc's own)."""
    options = options or ExportOptions()
    writer = _Writer(doc)
    blocks = [*writer.blocks(doc.front, 0), *writer.blocks(doc.body, 1), *writer.blocks(doc.back, 0)]
    value = {"pandoc-api-version": list(options.pandoc_api), "meta": writer.meta(), "blocks": blocks}
    return replace_reporting("pandoc", json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n", SURROGATES)


class PandocExporter:
    format: ClassVar[str] = "pandoc"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return render(doc, options)
