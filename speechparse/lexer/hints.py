"""Layout hints from rich readers (docx, html) as heading candidates, before the text rules run.

Text markers come first: a paragraph that starts with a marker (一、 （一） 1. 一要 …) is left to
the marker rules, whatever its layout.  For the others:

* a stand-alone heading: a short line without sentence punctuation, followed by more text, that
  is set as a heading (``heading``/``title`` style, ``<h1>``–``<h6>``), all bold, or centered and
  large → ``HEAD_PLAIN`` (the front-matter scan still takes title, date and speaker lines first);
* a run-in heading: a paragraph that opens with a bold lead sentence (``bold-lead``) →
  ``ITEM_LEAD`` (family ``lead``), ranked with the run-in enumerators; its heading is the lead
  sentence and the rest of the paragraph its first paragraph.

Headings found from layout rank with the division markers (by first appearance), not above them
as unnumbered heading lines found from text do.

Table cells, salutations, closings, date lines and names are never made headings.
"""

from __future__ import annotations

import re
from typing import Final

from .. import recache
from ..lexicon import HAN, VOCATIVE, is_chrome
from ..readers.base import BOILERPLATE, SEPARATED, SET_OFF
from .front import is_name
from .headings import PLAIN_HEADING_MIN, SHORT_PART_TITLES, mark_plain_heading, match_marker
from .units import Unit

#: Hints that make a short line a heading candidate: a heading's style, or bold (a word or two in bold, less: see
#: ``_stand_alone``).
STYLE_HINTS: Final = frozenset({"heading", "title"})
#: Hints of the text's layout only, which say nothing here.
LAYOUT_HINTS: Final = frozenset({"flattened", SEPARATED, "quote", SET_OFF})
PLAIN_HEADING_MAX: Final = 40
NOT_IN_HEADING: Final = recache.compile(r"[。；;！!？?：:]")
#: An editor's label in brackets on a line of its own (【核心提示】 【编者按】 【导读】): it introduces a note, titles no part.
EDITORS_LABEL: Final = recache.compile(r"【[^【】]{1,8}】")
#: Token type of a run-in heading without marker.
RUN_IN_KIND: Final = "ITEM_LEAD"
#: What a paragraph led by a dash opens with (——高水平建设现代化经济体系，打造高质量发展高地。…): an item of a list set out
#: with dashes, the goals of a report, never a heading, in bold or not (a subtitle's dashes are the front matter's).
DASH_LEADS: Final = ("——", "──", "－－")


def apply_hints(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """Mark heading candidates that only the layout shows; returns ``units``."""
    for index, unit in enumerate(units):
        hints = unit.block.hints
        if unit.kind != "PARA" or hints <= LAYOUT_HINTS or "table" in hints or BOILERPLATE in hints or not unit.core:
            continue
        if match_marker(unit.core, patterns) or _not_a_heading(unit, patterns):
            continue
        if "bold-lead" in hints:
            unit.kind = RUN_IN_KIND
            unit.info.update(family="lead", marker="", number=None, end=0)
        elif _stand_alone(unit, hints) and _followed_by_text(units, index, patterns):
            mark_plain_heading(unit, styled=True)
    return units


def _stand_alone(unit: Unit, hints: frozenset[str]) -> bool:
    """A short line set out as a heading; one set in bold only (a web page's <strong>) of a word or two (促进 / 法治: a
    badge's cells) only where it names a part (结论, 附件), as a line with no layout would."""
    compact = unit.compact
    styled = bool(hints & STYLE_HINTS or {"center", "large"} <= hints)
    return (
        (styled or ("bold" in hints and (len(compact) >= PLAIN_HEADING_MIN or compact in SHORT_PART_TITLES)))
        and len(compact) <= PLAIN_HEADING_MAX
        and not NOT_IN_HEADING.search(compact)
        and bool(HAN.search(compact))
    )


def _followed_by_text(units: list[Unit], index: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """A heading titles what follows it: not the last paragraph, nor one before a closing formula."""
    following = units[index + 1] if index + 1 < len(units) else None
    return following is not None and not patterns["CLOSING"].fullmatch(following.core)


def _not_a_heading(unit: Unit, patterns: dict[str, re.Pattern[str]]) -> bool:
    core = unit.core
    return bool(
        VOCATIVE.match(core)
        or patterns["SALUTATION"].fullmatch(core)
        or patterns["CLOSING"].fullmatch(core)
        or patterns["DATE_LINE"].fullmatch(core)
        or is_chrome(core)
        or is_name(unit.compact)
        or EDITORS_LABEL.fullmatch(unit.compact) is not None
        or core.startswith(DASH_LEADS)
    )
