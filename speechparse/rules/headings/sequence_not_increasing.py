"""SP210 sequence-not-increasing."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..siblings import sibling_series


class SequenceNotIncreasing(Rule):
    """Sibling headings repeat a number or go back: 一、 二、 二、 or 三、 after 四、.

    Why is this bad?
        Each heading of a level has its own number; a repeated number is usually a copied heading
        that was not renumbered.  Starting again at 一 is not flagged (a new part may restart).

    Example:
        一、总体要求

        二、重点任务

        二、保障措施

    Use instead:
        一、总体要求

        二、重点任务

        三、保障措施

    Fix safety:
        No fix: which heading is wrong has to be decided by reading.

    Source:
        Editing guides (ychouse.cq.cn: "避免重复"); numbering checkers ("duplicate", "non_increasing").
    """

    code = "SP210"
    name = "sequence-not-increasing"
    severity = Severity.ERROR
    fix_availability = FixAvailability.NONE
    catalogue = "S202"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for series in sibling_series(ctx):
            for previous, section in pairwise(series):
                if section.number <= previous.number and section.number != 1:
                    span = section.heading_span
                    what = "repeats" if section.number == previous.number else "goes back after"
                    yield Finding(span.start, span.start + len(section.prefix) + len(section.marker),
                                  f"Heading {section.marker.strip()} {what} {previous.marker.strip()}")
