"""SP101 missing-title."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Note
from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from .title_trailing_punctuation import title_span


class MissingTitle(Rule):
    """Document has no title.

    Why is this bad?
        A speech or official document opens with its title (GB/T 9704-2012 §7.3.1: 标题, centred,
        above the body).  A text without one cannot be filed, cited or found, and a title lost
        when a draft was pasted is a common editing slip.

    Example:
        同志们：

        今天我们召开全区工作会议。

    Use instead:
        在全区工作会议上的讲话

        同志们：

        今天我们召开全区工作会议。

    Fix safety:
        No fix: the title has to be written by a person.

    Source:
        GB/T 9704-2012 §7.3.1 (标题); speech-writing convention (title, date line, speaker,
        salutation).
    """

    code = "SP101"
    name = "missing-title"
    severity = Severity.WARNING
    profiles = (("gongwen", Severity.ERROR),)
    fix_availability = FixAvailability.NONE
    catalogue = "F601"

    def check(self, ctx: Context) -> Iterator[Finding]:
        doc = ctx.doc
        if title_span(ctx) is not None or ctx.parse_failed:
            return
        first = next((node for node in (*doc.front, *doc.body, *doc.back) if not isinstance(node, Note)), None)
        if first is None:
            return
        start = first.span.start
        end = ctx.text.find("\n", start)
        yield Finding(start, end if 0 <= end <= first.span.end else first.span.end,
                      "Document has no title before its first line")
