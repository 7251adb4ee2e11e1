"""Page-break repair: a body paragraph that stops mid-sentence continues in the next one.

Never across a heading or the front matter, into or out of a table cell, or where the next
paragraph visibly starts one (after a ``　　`` separator in flattened text)."""

from __future__ import annotations

from .units import BODY, Unit, concat

#: Units that a broken paragraph may be continued into (the rest of a run-in heading included).
JOINABLE = frozenset({"PARA", "CONCLUSION"})
CONTEXT = 6


def join_broken_paragraphs(units: list[Unit]) -> tuple[list[Unit], list[tuple[Unit, int]]]:
    """Units with broken paragraphs joined, and each join as ``(joined unit, text offset of the break)``."""
    result: list[Unit] = []
    breaks: dict[int, list[int]] = {}  # index in result → offsets of the breaks inside it
    for unit in units:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.kind in JOINABLE
            and unit.kind == previous.kind
            and previous.zone == unit.zone
            and unit.zone in (BODY, "back")
            and not previous.ends_paragraph()
            and not previous.info.get("list_marker")
            and not unit.info.get("list_marker")
            and "table" not in previous.block.hints
            and not {"table", "separated"} & unit.block.hints
        ):
            merged = Unit.of(concat([previous.block, unit.block]), kind=previous.kind, zone=previous.zone)
            merged.info.update(previous.info)
            breaks.setdefault(len(result) - 1, []).append(len(previous.text))
            result[-1] = merged
            continue
        result.append(unit)
    joins = [(result[index], offset) for index, offsets in breaks.items() for offset in offsets]
    return result, joins
