"""SP413 range-connector."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: A hyphen between two numbers that a unit follows: a range written with a hyphen (2013-2015年, 3-5年, 10-15个).
#: Not a date written with hyphens (2023-03-05), a telephone number or a code: no digit, dot or hyphen around.
HYPHEN_RANGE = recache.compile(
    r"(?<![0-9.\-/:])[0-9]{1,4}(?P<hyphen>-)[0-9]{1,4}(?![0-9.\-])(?=(?P<unit>[年月日]|[岁个万亿千百%％倍天周人次名位项件条家所元米吨]))")
#: Units of time: their ranges take the 一字线 (2013—2015年); quantities take the 浪纹线 (3～5个).
TIME_UNITS = frozenset("年月日")


class RangeConnector(Rule):
    """A range written with a hyphen: 2013-2015年, 3-5个.

    Why is this bad?
        "标示时间、地域的起止一般用一字线（—）…标示数值范围（由阿拉伯数字或汉字数字构成）的起止一般用浪纹线（～）"
        (GB/T 15834-2011 §4.13.3.2, §4.13.3.3).  The hyphen (-) is the 短横线 of product codes and
        compound names, not a range's connector; common-error lists name 2013-2015年 and 3-5年.

    Example:
        2013-2015年，全市新建学校3-5所。

    Use instead:
        2013—2015年，全市新建学校3～5所。

    Fix safety:
        Unsafe: the hyphen becomes — before a unit of time (年, 月, 日) and ～ before other units; a hyphen
        meant otherwise (a code that happens to end before such a character) would be changed too.

    Source:
        GB/T 15834-2011 §4.13.3 (连接号); rule catalogue P410 (caiyes.cn common error #2).
    """

    code = "SP413"
    name = "range-connector"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P410"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for region in ctx.regions:
            for match in HYPHEN_RANGE.finditer(ctx.text, region.start, region.end):
                at = match.start("hyphen")
                connector = "—" if match.group("unit") in TIME_UNITS else "～"
                fix = Fix.unsafe(f"Use {connector}", Edit(at, at + 1, connector))
                yield Finding(match.start(), match.end(), f"Range {match.group()} written with a hyphen", fix)
