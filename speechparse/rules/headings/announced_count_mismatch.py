"""SP214 announced-count-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...ast import Paragraph, Section
from ...lexer.units import SENTENCE_END_CHAR
from ...numerals import chinese_number
from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..siblings import containers, series_key

ANNOUNCE = recache.compile(
    r"(?:讲|谈|提|强调|说|明确|突出|把握|抓好|做好|落实)(?:以下|这么|这样)?"
    r"(?P<count>[两二三四五六七八九十])(?:点|个方面|个问题)(?:意见|看法|要求|建议|体会|认识)?"
)


#: Who else spoke, in the sentence before an announcement: another speaker's points reported (刚才，王书记强调三点意见).
REPORTER = recache.compile(r"刚才|刚刚|[他她]|书记|主任|[市县区省部局]长|同志(?!们)")


def _reported(text: str, at: int) -> bool:
    """Whether the announcement at ``at`` reports another speaker's points: his name, office or 刚才 before it in its
    sentence, and no 我 (刚才，王书记强调三点意见，讲得很好 — not 下面，我讲三点意见)."""
    start = 0
    for end in SENTENCE_END_CHAR.finditer(text, 0, at):  # (the sentence the announcement is in starts after the last)
        start = end.end()
    before = text[start:at]
    return "我" not in before and REPORTER.search(before) is not None


def _answered_before(paragraph: Paragraph, end: int, between: list[object]) -> bool:
    """Whether the points announced before ``end`` in ``paragraph`` are given before the headings after it: inline in
    the paragraph itself (…把握以下四点要求：一是…四是…), or another announcement comes between (今年重点做好六个方面的工作。)."""
    return any(item.start >= end for item in paragraph.items) or any(
        isinstance(node, Paragraph) and ANNOUNCE.search(node.text) for node in between)


class AnnouncedCountMismatch(Rule):
    """A paragraph announces a number of points that the headings after it do not have.

    Why is this bad?
        A speech that says 我讲三点意见 and then gives 一、 二、 三、 四、 (or only two) was
        edited after the preview sentence was written; listeners count the points.  Another speaker's points,
        reported (刚才，王书记强调三点意见，讲得很好), announce nothing of this speech's; nor do points given inline
        after the announcement (把握以下四点要求：一是…四是…), or announced again nearer the headings.

    Example:
        下面，我讲三点意见。

        一、提高认识

        二、突出重点

    Use instead:
        下面，我讲两点意见。

        一、提高认识

        二、突出重点

    Fix safety:
        No fix: either the count or the headings are wrong.

    Source:
        Speech-editing heuristic (preview counts such as 三个方面, 几点意见); no standard clause.
    """

    code = "SP214"
    name = "announced-count-mismatch"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE
    catalogue = "S209"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for _, children in containers(ctx):
            for index, child in enumerate(children):
                if not isinstance(child, Paragraph):
                    continue
                matches = list(ANNOUNCE.finditer(child.text))
                following = [node for node in children[index + 1:] if isinstance(node, Section)]
                if len(matches) != 1 or not following or following[0].family == "plain" or _answered_before(
                        child, matches[0].end(), children[index + 1:children.index(following[0])]):
                    continue
                key = series_key(following[0])
                count = sum(1 for node in following if series_key(node) == key)
                if _reported(child.text, matches[0].start()):
                    continue
                announced = chinese_number(matches[0].group("count"))
                if announced != count:
                    raw = ctx.text[child.span.start:child.span.end]
                    at = raw.find(matches[0].group())
                    start = child.span.start + max(at, 0)
                    yield Finding(start, start + len(matches[0].group()),
                                  f"Announces {announced} points, but {count} headings "
                                  f"({following[0].marker.strip()}…) follow")
