"""The unit of lexing: one paragraph (or part of one) and what the lexer has decided about it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from .. import recache
from ..ast import EnumItem, Span
from ..readers.base import SETEXT_1, SETEXT_2, RawBlock

#: Markup residue around a paragraph of plain text: Markdown heading marks, blockquote marks and bold, HTML tags.
MARKUP_TAG: Final = recache.compile(r"<[^<>]{0,300}>")
#: An HTML entity for a space a web copy left in the text as written (&emsp;&emsp;一是…: an indent).
SPACE_ENTITY: Final = r"&(?:emsp|ensp|nbsp|thinsp|#12288|#160|#8194|#8195|#x3000|#xa0);?"
#: Emoji and pictographs that decorate a line (🌟一、工作回顾, 谢谢大家！🙏🏻, 经济稳中向好。📈): residue around its text, as
#: markup is; not the bullets that open an item (★, ☆, ■: ``lexicon.BULLETS``), not a circled number (①).  With the
#: characters that join and vary them (ZWJ, VS16, the keycap's U+20E3).
_PICTOGRAPHS: Final = ((0x2600, 0x27bf), (0x2b00, 0x2bff), (0x1f000, 0x1faff))
_JOINERS: Final = "\ufe0f\u200d\u20e3"
_PICTOGRAPH_RANGES: Final = "".join(f"{chr(low)}-{chr(high)}" for low, high in _PICTOGRAPHS)
DECORATION: Final = f"(?![★☆])[{_PICTOGRAPH_RANGES}][{_PICTOGRAPH_RANGES}{_JOINERS}]*"
#: The characters a decoration may start or end with, as a set (the quick test before the patterns).
DECORATION_CHARACTERS: Final = frozenset(
    {chr(code) for low, high in _PICTOGRAPHS for code in range(low, high + 1)} | set(_JOINERS)) - {"★", "☆"}
MARKUP_PREFIX: Final = recache.compile(
    rf"(?:(?:#{{1,6}}(?=[^#])|{MARKUP_TAG.pattern}|{SPACE_ENTITY}|>(?=[\s>]*[^>\s])|{DECORATION}"
    r"|\*\*(?=[^*\s](?:[^*]*[^*\s])?\*\*)|__(?=[^_\s](?:[^_]*[^_\s])?__))\s*)+")  # (bold only where it closes: at the
    # end, or after a run-in heading's lead, **（一）…。**正文)
#: A Markdown heading's attributes after its text, as pandoc and kramdown write them (## 一、总体要求 {#part1}, {.unnumbered},
#: {#sec-1 .class key=value}).
HEADING_ATTRIBUTES: Final = recache.compile(r"\s*\{\s*[#.][\w:.-]+(?:\s+(?:[#.][\w:.-]+|[\w-]+=\S+))*\s*\}$")
#: What a text with markup residue (Markdown's #, >, ** or __; an HTML tag; an entity's &) or a decoration may start
#: or end with, one set each; "" included (an empty text takes the long way).
RESIDUE_FIRST: Final = frozenset("#<>*_&") | DECORATION_CHARACTERS | {""}
RESIDUE_LAST: Final = frozenset(">*_|;") | DECORATION_CHARACTERS | {""}
#: A space entity alone (&nbsp;), as residue at a paragraph's end.
SPACE_ENTITY_ONLY: Final = recache.compile(SPACE_ENTITY)
#: A layout table's empty cells after a line's text, as a web page turned into Markdown leaves them (最高人民检察院工作报告
#: | |||||||||): three bars or more, and no bar before them (a table's row has its cells parted by bars).
EMPTY_CELLS: Final = recache.compile(r"(?:\s*\|){3,}\s*$")
#: A block of markup alone (space entities between the tags: <p>&nbsp;</p>), and one of closing tags alone (</p>: it
#: goes with the block it closes).
MARKUP_ONLY: Final = recache.compile(rf"(?:(?:{MARKUP_TAG.pattern}|{SPACE_ENTITY})\s*)+")
#: Such markup between a heading's marker and its text (<strong>1.</strong><strong>项目申报</strong>, 1． &nbsp; 首先…).
TAGS_AFTER_MARKER: Final = recache.compile(rf"\s*{MARKUP_ONLY.pattern}")
CLOSING_TAGS_ONLY: Final = recache.compile(r"(?:</[^<>]{1,40}>\s*)+")
#: Characters that end a sentence, and those after which a paragraph may end.
SENTENCE_END: Final = "。！？!?；;"
#: (A ``;`` that closes an HTML entity a web copy left in the text, &mdash; &ldquo; &#8220;, ends none.)
_ENTITY_BEFORE: Final = "".join(
    [*(f"(?<!&[A-Za-z]{{{n}}};)" for n in range(2, 9)), *(f"(?<!&#[0-9]{{{n}}};)" for n in range(2, 7)),
     *(f"(?<!&#[xX][0-9A-Fa-f]{{{n}}};)" for n in range(2, 6))])
SENTENCE_END_CHAR: Final = recache.compile(f"[{re.escape(SENTENCE_END.replace(';', ''))}]|;{_ENTITY_BEFORE}")
#: A half-width semicolon that ends a clause (not an entity's).
CLAUSE_SEMICOLON: Final = recache.compile(f";{_ENTITY_BEFORE}")
PARAGRAPH_END: Final = "。！？!?…；;：:”’」』）)】》.．"
#: The source of a quotation, on its own line under it after a dash (a collection of sayings: ——2018年8月24日在中央
#: 全面依法治国委员会第一次会议上的讲话, ——摘自《习近平谈治国理政》, ——《论语·为政》): a paragraph ended, though no
#: stop ends it.
QUOTATION_SOURCE: Final = recache.compile(
    r"(?:——|—|──|－－|--)\s*(?:(?:摘自|选自|選自|引自|出自)\S.{0,80}|《[^《》]{1,40}》.{0,30}"
    r"|.{0,80}?(?:讲话|講話|报告|報告|致辞|致詞|贺信|賀信|贺词|賀詞|演讲|演講|发言|發言|谈话|談話|批示|指示|回信|文章|序言|答记者问)"
    r"(?:中|时|時)?)")
QUOTATION_SOURCE_FIRST: Final = frozenset("—─－-")
#: A web address alone on its line (a link a report lists: http://www.linux.com/article.pl?sid=07/04/23/1825214): a
#: paragraph ended, never the start of the line under it.
URL_ALONE: Final = recache.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)\S+")
URL_FIRST: Final = frozenset("HhWw")
#: Characters that indent a line.
INDENTS: Final = " \t\u3000\xa0"
#: A note's reference mark ending a paragraph: ⑿ ① [3] 〔3〕; or a live transcript's time stamp after it: …讲几句话。[10:29].
NOTE_REFERENCE: Final = recache.compile(r"(?:[\u2460-\u2487]|[〔\[［]\d{1,3}[〕\]］]|[\[［【]\d{1,2}[:：]\d{2}[\]］】])$")
NOTE_REFERENCE_ENDS: Final = frozenset([*(chr(code) for code in range(0x2460, 0x2488)), "〕", "]", "］"])

FRONT, BODY, BACK = "front", "body", "back"
#: The fact (``unit.info`` key) of a line that stands apart: an issuer's above a sign-off's date, a name in a
#: list of names one per line; never a heading, never joined as part of a broken paragraph.
APART: Final = "apart"
#: Token kinds of notes: in the body and after the title, before the title, between the title and its subtitle.
NOTE_KINDS: Final = frozenset({"NOTE", "PREAMBLE", "TITLE_NOTE"})
#: A Markdown heading right under a file's front matter that repeats the title the front matter declares (title: X /
#: ## X): the text's title line as written, no section.
DECLARED_TITLE: Final = "declared_title"
#: A Markdown heading opening the text of a file whose front matter declares another title (title: 计算机协会…工作总结及
#: …计划 / --- / # 工作总结): a division of the text, as pandoc reads it, not the title.
UNDER_DECLARED_TITLE: Final = "under_declared_title"
#: A unit's ``note_kind`` before :func:`speechparse.lexer.back.note_kind` is asked (no kind of note is empty).
NOT_ASKED: Final = ""


@dataclass(slots=True, init=False)
class Unit:
    """A paragraph being classified: its block, its token type, and the facts found so far."""

    block: RawBlock
    kind: str
    zone: str
    prefix: str  #: markup residue before the core text
    suffix: str  #: markup residue after it
    md_level: int  #: Markdown heading level of the prefix (## → 2)
    info: dict[str, Any]
    span: Span | None  #: set when the unit becomes a token
    items: tuple[EnumItem, ...]  #: a paragraph's inline enumeration, set with the span
    #: The text without markup residue: what the patterns are matched against.
    core: str = field(repr=False)
    #: What :func:`speechparse.lexer.back.note_kind` found of the unit, once asked (``NOT_ASKED`` before).
    note_kind: str | None = field(repr=False, compare=False)

    def __init__(self, block: RawBlock, kind: str = "PARA", zone: str = BODY, prefix: str = "", suffix: str = "",
                 md_level: int = 0, info: dict[str, Any] | None = None) -> None:
        """Written out (a unit is made for every paragraph): the generated one calls a ``__post_init__``
        and a default factory besides."""
        self.block = block
        self.kind = kind
        self.zone = zone
        self.prefix = prefix
        self.suffix = suffix
        self.md_level = md_level
        self.info = {} if info is None else info
        self.span = None
        self.items = ()
        self.core = self._core() if prefix or suffix else block.text  # most units: no residue
        self.note_kind = NOT_ASKED

    @classmethod
    def of(cls, block: RawBlock, **fields: Any) -> Unit:
        text = block.text
        if block.hints and (setext := _setext_level(block)):
            return cls._setext(block, setext, **fields)
        if text[:1] not in RESIDUE_FIRST and text[-1:] not in RESIDUE_LAST:  # no markup residue, no decoration
            return cls(block, **fields) if fields else cls(block)
        start, end = markup_bounds(text)
        prefix = text[:start]
        md_level = len(prefix) - len(prefix.lstrip("#")) if prefix.startswith("#") else 0
        if md_level and not prefix[md_level:md_level + 1].isspace() and "#" in text[start:]:
            md_level = 0  # #两会#…, ##青银的出#大集#…: a hashtag, or a scan's noise, with no space after the marks
        if md_level and text[end - 1:end] == "}" and (attributes := HEADING_ATTRIBUTES.search(text, start, end)):
            end = attributes.start()  # ## 深化理论武装 {#part1}: the heading's attributes, markup after its text
        suffix = text[end:]
        return cls(block, prefix=prefix, suffix=suffix, md_level=md_level, **fields)

    @classmethod
    def _setext(cls, block: RawBlock, level: int, **fields: Any) -> Unit:
        """A Markdown setext heading's line: its underline (and the spaces before it) markup after its text."""
        text = block.text
        underline = len(text.rstrip(text[-1]).rstrip())
        start, end = markup_bounds(text, 0, underline) if underline else (0, 0)
        fields.setdefault("md_level", level)
        return cls(block, prefix=text[:start], suffix=text[end:], **fields)

    @property
    def text(self) -> str:
        return self.block.text

    def _core(self) -> str:
        if not self.prefix and not self.suffix:
            return self.block.text
        return self.block.text[len(self.prefix): len(self.block.text) - len(self.suffix)]

    def drop_suffix(self) -> None:
        """Count the markup residue after the core as core text (the head of a split heading)."""
        self.suffix = ""
        self.core = self._core()
        self.note_kind = NOT_ASKED

    @property
    def compact(self) -> str:
        """The core text without spaces (letter-spacing and name spacing removed)."""
        return self.core.replace(" ", "")

    @property
    def compact_length(self) -> int:
        """``len(self.compact)``, without making the compact text."""
        core = self.core
        return len(core) - core.count(" ")

    def ends_paragraph(self) -> bool:
        core = self.core
        if not core:
            return False
        last = core[-1]
        if last in PARAGRAPH_END:
            return True
        if last in NOTE_REFERENCE_ENDS:  # …革命战线。”⑿ or …。〔3〕: a note's mark (or a time stamp) after the sentence's end
            mark = NOTE_REFERENCE.search(core)
            return mark is not None and mark.start() > 0 and core[mark.start() - 1] in PARAGRAPH_END
        if core[0] in QUOTATION_SOURCE_FIRST:
            return QUOTATION_SOURCE.fullmatch(core) is not None
        return core[0] in URL_FIRST and URL_ALONE.fullmatch(core) is not None

    def split(self, offset: int) -> tuple[Unit, Unit]:
        """Two units: the text before core offset ``offset`` and the text from it on."""
        block = self.block
        text = block.text
        end = start = len(self.prefix) + offset
        while end and text[end - 1].isspace():  # the spaces around the cut go with neither part
            end -= 1
        while start < len(text) and text[start].isspace():
            start += 1
        return Unit.of(block.slice(0, end)), Unit.of(block.slice(start, len(text)))

    def split_at(self, cuts: Sequence[int]) -> list[Unit]:
        """The units the text is cut into at each of the core offsets ``cuts`` (ascending; see :meth:`split`)."""
        head = self
        pieces: list[Unit] = []
        for cut in reversed(cuts):  # (from the end: the offsets before a cut stay the head's)
            head, rest = head.split(cut)
            pieces.append(rest)
        return [head, *reversed(pieces)]


