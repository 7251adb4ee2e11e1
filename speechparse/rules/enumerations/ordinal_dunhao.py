"""SP301 ordinal-dunhao."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..enumeration import events

SERIES = frozenset({"ordinal", "qi", "sequence"})


class OrdinalDunhao(Rule):
    """Ordinal word followed by the enumeration comma: 第一、 首先、 其次、.

    Why is this bad?
        "‘第’‘其’字头序次语，或‘首先’‘其次’‘最后’等做序次语时，后用逗号" (GB/T 15834-2011 B.3.1):
        these are words of the sentence, not numbering marks, so they take a comma.  Ordinals listed with
        、 (第一、第二批试点, 第一、二产业) are attributes of a noun, not enumerators: not reported.

    Example:
        第一、要提高认识。第二、要加强领导。

    Use instead:
        第一，要提高认识。第二，要加强领导。

    Fix safety:
        Safe: 、 is replaced by ，.

    Source:
        GB/T 15834-2011 Appendix B.3.1 (see also §4.4.3.3).
    """

    code = "SP301"
    name = "ordinal-dunhao"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "E301"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for container in events(ctx):
            for event in container:
                if event.series not in SERIES or event.after != "、":
                    continue
                fix = Fix.safe("Replace 、 with ，", Edit(event.end, event.end + 1, "，"))
                yield Finding(event.start, event.end + 1, f"{event.word} is followed by 、, not ，", fix)
