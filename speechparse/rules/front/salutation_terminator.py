"""SP102 salutation-terminator."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Salutation
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import IS_HAN, Context

GOOD = "：！:!"  # half-width ones are SP401's
WEAK = "，,。.；;"

class SalutationTerminator(Rule):
    """Salutation does not end in a full-width colon or exclamation mark.

    Why is this bad?
        The salutation (称谓: 同志们, 各位代表) addresses the audience and is followed by a colon,
        sometimes an exclamation mark, like the 主送机关 of an official document, which "最后一个机关
        名称后标全角冒号".  A half-width ``:``, a comma or no mark at all is a typing slip.

    Example:
        同志们，

        今天我们召开全区工作会议。

    Use instead:
        同志们：

        今天我们召开全区工作会议。

    Fix safety:
        Unsafe: a comma or full stop is replaced by ：, or ： is added, and the line may have been
        meant to run on.  (A half-width ``:`` or ``!`` is reported by SP401, with a safe fix.)

    Source:
        GB/T 9704-2012 §7.3.2 (主送机关, by analogy); GB/T 15834-2011 §4.7 (冒号 after a 称呼语).
    """

    code = "SP102"
    name = "salutation-terminator"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "F603"

    def check(self, ctx: Context) -> Iterator[Finding]:
        nodes = [node for node in ctx.doc.front if isinstance(node, Salutation)]
        nodes += [node for node, _ in ctx.blocks if isinstance(node, Salutation)]
        for node in nodes:
            finding = self._check(ctx, node)
            if finding:
                yield finding

    @staticmethod
    def _check(ctx: Context, node: Salutation) -> Finding | None:
        _, end = ctx.without_markup(node.span.start, node.span.end)
        raw = ctx.text[node.span.start:end].rstrip()
        if not raw or raw[-1] in GOOD or not (raw[-1] in WEAK or IS_HAN.match(raw[-1])):
            return None
        at = node.span.start + len(raw) - 1
        line_end = ctx.text.find("\n", node.span.end)
        rest = ctx.text[node.span.end:line_end if line_end >= 0 else len(ctx.text)]
        mark = raw[-1]
        if mark in WEAK:
            if rest.strip():
                return None  # 同志们，… opening a paragraph: a vocative, not a salutation line
            fix = Fix.unsafe("Replace with ：", Edit(at, at + 1, "："))
            return Finding(at, at + 1, f"Salutation ends with {mark!r} instead of ：", fix)
        fix = Fix.unsafe("Add ：", Edit(at + 1, at + 1, "："))
        return Finding(node.span.start, at + 1, "Salutation has no final ：", fix)
