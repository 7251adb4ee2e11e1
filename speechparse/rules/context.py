"""What a rule sees: the parsed document, the decoded source, and views computed once per document.

Views (each computed on first use and shared by all rules):

* ``regions``: the ranges of running text (title, salutation, headings after their marker, body
  paragraphs, the conclusion and closing), in document order; notes, date lines and speaker lines
  are not running text.
* ``markers``: every heading marker and inline enumerator as written, with its source range.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from .. import recache
from ..ast import (
    Block,
    Closing,
    Conclusion,
    Document,
    EnumItem,
    Paragraph,
    Salutation,
    Section,
    Subtitle,
    Title,
    walk,
)
from ..codecache import dataclass
from ..lexer.units import markup_bounds
from ..readers.base import SourceText

#: Han ideographs (with the extensions) and CJK punctuation/full-width forms.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014"
IS_HAN = recache.compile(f"[{HAN}]")


@dataclass(frozen=True, slots=True)
class Region:
    """A range of running text in the source: ``kind`` is the node type it belongs to."""

    start: int
    end: int
    kind: str
    node: object


@dataclass(frozen=True, slots=True)
class Marker:
    """A heading marker or an inline enumerator as written, with its source range.

    ``kind`` is ``section`` (a division or run-in heading) or ``item`` (an inline enumerator).
    """

    start: int
    end: int
    text: str
    family: str
    number: int | None
    kind: str
    node: Section | EnumItem


class Context:
    """One document under validation."""

    def __init__(self, doc: Document, text: str, profile: str = "speech") -> None:
        self.doc = doc
        self.text = text
        self.profile = profile
        self.source = SourceText(text)
        self.memo: dict[str, object] = {}  #: views that helper modules compute once per document

    @cached_property
    def blocks(self) -> tuple[tuple[Block, int], ...]:
        """``(node, depth)`` for every block of the body in document order (see
        :func:`speechparse.ast.walk`), walked once for all the rules."""
        return tuple(walk(self.doc.body))

    @cached_property
    def parse_failed(self) -> bool:
        """The parser kept the paragraphs flat (no front matter, no sections): SP099."""
        return any(diagnostic.code == "SP099" for diagnostic in self.doc.diagnostics)

    def find(self, needle: str, start: int, reach: int = 24) -> int:
        """Offset of ``needle`` in the source at or after ``start`` (within ``reach``), else -1."""
        return self.text.find(needle, start, start + len(needle) + reach)

    def without_markup(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the source text between ``start`` and ``end`` without the markup residue around it
        (a Markdown heading's ``## ``, a bold's ``**``, an HTML tag): the line as a reader sees it."""
        return markup_bounds(self.text, start, end)

    @cached_property
    def regions(self) -> tuple[Region, ...]:
        doc = self.doc
        found: list[Region] = []
        for node in doc.front:
            if isinstance(node, Title | Subtitle | Salutation):
                found.append(Region(node.span.start, node.span.end, type(node).__name__, node))
        for node, _ in self.blocks:
            if isinstance(node, Paragraph):
                found.append(Region(node.span.start, node.span.end, "Paragraph", node))
            elif isinstance(node, Section):
                start = node.heading_span.start
                marker = self.section_marker(node)
                if marker is not None:
                    start = marker.end
                found.append(Region(start, node.heading_span.end, "Heading", node))
            elif isinstance(node, Salutation):
                found.append(Region(node.span.start, node.span.end, "Salutation", node))
        for node in doc.back:
            if isinstance(node, Conclusion | Closing):
                found.append(Region(node.span.start, node.span.end, type(node).__name__, node))
        found.sort(key=lambda region: region.start)
        return tuple(region for region in found if region.end > region.start)

    def section_marker(self, section: Section) -> Marker | None:
        if not section.marker:
            return None
        at = self.find(section.marker, section.heading_span.start, len(section.prefix) + 8)
        if at < 0:
            return None
        return Marker(at, at + len(section.marker), section.marker, section.family, section.number,
                      "section", section)

    @cached_property
    def markers(self) -> tuple[Marker, ...]:
        found: list[Marker] = []
        for node, _ in self.blocks:
            if isinstance(node, Section):
                marker = self.section_marker(node)
                if marker is not None:
                    found.append(marker)
            elif isinstance(node, Paragraph):
                for item in node.items:
                    at = self.find(item.marker, item.span.start, 4)
                    if at >= 0:
                        found.append(Marker(at, at + len(item.marker), item.marker, item.family, item.number,
                                            "item", item))
        found.sort(key=lambda marker: marker.start)
        return tuple(found)

    @cached_property
    def _marker_starts(self) -> list[int]:
        return [marker.start for marker in self.markers]

    def in_marker(self, offset: int) -> bool:
        """Whether ``offset`` is inside a marker or is the character right after one (the marker
        rules own the delimiter that follows a marker)."""
        return self.marker_at(offset) is not None

    def marker_at(self, offset: int) -> Marker | None:
        """The marker that ``offset`` is inside of or right after (see :meth:`in_marker`), or None."""
        index = bisect.bisect_right(self._marker_starts, offset) - 1
        return self.markers[index] if index >= 0 and offset <= self.markers[index].end else None

