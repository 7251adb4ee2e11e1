"""The BCP 47 tag of a document's script: zh-Hant when traditional characters outnumber simplified ones."""

from __future__ import annotations

from ..ast import Document

#: Frequent characters whose simplified and traditional forms differ, pairwise.
_SIMPLIFIED = "们这个会为国发经与实说对将区党义时后还务开关进过现"
_TRADITIONAL = "們這個會為國發經與實說對將區黨義時後還務開關進過現"
#: Language names for TEI's ``langUsage``.
NAMES = {"zh-Hans": "现代汉语（简体）", "zh-Hant": "現代漢語（繁體）"}


def language_tag(doc: Document) -> str:
    """``zh-Hant`` for a document mostly in traditional characters, else ``zh-Hans``."""
    from .text import render

    text = render(doc)
    traditional = sum(map(text.count, _TRADITIONAL))
    simplified = sum(map(text.count, _SIMPLIFIED))
    return "zh-Hant" if traditional > simplified else "zh-Hans"
