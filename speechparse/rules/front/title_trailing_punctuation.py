"""SP104 title-trailing-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import DateLine, Note, Salutation, Speaker, Subtitle, Title
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

FORBIDDEN = "。，、；：.,;:"
#: A first line this short, followed by a date, speaker, subtitle or salutation, is the title even
#: when the parser set it aside for its final 。.
TITLE_MAX = 50


def title_span(ctx: Context) -> tuple[int, int] | None:
    """The title's source range: the Title node, or a short first line the parser kept as a note."""
    front = ctx.doc.front
    for node in front:
        if isinstance(node, Title):
            return node.span.start, node.span.end
    if len(front) >= 2 and isinstance(front[0], Note) and isinstance(front[1], Subtitle | DateLine | Speaker | Salutation):
        text = front[0].text.strip()
        if 2 <= len(text) <= TITLE_MAX and text[-1] in FORBIDDEN and not any(c in text[:-1] for c in "，。；"):
            return front[0].span.start, front[0].span.end
    return None


class TitleTrailingPunctuation(Rule):
    """Title ends with a full stop, comma, semicolon or colon.

    Why is this bad?
        "文章标题的末尾通常不用标点符号，但有时根据需要可用问号、叹号或省略号" (GB/T 15834-2011 B.4).
        A title ending in 。 or ： was usually copied from running text.

    Example:
        在全区工作会议上的讲话。

        （2018年9月20日）

    Use instead:
        在全区工作会议上的讲话

        （2018年9月20日）

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
        span = title_span(ctx)
        if span is not None:
            raw = ctx.text[span[0]:span[1]].rstrip()
            at = span[0] + len(raw) - 1
            if raw and raw[-1] in FORBIDDEN:
                fix = Fix.safe("Delete the mark", Edit(at, at + 1, ""))
                yield Finding(at, at + 1, f"Title ends with {raw[-1]!r}", fix)
