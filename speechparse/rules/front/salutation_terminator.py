"""SP102 salutation-terminator."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Salutation, walk
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

SAFE = {":": "：", "!": "！"}
GOOD = "：！"
WEAK = "，,。.；;"


class SalutationTerminator(Rule):
    """Salutation does not end in a full-width colon or exclamation mark.

    Why is this bad?
        The salutation (称谓: 同志们, 各位代表) addresses the audience and is followed by a colon,
        sometimes an exclamation mark, like the 主送机关 of an official document, which "最后一个机关
        名称后标全角冒号".  A half-width ``:``, a comma or no mark at all is a typing slip.

    Example:
        同志们:

    Use instead:
        同志们：

    Fix safety:
        Safe for a half-width ``:`` or ``!`` (the full-width mark replaces it).  Unsafe when a comma
        or full stop is replaced, or a colon added, because the line may continue a sentence.

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
        nodes += [node for node, _ in walk(ctx.doc.body) if isinstance(node, Salutation)]
        for node in nodes:
            finding = self._check(ctx, node)
            if finding:
                yield finding

    @staticmethod
    def _check(ctx: Context, node: Salutation) -> Finding | None:
        raw = ctx.text[node.span.start:node.span.end]
        cut = raw.rfind(node.greeting) if node.greeting else len(raw.rstrip())
        before = raw[:cut].rstrip()
        if not before:
            return None
        at = node.span.start + len(before) - 1
        mark = before[-1]
        if mark in GOOD:
            return None
        if mark in SAFE:
            fix = Fix.safe(f"Replace with {SAFE[mark]}", Edit(at, at + 1, SAFE[mark]))
            return Finding(at, at + 1, f"Salutation ends with half-width {mark!r}", fix)
        if mark in WEAK:
            fix = Fix.unsafe("Replace with ：", Edit(at, at + 1, "："))
            return Finding(at, at + 1, f"Salutation ends with {mark!r} instead of ：", fix)
        fix = Fix.unsafe("Add ：", Edit(at + 1, at + 1, "："))
        return Finding(node.span.start, at + 1, "Salutation has no final ：", fix)
