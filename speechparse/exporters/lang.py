"""The BCP 47 tag of a document's script: zh-Hant when traditional characters outnumber simplified ones."""

from __future__ import annotations

import re

from ..ast import Document

#: Frequent characters whose simplified and traditional forms differ, pairwise.
_SIMPLIFIED = "们这个会为国发经与实说对将区党义时后还务开关进过现"
_TRADITIONAL = "們這個會為國發經與實說對將區黨義時後還務開關進過現"
#: One pass over the sample finds them (the characters of each string are distinct).
_SIMPLIFIED_CHARS = re.compile(f"[{_SIMPLIFIED}]")
_TRADITIONAL_CHARS = re.compile(f"[{_TRADITIONAL}]")
#: Language names for TEI's ``langUsage``.
NAMES = {"zh-Hans": "现代汉语（简体）", "zh-Hant": "現代漢語（繁體）"}


#: Characters read to decide (a document does not change script halfway).
SAMPLE = 20_000


def language_tag(doc: Document) -> str:
    """``zh-Hant`` for a document mostly in traditional characters, else ``zh-Hans`` (judged on
    its first ``SAMPLE`` characters)."""
    from .text import lines

    pieces, length = [], 0
    for line in lines(doc):
        pieces.append(line)
        length += len(line)
        if length >= SAMPLE:
            break
    text = "".join(pieces)
    traditional = len(_TRADITIONAL_CHARS.findall(text))
    if not traditional:  # most documents: no need to count the simplified ones
        return "zh-Hans"
    simplified = len(_SIMPLIFIED_CHARS.findall(text))
    return "zh-Hant" if traditional > simplified else "zh-Hans"
