"""Source ranges where numbers and dates are checked: running text plus date lines."""

from __future__ import annotations

from ..ast import DateLine
from .context import Context


def number_ranges(ctx: Context) -> list[tuple[int, int]]:
    """Running text (``ctx.regions``) and every date line, in source order."""
    ranges = [(region.start, region.end) for region in ctx.regions]
    nodes = [*ctx.doc.front, *(node for node, _ in ctx.blocks), *ctx.doc.back]
    ranges += [(node.span.start, node.span.end) for node in nodes if isinstance(node, DateLine)]
    return sorted(ranges)
