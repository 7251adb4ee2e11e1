"""Styled characters → normalised paragraph text, source anchors and emphasis hints.

The rich readers (docx, html) collect a paragraph as characters, each with its source offset and
whether it is bold, and hard line breaks (``<br>``, Word's ``w:br``) as ``LINE_BREAK``.  This module
normalises them the way the text reader normalises a line: zero-width characters go, leading and
trailing whitespace goes, a run of whitespace becomes one space (a source line break between two
CJK characters disappears, as when text is joined), and each hard line becomes its own paragraph.
"""

from __future__ import annotations

from dataclasses import field

from .. import recache
from ..codecache import dataclass
from .base import RawBlock

#: How a reader marks a hard line break inside a paragraph.
LINE_BREAK = "\v"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
#: Whitespace that a browser or Word shows as space (source line breaks and tabs excluded).
RENDERED_SPACE = "\u3000\u00a0"
CJK = recache.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\U00020000-\U0003ffff]")
#: A bold lead sentence ends with one of these (the run-in heading's final punctuation).
LEAD_END = "。！？!?；;"
LEAD_MAX = 80


@dataclass(slots=True)
class Chars:
    """Characters of one paragraph with their source offsets and boldness."""

    text: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)

    def add(self, text: str, offset: int, bold: bool = False, *, one_to_one: bool = True) -> None:
        """Append ``text`` found at ``offset``; ``one_to_one=False`` maps it all to ``offset``
        (an entity such as ``&nbsp;`` is one character written with several)."""
        for index, char in enumerate(text):
            self.text.append(char)
            self.offsets.append(offset + index if one_to_one else offset)
            self.bold.append(bold)

    def visible(self) -> bool:
        return any(not char.isspace() and char not in ZERO_WIDTH for char in self.text)

    def lines(self) -> list[Chars]:
        """The hard lines of the paragraph."""
        result = [Chars()]
        for char, offset, bold in zip(self.text, self.offsets, self.bold, strict=True):
            if char == LINE_BREAK:
                result.append(Chars())
            else:
                result[-1].text.append(char)
                result[-1].offsets.append(offset)
                result[-1].bold.append(bold)
        return result


def normalise(line: Chars, *, split_indents: bool = False) -> list[Chars]:
    """One hard line normalised; with ``split_indents``, a run of two or more rendered spaces
    (``　　``, ``&nbsp;&nbsp;``) after some text starts a new paragraph, as an indent does."""
    pieces = [Chars()]
    text = line.text
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char in ZERO_WIDTH:
            index += 1
            continue
        if not char.isspace():
            current = pieces[-1]
            current.text.append(char)
            current.offsets.append(line.offsets[index])
            current.bold.append(line.bold[index])
            index += 1
            continue
        end = index
        while end < length and (text[end].isspace() or text[end] in ZERO_WIDTH):
            end += 1
        current = pieces[-1]
        following = next((c for c in text[end:] if c not in ZERO_WIDTH), "")
        if current.text and following:
            run = text[index:end]
            rendered = sum(c in RENDERED_SPACE for c in run)
            if split_indents and rendered >= 2 and len(current.text) >= 2:
                pieces.append(Chars())
            elif not ("\n" in run and rendered == 0 and CJK.match(current.text[-1]) and CJK.match(following)):
                current.text.append(" ")
                current.offsets.append(line.offsets[index])
                current.bold.append(line.bold[index])
        index = end
    return [piece for piece in pieces if piece.text]


def paragraphs(chars: Chars, *, split_indents: bool = False) -> list[Chars]:
    """The normalised paragraphs of collected characters (hard lines split)."""
    return [piece for line in chars.lines() for piece in normalise(line, split_indents=split_indents)]


def block(piece: Chars, hints: frozenset[str]) -> RawBlock:
    """A RawBlock of a normalised piece: one anchor wherever source offsets stop being consecutive."""
    anchors: list[tuple[int, int]] = []
    previous = None
    for index, offset in enumerate(piece.offsets):
        if previous is None or offset != previous + 1:
            anchors.append((index, offset))
        previous = offset
    return RawBlock("".join(piece.text), tuple(anchors), hints | emphasis(piece))


def emphasis(piece: Chars) -> frozenset[str]:
    """``bold`` when every visible character is bold; ``bold-lead`` when the paragraph opens
    with a bold sentence (ending in 。！？； inside or right after the bold part) and goes on."""
    text, bold = piece.text, piece.bold
    visible = [index for index, char in enumerate(text) if not char.isspace()]
    if not visible:
        return frozenset()
    if all(bold[index] for index in visible):
        return frozenset({"bold"})
    first_plain = next(index for index in visible if not bold[index])
    lead = "".join(text[:first_plain]).rstrip()
    if len(lead) < 2:
        return frozenset()
    if lead[-1] in LEAD_END:
        end = len(lead)
    elif text[first_plain] in LEAD_END:
        end = first_plain + 1
    else:
        return frozenset()
    if end > LEAD_MAX or not "".join(text[end:]).strip():
        return frozenset()
    return frozenset({"bold-lead"})
