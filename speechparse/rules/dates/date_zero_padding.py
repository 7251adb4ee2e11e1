"""SP502 date-zero-padding."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..textblocks import number_ranges

#: The 0 of 2018年09月 or 9月05日 (written to open with the 0, so that a search jumps from one 0 to the next).
PADDED = recache.compile(r"0(?:(?<=\d年0)(?=[1-9]月)|(?<=\d月0)(?=[1-9][日号]))")


class DateZeroPadding(Rule):
    """Month or day written with a leading zero: 2018年09月05日.

    Why is this bad?
        "用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）" (GB/T 9704-2012
        §7.3.5.4).  Zero padding belongs to forms and databases, not to running text.

    Example:
        会议于2018年09月05日召开。

    Use instead:
        会议于2018年9月5日召开。

    Fix safety:
        Safe: the leading zero is deleted.

    Source:
        GB/T 9704-2012 §7.3.5.4.
    """

    code = "SP502"
    name = "date-zero-padding"
    severity = Severity.WARNING
    profiles = (("gongwen", Severity.ERROR),)
    fix_availability = FixAvailability.ALWAYS
    catalogue = "N502"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for start, end in number_ranges(ctx):
            for match in PADDED.finditer(ctx.text, start, end):
                at = match.start()
                unit = ctx.text[at + 2]
                fix = Fix.safe("Delete the leading zero", Edit(at, at + 1, ""))
                yield Finding(at, at + 2, f"{ctx.text[at:at + 3]}: no leading zero in a date ({ctx.text[at + 1]}{unit})",
                              fix)
