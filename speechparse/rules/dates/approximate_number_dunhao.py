"""SP507 approximate-number-dunhao."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: Two neighbouring Chinese numerals with a 顿号 between them, before a count (三、四个, 五、六十年): an approximate
#: number.  Not an ordinal (第三、四条), not a list of numerals (二、三、四), not months, quarters or grades (三、四月份,
#: 三、四季度, 七、八年级: two of them, no approximation), and from 二 on (一、二 are two items more often than not).
APPROXIMATE = recache.compile(
    r"(?<![第一二三四五六七八九十百千万、])(?P<first>[二三四五六七八])(?P<dunhao>、)(?P<second>[三四五六七八九])(?!、)"
    r"(?=[十百千万]?(?:个|年(?!级|度)|天|周|岁|人|次|倍|件|条|名|位|户|项|种|家|所|元|米|吨|小时|分钟|公里))")
NUMERALS = "一二三四五六七八九"


class ApproximateNumberDunhao(Rule):
    """A 顿号 between two numerals that make an approximate number: 三、四个月.

    Why is this bad?
        "相邻两个数字连用表示概数通常不用顿号。若相邻两数字连用为缩略形式，宜用顿号" (GB/T 15834-2011
        §4.5.3.4); GB/T 15835-2011 §4.2 writes such a number in Chinese numerals without a mark:
        三四个月, 五六十年前.  With a 顿号 it reads as two separate numbers.

    Example:
        用三、四个月的时间完成整改。

    Use instead:
        用三四个月的时间完成整改。

    Fix safety:
        Safe: the 顿号 is deleted.  Only neighbouring numerals before a count are reported (三、四个, 五、六十年),
        not ordinals (第三、四条), lists (二、三、四), months, quarters or grades (三、四季度).

    Source:
        GB/T 15834-2011 §4.5.3.4; GB/T 15835-2011 §4.2; rule catalogue N508.
    """

    code = "SP507"
    name = "approximate-number-dunhao"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "N508"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for region in ctx.regions:
            for match in APPROXIMATE.finditer(ctx.text, region.start, region.end):
                if NUMERALS.index(match.group("second")) != NUMERALS.index(match.group("first")) + 1:
                    continue
                if match.start() == region.start or ctx.in_marker(match.start()):
                    continue  # (三、四个意识…: a heading's marker before its text)
                at = match.start("dunhao")
                yield Finding(match.start(), match.end(), f"顿号 in the approximate number {match.group()}",
                              Fix.safe("Delete the 顿号", Edit(at, at + 1, "")))
