"""SP302 enumerator-dunhao."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..enumeration import events


class EnumeratorDunhao(Rule):
    """Run-in enumerator followed by the enumeration comma: 一是、 一要、.

    Why is this bad?
        "序次简单、叙述性较强的序次语后不用标点符号" (GB/T 15834-2011 B.3.7): 一是 and 一要 run into
        the sentence (一是传递信息；二是确定关系).  A 顿号 after them is never right; a comma is
        tolerated by editing guides and not flagged.

    Example:
        重点抓好三件事：一是、抓学习；二是、抓落实；三是、抓督查。

    Use instead:
        重点抓好三件事：一是抓学习；二是抓落实；三是抓督查。

    Fix safety:
        Safe: the 、 is deleted.

    Source:
        GB/T 15834-2011 Appendix B.3.7; 360doc 文字材料中序号、标点的正确使用 (item 5).
    """

    code = "SP302"
    name = "enumerator-dunhao"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "E302"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for container in events(ctx):
            for event in container:
                if event.series.startswith("verb:") and event.after == "、":
                    fix = Fix.safe("Delete 、", Edit(event.end, event.end + 1, ""))
                    yield Finding(event.start, event.end + 1, f"{event.word} is followed by 、", fix)
