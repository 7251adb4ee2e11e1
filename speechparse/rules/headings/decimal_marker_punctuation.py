"""SP217 decimal-marker-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: The mark after a decimal section number (1.1、 1.1.): what B.3.5 rules out.
TRAILING_MARK = recache.compile(r"[0-9][.．、](?=\s*$)")


class DecimalMarkerPunctuation(Rule):
    """A section number in decimals followed by a mark: 1.1、 or 1.1. before its heading.

    Why is this bad?
        "阿拉伯数字与下脚点结合表示章节关系的序次语末尾不用任何点号" (GB/T 15834-2011 Appendix B.3.5):
        3.1 生理停顿, not 3.1、 or 3.1.; a space (or nothing) parts the number from its heading.

    Example:
        1 总体要求

        1.1、指导思想

        1.2.发展目标

    Use instead:
        1 总体要求

        1.1 指导思想

        1.2 发展目标

    Fix safety:
        Safe: the mark becomes a space ("用于章节、条款的序次语后宜用空格表示停顿", B.3.6), or is deleted where a
        space follows it.

    Source:
        GB/T 15834-2011 Appendix B.3.5, B.3.6.
    """

    code = "SP217"
    name = "decimal-marker-punctuation"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS

    def check(self, ctx: Context) -> Iterator[Finding]:
        for marker in ctx.markers:
            if marker.family != "decimal" or marker.kind != "section":
                continue
            found = TRAILING_MARK.search(marker.text)
            if found is None:
                continue
            at = marker.start + found.start() + 1
            spaced = ctx.text[at + 1: at + 2].isspace()
            fix = Fix.safe("Delete the mark", Edit(at, at + 1, "")) if spaced else Fix.safe(
                "Replace the mark with a space", Edit(at, at + 1, " "))
            yield Finding(marker.start, marker.end, f"Section number {marker.text.strip()} ends with {ctx.text[at]}", fix)
