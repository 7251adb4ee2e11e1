"""SP503 mixed-date-form."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...numerals import chinese_number
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..textblocks import number_ranges

CN_DIGIT = "〇一二三四五六七八九"
#: Four digits written out one by one (not {4}): a pattern that opens with a class lets a search jump.
CN_YEAR = "[〇○零一二三四五六七八九]" * 4
CN_PART = "[一二三四五六七八九十]{1,3}"
DATE = recache.compile(
    rf"(?P<year>\d\d\d\d|{CN_YEAR})年(?P<month>\d{{1,2}}|{CN_PART})月(?:(?P<day>\d{{1,2}}|{CN_PART})[日号])?"
)


def to_chinese(number: int) -> str:
    """9 → 九, 20 → 二十, 31 → 三十一 (months and days)."""
    tens, ones = divmod(number, 10)
    text = ("" if tens == 0 else ("十" if tens == 1 else CN_DIGIT[tens] + "十"))
    return text + (CN_DIGIT[ones] if ones else "") if number else "〇"


class MixedDateForm(Rule):
    """Date mixing Chinese and Arabic numerals: 二〇一八年9月20日.

    Why is this bad?
        "在同一场合出现的数字，应遵循‘同类别同形式’原则…2008年8月8日 二〇〇八年八月八日（不写为
        ‘二〇〇八年8月8日’）" (GB/T 15835-2011 §4.3, example 3).  A date is written all in Arabic
        or all in Chinese numerals.

    Example:
        （二〇一八年9月20日）

    Use instead:
        （二〇一八年九月二十日）

    Fix safety:
        Unsafe: the month and day are rewritten in the form of the year, which changes characters
        a reader may have chosen.

    Source:
        GB/T 15835-2011 §4.3 (同类别同形式, example 3).
    """

    code = "SP503"
    name = "mixed-date-form"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "N504"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for start, end in number_ranges(ctx):
            for match in DATE.finditer(ctx.text, start, end):
                parts = [name for name in ("year", "month", "day") if match.group(name)]
                arabic = {name: match.group(name).isdigit() for name in parts}
                if len(set(arabic.values())) < 2:
                    continue
                year_arabic = arabic["year"]
                edits = []
                for name in parts[1:]:
                    value = match.group(name)
                    if arabic[name] == year_arabic:
                        continue
                    new = str(chinese_number(value)) if year_arabic else to_chinese(int(value))
                    edits.append(Edit(match.start(name), match.end(name), new))
                fix = Fix.unsafe("Write the month and day like the year", *edits) if edits else None
                yield Finding(match.start(), match.end(), f"Date {match.group()} mixes Chinese and Arabic numerals",
                              fix)
