"""SP408 broken-paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...readers.text import ZERO_WIDTH
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import CJK_PUNCT, HAN, Context

CJK = re.compile(f"[{HAN}{CJK_PUNCT}]")


class BrokenParagraph(Rule):
    """Paragraph broken across a page end: it stops mid-sentence and goes on after a line break.

    Why is this bad?
        Text copied from a PDF or a printed page keeps the page's line breaks: a paragraph ends
        without 。 and the next "paragraph" continues the sentence (党中央 / 对意识形态工作…).  Readers,
        search engines and counts see two paragraphs where there is one.

    Example:
        党的十八大以来，以习近平同志为核心的党中央

        对意识形态工作高度重视。

    Use instead:
        党的十八大以来，以习近平同志为核心的党中央对意识形态工作高度重视。

    Fix safety:
        Safe: the line break (and the blank lines and indent around it) is deleted; between two
        Latin letters or digits a space is kept.

    Source:
        Editing convention (GB/T 9704-2012 §7.3.3: a paragraph is one unit, "回行顶格"); the
        parser's page-break repair.
    """

    code = "SP408"
    name = "broken-paragraph"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = ""

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for join in ctx.doc.joins:
            start, end = join.span.start, join.span.end
            while start > 0 and (text[start - 1].isspace() or text[start - 1] in ZERO_WIDTH):
                start -= 1
            while end < len(text) and (text[end].isspace() or text[end] in ZERO_WIDTH):
                end += 1
            if start == 0 or end == len(text):
                continue
            glue = "" if CJK.match(text[start - 1]) or CJK.match(text[end]) else " "
            fix = Fix.safe("Join the two parts", Edit(start, end, glue))
            yield Finding(start - 1, end + 1, f"Paragraph broken after …{join.before[-6:]}, goes on with "
                          f"{join.after[:6]}…", fix)
