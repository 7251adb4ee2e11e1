"""SP107 contents-entry-unmatched."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Note, Section, walk
from ...lexicon import CONTENTS_HEADING, CONTENTS_LEADER, CONTENTS_PAGE_NUMBER
from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context


class ContentsEntryUnmatched(Rule):
    """Table of contents entry that names no line of the text.

    Why is this bad?
        A table of contents repeats the headings of the text, each with the page it starts on.  When a
        heading is reworded, moved or removed and the table is not generated again, its entry names a
        heading the reader will not find: the most common slip in a report's front matter.  An entry
        counts as found when a heading (with or without its marker) or a line of the text reads the
        same, spaces aside.

    Example:
        目录

        一、2023年工作回顾……………1

        二、2024年工作安排……………3

        政府工作报告

        各位代表：

        一、2023年工作回顾

        过去一年稳中向好。

        二、2024年主要任务

        今年抓好三件事。

    Use instead:
        目录

        一、2023年工作回顾……………1

        二、2024年主要任务……………3

        政府工作报告

        各位代表：

        一、2023年工作回顾

        过去一年稳中向好。

        二、2024年主要任务

        今年抓好三件事。

    Fix safety:
        No fix: which of the two, the entry or the heading, is right is for the editor to say.

    Source:
        Editing convention for reports with a table of contents (目录 entries as the headings read);
        GB/T 9704-2012 has none for 公文, which carry no table of contents.
    """

    code = "SP107"
    name = "contents-entry-unmatched"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE

    def check(self, ctx: Context) -> Iterator[Finding]:
        entries = [node for node in ctx.doc.front if isinstance(node, Note) and node.kind == "contents"]
        if not entries:
            return
        lines = _lines_of_the_text(ctx)
        for entry in entries:
            title = _entry_title(entry.text)
            if title is None or _compact(title) in lines:
                continue
            start = entry.span.start
            yield Finding(start, start + len(title), f"Contents entry {title!r} names no heading or line of the text")


def _entry_title(text: str) -> str | None:
    """The title an entry names: its text before the leader and page number; None for the 目录 heading."""
    if CONTENTS_HEADING.fullmatch(text):
        return None
    leader = CONTENTS_LEADER.search(text)
    if leader is not None:
        return text[: leader.start() + 1]
    head, _, page = text.rpartition(" ")  # a Word copy: the title, a tab (now a space), the page number
    return head if head and CONTENTS_PAGE_NUMBER.fullmatch(page) else text


def _lines_of_the_text(ctx: Context) -> set[str]:
    """The compact text of every heading (with and without its marker) and every other line after the front matter."""
    lines: set[str] = set()
    for node, _ in walk((*ctx.doc.body, *ctx.doc.back)):
        if isinstance(node, Section):
            lines.update((_compact(node.marker + node.heading), _compact(node.heading)))
        elif (text := getattr(node, "text", None)) is not None:
            lines.add(_compact(text))
    return lines


def _compact(text: str) -> str:
    return "".join(text.split())
