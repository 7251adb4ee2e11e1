"""SP410 nested-same-mark."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..pairs import units

#: Each nesting pair: the outer marks, and the marks a pair inside them takes (引号: “‘’”, 书名号: 《〈〉》).
NESTING = {"“": ("”", "‘", "’"), "《": ("》", "〈", "〉")}
#: The marks the scan follows: openers and closers of both levels.
MARKS = recache.compile("[“”‘’《》〈〉]")
OPENERS = {"“": "”", "‘": "’", "《": "》", "〈": "〉"}
CLOSERS = {closer: opener for opener, closer in OPENERS.items()}


class NestedSameMark(Rule):
    """Quotation marks or title marks nested in marks of their own shape: “…“…”…”, 《…《…》…》.

    Why is this bad?
        "引号里面还要用引号时，外面一层用双引号，里面一层用单引号" (GB/T 15834-2011 §4.8.3.4), and a
        title inside a title takes 〈〉 inside 《》 (§4.15.3.5).  Marks of one shape inside each other
        make the reader (and any program) pair them wrongly.  Only a pair wholly inside another of its
        shape, in one paragraph, is reported: a quotation over several paragraphs leaves its marks open.

    Example:
        他说：“我们要牢记“两个务必”。”

    Use instead:
        他说：“我们要牢记‘两个务必’。”

    Fix safety:
        Safe: the inner pair's two marks are replaced by ‘’ (or 〈〉); nothing else changes.

    Source:
        GB/T 15834-2011 §4.8.3.4 (引号), §4.15.3.5 (书名号); rule catalogue P405.
    """

    code = "SP410"
    name = "nested-same-mark"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P405"

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for start, end in units(ctx):
            for opened, closed in _nested(text, start, end):
                outer = text[opened]
                _, inner_open, inner_close = NESTING[outer]
                fix = Fix.safe(f"Use {inner_open}{inner_close}", Edit(opened, opened + 1, inner_open),
                               Edit(closed, closed + 1, inner_close))
                yield Finding(opened, closed + 1, f"{outer}{OPENERS[outer]} inside {outer}{OPENERS[outer]}", fix)


def _nested(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(opener, closer)`` offsets of the pairs of “” or 《》 directly inside a pair of their own shape within
    ``text[start:end]``, where every mark there pairs up (else none: SP403 and SP404 report the rest)."""
    stack: list[int] = []
    found: list[tuple[int, int]] = []
    for match in MARKS.finditer(text, start, end):
        at, mark = match.start(), match.group()
        if mark in OPENERS:
            stack.append(at)
            continue
        if not stack or text[stack[-1]] != CLOSERS[mark]:
            return []  # (a mark closing nothing, or the wrong one: not this rule's)
        opened = stack.pop()
        if stack and text[stack[-1]] == text[opened] in NESTING:
            found.append((opened, at))
    return [] if stack else found  # (a mark left open: a quotation going on in the next paragraph)
