"""SP207 marker-fullwidth-digit."""

from __future__ import annotations

from collections.abc import Iterator

from ...numerals import FULL_WIDTH
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers

FAMILIES = frozenset({"arabic", "arabic-paren"})


class MarkerFullwidthDigit(Rule):
    """Heading marker written with full-width digits: １. （２）.

    Why is this bad?
        Arabic numerals are set half-width ("阿拉伯数字…一般应使用正体二分字身，即占半个汉字位置",
        GB/T 15835); full-width digits (U+FF10–FF19) break sorting, searching and numbering checks.

    Example:
        １.加强学习

        ２.推动落实

    Use instead:
        1.加强学习

        2.推动落实

    Fix safety:
        Safe: the digits are replaced by their half-width forms.

    Source:
        GB/T 15835-2011 (half-width Arabic digits; 1995 edition §5.1.1.3 wording).
    """

    code = "SP207"
    name = "marker-fullwidth-digit"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H107"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parts in division_markers(ctx, FAMILIES):
            narrow = parts.num.translate(FULL_WIDTH)
            if narrow != parts.num:
                end = parts.num_at + len(parts.num)
                fix = Fix.safe(f"Replace with {narrow}", Edit(parts.num_at, end, narrow))
                yield Finding(parts.num_at, end, f"Marker number {parts.num} is written with full-width digits", fix)
