"""Page furniture of printed and PDF copies that only repetition shows: a running head (the title or
a chapter's name printed at the top of every page) copied into the text once per page, next to the
page number."""

from __future__ import annotations

from collections import defaultdict

from .units import BODY, NOTE_KINDS, SENTENCE_END, Unit

#: Copies of one short line, beside page numbers, from which it is a running head.
RUNNING_HEAD_MIN = 2
#: Characters of a running head, at most.
RUNNING_HEAD_MAX = 30


def find_running_heads(units: list[Unit]) -> None:
    """Mark as ``page`` notes the short body paragraphs, with no sentence in them and not in a
    table, that recur, each copy next to a page number (already a ``page`` note): the running
    heads of a printed copy.  The same short line repeated without page numbers beside it (a
    speaker's name in a collection of speeches) is left as it is."""
    if not any(unit.kind in NOTE_KINDS and unit.info.get("note") == "page" for unit in units):
        return  # no page number: no running head can be told (most documents)
    copies: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(units):
        if (unit.zone == BODY and unit.kind == "PARA" and unit.compact_length <= RUNNING_HEAD_MAX
                and "table" not in unit.block.hints and not any(char in SENTENCE_END for char in unit.core)):
            copies[unit.compact].append(index)
    for indexes in copies.values():
        if len(indexes) >= RUNNING_HEAD_MIN and all(_beside_page_number(units, index) for index in indexes):
            for index in indexes:
                units[index].kind = "NOTE"
                units[index].info["note"] = "page"


def _beside_page_number(units: list[Unit], index: int) -> bool:
    return any(0 <= other < len(units) and units[other].info.get("note") == "page" for other in (index - 1, index + 1))
