"""Enumerators of speech text (一是 一要 第一 其一 首先), found where they can start an item.

An enumerator counts only at the start of a paragraph or heading, or right after punctuation
(，。；：！？), so 统一是, 第一书记 and 三要素 never count; nor do ordinals listed with 、 (第一、第二批试点, 第三、四批:
attributes of a noun, GB/T 15834-2011 §4.5.3; the second one the next number).  Events are grouped by scope (the body,
or the children of one section), in document order: a run-in heading (一要…。) is an event of
its parent's scope, and so is a paragraph under it that opens with an enumerator.
"""

from __future__ import annotations

import re

from .. import recache
from ..ast import Paragraph, Section
from ..codecache import dataclass
from ..numerals import SEQUENCE_WORDS, chinese_number
from .context import Context

CN = "一二三四五六七八九十"
WORD = (
    rf"(?:第(?P<ordinal>[{CN}]{{1,2}})(?=[，,、：:]|是)"
    rf"|其(?P<qi>[{CN}])(?=[，,、：:])"
    r"|(?P<seq>首先|其次|再次|最后)(?=[，,、：:]|是|要)"
    rf"|(?P<verb_num>[{CN}]{{1,2}})(?P<verb>是(?![非否])|要(?![素求点件务害闻])))"
)
START = recache.compile(r"(?:^|(?<=[：:；;。，,！!？?]))\s*" + WORD)
AT_MARKER = recache.compile(WORD)
#: The ordinal after an ordinal and its 、 (第一、第二批; 第三、四批): both ordinals of one noun, when it is the next one.
LISTED_ORDINAL = recache.compile(rf"、第?(?P<next>[{CN}]{{1,2}})")


@dataclass(frozen=True, slots=True)
class Event:
    """One enumerator: the word's source range, its series, its number, what follows it."""

    start: int
    end: int
    word: str
    series: str  #: verb:是, verb:要, ordinal, qi, sequence
    number: int
    after: str  #: the character right after the word ("" at the end of the text)


def _event(match: re.Match[str], offset: int, text: str) -> Event | None:
    groups = match.groupdict()
    if groups["ordinal"]:
        series, number = "ordinal", chinese_number(groups["ordinal"])
    elif groups["qi"]:
        series, number = "qi", chinese_number(groups["qi"])
    elif groups["seq"]:
        series, number = "sequence", SEQUENCE_WORDS.get(groups["seq"], 0)
    else:
        series, number = f"verb:{groups['verb']}", chinese_number(groups["verb_num"])
    if number is None or (series == "ordinal" and _listed(text, match.end(), number)):
        return None
    word_start = match.start("ordinal") - 1 if groups["ordinal"] else (
        match.start("qi") - 1 if groups["qi"] else match.start("seq") if groups["seq"] else match.start("verb_num"))
    end = match.end()
    return Event(offset + word_start, offset + end, text[word_start:end], series, number, text[end:end + 1])


def _listed(text: str, end: int, number: int) -> bool:
    """Whether the ordinal ending at ``end`` and numbered ``number`` is listed with the next one before a noun (第一、第二批
    试点, 第三、四批, 第一、二产业), not an enumerator (第二、一定要…: 一 is no third)."""
    listed = LISTED_ORDINAL.match(text, end)
    return listed is not None and chinese_number(listed.group("next")) == number + 1


def events(ctx: Context) -> list[list[Event]]:
    """Enumerator events of every scope, in document order."""
    cached = ctx.memo.get("enumeration-events")
    if cached is None:
        cached = []
        _collect(ctx, ctx.doc.body, None, cached)
        ctx.memo["enumeration-events"] = cached
    return cached  # type: ignore[return-value]


def _collect(ctx: Context, children: tuple, initial: list[Event] | None, scopes: list[list[Event]]) -> None:
    """Events of one container.  A paragraph that opens with an enumerator inside a run-in
    section (一要…, then a paragraph 三要… that the parser left as text) counts in the run-in
    section's own series, ``initial``."""
    own: list[Event] = []
    scopes.append(own)
    for child in children:
        if isinstance(child, Section):
            if child.run_in:
                event = _section_event(ctx, child)
                if event is not None:
                    own.append(event)
                _collect(ctx, child.children, own, scopes)
            else:
                _collect(ctx, child.children, None, scopes)
        elif isinstance(child, Paragraph):
            text = ctx.text[child.span.start:child.span.end]
            lead = len(text) - len(text.lstrip())
            for match in START.finditer(text):
                event = _event(match, child.span.start, text)
                if event is None:
                    continue
                target = initial if initial is not None and event.start == child.span.start + lead else own
                target.append(event)


def _section_event(ctx: Context, section: Section) -> Event | None:
    marker = ctx.section_marker(section)
    if marker is None:
        return None
    text = ctx.text[marker.start:section.heading_span.end]
    match = AT_MARKER.match(text)
    return _event(match, marker.start, text) if match else None
