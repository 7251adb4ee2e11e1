"""SP213 sibling-form-inconsistent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ... import recache
from ...lexicon import SCANNED_ONE
from ...numerals import ENCLOSED
from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..siblings import sibling_series

NUMERAL = recache.compile(rf"[一二三四五六七八九十百〇零两]+|[0-9]+|[０-９]+|[①-⑳⑴-⒇㈠-㈩]|(?<=[（(])[{SCANNED_ONE}]")


def form(marker: str) -> str:
    """The marker with its number replaced: （一）、 → （N）、, 1． → N．, ⑵ → E."""
    return NUMERAL.sub(lambda m: "E" if m.group() in ENCLOSED else "N", marker.strip())


class SiblingFormInconsistent(Rule):
    """Headings of one level written in different forms: 1. next to 1、, （一） next to (一).

    Why is this bad?
        "同一场合出现的数字…两数字在上下文中所处的层级相同（比如文章目录中同级标题的编号），应选用相同的
        形式" (GB/T 15835-2011 §4.3).  Mixed forms show that sections were pasted from different
        drafts.  The headings that differ from the majority are flagged.

    Example:
        1.加强学习

        2、推动落实

        3.强化保障

    Use instead:
        1.加强学习

        2.推动落实

        3.强化保障

    Fix safety:
        No fix here; the marker-form rules (SP201–SP207) fix each wrong form.

    Source:
        GB/T 15835-2011 §4.3 (同类别同形式); ychouse.cq.cn ("应保持序号格式的一致性").
    """

    code = "SP213"
    name = "sibling-form-inconsistent"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE
    catalogue = "S206"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for series in sibling_series(ctx):
            if len(series) < 2:
                continue
            forms = [form(section.marker) for section in series]
            counts = Counter(forms)
            if len(counts) < 2:
                continue
            majority, _ = max(counts.items(), key=lambda item: (item[1], -forms.index(item[0])))
            example = series[forms.index(majority)].marker.strip()
            for section, shape in zip(series, forms, strict=True):
                if shape != majority:
                    span = section.heading_span
                    yield Finding(span.start, span.start + len(section.prefix) + len(section.marker),
                                  f"Heading marker {section.marker.strip()} differs in form from its siblings "
                                  f"({example})")
