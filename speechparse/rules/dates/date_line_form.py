"""SP501 date-line-form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import recache
from ...ast import DateLine
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

BRACKETS = recache.compile(r"^(?P<open>[（(]?)(?P<body>.*?)(?P<close>[)）]?)$", re.DOTALL)


class DateLineForm(Rule):
    """Date line in half-width, mixed or unbalanced brackets: (2018年9月20日).

    Why is this bad?
        The date under a speech title is set in full-width brackets, （2018年9月20日）, like every
        bracket in Chinese text (GB/T 15834-2011 §4.9).  Half-width brackets come from an English
        keyboard; a missing bracket is a typo.

    Example:
        在全区工作会议上的讲话

        (2018年9月20日)

    Use instead:
        在全区工作会议上的讲话

        （2018年9月20日）

    Fix safety:
        Safe when half-width brackets are replaced by full-width ones.  No fix for a missing
        bracket.

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
                yield from self._check(ctx, node)

    @staticmethod
    def _check(ctx: Context, node: DateLine) -> Iterator[Finding]:
        start, end = ctx.without_markup(node.span.start, node.span.end)  # (## （2025年5月）: the brackets are balanced)
        match = BRACKETS.match(ctx.text[start:end])
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
