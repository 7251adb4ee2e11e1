"""SP406 ellipsis-form."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import HAN, Context

#: ... 。。。 ．．． …/⋯ (any number) ···: one mark first, then its run, so that a search jumps between candidates.
ELLIPSIS = recache.compile(r"[.。．…⋯·](?:(?<=\.)\.\.+|(?<=。)。。+|(?<=．)．．+|(?<=[…⋯])[…⋯]*|(?<=·)··+)")
HAN_NEAR = recache.compile(f"[{HAN}，。、；：“”]")


class EllipsisForm(Rule):
    """Ellipsis written as ... 。。。 ⋯ or a single …, not ……

    Why is this bad?
        The Chinese 省略号 is six dots over two character widths: two U+2026 characters, ……
        (GB/T 15834-2011 §4.11).  Three full stops, three periods, the midline ⋯ or a single … are
        other characters that look similar.  Four U+2026 (…………, a whole paragraph left out) are
        allowed.

    Example:
        要抓学习、抓落实、抓督查...

    Use instead:
        要抓学习、抓落实、抓督查……

    Fix safety:
        Safe: the marks are replaced by ……

    Source:
        GB/T 15834-2011 §4.11; lint-md use-standard-ellipsis; textlint zh-no-en-ellipsis.
    """

    code = "SP406"
    name = "ellipsis-form"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P408"

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for region in ctx.regions:
            for match in ELLIPSIS.finditer(text, region.start, region.end):
                found = match.group()
                if set(found) == {"…"} and len(found) % 2 == 0:
                    continue
                start, end = match.start(), match.end()
                if not (HAN_NEAR.match(text, start - 1) if start else False) and not HAN_NEAR.match(text, end):
                    continue
                fix = Fix.safe("Replace with ……", Edit(start, end, "……"))
                yield Finding(start, end, f"Ellipsis written as {found!r}, not ……", fix)
