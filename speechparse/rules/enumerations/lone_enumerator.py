"""SP305 lone-enumerator."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..enumeration import Event, events

#: The series that count (一是 二是, 一要 二要, 第一 第二, 其一 其二); 首先 may stand alone ("first of all").
COUNTED = ("verb:", "ordinal", "qi")


class LoneEnumerator(Rule):
    """An enumeration that starts and never goes on: 一是… with no 二是.

    Why is this bad?
        一是, 一要, 第一 and 其一 promise a second item; where none follows before the next list of the kind
        starts, or the text ends, the rest of the list was cut, or the first item was numbered for nothing
        ("有一无二", a slip editing guides list).  首先 alone is not reported: it also means "first of all";
        nor is 一是… 一是… ("one is…, another is…", as older texts write it), nor an ordinal listed before a
        noun (第一、第三产业).

    Example:
        要抓好三项工作。一是加强学习，提高本领。我们还要加强督查。

    Use instead:
        要抓好三项工作。一是加强学习，提高本领；二是加强督查，推动落实。

    Fix safety:
        No fix: only the writer knows what the second item is, or whether the first needs a number.

    Source:
        Editing convention (rule catalogue E305, heuristic); GB/T 15834-2011 B.3.1, B.3.7 (序次语 count items).
    """

    code = "SP305"
    name = "lone-enumerator"
    severity = Severity.INFO
    fix_availability = FixAvailability.NONE
    catalogue = "E305"

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = sorted((event for container in events(ctx) for event in container if event.series.startswith(COUNTED)),
                       key=lambda event: event.start)
        after_a_first = [False] * len(found)  # the series' item before it was a first one too (一是… 一是…)
        last: dict[str, int] = {}
        for index, event in enumerate(found):
            after_a_first[index] = last.get(event.series) == 1
            last[event.series] = event.number
        followed: set[str] = set()  # the series with a first or second item after the one looked at
        lone: list[Event] = []
        for index in range(len(found) - 1, -1, -1):
            event = found[index]
            if event.number == 1 and event.after != "、" and event.series not in followed and not after_a_first[index]:
                lone.append(event)  # (第一、第三产业: ordinals listed before a noun, no enumeration)
            if event.number in (1, 2):
                followed.add(event.series)
        for event in reversed(lone):
            yield Finding(event.start, event.end, f"{event.word} with no second item after it")
