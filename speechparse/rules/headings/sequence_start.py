"""SP211 sequence-start."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ...ast import Section
from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..siblings import containers, series_key, sibling_series


class SequenceStart(Rule):
    """First heading of a level does not start at one: 二、 with no 一、 before it.

    Why is this bad?
        A level that starts at 二 or （三） has lost its first section, or its first heading
        lost its marker when the text was copied.  A level numbered on across its parents
        (（一）…（四） under 一、, then （五）… under 二、, as the 中央一号文件 number their items; 第四章 opening
        第二篇) is no such level: its first heading goes on from the last one under the parent before.  Nor is
        an ordinal going on 首先, 其次 (首先… 其次… 第三…: SP304 reports the mix).

    Example:
        二、重点任务

        三、保障措施

    Use instead:
        一、重点任务

        二、保障措施

    Fix safety:
        No fix: the missing section may have to be restored rather than renumbered.

    Source:
        Numbering checkers ("start"); GB/T 15834-2011 B.3.8 (序次语 count from the first).
    """

    code = "SP211"
    name = "sequence-start"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE
    catalogue = "S203"

    def check(self, ctx: Context) -> Iterator[Finding]:
        last: dict[tuple[str, str], int | None] = {}  # each series' last number, by its key (numbering on across parents)
        after_sequence = {id(section) for _, children in containers(ctx)  # (第三 after 首先, 其次)
                          for before, section in pairwise(child for child in children if isinstance(child, Section))
                          if before.family == "sequence"}
        for series in sibling_series(ctx):
            first = series[0]
            key = series_key(first)
            previous = last.get(key)
            last[key] = series[-1].number
            if first.number != 1 and id(first) not in after_sequence and not (
                    previous is not None and first.number == previous + 1):
                span = first.heading_span
                yield Finding(span.start, span.start + len(first.prefix) + len(first.marker),
                              f"First heading of this level is {first.marker.strip()}, not number one")
