"""SP103 subtitle-dash."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...ast import Subtitle
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

DASH = recache.compile(r"[—–－―\-─]+")


class SubtitleDash(Rule):
    """Subtitle opens with a dash other than the double em dash ——.

    Why is this bad?
        A speech subtitle (——在全市教育工作会议上的讲话) opens with a 破折号, which is two em dashes
        (——, U+2014 twice) taking two character widths.  A single dash, hyphens, full-width
        hyphen-minus or box-drawing lines are different characters that only look alike.

    Example:
        坚持立德树人 办好人民满意的教育

        --在全市教育工作会议上的讲话

    Use instead:
        坚持立德树人 办好人民满意的教育

        ——在全市教育工作会议上的讲话

    Fix safety:
        Safe: the dash characters are replaced, nothing else.

    Source:
        GB/T 15834-2011 §4.10 (破折号 form); speech title convention.
    """

    code = "SP103"
    name = "subtitle-dash"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "F607"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for node in ctx.doc.front:
            if not isinstance(node, Subtitle):
                continue
            match = DASH.match(ctx.text, node.span.start)
            if match and match.group() != "——":
                fix = Fix.safe("Replace with ——", Edit(match.start(), match.end(), "——"))
                yield Finding(match.start(), match.end(), f"Subtitle opens with {match.group()!r} instead of ——", fix)
