"""SP204 arabic-marker-fullwidth-dot."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers, marker_noun


class ArabicMarkerFullwidthDot(Rule):
    """Arabic-numeral heading marker followed by the full-width full stop ．.

    Why is this bad?
        GB/T 15834-2011 B.3.3 asks for the 下脚点 after 1, and calls it "外文的标点符号": the
        half-width ``.`` (U+002E).  ．(U+FF0E) is common in Word documents and looks almost the same,
        which is why this is a warning, not an error.

    Example:
        1．加强学习

        2．推动落实

    Use instead:
        1.加强学习

        2.推动落实

    Fix safety:
        Safe: ．is replaced by ``.``.

    Source:
        GB/T 15834-2011 Appendix B.3.3.
    """

    code = "SP204"
    name = "arabic-marker-fullwidth-dot"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H104"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parts in division_markers(ctx, frozenset({"arabic"})):
            if parts.delim == "．":
                fix = Fix.safe("Replace with .", Edit(parts.delim_at, parts.delim_at + 1, "."))
                yield Finding(parts.marker.start, parts.marker.end,
                              f"{marker_noun(parts.marker)} {parts.num} uses the full-width ．", fix)
