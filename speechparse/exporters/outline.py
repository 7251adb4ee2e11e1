"""What the writers share: node ids, depths and section paths in document order, and node text.

Ids are positional and match the JSON export: sections ``s1``, ``s2.1`` (their numbering in the
tree); other nodes a type prefix and a running count (``p17``, ``n2``); enumeration items the
paragraph's id and their number (``p17.i2``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..ast import (
    Closing,
    Conclusion,
    DateLine,
    Document,
    EnumItem,
    Note,
    Paragraph,
    Salutation,
    Section,
    Signature,
    Speaker,
    Subtitle,
    Title,
)
from ..codecache import dataclass
from .text import heading_line

PREFIXES: dict[type, str] = {
    Title: "t", Subtitle: "st", DateLine: "d", Speaker: "sp", Salutation: "sa", Paragraph: "p", Note: "n",
    Conclusion: "c", Closing: "cl", Signature: "sg",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One node in document order with where it sits."""

    node: Any
    id: str
    parent: str | None  #: id of the enclosing section (or paragraph, for an enumeration item)
    depth: int  #: 1 for nodes at the top of front, body or back
    path: tuple[str, ...]  #: heading lines from the root; a section's own heading included
    region: str  #: ``front``, ``body`` or ``back``
    text: str  #: the node's own text as written


def join_lines(lines: tuple[str, ...] | list[str]) -> str:
    """Lines as one: no space between CJK characters, one between Latin words."""
    result = ""
    for line in (line.strip() for line in lines):
        if result and line and result[-1].isascii() and line[0].isascii():
            result += " "
        result += line
    return result


def node_text(node: Any) -> str:
    """The text of a node as written (a section: its heading line; a title: its lines joined)."""
    if isinstance(node, Title):
        return join_lines(node.lines)
    if isinstance(node, Section):
        return heading_line(node)
    if isinstance(node, (Subtitle, DateLine, Speaker, Salutation)):
        return node.raw
    return node.text


def pieces(paragraph: Paragraph) -> list[tuple[str, EnumItem | None]]:
    """The paragraph's text cut at its enumeration items: every character exactly once, in order.

    Items that overlap an earlier one or fall outside the text are ignored (their text stays plain).
    """
    text, result, at = paragraph.text, [], 0
    for item in paragraph.items:
        if not at <= item.start < item.end <= len(text):
            continue
        if item.start > at:
            result.append((text[at:item.start], None))
        result.append((text[item.start:item.end], item))
        at = item.end
    if at < len(text) or not result:
        result.append((text[at:], None))
    return result


def entries(doc: Document) -> Iterator[Entry]:
    """Every node of ``doc`` (enumeration items included, after their paragraph) in document order."""
    counts: Counter[str] = Counter()
    for region, nodes in (("front", doc.front), ("body", doc.body), ("back", doc.back)):
        yield from _entries(nodes, region, counts, None, "", 1, ())


def _entries(nodes, region, counts, parent, number, depth, path) -> Iterator[Entry]:
    sections = 0
    for node in nodes:
        if isinstance(node, Section):
            sections += 1
            own = f"{number}.{sections}" if number else str(sections)
            text = heading_line(node)
            here = (*path, text)
            yield Entry(node, f"s{own}", parent, depth, here, region, text)
            yield from _entries(node.children, region, counts, f"s{own}", own, depth + 1, here)
            continue
        prefix = PREFIXES[type(node)]
        counts[prefix] += 1
        ident = f"{prefix}{counts[prefix]}"
        yield Entry(node, ident, parent, depth, path, region, node_text(node))
        if isinstance(node, Paragraph):
            for k, (text, item) in enumerate((p for p in pieces(node) if p[1] is not None), start=1):
                yield Entry(item, f"{ident}.i{k}", ident, depth + 1, path, region, text)


def index(doc: Document) -> dict[int, Entry]:
    """``entries(doc)`` keyed by ``id(node)``, for writers that walk the tree themselves."""
    return {id(entry.node): entry for entry in entries(doc)}


def source_name(doc: Document, options: Any) -> str | None:
    """The name to point back to the input with: the option, else the path it was read from."""
    return options.source_name or doc.source.path
