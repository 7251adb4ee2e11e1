"""Enumerations inside a paragraph: …重点抓好三件事：一是……；二是……；三是…….

Items count only as a series (1, 2, … with the same kind of marker) and only where a marker
opens the paragraph or follows punctuation, so 统一是 or 第一要务 never start one.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any, Final

from .. import recache
from .headings import DIVISIONS, demote, follows_sequence, match_marker
from .units import BODY, Unit

#: Where an inline marker may start: the paragraph start, or after punctuation, followed by
#: something that can begin a marker (the marker patterns then decide).
_MARKER_AHEAD: Final = (
    r"(?=[一二三四五六七八九十][\u4e00-\u9fff]|第[一二三四五六七八九十]|[（(][0-9一二三四五六七八九十]"
    r"|[①-⑳⑴-⒇]|[0-9]{1,2}[.．、]|首先|其次|再次|最后)"
)
#: After punctuation, the characters a marker can start with (or a space): most punctuation is
#: followed by none of them, and this one look ahead spares the alternatives.
_MARKER_NEXT: Final = r"(?=[\s一二三四五六七八九十第（(①-⑳⑴-⒇0-9首其再最])"
MARKER_START: Final = recache.compile(r"[：:；;。，,！!？?]" + _MARKER_NEXT + r"\s*" + _MARKER_AHEAD)  # found from the punctuation: fast
FIRST_MARKER: Final = recache.compile(r"\s*" + _MARKER_AHEAD)
#: Where a second item can start: after punctuation, a marker numbered 2 (see KINDS_BY_FIRST).
SECOND_ITEM: Final = recache.compile(
    r"[：:；;。，,！!？?](?=[\s二两第其（(02②⑵])\s*(?:[二两]|[第其]二|[（(]\s?(?:[0０]?[2２]|[二两])|0?2[.．、]|[②⑵]|其次)")
#: The marker kinds an inline item can have, by the character it starts with.
KINDS_BY_FIRST: Final = {
    **dict.fromkeys("一二三四五六七八九十", ("ITEM_VERB",)),
    "第": ("ITEM_ORD",),
    **dict.fromkeys("（(", ("HEAD_ARP", "HEAD_CNP")),
    **dict.fromkeys([chr(c) for c in range(0x2460, 0x2474)], ("HEAD_CIRC",)),
    **dict.fromkeys([chr(c) for c in range(0x2474, 0x2488)], ("HEAD_ARP",)),
    **dict.fromkeys("0123456789", ("HEAD_AR",)),
    **dict.fromkeys("首其再最", ("ITEM_SEQ",)),
}


def may_hold_series(text: str) -> bool:
    """Whether ``text`` has a second item's marker after punctuation (…；二是, …，第二, （2）, ②,
    其次): every series counts 1, 2, …, so text without one holds none.  A quick test before the
    marker scan; the ``in`` tests sieve most text out before the pattern runs."""
    return (
        "二" in text or "2" in text or "两" in text or "２" in text or "②" in text or "⑵" in text
        or "其次" in text
    ) and SECOND_ITEM.search(text) is not None


def find_items(text: str, patterns: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """The inline enumeration of ``text``: items ``{start, end, marker, number, family}``."""
    return scan_items(text, patterns) if may_hold_series(text) else []


def scan_items(text: str, patterns: dict[str, re.Pattern[str]]) -> list[dict[str, Any]]:
    """:func:`find_items` without the quick test: every marker after punctuation is tried."""
    first = FIRST_MARKER.match(text)
    starts = [first.end()] if first else []
    starts.extend(match.end() for match in MARKER_START.finditer(text))
    if len(starts) < 2:
        return []  # a series needs two items
    candidates: list[dict[str, Any]] = []
    for start in starts:
        found = match_marker(text[start:start + 12], patterns, KINDS_BY_FIRST[text[start]])
        if not found:
            continue
        kind, facts = found  # a fresh dict: the candidate
        facts["start"] = start
        facts["series"] = facts["series"] or (kind,)
        candidates.append(facts)
    items: list[dict[str, Any]] = []
    by_series: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for candidate in candidates:
        run = by_series.setdefault(candidate["series"], [])
        number = candidate["number"]
        if run and follows_sequence(candidate["sequence_word"], number, run[-1]["number"]):
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
    if not items:
        return []
    items.sort(key=itemgetter("start"))
    ends = [*map(itemgetter("start"), items[1:]), len(text)]  # an item ends where the next starts
    return [{"start": item["start"], "end": end, "marker": item["marker"], "number": item["number"],
             "family": item["family"]} for item, end in zip(items, ends, strict=True)]


#: Items, at least, of a list a numbered paragraph runs on inside it, and what ends its first item.
INLINE_LIST_MIN: Final = 3
CLAUSE_ENDS: Final = frozenset("；;")


def demote_inline_lists(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> None:
    """A numbered heading paragraph that runs its list on inside it (1.合理确定脱贫目标；2.加大投入支持力度；3.…。): its
    items ``INLINE_LIST_MIN`` or more, 1, 2, 3… with one kind of marker, the first ending as a clause (；), is a paragraph
    holding an inline enumeration (ANNOTATION.md rule 4), no heading."""
    for unit in units:
        if unit.kind not in DIVISIONS or unit.zone != BODY or unit.info.get("number") != 1 or not (
                "；" in unit.core or ";" in unit.core):  # (the quick tests: nearly every heading fails them)
            continue
        items = find_items(unit.core, patterns)
        if (len(items) >= INLINE_LIST_MIN and items[0]["start"] == 0
                and [item["number"] for item in items] == list(range(1, len(items) + 1))
                and unit.core[items[1]["start"] - 1] in CLAUSE_ENDS):
            demote(unit)
