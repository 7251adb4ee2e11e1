"""Normalised plain text: one paragraph per line, a blank line between, nothing dropped."""

from __future__ import annotations

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
    """The heading paragraph as written: markup residue, marker, markup, heading, punctuation."""
    return f"{section.prefix}{section.marker}{section.heading_prefix}{section.heading}{section.suffix}"


def lines(doc: Document) -> list[str]:
    """The paragraphs of ``doc`` as written, one string each, in order."""
    found: list[str] = []
    for nodes in (doc.front, doc.body, doc.back):
        _collect(nodes, found)
    return found


def _collect(nodes: tuple, found: list[str]) -> None:
    """One walk of the tree, no generators: exporters read every paragraph through it."""
    for node in nodes:
        kind = type(node)
        if kind is Paragraph or kind in _WITH_TEXT:
            found.append(node.text)
        elif kind is Section:
            children = node.children
            if node.run_in and children and type(children[0]) is Paragraph:
                found.append(heading_line(node) + children[0].text)
                children = children[1:]
            else:
                found.append(heading_line(node))
            _collect(children, found)
        elif kind is Title:
            found.extend(node.lines)
        elif kind in _WITH_RAW:
            found.append(node.raw)


_WITH_TEXT = frozenset({Note, Conclusion, Closing, Signature})
_WITH_RAW = frozenset({Subtitle, DateLine, Speaker, Salutation})


def render(doc: Document) -> str:
    """The text of ``doc``, paragraphs separated by blank lines, ending with a newline."""
    paragraphs = lines(doc)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


class TextExporter:
    format: ClassVar[str] = "text"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return render(doc)
