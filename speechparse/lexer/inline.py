"""Enumerations inside a paragraph: …重点抓好三件事：一是……；二是……；三是…….

Items count only as a series (1, 2, … with the same kind of marker) and only where a marker
opens the paragraph or follows punctuation, so 统一是 or 第一要务 never start one.
"""

from __future__ import annotations

import re
from typing import Any

from .headings import match_marker

#: Where an inline marker may start: the paragraph start, or after punctuation.
MARKER_START = re.compile(
    r"(?:^|(?<=[：:；;。，,！!？?]))\s*(?=[一二三四五六七八九十第（(①-⑳⑴-⒇0-9]|首先|其次|再次|最后)"
)
INLINE_KINDS = frozenset({"ITEM_VERB", "ITEM_ORD", "ITEM_SEQ", "HEAD_ARP", "HEAD_CIRC", "HEAD_AR", "HEAD_CNP"})


def find_items(text: str, patterns: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """The inline enumeration of ``text``: items ``{start, end, marker, number, family}``."""
    candidates: list[dict[str, Any]] = []
    for match in MARKER_START.finditer(text):
        start = match.end()
        found = match_marker(text[start:start + 12], patterns)
        if not found or found[0] not in INLINE_KINDS:
            continue
        kind, facts = found
        series = facts["series"] or (kind,)
        candidates.append({"start": start, "kind": kind, "series": series, **facts})
    items: list[dict[str, Any]] = []
    by_series: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for candidate in candidates:
        run = by_series.setdefault(candidate["series"], [])
        number = candidate["number"]
        if candidate["sequence_word"] == "最后" and run:
            number = candidate["number"] = run[-1]["number"] + 1
        if number == 1:
            if len(run) >= 2:
                items.extend(run)
            run.clear()
            run.append(candidate)
        elif run and number == run[-1]["number"] + 1:
            run.append(candidate)
    for run in by_series.values():
        if len(run) >= 2:
            items.extend(run)
    items.sort(key=lambda item: item["start"])
    for index, item in enumerate(items):
        item["end"] = items[index + 1]["start"] if index + 1 < len(items) else len(text)
    return [
        {key: item[key] for key in ("start", "end", "marker", "number", "family")}
        for item in items
    ]
