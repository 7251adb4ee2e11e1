"""SP404 reversed-pair."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..pairs import PAIRS, report


class ReversedPair(Rule):
    """Paired marks in the wrong order: ”…“ or 》…《.

    Why is this bad?
        The closing mark comes before the opening one, usually because the marks were typed with
        an input method that alternates quotes and got out of step.

    Example:
        要牢固树立”四个意识“。

    Use instead:
        要牢固树立“四个意识”。

    Fix safety:
        Unsafe: swapping assumes the two marks belong together.

    Source:
        GB/T 15834-2011 §4.8, §4.15; textlint zh-correctly-ordered-pairs.
    """

    code = "SP404"
    name = "reversed-pair"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P404"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for closer_at, opener_at in report(ctx).reversed:
            opener = ctx.text[opener_at]
            closer = PAIRS[opener]
            fix = Fix.unsafe(f"Swap to {opener}…{closer}", Edit(closer_at, closer_at + 1, opener),
                             Edit(opener_at, opener_at + 1, closer))
            yield Finding(closer_at, opener_at + 1, f"{closer}…{opener} is reversed", fix)
