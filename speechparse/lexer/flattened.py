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
SENTENCE_BREAK = recache.compile(r"(?<=[。！？!?])\s*(?=\S)")
OPENING_BRACKET = recache.compile(r"[（(]")


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
    """``在…上的讲话（2018年2月12日）习近平党的十八大以后……``: title, date, speaker, body."""
    if not units or "flattened" not in units[0].block.hints:
        return units
    first = units[0]
    core = first.core
    for match in OPENING_BRACKET.finditer(core, 0, GLUED_FRONT_REACH):
        date = patterns["DATE_LINE"].match(core, match.start())
        if not date or core[date.end() - 1] not in ")）" or match.start() < 4:
            continue
        if any(char in core[: match.start()] for char in SENTENCE_END + "，"):
            return units
        parts = [(0, match.start(), "TITLE"), (match.start(), date.end(), "DATE_LINE")]
        rest = core[date.end():]
        name_length = next((n for n in (3, 2) if is_name(rest[:n])), 0)
        if len(rest) <= 4 and is_name(rest):
            name_length = len(rest)
        if name_length:
            parts.append((date.end(), date.end() + name_length, "SPEAKER"))
        end = parts[-1][1]
        if end < len(core):
            parts.append((end, len(core), "PARA"))
        offset = len(first.prefix)
        pieces = []
        for start, stop, kind in parts:
            piece = Unit.of(first.block.slice(offset + start, offset + stop).strip_end())
            if kind != "PARA":
                piece.kind, piece.zone = kind, FRONT
            if kind == "SPEAKER":
                piece.info.update(role=None, name=piece.compact)
            pieces.append(piece)
        return pieces + units[1:]
    return units
