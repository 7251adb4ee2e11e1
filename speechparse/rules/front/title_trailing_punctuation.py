"""SP104 title-trailing-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Title
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

FORBIDDEN = "。，、；：.,;:"


class TitleTrailingPunctuation(Rule):
    """Title ends with a full stop, comma, semicolon or colon.

    Why is this bad?
        "文章标题的末尾通常不用标点符号，但有时根据需要可用问号、叹号或省略号" (GB/T 15834-2011 B.4).
        A title ending in 。 or ： was usually copied from running text.

    Example:
        在全区工作会议上的讲话。

    Use instead:
        在全区工作会议上的讲话

    Fix safety:
        Safe: only the final mark is deleted.

    Source:
        GB/T 15834-2011 Appendix B.4; 国家行政机关公文处理办法 §10 (no punctuation in titles).
    """

    code = "SP104"
    name = "title-trailing-punctuation"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P414"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for node in ctx.doc.front:
            if not isinstance(node, Title):
                continue
            raw = ctx.text[node.span.start:node.span.end].rstrip()
            if raw and raw[-1] in FORBIDDEN:
                at = node.span.start + len(raw) - 1
                fix = Fix.safe("Delete the mark", Edit(at, at + 1, ""))
                yield Finding(at, at + 1, f"Title ends with {raw[-1]!r}", fix)
