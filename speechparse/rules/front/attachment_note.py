"""SP106 attachment-note."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Note
from ...grammar import patterns
from ...lexer.back import ATTACHMENT_ITEM
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

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
        header = patterns()["ATTACHMENT"]
        for node in (*(node for node, _ in ctx.blocks), *ctx.doc.back):  # in the body when annexes follow
            if not (isinstance(node, Note) and node.kind == "attachments"):
                continue
            start, end = node.span.start, node.span.end
            name = start  # where the attachment's number and name start: the line, or after 附件：
            heading = header.match(ctx.text, start, end)
            if heading:
                if heading.group("delim") == ":":
                    at = heading.start("delim")
                    yield Finding(at, at + 1, "附件 followed by an ASCII colon", Fix.safe("Use ：", Edit(at, at + 1, "：")))
                if heading.group("first") is None:
                    continue  # the names are on the lines below
                name = heading.start("first")
            item = ATTACHMENT_ITEM.match(ctx.text, name, end)
            if item and item.group("delim") != ".":
                at = item.start("delim")
                yield Finding(at, at + 1, f"Attachment number followed by {item.group('delim')!r} instead of .",
                              Fix.safe("Use .", Edit(at, at + 1, ".")))
            last = len(ctx.text[name:end].rstrip()) + name - 1
            if last >= name and ctx.text[last] in TRAILING:
                yield Finding(last, last + 1, f"Attachment name ends with {ctx.text[last]!r}",
                              Fix.safe("Delete the mark", Edit(last, last + 1, "")))
