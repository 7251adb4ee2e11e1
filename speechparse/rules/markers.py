"""Heading markers taken apart: brackets, numeral, delimiter (shared by the SP2xx/SP3xx rules)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import recache
from ..ast import Section
from ..codecache import dataclass
from ..lexicon import SCANNED_ONE, STANDARD_RANK
from .context import Context, Marker

PARTS = recache.compile(
    r"(?P<open>[（(]?)(?P<inner_left>\s?)"
    rf"(?P<num>[一二三四五六七八九十百〇零两]+|[0-9０-９]+|[①-⑳⑴-⒇㈠-㈩]|[{SCANNED_ONE}])"  # (（-）: see SP216)
    r"(?:\s?(?P<close>[)）]))?(?P<delim>.*)",
    re.DOTALL,
)
#: Families whose markers are 序次语 of GB/T 15834 B.3: numeral with brackets or a delimiter.
DIVISION_FAMILIES = frozenset(STANDARD_RANK)  # (the families of the standard hierarchy: 一、 （一） 1. （1） ①)
#: Display form of each family's standard marker, for messages.
STANDARD_FORM = {"cn": "一、", "cn-paren": "（一）", "arabic": "1.", "arabic-paren": "（1）", "circled": "①"}


@dataclass(frozen=True, slots=True)
class MarkerParts:
    """A division marker and the source offsets of its parts."""

    marker: Marker
    open: str
    num: str
    close: str
    delim: str
    open_at: int
    num_at: int
    close_at: int
    delim_at: int


def split(marker: Marker) -> MarkerParts | None:
    match = PARTS.fullmatch(marker.text)
    if not match:
        return None
    base = marker.start
    return MarkerParts(
        marker,
        match.group("open"),
        match.group("num"),
        match.group("close") or "",
        match.group("delim"),
        base + match.start("open"),
        base + match.start("num"),
        base + match.start("close") if match.group("close") else base + match.end("num"),
        base + match.start("delim"),
    )


def marker_noun(marker: Marker) -> str:
    """How a finding names ``marker``: a heading's (一、总体要求) or an inline item's (…三派：1．民主主义运动；2．…)."""
    return "Heading marker" if marker.kind == "section" else "Item marker"


def division_markers(ctx: Context, families: frozenset[str] = DIVISION_FAMILIES) -> Iterator[MarkerParts]:
    """The markers of these families (headings and inline items), taken apart."""
    for marker in ctx.markers:
        if marker.family in families:
            parts = split(marker)
            if parts is not None:
                yield parts


#: The families of headings that title what they head: divisions and parts.  Not a run-in enumerator on a line of its
#: own (第一，…。 一是…；): its ordinal is a word of the sentence (GB/T 15834-2011 B.3.1), its item one of a list whose
#: items end with ； or 。 (§4.6.3, B.3.7).
TITLING_FAMILIES = DIVISION_FAMILIES | {"part"}


def final_marks(ctx: Context, marks: str) -> Iterator[tuple[Section, int]]:
    """Stand-alone numbered headings (see ``TITLING_FAMILIES``) whose line ends with one of ``marks``: each with the
    offset of that mark (run-in headings, enumerators and unnumbered heading lines are left out)."""
    for node, _ in ctx.blocks:
        if not isinstance(node, Section) or node.run_in or node.family not in TITLING_FAMILIES or not node.heading:
            continue
        span = node.heading_span
        raw = ctx.text[span.start:span.end].rstrip()
        if len(raw) >= 2 and raw[-1] in marks:
            yield node, span.start + len(raw) - 1
