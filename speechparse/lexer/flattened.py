"""Flattened text (paragraphs run together by a crawler): cut where a division marker follows a
sentence end, and split a title, date and speaker glued to the start of the text."""

from __future__ import annotations

import re

from .. import recache
from .front import is_name
from .units import FRONT, SENTENCE_END, Unit

#: A flattened block this long with no separators is split before division markers.
FLATTENED_SPLIT_MIN = 1500
#: How far into the text a glued date line is looked for.
GLUED_FRONT_REACH = 150
#: Where a paragraph may have ended in flattened text: after a sentence, or after a photo's credit
#: (…新华社记者 鞠鹏/摄一、…), which ends its caption.
SENTENCE_BREAK = recache.compile(r"(?:(?<=[。！？!?])|(?<=/摄)|(?<=\s摄))\s*(?=\S)")
OPENING_BRACKET = recache.compile(r"[（(]")
#: The reference mark between a 求是 excerpt's title and its author: 标题※习近平.
BYLINE_MARK = "※"


def split_flattened(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """In flattened text, a division marker after a sentence end starts a new paragraph."""
    result: list[Unit] = []
    starts = [patterns[name] for name in ("HEAD_CN", "HEAD_CNP", "HEAD_PART")]
    for unit in units:
        if "flattened" not in unit.block.hints or len(unit.text) < FLATTENED_SPLIT_MIN:
            result.append(unit)
            continue
        cuts = []
        for match in SENTENCE_BREAK.finditer(unit.text):
            for pattern in starts:
                marker = pattern.match(unit.text, match.end())
                if marker and (marker.group("delim") or "") not in ("", " ", "，", ","):
                    cuts.append(match.end())
                    break
        start = 0
        for cut in cuts:
            result.append(Unit.of(unit.block.slice(start, cut).strip_end()))
            start = cut
        result.append(Unit.of(unit.block.slice(start, len(unit.text))) if start else unit)
    return result


def split_glued_front(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """``在…上的讲话（2018年2月12日）习近平党的十八大以后……``: title, date, speaker, body; and the
    byline of a 求是 excerpt, ``标题※习近平　　…`` (also on a line of its own): title, speaker, body."""
    if not units:
        return units
    first = units[0]
    parts = _starred_byline(first.core)
    if parts is None and "flattened" in first.block.hints:
        parts = _dated_front(first.core, patterns)
    if parts is None:
        return units
    offset = len(first.prefix)
    pieces = []
    for start, stop, kind in parts:
        piece = Unit.of(first.block.slice(offset + start, offset + stop).strip_end())
        if kind != "PARA":
            piece.kind, piece.zone = kind, FRONT
        if kind == "SPEAKER":
            piece.info.update(role=None, name=piece.compact.lstrip(BYLINE_MARK))
        pieces.append(piece)
    return pieces + units[1:]


def _dated_front(core: str, patterns: dict[str, re.Pattern[str]]) -> list[tuple[int, int, str]] | None:
    """The parts of ``title（date）name body…`` at the start of flattened text, or None."""
    for match in OPENING_BRACKET.finditer(core, 0, GLUED_FRONT_REACH):
        date = patterns["DATE_LINE"].match(core, match.start())
        if not date or core[date.end() - 1] not in ")）" or match.start() < 4:
            continue
        if any(char in core[: match.start()] for char in SENTENCE_END + "，"):
            return None
        parts = [(0, match.start(), "TITLE"), (match.start(), date.end(), "DATE_LINE")]
        rest = core[date.end():]
        name_length = _name_length(rest)
        if name_length:
            parts.append((date.end(), date.end() + name_length, "SPEAKER"))
        return _with_body(parts, core)
    return None


def _starred_byline(core: str) -> list[tuple[int, int, str]] | None:
    """The parts of ``title※name body…`` (the byline of a 求是 excerpt), or None."""
    star = core.find(BYLINE_MARK, 4, GLUED_FRONT_REACH)
    if star < 0 or any(char in core[:star] for char in SENTENCE_END + "，"):
        return None
    name_start = star + 1
    while core[name_start: name_start + 1].isspace():
        name_start += 1
    name_length = _name_length(core[name_start:])
    if not name_length:
        return None
    return _with_body([(0, star, "TITLE"), (star, name_start + name_length, "SPEAKER")], core)


def _name_length(text: str) -> int:
    """The length of the personal name ``text`` starts with (3 or 2 characters; all of a short text), or 0."""
    if len(text) <= 4 and is_name(text):
        return len(text)
    return next((n for n in (3, 2) if is_name(text[:n])), 0)


def _with_body(parts: list[tuple[int, int, str]], core: str) -> list[tuple[int, int, str]]:
    """``parts`` and, after them, the rest of ``core`` as a paragraph."""
    end = parts[-1][1]
    return [*parts, (end, len(core), "PARA")] if end < len(core) else parts