def _setext_level(block: RawBlock) -> int:
    """The level of a Markdown setext heading's block (see ``readers.base.SETEXT_1``), or 0 (also for a block that
    took text after the underline, joined to it: the hints are its first block's)."""
    hints, last = block.hints, block.text[-1:]
    return 1 if SETEXT_1 in hints and last == "=" else 2 if SETEXT_2 in hints and last == "-" else 0


def markup_bounds(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """Where the text between ``start`` and ``end`` begins and ends without the markup residue around it (Markdown's
    ``## ``, ``> ``, a ``**`` closing at the end, HTML tags); the residue alone is text."""
    end = len(text) if end is None else end
    prefix = MARKUP_PREFIX.match(text, start, end) if text[start:start + 1] in RESIDUE_FIRST else None
    if prefix and prefix.end() < end:
        start = prefix.end()
    suffix = _suffix_start(text, start, end) if text[end - 1:end] in RESIDUE_LAST else end
    return start, suffix if suffix > start else end


def _suffix_start(text: str, start: int, end: int) -> int:
    """Where the markup residue at the end of ``text[start:end]`` starts, or ``end``: HTML tags and space entities (and
    the spaces before each: 国务院办公厅&nbsp;&nbsp;</p>), or a closing ``**``/``__`` after a character that is none of
    them, or a decoration (and the spaces before it), or a layout table's empty cells (see ``EMPTY_CELLS``).
    Found from the end: a long line is not scanned from its start."""
    if text[end - 1] == "|":
        cells = EMPTY_CELLS.search(text, start, end)
        return cells.start() if cells and "|" not in text[start:cells.start()] else end
    found = end
    while found > start and text[found - 1] in DECORATION_CHARACTERS:
        found -= 1
    if found < end:
        return len(text[start:found].rstrip()) + start
    if text.endswith(("**", "__"), start, end):
        before = text[end - 3:end - 2] if end - 3 >= start else ""
        return end - 2 if before and before not in "*_" and not before.isspace() else end
    found = end
    while found > start and text[found - 1] in ">;":
        opening = text.rfind("<" if text[found - 1] == ">" else "&", start, found - 1)
        if opening < 0 or not (MARKUP_TAG if text[found - 1] == ">" else SPACE_ENTITY_ONLY).fullmatch(text, opening, found):
            break
        found = opening
        while found > start and text[found - 1].isspace():  # (the spaces before a tag or an entity go with it)
            found -= 1
    return found


def concat(blocks: list[RawBlock]) -> RawBlock:
    """Blocks joined into one (page-break repair, two-line speaker lines)."""
    text_parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    length = 0
    for block in blocks:
        anchors.extend((offset + length, source) for offset, source in block.anchors)
        text_parts.append(block.text)
        length += len(block.text)
    return RawBlock("".join(text_parts), tuple(anchors), blocks[0].hints)


#: How many lines a tag's attributes may go on over, and how such a tag opens (an element's name, a space).
TAG_LINES_MAX: Final = 8
TAG_WITH_ATTRIBUTES: Final = recache.compile(r"<[A-Za-z][A-Za-z0-9]*\s")


def _tag_over_lines(first: RawBlock, following: Iterator[RawBlock]) -> tuple[RawBlock | None, list[RawBlock]]:
    """``first``, a block opening a tag it does not close, and the blocks taken from ``following`` up to the one that
    closes it: as one block if together they are nothing but markup (else None), and as taken."""
    taken = [first]
    for block in following:
        taken.append(block)
        if ">" in block.text or len(taken) > TAG_LINES_MAX:
            break
    joined = concat(taken) if len(taken) > 1 else None
    return (joined if joined is not None and MARKUP_ONLY.fullmatch(joined.text) else None), taken


def units_of(blocks: list[RawBlock]) -> list[Unit]:
    """A unit for each block; blocks that are nothing but markup residue join the next block (or
    the previous one at the end; closing tags alone, </p>, the block they close), so they neither break the structure
    nor get lost."""
    result: list[Unit] = []
    pending: list[RawBlock] = []
    stream = iter(blocks)  # (a tag over lines takes the blocks after it from the stream)
    for block in stream:
        text = block.text
        if not pending and text[:1] not in RESIDUE_FIRST and text[-1:] not in RESIDUE_LAST and not (
                block.hints and _setext_level(block)):  # plain text (nearly all)
            result.append(Unit(block))
        elif text.startswith("</") and result and not pending and CLOSING_TAGS_ONLY.fullmatch(text):
            result[-1] = Unit.of(concat([result[-1].block, block]))
        elif text.startswith("<") and MARKUP_ONLY.fullmatch(text):
            pending.append(block)
        elif text.startswith("<") and text.rfind("<") > text.rfind(">") and TAG_WITH_ATTRIBUTES.match(text):
            tag, taken = _tag_over_lines(block, stream)
            if tag is not None:  # a tag whose attributes go on over lines (<table width="800" style=" / margin: 0
                pending.append(tag)  # auto; / " cellspacing="0" border="0">): markup, as a tag on one line is
                continue
            for line in taken:  # (text that opens with a <: each line as it is)
                result.append(Unit.of(concat([*pending, line]) if pending else line))
                pending = []
        elif pending:
            result.append(Unit.of(concat([*pending, block])))
            pending = []
        else:
            result.append(Unit.of(block))
    if pending:
        if result:
            result[-1] = Unit.of(concat([result[-1].block, *pending]))
        else:
            result.append(Unit.of(concat(pending)))
    return result
