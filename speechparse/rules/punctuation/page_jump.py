"""SP409 page-jump."""

from __future__ import annotations

from collections.abc import Iterator

from ...lexicon import PAGE_JUMP
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context


class PageJump(Rule):
    """A newspaper's jump line left inside a paragraph: …行动指南。（下转第四版）（紧接第一版）我们坚持….

    Why is this bad?
        A report or speech reprinted in a newspaper goes on on another page, and the page says so
        (（下转第四版） at the end of one page's part, （紧接第一版） or （上接第一版） at the start of
        the next).  A copy that joins the parts keeps these lines in the middle of the text: they
        belong to the page's layout, not to the text, and search and reading stumble on them.  On a
        line of its own the parser keeps such a line as a page note (SP005); inside a paragraph it
        stays in the paragraph's text, and this rule finds it.

    Example:
        我们提供了行动指南。（下转第四版）（紧接第一版）我们坚持人民至上。

    Use instead:
        我们提供了行动指南。我们坚持人民至上。

    Fix safety:
        Unsafe: the jump lines and the spaces after them are deleted, which changes the text; check
        that the two parts of the paragraph meet where the page broke it.

    Source:
        Editing convention for reprints: a jump line (转版标识) is the page's layout, as a page number
        is (GB/T 9704-2012 §7.5 keeps page numbers out of the text's lines).
    """

    code = "SP409"
    name = "page-jump"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, ctx: Context) -> Iterator[Finding]:
        for region in ctx.regions:
            if "版" not in ctx.text[region.start:region.end]:
                continue
            end = region.start
            for match in PAGE_JUMP.finditer(ctx.text, region.start, region.end):
                if match.start() < end:
                    continue  # (a run of jump lines is one finding)
                end = match.end()
                while (after := PAGE_JUMP.match(ctx.text, _after_spaces(ctx.text, end, region.end), region.end)):
                    end = after.end()
                delete = _after_spaces(ctx.text, end, region.end)
                fix = Fix.unsafe("Delete the jump line", Edit(match.start(), delete, ""))
                yield Finding(match.start(), end, f"Newspaper jump line in the text: {ctx.text[match.start():end]}", fix)


def _after_spaces(text: str, start: int, stop: int) -> int:
    """The first offset at or after ``start`` (before ``stop``) that is not a space."""
    while start < stop and text[start].isspace():
        start += 1
    return start
