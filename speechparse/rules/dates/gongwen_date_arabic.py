"""SP506 gongwen-date-arabic."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import DateLine
from ...numerals import chinese_number, digit_string
from ...transform import inner_sign_off_dates
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from .mixed_date_form import DATE


class GongwenDateArabic(Rule):
    """成文日期 of a 公文 in Chinese numerals: 二〇二三年五月六日.

    Why is this bad?
        "成文日期中的数字用阿拉伯数字将年、月、日标全" (GB/T 9704-2012 §7.3.5.4).  The standard it
        replaced (GB/T 9704-1999) wrote the date in Chinese numerals, so older habits and templates
        still do.  Only the sign-off date is checked, and only in the ``gongwen`` profile: a speech's
        date line may be written in Chinese numerals.

    Example:
        某某市人民政府办公室

        二〇二三年五月六日

    Use instead:
        某某市人民政府办公室

        2023年5月6日

    Fix safety:
        Unsafe: the date is rewritten in other characters, which a reader checks against the
        original document.

    Source:
        GB/T 9704-2012 §7.3.5.4 (成文日期); rule catalogue N506.
    """

    code = "SP506"
    name = "gongwen-date-arabic"
    severity = Severity.WARNING
    profiles = (("speech", None),)
    fix_availability = FixAvailability.SOMETIMES
    catalogue = "N506"

    def check(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        for node in (*doc.back, *inner_sign_off_dates(doc.body, doc.meta.title)):  # (a sign-off annexes follow: in the body)
            if not isinstance(node, DateLine):
                continue
            match = DATE.search(ctx.text, node.span.start, node.span.end)
            if match is None or match.group("year").isdigit():
                continue
            year = digit_string(match.group("year"))
            month, day = (_number(match.group(name)) for name in ("month", "day"))
            fix = None
            if year is not None and month is not None and (day is not None or match.group("day") is None):
                arabic = f"{year}年{month}月" + (f"{day}日" if day is not None else "")
                fix = Fix.unsafe(f"Write {arabic}", Edit(match.start(), match.end(), arabic))
            yield Finding(match.start(), match.end(), "Sign-off date in Chinese numerals", fix)


def _number(text: str | None) -> int | None:
    """A month or day in Arabic or Chinese numerals; None if there is none."""
    if text is None:
        return None
    return int(text) if text.isdigit() else chinese_number(text)
