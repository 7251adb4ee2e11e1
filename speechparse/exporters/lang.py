"""The BCP 47 tag of a document's script: zh-Hant when traditional characters outnumber simplified ones."""

from __future__ import annotations

from collections.abc import Iterable

from .. import recache
from ..ast import Document

#: Frequent characters whose simplified and traditional forms differ, pairwise.
_SIMPLIFIED = "们这个会为国发经与实说对将区党义时后还务开关进过现"
TRADITIONAL = "們這個會為國發經與實說對將區黨義時後還務開關進過現"
#: One pass over the sample finds them (the characters of each string are distinct).
_SIMPLIFIED_CHARS = recache.compile(f"[{_SIMPLIFIED}]")
_TRADITIONAL_CHARS = recache.compile(f"[{TRADITIONAL}]")
#: The tag of a text without traditional characters.
SIMPLIFIED_TAG = "zh-Hans"
#: Language names for TEI's ``langUsage``.
NAMES = {SIMPLIFIED_TAG: "现代汉语（简体）", "zh-Hant": "現代漢語（繁體）"}


#: Characters read to decide (a document does not change script halfway).
SAMPLE = 20_000


def language_tag(doc: Document) -> str:
    """``zh-Hant`` for a document mostly in traditional characters, else ``zh-Hans`` (judged on
    its first ``SAMPLE`` characters)."""
    from .text import lines

    return script_tag(sample(lines(doc)))


def sample(lines: Iterable[str]) -> str:
    """The first lines joined, up to the one that brings them to ``SAMPLE`` characters."""
    pieces, length = [], 0
    for line in lines:
        pieces.append(line)
        length += len(line)
        if length >= SAMPLE:
            break
    return "".join(pieces)


def script_tag(text: str) -> str:
    """``zh-Hant`` when traditional characters outnumber simplified ones in ``text``, else ``zh-Hans``."""
    if not any(char in text for char in TRADITIONAL):  # most documents: nothing to count (str.find is twice as
        # quick over CJK text as a pattern's character class)
        return SIMPLIFIED_TAG
    traditional = len(_TRADITIONAL_CHARS.findall(text))
    simplified = len(_SIMPLIFIED_CHARS.findall(text))
    return "zh-Hant" if traditional > simplified else SIMPLIFIED_TAG
