"""SP303 enumeration-sequence."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..enumeration import events

COUNTED = ("verb:", "ordinal", "qi")
#: The series of 首先, 其次, 再次: only a repeat counts (其次… 其次…); 然后 and 最后 may follow any of them.
SEQUENCE = "sequence"


class EnumerationSequence(Rule):
    """Enumeration skips, repeats or goes back: 一是… 二是… 四是….

    Why is this bad?
        Run-in enumerations (一是/二是, 一要/二要, 第一/第二, 其一/其二) count like headings.  A gap
        or a repeat means an item was cut or pasted without renumbering.  A new series may start
        again at 一.  Of 首先/其次/再次 only a repeat is reported (首先… 其次… 其次…: the third point
        reads 再次), as 然后 and 最后 may follow any of them.

    Example:
        重点抓好三件事：一是抓学习；二是抓落实；四是抓督查。

    Use instead:
        重点抓好三件事：一是抓学习；二是抓落实；三是抓督查。

    Fix safety:
        No fix: renumbering may hide a lost item.

    Source:
        Editing guides (ychouse.cq.cn: "避免…跳级…避免重复"), applied to run-in 序次语 (GB/T 15834-2011
        B.3.1, B.3.7).
    """

    code = "SP303"
    name = "enumeration-sequence"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE
    catalogue = "E303"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for container in events(ctx):
            last: dict[str, tuple[int, str]] = {}
            for event in container:
                if event.series == SEQUENCE:
                    previous = last.get(SEQUENCE)
                    last[SEQUENCE] = (event.number, event.word)
                    if previous is not None and event.number == previous[0] >= 2:
                        yield Finding(event.start, event.end, f"{event.word} repeats {previous[1]}")
                    continue
                if not event.series.startswith(COUNTED):
                    continue
                previous = last.get(event.series)
                last[event.series] = (event.number, event.word)
                if event.number == 1 or previous is None:
                    continue
                number, word = previous
                if event.number == number + 1:
                    continue
                if event.number == number:
                    message = f"{event.word} repeats {word}"
                elif event.number > number:
                    message = f"{event.word} follows {word}: {event.number - number - 1} skipped"
                else:
                    message = f"{event.word} goes back after {word}"
                yield Finding(event.start, event.end, message)
