"""Sibling sections: the numbered headings directly under one parent, grouped by marker family."""

from __future__ import annotations

from collections.abc import Iterator

from ..ast import Section
from .context import Context

#: Families whose markers are numbers (首先/其次/最后 and unnumbered headings are not).
NUMBERED = frozenset({"part", "cn", "cn-paren", "decimal", "arabic", "arabic-paren", "circled", "ordinal", "verb",
                      "label"})


def series_key(section: Section) -> tuple[str, str]:
    """Sections number together when they share a family (and, for 一是/一要, the word)."""
    word = section.marker[-1] if section.family == "verb" and section.marker else ""
    return section.family, word


def containers(ctx: Context) -> Iterator[tuple[Section | None, tuple]]:
    """``(parent section or None for the body, its children)`` for the body and every section."""
    yield None, ctx.doc.body
    for node, _ in ctx.blocks:
        if isinstance(node, Section):
            yield node, node.children


def sibling_series(ctx: Context) -> Iterator[list[Section]]:
    """Each run of numbered sibling sections of one series, in document order."""
    for _, children in containers(ctx):
        groups: dict[tuple[str, str], list[Section]] = {}
        for child in children:
            if isinstance(child, Section) and child.number is not None and child.family in NUMBERED:
                groups.setdefault(series_key(child), []).append(child)
        yield from groups.values()
