"""SP508 digit-space."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: Spaces between a number and a Chinese character next to it: 2018 年, 第 3 季度, 增长 11.9%.
DIGIT_SPACE = recache.compile(r"(?<=[0-9%％])[ \u00a0]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u00a0]+(?=[0-9])")
#: A paragraph set out with a space between its characters (a PDF's letter-spaced text) has its spaces everywhere:
#: not this rule's; the share of its characters that are spaces at which it is taken for one.
LETTER_SPACED_SHARE = 0.3


class DigitSpace(Rule):
    """A space between a number and the Chinese text next to it: 2018 年, 第 3 季度.

    Why is this bad?
        Chinese official text sets Arabic numerals inside the line with no space around them: GB/T 9704-2012
        writes 2012年7月1日 and 国办发〔2012〕10号, and GB/T 15835-2011's examples run numbers into the text
        (2008年8月8日, 第3季度).  The spaces that some English-style "pangu" tools insert, or that a copy from
        a PDF leaves, break searching and line layout.  Letter-spaced text (a space between every
        character) is left alone.

    Example:
        2018 年全市经济增长 6.5%，第 3 季度好于预期。

    Use instead:
        2018年全市经济增长6.5%，第3季度好于预期。

    Fix safety:
        Safe: the spaces are deleted.

    Source:
        GB/T 9704-2012 (its forms and examples); GB/T 15835-2011 (examples); rule catalogue N510 (zhlint
        skipZhUnits; the inverse of sparanoid's and autocorrect's space-word).
    """

    code = "SP508"
    name = "digit-space"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "N510"

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for region in ctx.regions:
            if text.count(" ", region.start, region.end) > LETTER_SPACED_SHARE * (region.end - region.start):
                continue
            for match in DIGIT_SPACE.finditer(text, region.start, region.end):
                start, end = match.start(), match.end()
                if ctx.in_marker(start):
                    continue  # (1.1 指导思想: the space after a section's number is its delimiter)
                yield Finding(start, end, "Space between a number and Chinese text",
                              Fix.safe("Delete the space", Edit(start, end, "")))
