"""SP504 chinese-zero-glyph."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..textblocks import number_ranges

YEAR = recache.compile(r"[一二三四五六七八九〇○零OＯ0０]{4}(?=年)")
WRONG = "○零OＯ0０"


class ChineseZeroGlyph(Rule):
    """Zero in a year written in Chinese numerals is not 〇: 二零一八 二○一八 二0一八.

    Why is this bad?
        "‘公元2012（年）’的汉字数字形式为‘二〇一二’（不写为‘二零一二’）" (GB/T 15835-2011 §5.2.5):
        in a number used as a code (a year), zero is 〇 (U+3007).  ○ (U+25CB) is a geometric
        circle that input methods offer because it looks the same; O and 0 are Latin letter and
        digit.

    Example:
        （二○一八年九月二十日）

    Use instead:
        （二〇一八年九月二十日）

    Fix safety:
        Safe: the wrong glyph is replaced by 〇.

    Source:
        GB/T 15835-2011 §5.2.5; haobaik.com on ○ from IME/GB2312.
    """

    code = "SP504"
    name = "chinese-zero-glyph"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "N505"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for start, end in number_ranges(ctx):
            for match in YEAR.finditer(ctx.text, start, end):
                year = match.group()
                if sum(char in "一二三四五六七八九" for char in year) < 2 or not any(char in WRONG for char in year):
                    continue
                edits = [Edit(match.start() + i, match.start() + i + 1, "〇") for i, char in enumerate(year)
                         if char in WRONG]
                yield Finding(match.start(), match.end(), f"Year {year} writes zero as {year[edits[0].start - match.start()]!r}, not 〇",
                              Fix.safe("Replace with 〇", *edits))
