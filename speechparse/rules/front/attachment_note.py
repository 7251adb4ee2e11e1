"""SP106 attachment-note."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...ast import Note
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: 附件: with an ASCII colon.
ASCII_COLON = recache.compile(r"附\s*件\s*(?P<colon>:)")
#: An attachment's number and delimiter: 1. 1、 1．
NUMBER = recache.compile(r"(?:附\s*件\s*[:：]\s*)?[0-9０-９]{1,2}\s*(?P<delim>[.．、])")
#: Punctuation an attachment name does not end with.
TRAILING = "。，、；：.,;:"


class AttachmentNote(Rule):
    """Attachment list (附件说明) not in the form 附件：1.名称.

    Why is this bad?
        "如有附件，在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称。如有多个附件，使用阿拉伯
        数字标注附件顺序号（如“附件：1.XXXXX”）；附件名称后不加标点符号" (GB/T 9704-2012 §7.3.4).
        An ASCII colon, a 顿号 or full-width dot after the number, or a name ending in punctuation are
        the usual slips.  On in every profile (the catalogue lists it for ``gongwen``): only a 公文
        has an attachment list.

    Example:
        各区县人民政府：

        现就有关事项通知如下。

        附件:1、防汛工作责任人名单。

        某某市人民政府办公室

        2023年5月6日

    Use instead:
        各区县人民政府：

        现就有关事项通知如下。

        附件：1.防汛工作责任人名单

        某某市人民政府办公室

        2023年5月6日

    Fix safety:
        Safe: the colon and the number's delimiter are replaced and the final mark deleted;
        nothing else changes.

    Source:
        GB/T 9704-2012 §7.3.4 (附件说明); rule catalogue F605.
    """

    code = "SP106"
    name = "attachment-note"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "F605"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for node in ctx.doc.back:
            if not (isinstance(node, Note) and node.kind == "attachments"):
                continue
            start, end = node.span.start, node.span.end
            colon = ASCII_COLON.match(ctx.text, start, end)
            if colon:
                at = colon.start("colon")
                yield Finding(at, at + 1, "附件 followed by an ASCII colon", Fix.safe("Use ：", Edit(at, at + 1, "：")))
            number = NUMBER.match(ctx.text, start, end)
            if number and number.group("delim") != ".":
                at = number.start("delim")
                yield Finding(at, at + 1, f"Attachment number followed by {number.group('delim')!r} instead of .",
                              Fix.safe("Use .", Edit(at, at + 1, ".")))
            last = end - 1
            while last > start and ctx.text[last].isspace():
                last -= 1
            if ctx.text[last] in TRAILING and not ctx.text[start:last].rstrip().endswith(("附件", "附 件")):
                yield Finding(last, last + 1, f"Attachment name ends with {ctx.text[last]!r}",
                              Fix.safe("Delete the mark", Edit(last, last + 1, "")))
