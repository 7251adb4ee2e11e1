"""What every reader produces: the paragraph stream the parser consumes."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, islice
from typing import Final

from .. import recache
from ..ast import Span
from ..frozen import fast_init

LINE_BREAK: Final = recache.compile(r"\r\n|\r|\n|\u2028|\u2029")


#: Up to this many lines, line starts are kept in a list (bisected faster than an array, bigger in memory).  Not
#: ``Final``, nor ``SPLIT_CHUNK``: the tests vary them, and the compiled module reads a ``Final`` name as a constant.
LIST_LINES = 1 << 16
#: Characters split at a time by :func:`line_feed_ends` (bounds the memory of the pieces).
SPLIT_CHUNK = 1 << 20


def line_feed_ends(text: str) -> Iterator[int]:
    """The offset after every ``\\n`` of ``text``, found by ``str.split`` (much faster than a regex
    scan), a chunk at a time."""
    for base in range(0, len(text), SPLIT_CHUNK):
        lengths = map(len, text[base:base + SPLIT_CHUNK].split("\n")[:-1])
        yield from islice(accumulate(map((1).__add__, lengths), initial=base), 1, None)


def line_segments(text: str) -> Iterator[str]:
    """The text before, between and after the ``\\n`` of ``text`` (its lines without their line
    feed), split by ``str.split``: at once, or a chunk at a time in a huge text; the caller iterates
    over the lists themselves (no generator between it and each line)."""
    if len(text) <= SPLIT_CHUNK:
        return iter(text.split("\n"))
    return chain.from_iterable(_chunk_lines(text))


def _chunk_lines(text: str) -> Iterator[list[str]]:
    """The lines of ``text`` a chunk at a time (the line a chunk leaves unfinished goes on in the next)."""
    carry = ""
    for base in range(0, len(text), SPLIT_CHUNK):
        pieces = text[base:base + SPLIT_CHUNK].split("\n")
        pieces[0] = carry + pieces[0]  # the line the chunk before left unfinished
        carry = pieces.pop()
        yield pieces
    yield [carry]


#: The hint of a block that is an entry (or the heading) of a table of contents, where the reader can tell:
#: Word's toc styles, a Word copy's tab before the page number, a web page's index of links within it.
CONTENTS: Final = "contents"
#: Hint of a block of a whole web page outside its article (menus, the site's header, the links after the
#: article, the footer), as the HTML reader finds the article: kept, as chrome notes.
BOILERPLATE: Final = "boilerplate"
#: Hint of a line set off by more blank lines, before and after, than the text's paragraphs are
#: (a section title of a report printed with wide spacing): no fragment of a broken paragraph.
SET_OFF: Final = "set-off"
#: Hint of the text right after an image in a page (its caption, 活动现场): never a heading.
CAPTION: Final = "caption"
#: Hint of a block of a printed copy wrapped at a width whose last line is full up to the margin (its text may go on
#: on the next line: a heading's rest, see ``lexer.joins.join_wrapped_headings``).
FULL_LINE: Final = "full-line"
#: Hint of a subtitle file's cue number, timing or header line (1 / 00:00:02,680 --> 00:00:05,760 / WEBVTT: SubRip's
#: and WebVTT's): furniture around the captions, whose text is the speech's.
CUE: Final = "cue"
#: Hints of a Markdown setext heading, a line with its underline under it as one block (工作计划 / ========: level 1;
#: 存在的问题 / ----------: level 2; CommonMark §4.3, as pandoc writes headings of levels 1 and 2 by default).
SETEXT_1: Final = "setext-1"
SETEXT_2: Final = "setext-2"
#: Hint of a block that follows an in-line paragraph separator (flattened text's 　　): it visibly starts a paragraph,
#: and the block before it visibly ends one.
SEPARATED: Final = "separated"


def line_breaks(text: str) -> int:
    """How many line breaks ``text`` holds (a ``\\n``, a ``\\r\\n`` or a lone ``\\r`` each one)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def only_line_feeds(text: str) -> bool:
    """Whether every line break of ``text`` is ``\\n`` (no CR, no Unicode line or paragraph separator)."""
    return not ("\r" in text or "\u2028" in text or "\u2029" in text)


