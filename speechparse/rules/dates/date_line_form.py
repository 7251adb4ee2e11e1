"""SP501 date-line-form."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from ... import recache
from ...ast import DateLine
from ...grammar import patterns
from ...numerals import date_part, digit_string
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

BRACKETS = recache.compile(r"^(?P<open>[（(]?)(?P<body>.*?)(?P<close>[)）]?)$", re.DOTALL)
#: A day written after the month that the grammar's date takes for none (八月二千四日: an OCR'd 二十四).
WRITTEN_DAY = recache.compile(r"\s*(?P<day>[0-9０-９一二三四五六七八九十百千〇○零两]{1,6})\s*[日号]")
#: The year February's days are counted in when the date line gives none (a leap year: 2月29日 may be right).
LEAP_YEAR = 2000


class DateLineForm(Rule):
    """Date line in half-width, mixed or unbalanced brackets: (2018年9月20日), or naming no calendar date.

    Why is this bad?
        The date under a speech title is set in full-width brackets, （2018年9月20日）, like every
        bracket in Chinese text (GB/T 15834-2011 §4.9).  Half-width brackets come from an English
        keyboard; a missing bracket is a typo.  A date line is a date of the calendar: 2月30日, 13月
        or a day written as no number (八月二千四日, a scan's 二十四) is a typo, and the date cannot be read.

    Example:
        在全区工作会议上的讲话

        (2018年9月20日)

    Use instead:
        在全区工作会议上的讲话

        （2018年9月20日）

    Fix safety:
        Safe when half-width brackets are replaced by full-width ones.  No fix for a missing
        bracket, nor for a date that is none (which day was meant is for the writer to say).

    Source:
        GB/T 15834-2011 §4.9 (括号 forms); speech-writing convention (date in brackets under the
        title; GB/T 9704-2012 §7.3.5 for the date itself).
    """

    code = "SP501"
    name = "date-line-form"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    catalogue = "N501"

    def check(self, ctx: Context) -> Iterator[Finding]:
        nodes = [*ctx.doc.front, *(node for node, _ in ctx.blocks), *ctx.doc.back]
        for node in nodes:
            if isinstance(node, DateLine):
                start, end = ctx.without_markup(node.span.start, node.span.end)  # (## （2025年5月）: balanced)
                yield from self._brackets(start, end, ctx.text[start:end])
                if (finding := self._calendar(start, ctx.text[start:end])) is not None:
                    yield finding

    @staticmethod
    def _calendar(start: int, text: str) -> Finding | None:
        """A finding for a date line whose month or day is none of the calendar's, or None (also for a form's
        placeholders, X月X日)."""
        match = patterns()["DATE_LINE"].search(text)
        month = date_part(match.group("m")) if match else None  # (2018.09.20: the grammar takes valid ones only)
        if match is None or month is None:
            return None
        if month > 12:
            return Finding(start + match.start("m"), start + match.end("m"), f"Date line's month {month} is no month")
        day_text = match.group("d")
        if day_text is None:
            written = WRITTEN_DAY.match(text, text.index("月", match.end("m")) + 1)
            if written is None:
                return None
            at = start + written.start("day")
            return Finding(at, at + len(written.group("day")), f"Date line's day {written.group('day')} is no day of the month")
        day = date_part(day_text)
        if day is None or day <= calendar.monthrange(digit_string(match.group("y") or "") or LEAP_YEAR, month)[1]:
            return None
        return Finding(start + match.start("date"), start + match.end("date"),
                       f"Date line names no date of the calendar: {match.group('date')}")

    @staticmethod
    def _brackets(start: int, end: int, text: str) -> Iterator[Finding]:
        match = BRACKETS.match(text)
        if not match:
            return
        opener, closer = match.group("open"), match.group("close")
        if not opener and not closer:
            return
        if bool(opener) != bool(closer):
            yield Finding(start, end, "Date line has an opening bracket without a closing one, or the reverse")
            return
        if (opener, closer) == ("（", "）"):
            return
        close_at = start + match.start("close")
        edits = []
        if opener != "（":
            edits.append(Edit(start, start + 1, "（"))
        if closer != "）":
            edits.append(Edit(close_at, close_at + 1, "）"))
        kind = "half-width" if len(edits) == 2 else "mixed"
        yield Finding(start, end, f"Date line is in {kind} brackets {opener}…{closer}",
                      Fix.safe("Use full-width brackets （）", *edits))
