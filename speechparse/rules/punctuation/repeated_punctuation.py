"""SP405 repeated-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: ，， 、、 ；； ：： or exactly two 。 (each alternative opens with its mark, so that a search jumps between them).
REPEAT = recache.compile(r"，，+|、、+|；；+|：：+|。。(?<!。。。)(?!。)")


class RepeatedPunctuation(Rule):
    """The same mark twice in a row: ，， 。。 、、 ；；.

    Why is this bad?
        A doubled comma or full stop is a typing slip.  Doubled ？ or ！ may express strong
        feeling (GB/T 15834-2011 §4.2, §4.3) and are not flagged; three or more 。 are an
        ellipsis written wrongly (SP406).

    Example:
        我们要坚持稳中求进，，推动高质量发展。。

    Use instead:
        我们要坚持稳中求进，推动高质量发展。

    Fix safety:
        Safe: the repeated marks are deleted, one is kept.

    Source:
        中文文案排版指北 (不重复使用标点符号); GB/T 15834-2011 §4.2.3, §4.3.3 (？！ may repeat).
    """

    code = "SP405"
    name = "repeated-punctuation"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P407"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for region in ctx.regions:
            for match in REPEAT.finditer(ctx.text, region.start, region.end):
                start, end = match.start(), match.end()
                fix = Fix.safe("Keep one", Edit(start + 1, end, ""))
                yield Finding(start, end, f"Repeated {match.group()[0]}", fix)
