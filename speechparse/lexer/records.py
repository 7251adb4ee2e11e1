"""A government site's disclosure record (政府信息公开: 索引号, 发布机构, 文号, 公开方式…) above or below the
document it describes.  Its field lines are site chrome by their form (``lexicon.DISCLOSURE_LINE``); the values
that stand on lines of their own are chrome by their place: under a field alone with its colon
(``• 发文字号:`` / ``镇政发〔2024〕7号``), or under the header row of the record's table (``索引号 文号 发布机构 …``
/ ``N001-2011-000627 宛政〔2011〕7号`` / ``南阳市人民政府办公室 2011-03-04``).  A record's table copied a cell a
line gives its labels alone, each over its value or right over the next label where the value is empty
(``索取号`` / ``3589258689/2025-00165`` / ``载体类型`` / ``发布机构`` / …)."""

from __future__ import annotations

from typing import Final

from ..lexicon import (
    DISCLOSURE_AWAITS_VALUE,
    DISCLOSURE_FIELD_LINE,
    DISCLOSURE_FIRST,
    DISCLOSURE_LABEL_LONGEST,
    DISCLOSURE_LABEL_SET,
    is_chrome,
)
from .units import SENTENCE_END_CHAR, Unit

#: The longest value line (a number, a name, a date), and the most rows of values under a table's header row.
VALUE_MAX: Final = 60
VALUE_ROWS_MAX: Final = 4
#: The fewest labels of a record copied a cell a line (a word such as 标题 or 来源 alone on its line is no record).
CELL_LABELS_MIN: Final = 3
#: The labels only a disclosure record has (名称, 文号, 发布日期 head other tables too).
RECORD_ONLY_LABELS: Final = frozenset({"索引号", "索取号", "主题分类", "组配分类", "信息分类", "体裁分类", "载体类型", "记录形式",
                                "公开类别", "公开方式", "公开范围", "公开时限", "发布机构", "发文机构", "成文日期", "有效性", "时效性"})
#: How many times its letters a label may be long with the spaces between them (索  引  号).
CELL_LABEL_SPACED: Final = 3


def awaits_value(unit: Unit) -> bool:
    """Whether ``unit`` is a record's line whose value stands below it (a field alone with its colon, or the
    header row of the record's table); the quick tests first (most lines fail them)."""
    core = unit.core
    return (core[:1] in DISCLOSURE_FIRST and (core[-1:] in "：:" or " " in core)
            and DISCLOSURE_AWAITS_VALUE.fullmatch(core) is not None)


def mark_values(units: list[Unit], index: int) -> int:
    """Mark as chrome notes the value lines under ``units[index]``, a record's line that awaits its value
    (see :func:`awaits_value`); how many were marked.  Values are short lines that end no sentence (one
    under a field, a few rows under a table's header row), and they count only where the record goes on
    after them (县政府网站 / • 发文字号:) or they end the document: a line of text right under the record's
    last field (• 内容概述: / the document's title) is no value."""
    rows = 1 if units[index].core[-1:] in "：:" else VALUE_ROWS_MAX
    stop = index + 1
    while stop < min(index + 1 + rows, len(units)) and units[stop].kind == "PARA" and value_line(units[stop]):
        stop += 1
    if stop == index + 1 or (stop < len(units) and not (is_chrome(units[stop].core) or awaits_value(units[stop]))):
        return 0
    for unit in units[index + 1: stop]:
        unit.kind = "NOTE"
        unit.info["note"] = "chrome"
    return stop - index - 1


def value_line(unit: Unit) -> bool:
    """A short line that ends no sentence and is no chrome of its own (the next field)."""
    core = unit.core
    return 0 < unit.compact_length <= VALUE_MAX and SENTENCE_END_CHAR.search(core) is None and not is_chrome(core)


def find_records(units: list[Unit]) -> None:
    """Mark as chrome notes the records the lines of ``units`` hold: a table copied a cell a line (see
    :func:`_cell_records`) and fields one to a line with their values (see :func:`_field_records`)."""
    candidates = [index for index, unit in enumerate(units) if unit.core[:1] in DISCLOSURE_FIRST]  # (most lines fail)
    if candidates:
        _cell_records(units, candidates)
        _field_records(units, candidates)


def _cell_records(units: list[Unit], candidates: list[int]) -> None:
    """Mark as chrome notes a record's table copied a cell a line: ``CELL_LABELS_MIN`` labels or more alone on their
    lines, each followed by at most one value line before the next (an empty value leaves none), one of them a label
    only such a record has (索取号, 载体类型: an annex's table of 名称 / 文号 / 发布日期 is the text's).  A line under the
    last label is no value: the record's end is not told from the document's first line (its 发文字号).
    ``candidates``: the indexes of the lines that open with a label's first character."""
    longest = CELL_LABEL_SPACED * DISCLOSURE_LABEL_LONGEST
    labels = [index for index in candidates if len(units[index].core) <= longest and _cell_label(units[index])]
    runs: list[list[int]] = []
    for index in labels:
        if runs and (index - runs[-1][-1] == 1 or (index - runs[-1][-1] == 2 and value_line(units[index - 1]))):
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        if len(run) >= CELL_LABELS_MIN and any(units[index].compact in RECORD_ONLY_LABELS for index in run):
            for unit in units[run[0]: run[-1] + 1]:
                unit.kind = "NOTE"
                unit.info["note"] = "chrome"


def _field_records(units: list[Unit], candidates: list[int]) -> None:
    """Mark as chrome notes a record's fields one to a line, each with its value (索引号:000014688/2014-00079 /
    发文机关:国务院 / 发文字号:国函〔2014〕86号): two lines or more in a row, one of them a label only such a record has.
    ``candidates``: the indexes of the lines that open with a label's first character."""
    fields = [(index, field) for index in candidates
              if ("：" in units[index].core or ":" in units[index].core) and units[index].kind == "PARA"
              and (field := DISCLOSURE_FIELD_LINE.fullmatch(units[index].core))]
    start = 0
    while start < len(fields):
        stop = start + 1
        while stop < len(fields) and fields[stop][0] == fields[stop - 1][0] + 1:
            stop += 1
        run = fields[start:stop]
        if len(run) >= 2 and any(field.group("label").replace(" ", "") in RECORD_ONLY_LABELS for _, field in run):
            for index, _ in run:
                units[index].kind = "NOTE"
                units[index].info["note"] = "chrome"
        start = stop


def _cell_label(unit: Unit) -> bool:
    """Whether ``unit`` (no longer than a spaced label) is a record's label and nothing else (索  引  号)."""
    core = unit.core
    return unit.kind == "PARA" and core[:1] in DISCLOSURE_FIRST and core.replace(" ", "") in DISCLOSURE_LABEL_SET
