"""SP505 fullwidth-digits."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...numerals import FULL_WIDTH
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..textblocks import number_ranges

DIGITS = recache.compile("[０-９]+")


class FullwidthDigits(Rule):
    """Full-width digits in running text: ２０１８年.

    Why is this bad?
        Arabic numerals are set half-width ("阿拉伯数字，一般应使用正体二分字身，即占半个汉字位置",
        GB/T 15835); full-width digits (U+FF10–FF19) break searching, sorting and number
        parsing.  Heading markers are checked by SP207.

    Example:
        全年增长６．５％。

    Use instead:
        全年增长6．5％。

    Fix safety:
        Safe: the digits are replaced by half-width ones.

    Source:
        GB/T 15835-2011 (1995 edition §5.1.1.3 wording); lint-md no-fullwidth-number.
    """

    code = "SP505"
    name = "fullwidth-digits"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "N507"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for start, end in number_ranges(ctx):
            for match in DIGITS.finditer(ctx.text, start, end):
                if ctx.in_marker(match.start()):
                    continue
                narrow = match.group().translate(FULL_WIDTH)
                fix = Fix.safe(f"Replace with {narrow}", Edit(match.start(), match.end(), narrow))
                yield Finding(match.start(), match.end(), f"Full-width digits {match.group()}", fix)
