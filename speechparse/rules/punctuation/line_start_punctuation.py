"""SP412 line-start-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Finding, Rule, Severity
from ..context import Context

#: Marks that may not start a line: the 点号 and the closing half of the paired marks (GB/T 15834-2011 §5.1).
NOT_AT_LINE_START = frozenset("，。、；：？！,;:?!”’）》】〕〉」』")
#: The running text that a paragraph of the source opens.
PARAGRAPHS = frozenset({"Paragraph", "Conclusion", "Closing"})


class LineStartPunctuation(Rule):
    """A paragraph that starts with a mark no line may start with: ，。、；：？！ or a closing ” ） 》 】.

    Why is this bad?
        "句号、逗号、顿号、分号、冒号…问号、叹号…不出现在一行之首"; the closing half of 引号, 括号, 书名号
        does not start a line either (GB/T 15834-2011 §5.1.1–5.1.3).  At the start of a paragraph such a
        mark is left over from the paragraph before it (a copy broke the sentence after its last word),
        or typed by mistake.

    Example:
        要坚持稳中求进

        ，推动高质量发展。

    Use instead:
        要坚持稳中求进，推动高质量发展。

        A doubled mark drawn as an arrow (》》点击进入专题) is not reported.

    Fix safety:
        No fix: the mark may belong to the paragraph above or be a slip, which only the writer knows.

    Source:
        GB/T 15834-2011 §5.1.1–5.1.3 (W3C translation of part 5); rule catalogue P412.
    """

    code = "SP412"
    name = "line-start-punctuation"
    severity = Severity.ERROR
    catalogue = "P412"

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for region in ctx.regions:
            if region.kind not in PARAGRAPHS:
                continue
            start, _ = ctx.without_markup(region.start, region.end)
            if (text[start] in NOT_AT_LINE_START and text[start + 1: start + 2] != text[start]  # (》》: an arrow)
                    and not text[text.rfind("\n", 0, start) + 1: start].strip()):
                yield Finding(start, start + 1, f"Paragraph starts with {text[start]}")
