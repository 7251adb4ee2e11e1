"""SP201 cn-marker-delimiter."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Section
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers, marker_noun

SAFE_DELIMITERS = ".．，,：:;； "


class CnMarkerDelimiter(Rule):
    """Chinese-numeral heading marker not followed by the enumeration comma 、.

    Why is this bad?
        "不带括号的汉字数字或‘天干地支’做序次语时，后用顿号" (GB/T 15834-2011 B.3.2): the first
        level of a speech or official document is 一、 二、 三、.  一. 一． 一， 一： or a bare 一
        followed by a space are common slips (a Western full stop, a comma typed by habit).  A
        numeral standing alone on its line (a centred section number in older texts) is not flagged.

    Example:
        一．总体要求

        二．重点工作

    Use instead:
        一、总体要求

        二、重点工作

    Fix safety:
        Safe when a wrong delimiter or a space is replaced by 、.  Unsafe when 、 has to be
        added after a bare numeral.

    Source:
        GB/T 15834-2011 Appendix B.3.2; GB/T 9704-2012 §7.3.3 (“一、”).
    """

    code = "SP201"
    name = "cn-marker-delimiter"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H101"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parts in division_markers(ctx, frozenset({"cn"})):
            delim = parts.delim
            if delim == "、":
                continue
            marker = parts.marker
            headless = isinstance(marker.node, Section) and not marker.node.heading
            if delim and delim in SAFE_DELIMITERS:
                fix = Fix.safe("Replace with 、", Edit(parts.delim_at, parts.delim_at + len(delim), "、"))
                what = "a space" if delim == " " else repr(delim)
                yield Finding(marker.start, marker.end, f"{marker_noun(marker)} {parts.num} is followed by {what}, not 、",
                              fix)
            elif not delim and not headless and ctx.text[marker.end:marker.end + 1] in (" ", "\u3000"):
                fix = Fix.safe("Replace the space with 、", Edit(marker.end, marker.end + 1, "、"))
                yield Finding(marker.start, marker.end + 1, f"{marker_noun(marker)} {parts.num} is followed by a space, not 、",
                              fix)
            elif not delim and not headless:
                fix = Fix.unsafe("Add 、", Edit(marker.end, marker.end, "、"))
                yield Finding(marker.start, marker.end, f"{marker_noun(marker)} {parts.num} has no 、 after it", fix)
