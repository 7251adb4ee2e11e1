"""SP205 marker-bracket-width."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers

FAMILIES = frozenset({"cn-paren", "arabic-paren"})


class MarkerBracketWidth(Rule):
    """Bracketed marker with half-width or mixed brackets: (一) (1) （1).

    Why is this bad?
        The second and fourth levels are （一） and （1） with full-width brackets (GB/T 9704-2012
        §7.3.3; GB/T 15834-2011 §4.9 gives the bracket forms for Chinese text).  Half-width
        brackets are narrower and sit low next to Chinese characters; a mixed pair is a typo.

    Example:
        (一)加强组织领导

        (二)强化责任落实

    Use instead:
        （一）加强组织领导

        （二）强化责任落实

    Fix safety:
        Safe: the brackets are replaced by full-width ones.

    Source:
        GB/T 9704-2012 §7.3.3 (“（一）”“（1）”); GB/T 15834-2011 §4.9.
    """

    code = "SP205"
    name = "marker-bracket-width"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H105"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parts in division_markers(ctx, FAMILIES):
            if not parts.open or not parts.close or (parts.open, parts.close) == ("（", "）"):
                continue
            edits = []
            if parts.open != "（":
                edits.append(Edit(parts.open_at, parts.open_at + 1, "（"))
            if parts.close != "）":
                edits.append(Edit(parts.close_at, parts.close_at + 1, "）"))
            kind = "half-width" if len(edits) == 2 else "mixed"
            fix = Fix.safe("Use full-width brackets （）", *edits)
            yield Finding(parts.marker.start, parts.close_at + 1,
                          f"Marker {parts.open}{parts.num}{parts.close} has {kind} brackets", fix)
