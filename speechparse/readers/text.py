"""Plain-text reader: bytes → text → paragraphs.

Handles UTF-8 (with or without BOM), UTF-16 with BOM, GB18030; CRLF/CR; ``　　`` and space
indents; NBSP and zero-width characters; and four layouts of paragraphs, chosen per document:

* blank-line separated (lines inside a paragraph are joined: web copies break lines at links),
* one paragraph per line,
* a printed copy's lines wrapped at one width, a paragraph's first line indented or not (a PDF's text),
* flattened text, where paragraphs are separated only by ``　　`` or a run of spaces.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from itertools import compress, islice, pairwise
from operator import itemgetter, sub
from typing import Final, NamedTuple

from .. import recache
from ..errors import DecodeError
from ..lexicon import (
    BARE_NUMBER,
    BARE_NUMBER_LONGEST,
    CONTENTS_HEADING,
    CONTENTS_PAGE_NUMBER,
    CONTINUES,
    DOCUMENT_KINDS,
    HAN,
    NEWS_LEAD,
    NEWS_LEAD_FIRST,
    TEXT_LABELS,
    VOCATIVE,
    YAML_FIELD,
    is_chrome,
    is_contents_entry,
    is_page_number,
    latin_run,
)
from .base import (
    CONTENTS,
    CUE,
    FULL_LINE,
    SEPARATED,
    SET_OFF,
    SETEXT_1,
    SETEXT_2,
    RawBlock,
    SourceText,
    line_segments,
    only_line_feeds,
)

#: Invisible characters treated as whitespace (they carry no text).
ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff"
#: Whitespace (what ``\s`` matches) and the zero-width characters, spelt out as code-point ranges:
#: the regex engine scans an explicit class faster than one holding the ``\s`` category.
WHITESPACE: Final = recache.compile(r"[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+")
#: Characters after which a paragraph may end.
TERMINAL: Final = "。！？!?…；;：:”’」』）)】》.．"
#: The ends of the lines that tell a text of blank-line-separated paragraphs (see :func:`detect_layout`).
LAYOUT_TERMINALS: Final = frozenset("。！？!?”：:")
#: A line that opens a new paragraph even inside a blank-line-separated block.
#: A date alone on its line (a sign-off's date, 2019年1月17日 / 二〇一九年一月十七日): a paragraph of its own.
DATE_ALONE: Final = recache.compile(
    r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
    r"|[一二三四五六七八九〇○零OＯ0０]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
DATE_ALONE_LONGEST: Final = 16
#: A printed copy wrapped at a width (see :func:`wrapping`): the shortest line counted, how many such lines it has at
#: least, how much shorter than the width a full line may be, and the shares of full and of indented lines.
WRAP_LINE_MIN: Final = 12
WRAP_LINES_MIN: Final = 12
WRAP_SLACK: Final = 2
WRAP_SHARE: Final = 0.4
INDENT_SHARE: Final = 0.05
#: A wrapped text without indents: the share of its lines that are full, and of its full lines that end mid-sentence.
UNINDENTED_WRAP_SHARE: Final = 0.6
MID_SENTENCE_SHARE: Final = 0.7
#: A run-in item's enumerator opening a line (一是, 一要, 第一，, 其一，, 首先): after a sentence's end, a paragraph's start.
OPENS_ITEM: Final = recache.compile(
    r"[一二三四五六七八九十]{1,2}(?:是|要)|第[一二三四五六七八九十]{1,2}[，,、：:是]|其[一二三四五六七八九十][，,、]|首先|其次|再次|最后")
OPENS_PARAGRAPH: Final = recache.compile(r"#{1,6}\s|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9])")
SEPARATED_HINTS: Final = frozenset({SEPARATED})
SET_OFF_HINTS: Final = frozenset({SET_OFF})
CUE_HINTS: Final = frozenset({CUE})
#: A subtitle cue's timing (00:00:02,680 --> 00:00:05,760; WebVTT's 00:02.680 --> 00:05.760 align:start), and the
#: fewest of them that make a text a subtitle file.
SUBTITLE_TIMING: Final = recache.compile(
    r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}\s*-->\s*(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[,.][0-9]{1,3}(?:\s.*)?")
SUBTITLE_CUES_MIN: Final = 3
#: A Markdown setext heading's underline: a line of three ``=`` or more, or of three ``-`` or more (CommonMark §4.3).
SETEXT_UNDERLINE: Final = recache.compile(r"={3,}|-{3,}")
SETEXT_UNDERLINE_MAX: Final = 200  # (a longer line of dashes is a rule drawn across a page's text, not an underline)
SETEXT_HINTS: Final = {"=": frozenset({SETEXT_1}), "-": frozenset({SETEXT_2})}
FULL_LINE_HINTS: Final = frozenset({FULL_LINE})
#: The longest rest of a line whose letter-spaced words are kept together (第十件　清　　匪).
LETTER_SPACED_LINE: Final = 20
#: The longest text that may be nothing but a heading marker, and the numerals of a bare one (at most three).
MARKER_ONLY_MAX: Final = 8
CN_NUMERALS: Final = frozenset("一二三四五六七八九十")
MARKER_ONLY_NUMERALS: Final = 3
#: Two blank lines in a row (lines of nothing but spaces count as blank).
TWO_BLANK_LINES: Final = recache.compile(r"\n[ \t\u3000\xa0]*\r?\n[ \t\u3000\xa0]*\r?\n")
#: Shortest and longest line of a sentenceless front or back block kept apart from the next (see :func:`_sentenceless_ends`).
FRONT_LINE_MIN, FRONT_LINE_MAX = 3, 40
#: Punctuation that ends a sentence: a block holding one is a paragraph, not front or back matter lines.
SENTENCE_END_MARK: Final = recache.compile("[。；;！!？?]")
#: A letter-spaced text (see :func:`_letter_spaced_text`): the fewest pieces of a line counted, the share of them one
#: character long in a letter-spaced line, and the fewest such lines.
LETTER_SPACED_PIECES: Final = 5
LETTER_SPACED_SHARE: Final = 0.6
LETTER_SPACED_LINES_MIN: Final = 5
LETTER_SPACED_SAMPLE: Final = 4000  # (characters of the text's start in which its spaces are counted first)
#: In flattened text, a run of this many spaces is an indent that lost its line break.
FLATTENED_GAP: Final = 3
#: Two spaces or more in a row (``&nbsp;&nbsp;``), where a flattened line's paragraphs may part (see :func:`_paragraph_gap`).
TWO_SPACES: Final = recache.compile(r"\s{2,}")
#: A flattened line whose single spaces part its paragraphs (see :func:`_paragraph_gap`): its fewest pieces, the
#: share of them that end a sentence (as LAYOUT_TERMINALS tell).
SPACED_PARAGRAPHS_MIN: Final = 5
SPACED_SAMPLE: Final = 20_000  # characters of a long line looked at
SPACED_ENDED_SHARE: Final = 0.4
#: … and no more than this share of them short (words a space parts inside a paragraph: a credit, a name).
SPACED_PIECE_SHORT: Final = 8
SPACED_SHORT_SHARE: Final = 0.25
#: A line parted by this many tabs or more is a table's row (three cells, one maybe empty), unless it is a table of
#: contents' entry (two cells, a page number last); its cells: what stands between the tabs.
ROW_TABS: Final = 2
TAB_CELL: Final = recache.compile(r"[^\t]*[^\s][^\t]*")
TABLE: Final = frozenset({"table"})
#: A line with this many ``|`` or more that opens or ends with one is a table's row as Markdown writes it (| 城镇 | 2114 |,
#: |---|---|) or a copy of one (城镇 | 2114 |): a block of its own, with the ``table`` hint (no heading, never joined).
PIPE_ROW_BARS: Final = 2
#: A tag that ends an HTML block (</p>, </div>, <br/>): in flattened text, where a page's body stored on one line is cut.
BLOCK_END: Final = recache.compile(r"</(?:p|div|h[1-6]|li|tr|table|section|article|blockquote|center)>|<br\s*/?>", re.IGNORECASE)
#: How far back from a run of spaces an HTML tag's ``<`` is looked for (see ``_in_markup``): a tag's attributes, a
#: style's declarations included, are shorter.
TAG_REACH: Final = 400
#: A paragraph separator inside a line: two ideographic spaces, or a tab.
SEPARATOR: Final = recache.compile("\u3000\u3000|\t")
CJK: Final = recache.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\U00020000-\U0003ffff]")


#: Kana and bopomofo: Big5 bytes read as GB18030 turn its commonest characters into them (施政報告，…來 → さ琌…ㄓ), which a
#: Chinese text in GB18030 hardly holds (a Japanese name or two).  This many or more, this share of its characters or
#: more, and the text decodes as Big5 without them: it is Big5.
KANA_BOPOMOFO: Final = recache.compile(r"[\u3040-\u30ff\u3100-\u312f]")
BIG5_SIGNS_MIN: Final = 3
BIG5_SIGNS_SHARE: Final = 0.01
#: Byte-order marks, the longer first (UTF-16-LE's is the start of UTF-32-LE's).
BOMS: Final = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030, or Big5 where
    GB18030 would read it as mojibake (see ``KANA_BOPOMOFO``) or cannot read it."""
    if encoding:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as error:
            raise DecodeError(f"not valid {encoding}: {error.reason} at byte {error.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    boms = [(bom, name) for bom, name in BOMS if data.startswith(bom)]
    for index, (bom, name) in enumerate(boms):
        try:
            return _strict(data[len(bom):], name), name.replace("-le", "").replace("-be", "")
        except DecodeError:
            if index + 1 == len(boms):  # FF FE 00 00 is UTF-32's mark, or UTF-16's and a NUL: try that
                raise
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        big5 = _big5(data)
        if big5 is not None:
            return big5
        raise DecodeError(
            f"cannot decode: not UTF-8, UTF-16 with BOM, GB18030 or Big5 (bad byte at offset {error.start}); "
            "pass an explicit encoding"
        ) from None
    signs = len(KANA_BOPOMOFO.findall(text))
    if signs >= BIG5_SIGNS_MIN and signs >= BIG5_SIGNS_SHARE * len(text):  # (GB18030 reads any Big5 without error)
        big5 = _big5(data)
        if big5 is not None and len(KANA_BOPOMOFO.findall(big5[0])) < BIG5_SIGNS_MIN:
            return big5
    return text, "gb18030"


def _big5(data: bytes) -> tuple[str, str] | None:
    """``data`` decoded as Big5 (Microsoft's code page 950, the superset Taiwan's pages use, or Hong Kong's HKSCS), and the
    encoding's name; None if it is neither."""
    for name in ("cp950", "big5hkscs"):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid {encoding} after its byte-order mark (byte {error.start})") from None


def read_source(text: str) -> tuple[SourceText, list[RawBlock]]:
    """The decoded text as a :class:`SourceText`, and its paragraphs (:func:`read_blocks`); a text
    whose lines end with ``\\n`` and that holds no zero-width character (nearly all) is split into
    lines once, for both."""
    zero_width = has_zero_width(text)
    if zero_width or not only_line_feeds(text):
        source = SourceText(text)
        return source, _blocks(text, *_content_lines(source, zero_width), zero_width)
    lines, contents, starts = _split_lines(text)
    return SourceText(text, starts), _blocks(text, lines, contents, zero_width=False)


def read_blocks(source: SourceText) -> list[RawBlock]:
    """Split the decoded text of ``source`` into paragraphs, cutting each line out of it by the
    line starts (what :func:`read_source` gives without the faster split)."""
    zero_width = has_zero_width(source.text)
    return _blocks(source.text, *_content_lines(source, zero_width), zero_width)


def _blocks(text: str, lines: list[Line], contents: list[str], zero_width: bool) -> list[RawBlock]:
    """The paragraphs of ``text``, of its ``lines`` and their ``contents`` (see :func:`_content_lines`)."""
    if not lines:
        return []
    layout = detect_layout(contents)
    wrap = None
    set_off: Collection[int] = ()
    cues: Collection[int] = ()
    groups: Iterable[tuple[int, int]]
    if "-->" in text and (subtitles := _subtitle_groups(contents)):  # (the quick test: most texts have no arrow)
        groups, cues = subtitles
        layout = "subtitles"
    elif layout == "blank-line":
        blank_groups = _group_blank_separated(text, lines, contents)
        groups = blank_groups
        if TWO_BLANK_LINES.search(text):
            set_off = _set_off_lines(blank_groups)
    elif layout == "per-line" and (wrap := wrapping(text, lines, contents)):
        groups = _wrapped_groups(text, lines, contents, wrap)
    elif layout == "per-line" and ("---" in text or "===" in text):  # (the quick test: most texts have no underline)
        groups = _setext_pairs(contents)
    else:
        groups = _one_line_groups(len(lines))
    hints = frozenset({"flattened"}) if layout == "flattened" else frozenset()
    bars = "|" in text  # (a table's rows parted by bars, see pipe_row: most texts have none)
    spaced = _letter_spaced_text(text, contents)
    blocks: list[RawBlock] = []
    for first, stop in groups:
        line_hints = CUE_HINTS if first in cues else SET_OFF_HINTS if first in set_off else hints
        if not wrap and layout != "flattened" and stop - first == 2 and _setext_at(contents, first):
            line_hints = line_hints | SETEXT_HINTS[contents[first + 1][0]]  # (see _group_blank_separated, _setext_pairs)
        if wrap and len(contents[stop - 1]) >= wrap.width - WRAP_SLACK:
            line_hints = line_hints | FULL_LINE_HINTS  # (its last line full: it may go on on the next one)
        if stop - first == 1:
            _, start, end, _ = lines[first]
            if start == end:
                continue  # a blank line
            line = contents[first]
            if bars and "|" in line and pipe_row(text, start, end):
                line_hints = line_hints | TABLE
            if not has_space(line, zero_width):  # the common case: one line, no space inside, taken as it is
                blocks.append(RawBlock(line, ((0, start),), line_hints))
                continue
        else:
            joined = joined_lines(lines[first:stop], contents[first:stop], line_hints, zero_width)
            if joined is not None:
                blocks.append(joined)
                continue
        blocks.extend(_normalise(text, lines[first:stop], line_hints, zero_width, spaced))
    return blocks


def _letter_spaced_text(text: str, contents: list[str]) -> bool:
    """Whether ``text`` is set out with spaces between its characters, as a PDF's text may come (全  市  收  入  完  成
    207亿  元  。): a third of its first characters or more are spaces, and most of its lines of ``LETTER_SPACED_PIECES``
    pieces or more are letter-spaced (see :func:`_letter_spaced_line`), ``LETTER_SPACED_LINES_MIN`` of them at least."""
    if 3 * text.count(" ", 0, LETTER_SPACED_SAMPLE) < min(len(text), LETTER_SPACED_SAMPLE):  # (the quick test on the
        return False  # text's start: nearly every text fails here)
    long_lines = [content for content in contents if content.count(" ") >= LETTER_SPACED_PIECES]
    spaced = sum(1 for content in long_lines if _letter_spaced_line(content))
    return spaced >= LETTER_SPACED_LINES_MIN and 2 * spaced >= len(long_lines)


def _letter_spaced_line(line: str) -> bool:
    """Whether most of the pieces between the spaces of ``line`` are one character each (全  市  收  入)."""
    pieces = line.split()
    return len(pieces) >= LETTER_SPACED_PIECES and sum(1 for piece in pieces if len(piece) == 1) >= (
        LETTER_SPACED_SHARE * len(pieces))


def pipe_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` (stripped) is a table's row parted by ``|`` (see :data:`PIPE_ROW_BARS`)."""
    return (text[start] == "|" or text[end - 1] == "|") and text.count("|", start, end) >= PIPE_ROW_BARS


def _set_off_lines(groups: list[tuple[int, int]]) -> frozenset[int]:
    """The one-line blocks with more blank lines before and after them than most paragraphs have
    (at least two, where most paragraphs are at most one blank line apart), as indexes of their lines."""
    if len(groups) < 3:
        return frozenset()
    firsts, stops = zip(*groups, strict=True)
    gaps = list(map(sub, firsts[1:], stops[:-1]))  # blank lines between block i and block i + 1
    wide = list(compress(range(len(gaps)), map((2).__le__, gaps)))
    if len(wide) < 2 or 2 * (gaps.count(0) + gaps.count(1)) <= len(gaps):  # most paragraphs not one blank line apart
        return frozenset()
    return frozenset(firsts[index + 1] for index, following in pairwise(wide)
                     if following == index + 1 and stops[following] - firsts[following] == 1)


def _one_line_groups(count: int) -> Iterator[tuple[int, int]]:
    """Each line a group of its own (one paragraph per line, flattened text)."""
    return zip(range(count), range(1, count + 1), strict=True)


def _subtitle_groups(contents: list[str]) -> tuple[list[tuple[int, int]], frozenset[int]] | None:
    """The groups of a subtitle file's lines (SubRip's .srt, WebVTT's .vtt) and the lines among them that are cues'
    furniture (see ``readers.base.CUE``: the header, a cue's number over its timing, the timing), each a group of its
    own, a cue's caption lines one group; None for a text with fewer than ``SUBTITLE_CUES_MIN`` timings, or whose
    timings are fewer than a quarter of its lines (a transcript that quotes one)."""
    timings = [index for index, line in enumerate(contents) if line[:1].isdigit() and SUBTITLE_TIMING.fullmatch(line)]
    if len(timings) < SUBTITLE_CUES_MIN or 4 * len(timings) < sum(1 for line in contents if line):
        return None
    cues = set(timings)
    cues.update(index - 1 for index in timings if index and contents[index - 1].isdigit())  # (its number above it)
    if contents[0].startswith("WEBVTT"):
        cues.add(0)
    groups: list[tuple[int, int]] = []
    first = None
    for index, line in enumerate(contents):
        if first is not None and (not line or index in cues):
            groups.append((first, index))
            first = None
        if index in cues:
            groups.append((index, index + 1))
        elif line and first is None:
            first = index
    if first is not None:
        groups.append((first, len(contents)))
    return groups, frozenset(cues)


def _setext_pairs(contents: list[str]) -> list[tuple[int, int]]:
    """Each line a group of its own, but a line with a setext heading's underline right under it, a blank line (or the
    text's start) above it (工作计划 / ========, in a Markdown file whose tables keep its lines apart), one group."""
    groups: list[tuple[int, int]] = []
    index = 0
    while index < len(contents):
        if _setext_at(contents, index):
            groups.append((index, index + 2))
            index += 2
        else:
            groups.append((index, index + 1))
            index += 1
    return groups


def joined_lines(group: list[Line], contents: list[str], hints: frozenset[str], zero_width: bool) -> RawBlock | None:
    """The lines of ``group`` (their ``contents``) as one block, when no line holds a space and
    every line break has a CJK character on one side (so it is dropped): what :func:`_normalise`
    makes of them, made directly.  None otherwise."""
    anchors: list[tuple[int, int]] = []
    length = 0
    previous = ""
    for (_, start, _, _), line in zip(group, contents, strict=True):
        if has_space(line, zero_width) or (previous and break_keeps_space(previous[-1], line[0])):
            return None
        anchors.append((length, start))
        length += len(line)
        previous = line
    return RawBlock("".join(contents), tuple(anchors), hints)


Line = tuple[int, int, int, int]


def _content_lines(source: SourceText, zero_width: bool) -> tuple[list[Line], list[str]]:
    """(line start, content start, content end, line end) of every line, and its content (the
    line without the whitespace around it); blank lines have content start == content end.  The
    line end includes the line break.  ``zero_width``: the text holds zero-width characters
    (which are stripped like spaces); a line of nothing else is no line at all."""
    text = source.text
    lines: list[Line] = []
    contents: list[str] = []
    starts = source.line_starts
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        segment = text[start:end]
        content = _strip(segment) if zero_width else segment.strip()
        if content:
            content_start = start + segment.index(content)
            lines.append((start, content_start, content_start + len(content), end))
        elif zero_width and any(char in ZERO_WIDTH for char in segment):
            continue
        else:
            lines.append((start, start, start, end))
        contents.append(content)
    return lines, contents


def _split_lines(text: str) -> tuple[list[Line], list[str], list[int]]:
    """:func:`_content_lines` of a text whose lines all end with ``\\n`` and that holds no
    zero-width character (the common case), and the line starts: the lines are split from the
    text once, and a line's content is the split piece itself unless it has spaces to strip."""
    lines: list[Line] = []
    contents: list[str] = []
    starts: list[int] = []
    start = 0
    for segment in line_segments(text):
        starts.append(start)
        end = start + len(segment) + 1
        content = segment.strip()
        if content:
            content_start = start if content is segment else start + segment.index(content)
            lines.append((start, content_start, content_start + len(content), end))
        else:
            lines.append((start, start, start, end))
        contents.append(content)
        start = end
    line_start, content_start, content_end, _ = lines[-1]
    lines[-1] = (line_start, content_start, content_end, len(text))  # the last line has no line feed
    return lines, contents, starts


def _strip(segment: str) -> str:
    """``segment`` without leading and trailing whitespace and zero-width characters."""
    stripped = segment.strip()
    while stripped and (stripped[0] in ZERO_WIDTH or stripped[-1] in ZERO_WIDTH):
        stripped = stripped.strip(ZERO_WIDTH).strip()
    return stripped


def detect_layout(contents: list[str]) -> str:
    """``flattened``, ``blank-line`` or ``per-line``: how a document separates paragraphs, from the contents of its lines
    (see :func:`_content_lines`; a blank line's is empty)."""
    count = len(contents) - contents.count("")
    if not count:
        return "per-line"
    total = sum(map(len, contents))
    if total / count > 800 or (count <= 5 and total > 1500):
        return "flattened"
    terminal_lines = followed_by_blank = 0
    last = len(contents) - 1  # the last line with content: a blank line after it ends the text, no paragraph
    while not contents[last]:
        last -= 1
    for content, following in zip(contents[:last], islice(contents, 1, last + 1), strict=True):
        if content[-1:] in LAYOUT_TERMINALS:
            terminal_lines += 1
            if not following:
                followed_by_blank += 1
    if terminal_lines and followed_by_blank / terminal_lines >= 0.5:
        return "blank-line"
    return "per-line"


class Wrap(NamedTuple):
    """How a printed copy's lines were wrapped (see :func:`wrapping`)."""

    width: int  #: the characters of a full line
    indented: bool  #: each paragraph's first line is indented (else only a short line ends a paragraph)


def wrapping(text: str, lines: list[Line], contents: list[str]) -> Wrap | None:
    """How a printed copy's lines were wrapped (a PDF's text: each paragraph's first line indented, the lines of a
    paragraph full up to the margin), or None where the text is not so set: the width is the most common length of a
    line of ``WRAP_LINE_MIN`` characters or more, where ``WRAP_SHARE`` of those lines are within ``WRAP_SLACK`` of it
    and ``INDENT_SHARE`` of them are indented (without indents, ``UNINDENTED_WRAP_SHARE`` of them, most ending
    mid-sentence: a PDF's text as pdftotext gives it)."""
    counts = Counter(map(len, contents))  # (counted in C; the short lengths, few, taken out after)
    for length in [length for length in counts if length < WRAP_LINE_MIN]:
        del counts[length]
    total = counts.total()
    if total < WRAP_LINES_MIN:
        return None
    width = max(counts.items(), key=itemgetter(1, 0))[0]  # the most common length (of two, the longer)
    full = sum(counts[length] for length in range(width - WRAP_SLACK, width + WRAP_SLACK + 1))
    if full < WRAP_SHARE * total:
        return None  # (nearly every text: its lines are paragraphs of all lengths)
    indented = sum(1 for line_start, start, end, _ in lines if end > start and _indented(text, line_start, start))
    if indented >= INDENT_SHARE * total:
        return Wrap(width, indented=True)
    # no indent shows where paragraphs start: only a text most of whose lines are full and end mid-sentence is wrapped
    # (not a 主持词's lines of one length, each a sentence)
    cut = sum(1 for content in contents if abs(len(content) - width) <= WRAP_SLACK and content[-1] not in TERMINAL)
    return Wrap(width, indented=False) if full >= UNINDENTED_WRAP_SHARE * total and cut >= MID_SENTENCE_SHARE * full else None


def _wrap_width(text: str, lines: list[Line]) -> int:
    """The width a printed copy's ``lines`` are wrapped at, or 0: the median length of its lines of ``WRAP_LINE_MIN``
    characters or more that end mid-sentence, where ``WRAP_LINES_MIN`` lines at least do (a PDF's text; its digits
    and Latin letters make its full lines' lengths vary)."""
    cut = sorted(end - start for _, start, end, _ in lines if end - start >= WRAP_LINE_MIN and text[end - 1] not in TERMINAL)
    return cut[len(cut) // 2] if len(cut) >= WRAP_LINES_MIN else 0


def _indented(text: str, line_start: int, start: int) -> bool:
    """Whether the line starting at ``line_start`` (its content at ``start``) is indented: two spaces, or an ideographic one."""
    return start - line_start >= 2 or "\u3000" in text[line_start:start]


def _wrapped_groups(text: str, lines: list[Line], contents: list[str], wrap: Wrap) -> list[tuple[int, int]]:
    """Blocks of a text wrapped as ``wrap`` says (see :func:`wrapping`): each line goes on the block above it or
    starts one (see :func:`_goes_on`)."""
    groups: list[tuple[int, int]] = []
    first = None  # the first line of the block being gathered
    for index, (_, start, end, _) in enumerate(lines):
        if first is not None and not _goes_on(text, lines, contents, index, first, wrap):
            groups.append((first, index))
            first = None
        if first is None and end > start:
            first = index
    if first is not None:
        groups.append((first, len(lines)))
    return groups


def _goes_on(text: str, lines: list[Line], contents: list[str], index: int, first: int, wrap: Wrap) -> bool:
    """Whether ``lines[index]`` goes on the block that starts at ``lines[first]``: the line above is full (its length
    at least ``width - WRAP_SLACK``), and this one is not indented, opens neither a heading nor a run-in item after a
    sentence's end (…第 / 一、全省前10。 is a paragraph wrapped) and is neither a page number, a date alone (bracketed
    or not), a numeral alone (二) nor under an entry of a table of contents (a title, a heading or a paragraph's last
    line is short: the line under it starts a block).  Without indents, a line that is short without a sentence's end
    (a byline, a heading's tail) starts a block too, and so does every line under a heading line (see
    :func:`_heading_line`: the lexer tells whether it holds the heading's rest)."""
    line_start, start, end, _ = lines[index]
    _, previous_start, previous_end, _ = lines[index - 1]
    width, indents = wrap
    if end == start or len(contents[index - 1]) < width - WRAP_SLACK or _indented(text, line_start, start):
        return False
    if ((text[previous_end - 1] in TERMINAL and (OPENS_PARAGRAPH.match(text, start) or OPENS_ITEM.match(text, start)))
            or _numeral_alone(text, start, end) or _date_alone(text, start, end) or _bracketed_date(text, start, end)
            or is_page_number(text, start, end) or is_page_number(text, previous_start, previous_end)
            or is_contents_entry(text, previous_start, previous_end)):
        return False
    if indents:
        return True
    if index - 1 == first and _heading_line(contents[first]):
        return False  # (its rest, 导向。共涉及…, or its tail, 中全会、五中全会精神: the lexer joins them, see FULL_LINE)
    return 2 * (end - start) >= width or text[end - 1] in TERMINAL


def _heading_line(content: str) -> bool:
    """Whether a line opens with a division's marker and ends no sentence (一、总体要求): a heading, maybe a run-in one
    whose lead sentence the wrap cut (the lexer tells)."""
    return OPENS_PARAGRAPH.match(content) is not None and SENTENCE_END_MARK.search(content) is None


def _bracketed_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line, stripped) is a date in brackets and nothing else (（一九五六年十一月十五日）)."""
    return (end - start <= DATE_ALONE_LONGEST + 2 and text[start] in "（(" and text[end - 1] in ")）"
            and DATE_ALONE.fullmatch(text, start + 1, end - 1) is not None)


def _group_blank_separated(text: str, lines: list[Line], contents: list[str]) -> list[tuple[int, int]]:
    """Blocks of consecutive lines, as ``(first, stop)`` ranges of ``lines``; a line break inside a
    block is kept only where a paragraph visibly ends (terminal punctuation, a Markdown heading or
    hard break), the next line is indented or opens a heading, or the block is one of the front or
    back matter's that holds no sentence (see :func:`_sentenceless_ends`), or either line is a page
    number (``— 2 —``), which stands where the page ended, often inside a paragraph, and stays a block of its own
    (so does a number alone over the lines under it, 3437 / (八) 交通運輸: a page's number over its first line), or the line before is an entry of a table of contents (…………1), or either line is a date
    alone (a sign-off's, 2019年1月17日, above the document it issues; or in brackets, a part's under its title, 开幕词 /
    （一九五五年三月二十一日）), or the line before is a Chinese numeral
    alone (二: a heading's marker; the lexer decides whether it is one), or the line opens a news report's dateline
    (新华社成都3月23日电, under its headline), or one of the two lines is the other's translation (see :func:`_translation`);
    a Markdown setext heading's line and its underline are a block of their own (see :func:`_setext_at`)."""
    groups: list[tuple[int, int]] = []
    first = None  # the first line of the block being gathered
    previous_start = previous_end = 0
    front_end, back_start = _sentenceless_ends(text, lines)
    bars = "|" in text  # (a table's rows parted by bars: most texts have none)
    wrapped_at = -1  # the width a printed copy's lines are wrapped at, 0 if none (-1: not looked for: see below)
    underlined = False  # whether the line before is a setext heading's underline (see _setext_at)
    for index, (line_start, start, end, _) in enumerate(lines):
        if end == start:
            if first is not None:
                groups.append((first, index))
                first = None
            underlined = False
            continue
        if underlined and first is not None:  # (the block of a setext heading ends under its underline)
            groups.append((first, index))
            first, underlined = None, False
        elif first == index - 1 and text[start] in "=-" and _setext_at(contents, first):
            previous_start, previous_end = start, end  # a heading's underline (工作计划 / ========): one block with the
            underlined = True  # line above it, a blank line (or the text's start) above that
            continue
        elif first is not None:
            indented = start - line_start >= 2 or "\u3000" in text[line_start:start]
            hard_break = text.startswith("  ", previous_end) or text[previous_start] == "#"
            continues = text[start] in CONTINUES  # a line that opens with a closing mark goes on the last one
            in_matter = index < front_end or index >= back_start
            loose = in_matter and ((_loose_line(previous_start, previous_end) and _loose_line(start, end))
                                   or is_chrome(text[previous_start:previous_end]) or is_chrome(text[start:end]))
            if not continues and (
                text[previous_end - 1] in TERMINAL or indented or hard_break or OPENS_PARAGRAPH.match(text, start)
                or loose or is_page_number(text, start, end) or is_page_number(text, previous_start, previous_end)
                or is_contents_entry(text, previous_start, previous_end)
                or _date_alone(text, start, end) or _date_alone(text, previous_start, previous_end)
                or _bracketed_date(text, start, end) or _bracketed_date(text, previous_start, previous_end)
                or (first == index - 1 and _number_alone(text, previous_start, previous_end))
                or (end - start > previous_end - previous_start + WRAP_SLACK
                    and _line_over_text(text, previous_start, previous_end, top=len(groups) < 2 and (
                        not groups or groups[0][1] - groups[0][0] == 1)))  # (the first block, or the one under a line
                # alone at the top: 正文 / 2024年…工作 / 年度报告 / 根据…)
                or (first == index - 1 and _line_over_text(text, previous_start, previous_end, top=False) and 4 * (
                    previous_end - previous_start) < 3 * (wrapped_at := _wrap_width(text, lines) if wrapped_at < 0 else wrapped_at))
                # (a heading line far short of the width its copy is wrapped at ended there: 一、主动公开政府信息情况 /
                # 第二十条第（一）项, a table's cells under it)
                or _numeral_alone(text, previous_start, previous_end)
                or (bars and (pipe_row(text, start, end) or pipe_row(text, previous_start, previous_end)))
                or VOCATIVE.match(text, start)  # the salutation opens its own line: 同学们，大家早上好！
                or (text[start] in NEWS_LEAD_FIRST and NEWS_LEAD.match(text, start))  # so does a news report's dateline
                or ((text[start] < "\x80" or text[previous_end - 1] < "\x80")  # (the quick test: ASCII on one side)
                    and _translation(text, previous_start, previous_end, start, end))
            ):
                groups.append((first, index))
                first = None
        if first is None:
            first = index
        previous_start, previous_end = start, end
    if first is not None:
        groups.append((first, len(lines)))
    return groups


def _setext_at(contents: list[str], index: int) -> bool:
    """Whether line ``index`` (of the lines' ``contents``) is a setext heading's text with its underline under it: a
    blank line (or the text's start) above it, and neither a table's row, a rule nor a field of YAML front matter
    (title: … / --- closes the front matter)."""
    if index + 1 >= len(contents) or (index and contents[index - 1]):
        return False
    line, underline = contents[index], contents[index + 1]
    return (underline[:1] in "=-" and len(underline) <= SETEXT_UNDERLINE_MAX
            and SETEXT_UNDERLINE.fullmatch(underline) is not None and line[:1] not in "|=-"
            and YAML_FIELD.match(line) is None)


def _line_over_text(text: str, start: int, end: int, top: bool) -> bool:
    """Whether ``text[start:end]`` (a line, stripped, shorter than the line under it) ends neither a sentence nor a
    clause and opens with a division's marker (一、总体情况 over 某区科委2024年深入贯彻…) or, in the text's first block
    (``top``), ends the title naming the document's kind (…的实施意见（试行）的通知 over 为进一步深化…, 年度报告) or is the
    label over the text (正文, see ``TEXT_LABELS``): a heading or title line over its text, as a PDF's text sets it in
    one block; a line wrapped at the margin is as long as the one under it, or longer."""
    return ((OPENS_PARAGRAPH.match(text, start) is not None and text[end - 1] not in "，,、")
            or (top and (text.endswith(DOCUMENT_KINDS, start, end) or text[start:end] in TEXT_LABELS))
            ) and SENTENCE_END_MARK.search(text, start, end) is None


def _translation(text: str, previous_start: int, previous_end: int, start: int, end: int) -> bool:
    """Whether one of two lines (stripped, one under the other) is wholly in Latin letters and the other ends or opens
    with a Han character next to it: a bilingual copy's line and its translation ((一)作為共同體的台灣 / A Taiwanese
    Community), not a sentence a line break left at an English phrase (…大家都知道 / ChatGPT and other models 的出现…)."""
    return ((HAN.match(text, previous_end - 1) is not None and _wholly_latin(text, start, end))
            or (HAN.match(text, start) is not None and _wholly_latin(text, previous_start, previous_end)))


def _wholly_latin(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds no Han character and a run of Latin letters (see ``lexicon.latin_run``)."""
    return HAN.search(text, start, end) is None and latin_run(text[start:end])


def _number_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line, stripped) is a number and nothing else (3437, -6: a PDF's page number,
    maybe; the lexer tells)."""
    return end - start <= BARE_NUMBER_LONGEST and BARE_NUMBER.fullmatch(text, start, end) is not None


def _numeral_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line, stripped) is a Chinese numeral and nothing else (二: a heading's
    marker whose delimiter and text were lost to the line below)."""
    return end - start <= MARKER_ONLY_NUMERALS and _bare_numeral(text[start:end])


def _bare_numeral(text: str) -> bool:
    """Whether ``text`` is a Chinese numeral of at most ``MARKER_ONLY_NUMERALS`` characters and nothing else."""
    return 0 < len(text) <= MARKER_ONLY_NUMERALS and all(char in CN_NUMERALS for char in text)


def _date_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line, stripped) is a date and nothing else."""
    return end - start <= DATE_ALONE_LONGEST and DATE_ALONE.fullmatch(text, start, end) is not None


def _sentenceless_ends(text: str, lines: list[Line]) -> tuple[int, int]:
    """``(front_end, back_start)``: ``lines[:front_end]`` is the first block and ``lines[back_start:]``
    the blocks after the last sentence, where they are Chinese and end no sentence: title, speaker
    and date lines set one under the other at the top, signature, date and 附注 at the bottom.  Their
    lines are kept apart (the front and back matter's lines are told apart later), where a
    paragraph broken by a web copy, which ends a sentence, is joined.  ``(0, len(lines))`` if none.
    Only the first block (the first after a cover and table of contents) and the last ones are looked at."""
    first, front_end = _block_after(lines, 0)
    if first == len(lines):
        return 0, len(lines)
    # a printed report's cover and table of contents come first: then the front block is the one after them
    start, end = (first, front_end) if _contents_block(text, lines[first:front_end]) else _block_after(lines, front_end)
    if _contents_block(text, lines[start:end]):
        while _contents_block(text, lines[start:end]):
            start, end = _block_after(lines, end)
        first, front_end = start, end
    sentence, chinese = _sentences_and_chinese(text, lines[first:front_end])
    if sentence or not chinese:
        front_end = 0
    back_start, back_chinese, stop = len(lines), False, len(lines)
    while True:  # block by block from the end
        while stop > 0 and _blank(lines[stop - 1]):
            stop -= 1
        begin = stop
        while begin > 0 and not _blank(lines[begin - 1]):
            begin -= 1
        if begin == stop:
            break
        sentence, chinese = _sentences_and_chinese(text, lines[begin:stop])
        if sentence:
            break
        back_start, back_chinese, stop = begin, back_chinese or chinese, begin
    return front_end, back_start if back_chinese else len(lines)


def _blank(line: Line) -> bool:
    return line[1] == line[2]


def _block_after(lines: list[Line], index: int) -> tuple[int, int]:
    """``(start, end)`` of the next block of ``lines`` from ``lines[index]`` on."""
    while index < len(lines) and _blank(lines[index]):
        index += 1
    end = index
    while end < len(lines) and not _blank(lines[end]):
        end += 1
    return index, end


def _contents_block(text: str, block: list[Line]) -> bool:
    """Whether ``block`` is a block of a table of contents (目录, its entries)."""
    return bool(block) and all(
        is_contents_entry(text, line_start, line_end) or CONTENTS_HEADING.fullmatch(text, line_start, line_end)
        for _, line_start, line_end, _ in block)


def _sentences_and_chinese(text: str, block: list[Line]) -> tuple[bool, bool]:
    """Whether the lines of ``block`` end a sentence somewhere, and whether they hold Chinese."""
    return (any(SENTENCE_END_MARK.search(text, start, end) for _, start, end, _ in block),
            any(CJK.search(text, start, end) for _, start, end, _ in block))


def _loose_line(start: int, end: int) -> bool:
    """A line of a sentenceless front or back block that stands alone: neither a fragment of one
    or two characters (政府工作报 / 告) nor a long one.  (A line that is chrome stands alone however long: 打印 / T+ / T-.)"""
    return FRONT_LINE_MIN <= end - start <= FRONT_LINE_MAX


def _letter_spaced(builder: _BlockBuilder, text: str, start: int, end: int) -> bool:
    """Whether the gap before ``start`` spaces the letters of a word in a heading (引　　言,
    第十件　清　　匪): a one-character word before it, another short word after it, a short line."""
    one_before = builder.visible_length() == 1 or (
        end - start <= LETTER_SPACED_LINE and len(builder.parts) > 0 and len(builder.parts[-1]) == 1)
    return one_before and _short_word_follows(text, start, end)


def _short_word_follows(text: str, start: int, end: int) -> bool:
    """Letter-spacing (引　　言, 结　　论): after a one-character word and a gap comes another short word."""
    following = WHITESPACE.search(text, start, end)
    return (following.start() if following else end) - start <= 2


class _BlockBuilder:
    """Accumulates normalised text and its source anchors for one block."""

    __slots__ = ("anchors", "contents", "hints", "length", "parts", "separated", "space")

    #: ``space`` is what separates the next chunk from the text so far: "" (nothing), "gap" (a
    #: space inside a line: kept as one space) or "join" (a line break inside a paragraph:
    #: dropped next to CJK, one space between two non-CJK characters).

    def __init__(self, hints: frozenset[str]) -> None:
        self.hints = hints
        self.separated = False  # the block under construction follows an in-line separator
        self.contents = False  # it ends with a tab and a page number: an entry of a table of contents
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.space = ""

    def add(self, text: str, start: int, end: int) -> None:
        chunk = text[start:end]
        if self.parts and (
            self.space == "gap"
            or (self.space == "join" and break_keeps_space(self.parts[-1][-1], chunk[0]))
        ):
            self.parts.append(" ")
            self.length += 1
        self.anchors.append((self.length, start))
        self.parts.append(chunk)
        self.length += len(chunk)
        self.space = ""

    def visible_length(self) -> int:
        """Length of the text so far without a leading Markdown heading mark or heading marker
        (一、总　　结 is letter-spaced as 总　　结 is)."""
        if self.length >= 8:
            return self.length
        text = "".join(self.parts).lstrip("# ")
        marker = OPENS_PARAGRAPH.match(text)
        return len(text[marker.end():].lstrip()) if marker else len(text)

    def marker_only(self) -> bool:
        """Whether the text so far is only a heading marker (一、, （一）, or a bare 二)."""
        if not self.length or self.length > MARKER_ONLY_MAX:
            return False
        text = "".join(self.parts).lstrip("# ")
        return self.visible_length() == 0 or _bare_numeral(text)

    def take(self, separated: bool = False) -> RawBlock | None:
        """The block built so far; ``separated``: the next one follows a paragraph separator."""
        hints = self.hints | SEPARATED_HINTS if self.separated else self.hints
        if self.contents:
            hints = hints | {CONTENTS}
        block = RawBlock("".join(self.parts), tuple(self.anchors), hints) if self.parts else None
        self.parts, self.anchors, self.length, self.space = [], [], 0, ""
        self.separated, self.contents = separated, False
        return block


def break_keeps_space(before: str, after: str) -> bool:
    """Whether a line break inside a paragraph between these two characters stays as one space
    (between two non-CJK characters: Latin words) or is dropped (next to CJK)."""
    return not CJK.match(before) and not CJK.match(after)


def has_zero_width(text: str) -> bool:
    """Whether ``text`` holds a zero-width character (``in`` finds one faster than a regular expression)."""
    return "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text or "\ufeff" in text


def has_space(line: str, zero_width: bool = True) -> bool:
    """Whether ``line`` holds whitespace (``str.split`` finds it faster than a regular expression)
    or, unless the document has none (``zero_width`` false), a zero-width character."""
    return len(line.split(None, 1)) > 1 or (zero_width and has_zero_width(line))


def space_runs(text: str, start: int, end: int, zero_width: bool) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of whitespace in ``text[start:end]`` (zero-width characters count
    as whitespace).  Without zero-width characters (``zero_width`` false) the runs lie between the
    pieces ``str.split`` cuts: it scans in C, twice as fast as a pattern's character class."""
    if zero_width:
        for match in WHITESPACE.finditer(text, start, end):
            yield match.span()
        return
    line = text[start:end]
    position = 0
    for piece in line.split():
        found = position
        while line[found].isspace():  # the run before the piece (a character or two: faster than str.find)
            found += 1
        if found > position:
            yield start + position, start + found
        position = found + len(piece)
    if position < len(line):
        yield start + position, end


def _contents_entry(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is an entry of a table of contents whose tabs lead to its page number (一、
    2023年工作回顾<tab><tab>1): two cells, the last a page number."""
    cells = TAB_CELL.findall(text, start, end)
    return len(cells) == 2 and CONTENTS_PAGE_NUMBER.fullmatch(cells[1].strip()) is not None


def _table_row(text: str, start: int, end: int, builder: _BlockBuilder, hints: frozenset[str]) -> Iterator[RawBlock]:
    """The cells of a table's row copied as a line, its cells parted by tabs (粮 食<tab>650.0<tab><tab>17.3): a block
    each, with the ``table`` hint (no heading, never joined), after the block the builder holds so far."""
    block = builder.take()
    if block:
        yield block
    row = _BlockBuilder(hints | TABLE)
    for cell in TAB_CELL.finditer(text, start, end):
        row.add(text, *cell.span())
        if block := row.take():
            yield block
    builder.space = ""


def _paragraph_gap(text: str, start: int, end: int) -> int:
    """The fewest spaces in a row that part the paragraphs of a flattened line: 1 or 2 where the paragraphs of a page
    run together with one space (or two, ``&nbsp;&nbsp;``) between them and nothing else between any, else
    ``FLATTENED_GAP``.  Such spaces part ``SPACED_PARAGRAPHS_MIN`` pieces or more, many of them ending a sentence and
    few short: not a PDF's copy whose spaces are its line ends (pieces of one width, most ending mid-sentence), nor a
    news copy's with words a space parts (新华社记者 谢环驰 摄), nor an office and a name (校长&nbsp;&nbsp;王琛)."""
    if text.find("\u3000\u3000", start, end) >= 0 or text.find("\t", start, end) >= 0:  # (SEPARATOR, found faster)
        return FLATTENED_GAP  # (paragraphs parted by 　　 or tabs: its single spaces are something else, 主席 习近平)
    line = text[start:min(end, start + SPACED_SAMPLE)]  # (the line's start tells: a long one is not looked at whole)
    words = line.split()
    if len(words) < SPACED_PARAGRAPHS_MIN:
        return FLATTENED_GAP
    single = len(line) - sum(map(len, words)) == len(words) - 1  # (every run of spaces a single one: no gap of two)
    for gap in (1,) if single else (2, 1):  # (two spaces first: where they part the paragraphs, a single one is inside
        # one, 区长 王琛)
        pieces = words if gap == 1 else [piece.strip() for piece in TWO_SPACES.split(line) if piece.strip()]
        if len(pieces) < SPACED_PARAGRAPHS_MIN:
            continue
        ended = sum(1 for piece in pieces if piece[-1] in LAYOUT_TERMINALS)
        short = sum(1 for piece in pieces if len(piece) < SPACED_PIECE_SHORT and piece[-1] not in "：:"
                    and not OPENS_PARAGRAPH.match(piece))  # (a credit: 新华社记者 谢环驰 摄; not 一、总体要求, 同志们：)
        if ended >= SPACED_ENDED_SHARE * len(pieces) and short <= SPACED_SHORT_SHARE * len(pieces):
            return gap
    return FLATTENED_GAP


def _html_blocks(text: str, group: list[Line]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``group``, a flattened line that holds HTML cut after the tags that end a block
    (…</span></p> <p style=…>, a page's body stored on one line), with ``(-1, -1)`` at each cut."""
    for _, start, end, _ in group:
        if text.find("</", start, end) < 0 and text.find("<br", start, end) < 0:
            yield start, end
            continue
        for found in BLOCK_END.finditer(text, start, end):
            if found.end() < end:
                yield start, found.end()
                yield -1, -1
                start = found.end()
        yield start, end


def _in_markup(text: str, start: int, run_start: int, run_end: int) -> bool:
    """Whether the spaces at ``text[run_start:run_end]`` (in a line from ``start``) stand inside an HTML tag (<p
    style="font-family: 宋体;…">) or between two tags (<p …>   <span>): markup's spaces, which part no paragraphs.
    Only the ``TAG_REACH`` characters before them are looked at (a long line is not scanned back to its start)."""
    if text[run_start - 1:run_start] == ">" and text[run_end:run_end + 1] == "<":
        return True
    reach = max(start, run_start - TAG_REACH)
    return text.rfind("<", reach, run_start) > text.rfind(">", reach, run_start)


def _normalise(text: str, group: list[Line], hints: frozenset[str], zero_width: bool,
               spaced: bool = False) -> Iterable[RawBlock]:
    """Turn the lines of one group into blocks: a run of spaces inside a line becomes one space,
    a line break is dropped (or one space between two non-CJK characters), and in-line paragraph
    separators split the line: ``　　`` or a tab, two or more spaces after a sentence end, and in
    flattened text any run of three or more spaces (an indent that lost its line break); but a tab
    before a page number that ends the line is a table of contents' leader (the block's hint
    ``contents``).  ``zero_width``: the text holds zero-width characters (see :func:`space_runs`).  ``spaced``: the
    text is letter-spaced (see :func:`_letter_spaced_text`): in a letter-spaced line the spaces are dropped, none
    parts a paragraph."""
    builder = _BlockBuilder(hints)
    flattened = "flattened" in hints  # there, any run of spaces may be all that separates paragraphs
    for start, end in _html_blocks(text, group) if flattened else [(start, end) for _, start, end, _ in group]:
        if start < 0:  # the end of an HTML block: the next one is a paragraph of its own
            block = builder.take(separated=True)
            if block:
                yield block
            continue
        gap = _paragraph_gap(text, start, end) if flattened else FLATTENED_GAP
        if text.count("\t", start, end) >= ROW_TABS and not _contents_entry(text, start, end):
            yield from _table_row(text, start, end, builder, hints)
            continue
        position = start
        letters = spaced and _letter_spaced_line(text[start:end])
        tags = flattened and text.find("<", start, end) >= 0  # (a page's body on one line: spaces in its tags)
        for run_start, run_end in space_runs(text, start, end, zero_width):
            if run_start > position:
                builder.add(text, position, run_start)
            run = text[run_start:run_end]
            if letters:
                builder.space = ""  # (全  市  收  入: the letters of one text)
            elif "\t" in run and CONTENTS_PAGE_NUMBER.fullmatch(text, run_end, end):  # 一、工作回顾<tab>1
                builder.contents = True
                builder.space = "gap"
            elif (
                SEPARATOR.search(run)
                or (len(run) >= 2 and text[run_start - 1] in TERMINAL and run.strip(ZERO_WIDTH))
                or (flattened and len(run.strip(ZERO_WIDTH)) >= gap)
            ) and not (
                _letter_spaced(builder, text, run_end, end)
                or (not flattened and builder.marker_only())  # 二　　一月二十七日的讲话: a marker and its heading
                or (tags and _in_markup(text, start, run_start, run_end))
            ):
                block = builder.take(separated=True)
                if block:
                    yield block
            elif run.strip(ZERO_WIDTH):
                builder.space = "gap"
            position = run_end
        if end > position:
            builder.add(text, position, end)
        builder.space = "join"
    block = builder.take()
    if block:
        yield block
