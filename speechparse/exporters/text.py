"""Normalised plain text: one paragraph per line, a blank line between, nothing dropped."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

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
    Speaker,
    Subtitle,
    Title,
)
from .base import ExportOptions


def heading_line(section: Section) -> str:
    """The heading paragraph as written: markup residue, marker, heading, punctuation."""
    return f"{section.prefix}{section.marker}{section.heading}{section.suffix}"


def _lines(nodes) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Title):
            yield from node.lines
        elif isinstance(node, Section):
            children = node.children
            if node.run_in and children and isinstance(children[0], Paragraph):
                yield heading_line(node) + children[0].text
                children = children[1:]
            else:
                yield heading_line(node)
            yield from _lines(children)
        elif isinstance(node, (Subtitle, DateLine, Speaker, Salutation)):
            yield node.raw
        elif isinstance(node, (Paragraph, Note, Conclusion, Closing, Signature)):
            yield node.text


def lines(doc: Document) -> Iterator[str]:
    """The paragraphs of ``doc`` as written, one string each, in order."""
    yield from _lines(doc.front)
    yield from _lines(doc.body)
    yield from _lines(doc.back)


def all_text(doc: Document) -> str:
    """What :func:`lines` yields, joined with nothing between: one walk of the tree with no
    generators (for searches over the whole text)."""
    parts: list[str] = []
    for nodes in (doc.front, doc.body, doc.back):
        _collect(nodes, parts)
    return "".join(parts)


def _collect(nodes: tuple, parts: list[str]) -> None:
    for node in nodes:
        kind = type(node)
        if kind is Paragraph or kind in _WITH_TEXT:
            parts.append(node.text)
        elif kind is Section:
            parts.append(heading_line(node))
            _collect(node.children, parts)
        elif kind is Title:
            parts.extend(node.lines)
        elif kind in _WITH_RAW:
            parts.append(node.raw)


_WITH_TEXT = frozenset({Note, Conclusion, Closing, Signature})
_WITH_RAW = frozenset({Subtitle, DateLine, Speaker, Salutation})


def render(doc: Document) -> str:
    """The text of ``doc``, paragraphs separated by blank lines, ending with a newline."""
    paragraphs = list(lines(doc))
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


class TextExporter:
    format: ClassVar[str] = "text"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return render(doc)
