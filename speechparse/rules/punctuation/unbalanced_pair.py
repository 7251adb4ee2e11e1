"""SP403 unbalanced-pair."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..pairs import CLOSERS, PAIRS, report


class UnbalancedPair(Rule):
    """Quotation mark, bracket or title mark without its partner: “… with no ”, 《… with no 》.

    Why is this bad?
        Paired marks (“” ‘’ （） 《》 〈〉 【】 〔〕) open and close within a paragraph.  A lone one is
        usually a deletion that went too far.  A quotation over several paragraphs is fine when
        each paragraph opens with “ and only the last one closes it (GB/T 15834-2011 §4.8).

    Example:
        要牢固树立“四个意识，坚决做到“两个维护”。

    Use instead:
        要牢固树立“四个意识”，坚决做到“两个维护”。

    Fix safety:
        No fix: where the missing mark belongs has to be decided by reading.

    Source:
        GB/T 15834-2011 §4.8 (引号), §4.9 (括号), §4.15 (书名号); textlint no-unmatched-pair.
    """

    code = "SP403"
    name = "unbalanced-pair"
    severity = Severity.ERROR
    fix_availability = FixAvailability.NONE
    catalogue = "P403"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for at in report(ctx).unmatched:
            mark = ctx.text[at]
            if mark in PAIRS:
                message = f"{mark} is not closed in its paragraph (no {PAIRS[mark]})"
            else:
                message = f"{mark} closes nothing (no {CLOSERS[mark]} before it)"
            yield Finding(at, at + 1, message)
