"""SP304 ordinal-set-mixing."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..enumeration import events

SETS = {"sequence": "首先/其次", "ordinal": "第一/第二", "qi": "其一/其二"}


class OrdinalSetMixing(Rule):
    """One enumeration mixes ordinal sets: 首先… 其次… 第三….

    Why is this bad?
        "‘第’字头、‘其’字头和‘首先’类序次语，是三套各自独立的序次语，不宜混用…‘首先……其次……第三……’的
        说法是不妥当的" (杜永道, 语言文字报).  最后 may close any of the sets.

    Example:
        首先，要提高认识。其次，要加强领导。第三，要狠抓落实。

    Use instead:
        第一，要提高认识。第二，要加强领导。第三，要狠抓落实。

    Fix safety:
        No fix: which set to keep is a choice of style.

    Source:
        杜永道, 语言文字报 (sino.newdu.com/a/201711/24/9621.html); GB/T 15834-2011 B.3.1 (the sets).
    """

    code = "SP304"
    name = "ordinal-set-mixing"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE
    catalogue = "E304"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for container in events(ctx):
            current: tuple[str, int, str] | None = None  # set, last number, first word
            for event in container:
                if event.series not in SETS or event.word == "最后":
                    continue
                if event.number == 1:
                    current = (event.series, 1, event.word)
                    continue
                if current is None or event.number != current[1] + 1:
                    current = None
                    continue
                if event.series != current[0]:
                    yield Finding(event.start, event.end,
                                  f"{event.word} continues an enumeration begun with {current[2]} "
                                  f"({SETS[current[0]]} and {SETS[event.series]} mixed)")
                current = (current[0], event.number, current[2])
