"""SP209 sequence-gap."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..enumeration import events
from ..siblings import sibling_series


class SequenceGap(Rule):
    """Sibling headings skip a number: 一、 二、 四、.

    Why is this bad?
        Numbered headings count 1, 2, 3 without gaps; a skipped number means a section was
        deleted or moved without renumbering, or a heading lost its marker.  Run-in enumerators
        that head sections (一是…, 第一，…) are SP303's, which reports their gaps (第一条：… is this rule's).

    Example:
        一、总体要求

        二、重点任务

        四、保障措施

    Use instead:
        一、总体要求

        二、重点任务

        三、保障措施

    Fix safety:
        No fix: renumbering may hide a missing section; decide by reading.

    Source:
        Editing guides (ychouse.cq.cn 公文序号: "避免…跳级使用…避免重复"); GB/T 15835-2011 §4.3
        (numbers of one level in one form and sequence).
    """

    code = "SP209"
    name = "sequence-gap"
    severity = Severity.ERROR
    fix_availability = FixAvailability.NONE
    catalogue = "S201"

    def check(self, ctx: Context) -> Iterator[Finding]:
        enumerators = {event.start for scope in events(ctx) for event in scope}  # (SP303 reports their gaps)
        for series in sibling_series(ctx):
            for previous, section in pairwise(series):
                if section.number > previous.number + 1 and section.heading_span.start + len(section.prefix) not in (
                        enumerators):
                    span = section.heading_span
                    missing = section.number - previous.number - 1
                    yield Finding(span.start, span.start + len(section.prefix) + len(section.marker),
                                  f"Heading {section.marker.strip()} follows {previous.marker.strip()}: "
                                  f"{missing} number{'s' if missing > 1 else ''} skipped")
