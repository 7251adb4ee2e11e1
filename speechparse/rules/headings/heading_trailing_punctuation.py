"""SP208 heading-trailing-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import final_marks

FORBIDDEN = "，、；：,;:"


class HeadingTrailingPunctuation(Rule):
    """Stand-alone heading ends with ： ； ， or 、.

    Why is this bad?
        "正文中的标题，如果单独一段，在末尾不用句号、冒号等标点符号" (editing guides, after GB/T 15834-2011
        B.4: titles take no final point, except ？ ！ or ……).  A colon or comma at the end shows a
        heading copied from a sentence.  A final 。 is SP215's.  Items of a run-in list set one a line
        (一是加强组织领导；/ 二是…；/ 三是…。) end with ； as a list's items do (§4.6.3, B.3.7): not reported.

    Example:
        一、总体要求：

        要坚持稳中求进。

    Use instead:
        一、总体要求

        要坚持稳中求进。

    Fix safety:
        Safe: the final mark is deleted.

    Source:
        GB/T 15834-2011 Appendix B.4; editing guides (lnbds.com 电网企业公文常见错误).
    """

    code = "SP208"
    name = "heading-trailing-punctuation"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H108"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for _, at in final_marks(ctx, FORBIDDEN):
            fix = Fix.safe("Delete the mark", Edit(at, at + 1, ""))
            yield Finding(at, at + 1, f"Heading ends with {ctx.text[at]!r}", fix)