class SourceText:
    """The decoded input, with offset → line:column conversion."""

    __slots__ = ("line_starts", "text")

    def __init__(self, text: str, line_starts: Sequence[int] | None = None) -> None:
        """``line_starts``: the offsets where the lines of ``text`` start, if the caller has found them."""
        self.text = text
        if line_starts is None:
            starts = array("q", [0])  # a compact array: one per line of a possibly huge text
            if only_line_feeds(text):
                starts.extend(line_feed_ends(text))
            else:
                starts.extend(m.end() for m in LINE_BREAK.finditer(text))
            line_starts = starts
        if len(line_starts) <= LIST_LINES:  # a list is faster to search; an array is smaller for very many
            line_starts = line_starts.tolist() if isinstance(line_starts, array) else line_starts
        elif not isinstance(line_starts, array):
            line_starts = array("q", line_starts)
        #: Offsets where lines start.
        self.line_starts: Sequence[int] = line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def span(self, start: int, end: int) -> Span:
        """The span from ``start`` to ``end``, with the line and column of both ends."""
        starts = self.line_starts
        line = bisect_right(starts, start)
        # most spans end on the line they start on: its number is then the same int object (a span
        # of a long document holds fewer objects, and an export reads fewer)
        end_line = line if line == len(starts) or end < starts[line] else bisect_right(starts, end)
        return Span(start, end, line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1)


@fast_init
@dataclass(frozen=True, slots=True)
class RawBlock:
    """One paragraph as read: normalised ``text`` and where each part of it came from.

    ``anchors`` maps text offsets to source offsets: ``anchors[i] = (text_offset, source_offset)``
    starts a run of characters copied one to one from the source.  ``hints`` carry layout facts a
    richer reader knows (``center``, ``bold-lead``, ``heading``, ``list:一、``…).
    """

    text: str
    anchors: tuple[tuple[int, int], ...]
    hints: frozenset[str] = frozenset()

    def source_offset(self, offset: int) -> int:
        """The source offset of text offset ``offset`` (end offsets map just past a character)."""
        anchors = self.anchors
        if len(anchors) == 1:  # text copied in one piece: a plain shift
            return anchors[0][1] + min(offset, len(self.text))
        if not anchors:
            return 0
        if offset >= len(self.text):
            last_text, last_source = self.anchors[-1]
            return last_source + (len(self.text) - last_text) if offset == len(self.text) else last_source
        index = bisect_right(self.anchors, (offset, float("inf"))) - 1
        text_offset, source_offset = self.anchors[max(index, 0)]
        return source_offset + (offset - text_offset)

    def source_end(self, offset: int) -> int:
        """The source offset just after the character before text offset ``offset``."""
        if offset <= 0:
            return self.source_offset(0)
        return self.source_offset(offset - 1) + 1

    @property
    def bounds(self) -> tuple[int, int]:
        """``(start, end)`` in the source at once (a block copied in one piece, nearly all: from its one anchor)."""
        anchors = self.anchors
        if len(anchors) == 1:
            start = anchors[0][1]
            return start, start + len(self.text)
        return self.source_offset(0), self.source_end(len(self.text))

    @property
    def start(self) -> int:
        anchors = self.anchors
        return anchors[0][1] if len(anchors) == 1 else self.source_offset(0)

    @property
    def end(self) -> int:
        anchors = self.anchors
        return anchors[0][1] + len(self.text) if len(anchors) == 1 else self.source_end(len(self.text))

    def strip_end(self) -> RawBlock:
        """The block without trailing spaces."""
        stripped = self.text.rstrip()
        return self if len(stripped) == len(self.text) else self.slice(0, len(stripped))

    def slice(self, start: int, end: int) -> RawBlock:
        """The part ``text[start:end]`` as a block of its own."""
        if len(self.anchors) == 1:  # text copied in one piece: the part is too
            return RawBlock(self.text[start:end], ((0, self.anchors[0][1] + min(start, len(self.text))),), self.hints)
        anchors: list[tuple[int, int]] = [(0, self.source_offset(start))]
        for text_offset, source_offset in self.anchors:
            if start < text_offset < end:
                anchors.append((text_offset - start, source_offset))
        return RawBlock(self.text[start:end], tuple(anchors), self.hints)
