"""SP105 doc-number-form."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...ast import Note
from ...grammar import patterns
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: Spaces inside a document number (冀人社发〔2022〕11 号).
SPACE = recache.compile(r"\s+")


class DocNumberForm(Rule):
    """Document number (发文字号) not in the form 机关代字〔年份〕序号号.

    Why is this bad?
        "年份、发文顺序号用阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，
        不编虚位（即1不编为01），在阿拉伯数字后加“号”字" (GB/T 9704-2012 §7.2.5).  Square brackets,
        round brackets, 【】 or the small-form ﹝﹞ a font gives around the year, a 第 before the number, or
        zeros padding it are the usual slips, and so is a space inside it (11 号).  On in every profile (the catalogue lists it
        for ``gongwen``): only a 公文 has a document number, so a speech never triggers it.

    Example:
        国办发[2023]第05号

        某某市人民政府办公室关于做好防汛工作的通知

    Use instead:
        国办发〔2023〕5号

        某某市人民政府办公室关于做好防汛工作的通知

    Fix safety:
        Safe: the brackets are replaced, 第, the padding zeros and the spaces are deleted; nothing else changes.

    Source:
        GB/T 9704-2012 §7.2.5 (发文字号); rule catalogue F606.
    """

    code = "SP105"
    name = "doc-number-form"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "F606"

    def check(self, ctx: Context) -> Iterator[Finding]:
        pattern = patterns()["DOC_NUMBER"]
        for node in ctx.doc.front:
            if not (isinstance(node, Note) and node.kind == "reference"):
                continue
            match = pattern.search(ctx.text, node.span.start, node.span.end)
            if match is None:
                continue
            opened, closed = match.start("open"), match.start("close")
            if match.group("open") != "〔" or match.group("close") != "〕":
                fix = Fix.safe("Use 〔〕", Edit(opened, opened + 1, "〔"), Edit(closed, closed + 1, "〕"))
                yield Finding(opened, closed + 1,
                              f"Year in {match.group('open')}{match.group('close')} instead of 〔〕", fix)
            serial, at = match.group("serial"), match.start("serial")
            digits = serial.lstrip("第 \u3000")
            cut = at + len(serial) - len(digits) if serial.startswith("第") else at
            if cut > at:
                yield Finding(at, cut, "第 before the serial number", Fix.safe("Delete 第", Edit(at, cut, "")))
            for space in SPACE.finditer(ctx.text, match.start(), match.end("mark")):  # (not those before 签发人)
                if not at <= space.start() < cut:  # (the spaces after 第 go with it)
                    yield Finding(space.start(), space.end(), "Space inside the document number",
                                  Fix.safe("Delete the space", Edit(space.start(), space.end(), "")))
            padding = len(digits) - len(digits.lstrip("0０"))
            if padding and padding < len(digits):
                start = at + len(serial) - len(digits)
                yield Finding(start, start + padding, "Serial number padded with zeros",
                              Fix.safe("Delete the padding", Edit(start, start + padding, "")))
