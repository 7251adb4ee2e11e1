"""SP203 arabic-marker-delimiter."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Section
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers, marker_noun

WRONG = "、，,：:；; "


class ArabicMarkerDelimiter(Rule):
    """Arabic-numeral heading marker followed by 、 ， ： or a space instead of a full stop.

    Why is this bad?
        "不带括号的阿拉伯数字、拉丁字母或罗马数字做序次语时，后面用下脚点" (GB/T 15834-2011 B.3.3):
        the third level is 1. 2. 3., never 1、 (the 顿号 belongs to Chinese numerals).  A chapter numbered 1, 2…
        over sections numbered in decimals (1 总体要求 / 1.1 指导思想) takes a space after its number, as chapters
        do (B.3.6): that is not reported.

    Example:
        1、加强学习

        2、推动落实

    Use instead:
        1.加强学习

        2.推动落实

    Fix safety:
        Safe: the delimiter is replaced by ``.``.

    Source:
        GB/T 15834-2011 Appendix B.3.3; GB/T 9704-2012 §7.3.3 (“1.”).
    """

    code = "SP203"
    name = "arabic-marker-delimiter"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H103"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parts in division_markers(ctx, frozenset({"arabic"})):
            delim = parts.delim
            if delim == " " and _chapter_of_decimals(parts.marker.node):
                continue  # (1 总体要求 over 1.1 …: a chapter's number, a space after it, B.3.6)
            if delim and delim in WRONG:
                fix = Fix.safe("Replace with .", Edit(parts.delim_at, parts.delim_at + len(delim), "."))
                what = "a space" if delim == " " else repr(delim)
                yield Finding(parts.marker.start, parts.marker.end,
                              f"{marker_noun(parts.marker)} {parts.num} is followed by {what}, not a full stop", fix)


def _chapter_of_decimals(node: object) -> bool:
    """Whether ``node``, a section, holds sections numbered in decimals (1 总体要求 / 1.1 指导思想)."""
    return isinstance(node, Section) and any(
        isinstance(child, Section) and child.family == "decimal" for child in node.children)
