"""Page-break repair: a body paragraph that stops mid-sentence continues in the next one.

Never across a heading or the front matter, into or out of a table cell, a line set off by
wide spacing or a heading an HTML or Word reader knows, across a blockquote's edge, into a paragraph whose line is indented, out of a rule across the page (``------``), a label of what is appended
(``附：课程设置表``), a line that names a document (``城管局副局长述职报告``, ``…工作的通知``) or a label line
(``专题党课：从党史中汲取智慧和力量``, ``校长 徐扬生``) across a blank line or in a text not hard-wrapped, between
Chinese and a paragraph in Latin letters (a bilingual copy's ``…开展批评和`` / ``Comrades: Now I am…``), or
where the next paragraph visibly starts one (after a ``　　`` separator in flattened text)."""

from __future__ import annotations

from itertools import groupby, pairwise
from typing import Final

from .. import recache
from ..lexicon import (
    APPENDED,
    BARE_NUMBER,
    BARE_NUMBER_LONGEST,
    BULLETS,
    CONTINUES,
    DOCUMENT_TITLE,
    OPENS_FIRST_SENTENCE,
    RULE_LINE,
    VOCATIVE,
    is_work_line,
    switches_script,
)
from ..readers.base import CAPTION, FULL_LINE, SEPARATED, SET_OFF, line_breaks
from .headings import DIVISIONS, RUN_INS, clauses_broken_off
from .units import APART, BODY, INDENTS, PARAGRAPH_END, SENTENCE_END_CHAR, Unit, concat

#: Layout hints of a block that stands apart: a table's cell, a line set off by wide spacing, a heading a
#: richer reader knows (HTML's h1–h6, a Word heading style).  Nor is a blockquote's text joined to the text
#: around it (an editor's note above a speech: ``<blockquote>这是…的开幕词</blockquote><p>诸位代表…``).
APART_HINTS: Final = frozenset({"table", SET_OFF, "heading", CAPTION})
#: Units that a broken paragraph may be continued into (the rest of a run-in heading included).
JOINABLE: Final = frozenset({"PARA", "CONCLUSION"})
CONTEXT: Final = 6
#: A hard-wrapped text's lines that end no paragraph, at least, and their share of its paragraphs; how much shorter than the text's width a line may
#: be and still fill it (full-width and half-width characters, a heading's marker); the most characters of a
#: wrapped heading's rest before its sentence ends.
WRAPPED_LINES_MIN: Final = 10
#: Punctuation that prose wrapped at a width holds on nearly every line, and how many lines with none in a row make a
#: list (a site's links a line each), not prose.
PROSE_MARK: Final = recache.compile(r"[，。、；：！？“”,;:!?（）]")
LISTED_RUN_MIN: Final = 3
WRAPPED_SHARE: Final = 0.3
WIDTH_SLACK: Final = 3
HEADING_REST_MAX: Final = 16
#: The most characters a heading's words may have where a copy broke its lead sentence off after them, and how far
#: apart its nearest siblings may stand (see ``_lead_broken_off``).
BROKEN_LEAD_WORDS: Final = 8
SIBLING_REACH: Final = 12
COMMA: Final = recache.compile(r"[，,]")
#: A title, a heading or a label named before a colon or parted by a space, and no clause (no comma, no sentence's end):
#: 专题党课：从党史中汲取智慧和力量, 第1篇：支部书记党课讲稿, 十三先生 2020/05/20 檢舉.  Such a line is no sentence a page
#: end broke where a blank line parts it from the next or the text is not hard-wrapped.
LABEL_LINE: Final = recache.compile(r"[^，,。！？!?；;：:\s]+(?:(?:[：:]|\s+)[^，,。！？!?；;：:“‘\s][^，,。！？!?；;：:\s]*)+")
#: A label line of a label, a colon and its value (联系人：焦阳): two in a row are fields, never a sentence a line end broke.
LABELLED: Final = recache.compile(r"[^，,。！？!?；;：:\s]{1,10}[：:]\s*[^，,。！？!?；;：:\s][^，,。！？!?；;：:]*")
#: The fewest paragraphs of a text wrapped from an indented line onto the margin that show it wraps so.
INDENT_WRAPS_MIN: Final = 2
#: What shows a heading's line to be the start of a running sentence, not a title: a comma, a colon, an enumeration comma.
LEAD_PUNCTUATION: Final = recache.compile(r"[，,：:、]")
#: What broke a paragraph: a manual line break (Word's ``w:br``), a hard-wrapped text's line end (the next line
#: right under it) or, as far as text shows, a page end.
LINE_BREAK, WRAPPED_LINE, PAGE_END = "a manual line break", "a wrapped line", "a page end"


def join_broken_paragraphs(units: list[Unit], joins: list[tuple[Unit, int, str]], source: str,
                           authored: bool = False) -> list[Unit]:
    """The units with broken paragraphs joined, one run at a time; each join goes to ``joins`` as
    ``(joined unit, text offset of the break, what broke it)``; ``source``: the text the units' blocks
    were read from; ``authored``: a file written as Markdown (its YAML front matter found), where a blank
    line parts paragraphs as their author meant (a title line that lost its bold is no broken sentence), unless
    the paragraph above holds clauses broken off (see :func:`headings.clauses_broken_off`: a PDF's text stored as
    Markdown).

    A run of paragraphs that continue one another is joined once, so the cost stays linear; a unit that
    cannot be continued (not a paragraph, or one that ends as a paragraph does: nearly all) starts none."""
    result: list[Unit] = []
    run: list[Unit] | None = None
    hard_wrapped: bool | None = None  # (found when first needed: a line that holds no clause is rare)
    for unit in units:
        if run is not None:
            goes_on = True
            if len(run) == 1 and LABEL_LINE.fullmatch(run[0].core) and not (result and result[-1].info.get("run_in")):
                if hard_wrapped is None:
                    hard_wrapped = _hard_wrapped(units)
                goes_on = hard_wrapped and not _blank_line_between(run[0], unit, source) and not (
                    LABELLED.fullmatch(run[0].core) and LABELLED.fullmatch(unit.core))  # fields a line each (联系人：
                # 焦阳 / 联系电话：…)
            if goes_on and _continues(run, unit, source) and not (
                    authored and _blank_line_between(run[-1], unit, source) and not clauses_broken_off(run[-1])):
                run.append(unit)
                continue
            result.append(_flush(run, joins, source))
        if unit.kind in JOINABLE and not unit.ends_paragraph():
            run = [unit]
        else:
            run = None
            result.append(unit)
    if run is not None:
        result.append(_flush(run, joins, source))
    return result


#: The label of a field in the head of a meeting's minutes, alone on its line over its value (出席人员：, 记录人：).
MINUTES_FIELD: Final = recache.compile(
    r"(?:会议)?(?:时间|地点|主持人?|出席(?:人员)?|列席(?:人员)?|缺席(?:人员)?|请假(?:人员)?|记录人?|参会人员|参加人员|与会人员|议题)"
    r"\s*[:：]")


#: A marker's opening bracket alone on its line, the rest of the marker on the next (（ / 三）改革开放…): a web copy broke it.
LONE_OPENINGS: Final = ("（", "(")


def join_split_markers(units: list[Unit], joins: list[tuple[Unit, int, str]], source: str) -> list[Unit]:
    """The units with an opening bracket left alone on its line joined to the line after it, before the paragraphs are
    classified (（ / 三）改革开放持续深化、互促共进。: the marker opens its heading again); each join goes to ``joins``."""
    if not any(unit.core in LONE_OPENINGS for unit in units):  # (nearly every text: one quick look)
        return units
    result: list[Unit] = []
    for unit in units:
        previous = result[-1] if result else None
        if previous is not None and previous.core in LONE_OPENINGS and previous.kind == "PARA" and unit.kind == "PARA":
            merged = Unit.of(concat([previous.block, unit.block]), kind="PARA", zone=unit.zone)
            joins.append((merged, len(previous.text), _cause(previous, unit, source)))
            result[-1] = merged
        else:
            result.append(unit)
    return result


#: A date's pieces that a crawl set a line each, taking each text node of a page for a line (2019 / 年 / 11 / 月 /
#: 15 / 日): a number, a number and its unit, or a unit alone; and the whole date they make, from the year.
DATE_PIECE: Final = recache.compile(r"[0-9０-９〇○零一二三四五六七八九十]{1,4}[年月日]?|[年月日]")
SHREDDED_DATE: Final = recache.compile(
    r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?")
#: The lines a crawl shreds so: a unit of a date alone, a colon alone (附件 / ：).
SHRED_PIECES: Final = frozenset("年月日：:")
#: A conjunction alone on its line, the end of the list's item above it (…的詳情為何； / 及 / (三)…: a PDF's text of a
#: council's question, its items joined as statutes join them, ；及 and ；或).
LONE_CONJUNCTIONS: Final = frozenset({"及", "以及", "或", "或者", "和", "并", "並", "且"})
#: How the item a lone conjunction ends ends.
ITEM_ENDS: Final = ("；", ";", "，", ",")
#: What a line alone may be that goes back to the line above.
LONE_PIECES: Final = SHRED_PIECES | LONE_CONJUNCTIONS
#: A date's pieces at most (year, 年, month, 月, day, 日).
DATE_PIECES_MAX: Final = 6
#: The longest label a colon alone on the next line ends (附件 / ：).
SHREDDED_LABEL_MAX: Final = 10


def join_shredded_lines(units: list[Unit], joins: list[tuple[Unit, int, str]], source: str) -> list[Unit]:
    """The units with the pieces of one line that a crawl set a line each (each text node of a page on a line of its
    own) joined, before the paragraphs are classified: a date's numbers and units (2019 / 年 / 11 / 月 / 15 / 日), and
    a colon alone to the short label above it (附件 / ：), a conjunction alone to the list's item above it (…為何； /
    及); each join goes to ``joins``."""
    if not any(unit.core in LONE_PIECES for unit in units):  # (nearly every text: one quick look)
        return units
    result: list[Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        end = _shredded_date_end(units, index)
        if end > index:
            result.append(_flush(units[index:end], joins, source))
            index = end
            continue
        previous = result[-1] if result else None
        if previous is not None and _ends_line_above(previous, unit):
            result[-1] = _flush([previous, unit], joins, source)
        else:
            result.append(unit)
        index += 1
    return result


def _ends_line_above(previous: Unit, unit: Unit) -> bool:
    """Whether ``unit`` is the end of the line above, ``previous``: a colon alone after a short label that ends no
    paragraph (附件 / ：), or a conjunction alone after a list's item (…為何； / 及)."""
    if unit.kind != "PARA" or previous.kind != "PARA":
        return False
    if unit.core in ("：", ":"):
        return (len(previous.core) <= SHREDDED_LABEL_MAX and not previous.ends_paragraph()
                and previous.core[-1:] not in ("：", ":"))
    return unit.core in LONE_CONJUNCTIONS and previous.core.endswith(ITEM_ENDS)


def _shredded_date_end(units: list[Unit], start: int) -> int:
    """Where the pieces of a date a line each that start at ``units[start]`` end (see ``DATE_PIECE``), or ``start``:
    two pieces at least, one of them a unit alone, together a date from its year."""
    end = start
    while (end < len(units) and end - start < DATE_PIECES_MAX and units[end].kind == "PARA"
           and DATE_PIECE.fullmatch(units[end].core)):
        end += 1
    while end - start >= 2:
        pieces = [unit.core for unit in units[start:end]]
        if SHREDDED_DATE.fullmatch("".join(pieces)) and any(piece in SHRED_PIECES for piece in pieces):
            return end
        end -= 1
    return start


def join_wrapped_headings(units: list[Unit], joins: list[tuple[Unit, int, str]], source: str) -> list[Unit]:
    """The units with a heading that a hard-wrapped text (a PDF's, one printed line a line) broke at its line's
    end joined to its rest: a division heading as long as the text's lines, ending no sentence, whose next
    line (the very next line of ``source``, the text the units were read from) ends the sentence within a few
    characters (（三）部分转移支付管理不严格，资金分配未充分体现政策 / 导向。共涉及…), or a heading whose
    lead sentence runs on (its line holds a comma or colon and ends none) from an indented line onto lines at
    the margin under it, as a text that indents its paragraphs wraps them (``  一是资金整合建议：…移民后扶三块`` /
    ``资金各有投向…。``), or from a line full up to the margin (see :func:`_lead_wrapped`), in place; each join goes to
    ``joins`` as :func:`join_broken_paragraphs` reports them."""
    spans: dict[int, int] = {}  # a heading's index → how many lines after it go on it
    cut: list[int] = []
    titles: list[int] = []  # two-line titles the headings pass found (see find_plain_headings)
    indent_width: int | None = None  # the width at which the text wraps its indented paragraphs (found when needed)
    for index, unit in enumerate(units[:-1]):
        kind = unit.kind
        if kind in DIVISIONS or kind in RUN_INS:
            start = unit.block.anchors[0][1]  # (where the paragraph starts: its first anchor)
            lines = (start > 0 and source[start - 1] in INDENTS and _may_run_on(unit, source)  # (quick tests first:
                     and _lead_runs_on(units, index, source))  # most headings stand at the margin)
            if lines and indent_width is None:
                indent_width = _indent_wrap_width(units, source)  # (once, and only where a heading may run on)
            if lines and indent_width and unit.compact_length >= indent_width - WIDTH_SLACK:
                spans[index] = lines
            elif kind in DIVISIONS and (_heading_cut(unit, units[index + 1]) or _heading_tail(unit, units[index + 1])) and (
                    line_breaks(source[unit.block.end: units[index + 1].block.start]) == 1):
                cut.append(index)
            elif kind in DIVISIONS and (
                    (unit.compact_length - unit.info.get("end", 0) <= BROKEN_LEAD_WORDS and _lead_broken_off(units, index))
                    or (FULL_LINE in unit.block.hints and _lead_wrapped(unit, units[index + 1], source))):
                spans[index] = 1  # a lead broken off after a few words; a lead wrapped from a full line
            elif kind in DIVISIONS and _broken_at_a_link(units, index):
                spans[index] = 2
        elif kind == "HEAD_PLAIN" and "wrapped" in unit.info:
            titles.append(index)
    width = _wrap_width(units) if cut and not any(FULL_LINE in units[index].block.hints for index in cut) else 0
    cut = [index for index in cut if _full(units[index], width) and (
        _heading_cut(units[index], units[index + 1]) or not _full(units[index + 1], width))]
    spans.update(dict.fromkeys(cut + titles, 1))
    for index in sorted(spans, reverse=True):
        members = units[index: index + 1 + spans[index]]
        unit = members[0]
        merged = Unit.of(concat([member.block for member in members]), kind=unit.kind, zone=unit.zone)
        merged.info.update(unit.info)
        offset = 0
        for member in members[:-1]:
            offset += len(member.text)
            joins.append((merged, offset, WRAPPED_LINE))
        units[index: index + 1 + spans[index]] = [merged]
    return units


#: The longest piece of a heading a web copy set on a line of its own, a link's words (民主 / 法制 / 建设得到加强…), and
#: the longest rest of the heading after it.
LINK_PIECE_MAX: Final = 6
LINK_REST_MAX: Final = 40
LINK_PIECE: Final = recache.compile(rf"[\u4e00-\u9fff]{{1,{LINK_PIECE_MAX}}}")


def _broken_at_a_link(units: list[Unit], index: int) -> bool:
    """Whether the division heading ``units[index]`` goes on over the next two lines, a web copy having set a linked
    word of it on a line of its own (5、民主 / 法制 / 建设得到加强，安定团结的局面进一步巩固: a site's keyword link): the
    heading ends no clause, the next line is a few Chinese words alone, the one after them the heading's rest, a plain
    line that ends no sentence and holds none, more than twice as long as the piece (not the next line of a text
    wrapped at a narrow width: 一、总体要求 / 要坚持稳中 / 求进，加强 / 团结，…)."""
    if index + 2 >= len(units) or _ends_clause(units[index]):
        return False
    piece, rest = units[index + 1], units[index + 2]
    return (piece.kind == "PARA" and rest.kind == "PARA" and piece.zone == rest.zone == BODY
            and LINK_PIECE.fullmatch(piece.core) is not None
            and 2 * piece.compact_length < rest.compact_length <= LINK_REST_MAX and rest.core[-1] not in PARAGRAPH_END
            and not SENTENCE_END_CHAR.search(rest.core) and not rest.info.get("list_marker"))


def _ends_clause(unit: Unit) -> bool:
    """Whether ``unit``'s text ends with a mark that ends a clause or a sentence."""
    return unit.core[-1:] in PARAGRAPH_END or unit.core[-1:] in "，,、"


def _lead_broken_off(units: list[Unit], index: int) -> bool:
    """Whether the division heading ``units[index]``, a few words ending no sentence (（二）坚持不懈用), is the start of a
    lead sentence a copy broke off its paragraph (新时代中国特色社会主义思想凝心铸魂。用党的…): its siblings near it are
    each run into their paragraph, their lead sentences more than twice its words, and the paragraph after it ends its
    first sentence soon enough for the lead to be at most twice the longest of theirs, with no comma (the heading's
    last words, not a sentence of the text: （一）切实坚持作风建设 / 各部门要…，形成工作合力。)."""
    unit, following = units[index], units[index + 1]
    if (unit.zone != BODY or following.kind != "PARA" or following.zone != BODY or following.info.get("list_marker")
            or SENTENCE_END_CHAR.search(unit.core) or unit.core[-1:] in PARAGRAPH_END):
        return False
    words = len(unit.core) - unit.info.get("end", 0)
    leads = [_lead_length(sibling) for sibling in _siblings(units, index)]
    if not leads or min(leads) <= 2 * words:  # (a sibling that stands alone, or no sibling: the heading is whole)
        return False
    rest = SENTENCE_END_CHAR.search(following.core, 0, 2 * max(leads) - words + 1)
    return rest is not None and following.core[rest.start()] == "。" and not COMMA.search(following.core, 0, rest.start())


def _siblings(units: list[Unit], index: int) -> list[Unit]:
    """The nearest heading of ``units[index]``'s kind before it and after it, within ``SIBLING_REACH`` units."""
    kind = units[index].kind
    before = next((unit for unit in reversed(units[max(0, index - SIBLING_REACH): index]) if unit.kind == kind), None)
    after = next((unit for unit in units[index + 1: index + 1 + SIBLING_REACH] if unit.kind == kind), None)
    return [unit for unit in (before, after) if unit is not None]


def _lead_length(unit: Unit) -> int:
    """The length of a run-in heading's lead sentence (its text up to its first sentence's end, the text going on
    after it), or 0 for a heading that is not run into its paragraph."""
    start = unit.info.get("end", 0)
    end = SENTENCE_END_CHAR.search(unit.core, start)
    return end.start() - start if end is not None and end.end() < len(unit.core) else 0


def _full(unit: Unit, width: int) -> bool:
    """Whether ``unit``'s (last) line is full up to the margin of a hard-wrapped text: as the reader found it
    (``FULL_LINE``), or as long as the lines the text wraps at ``width`` (0: not wrapped)."""
    return FULL_LINE in unit.block.hints or (width > 0 and unit.compact_length >= width - WIDTH_SLACK)


def _lead_wrapped(unit: Unit, following: Unit, source: str) -> bool:
    """Whether the division heading ``unit``, on a line full up to the margin of a hard-wrapped text, has a lead
    sentence that runs on (a comma or colon in it, no end) onto the very next line, a paragraph of the body, no list's
    item (4、为了适应社员需要，满足…全社建立了九处民校和一处图书 / 馆，还组织了一个业余剧团，…。): one paragraph, its
    heading cut at the lead sentence's end."""
    return (unit.zone == BODY and following.kind == "PARA" and following.zone == BODY
            and not following.info.get("list_marker") and unit.core[-1:] not in PARAGRAPH_END
            and SENTENCE_END_CHAR.search(unit.core) is None
            and LEAD_PUNCTUATION.search(unit.core, unit.info.get("end", 0)) is not None
            and line_breaks(source[unit.block.end: following.block.start]) == 1)


def _may_run_on(unit: Unit, source: str) -> bool:
    """Whether the heading ``unit`` stands on an indented line whose lead sentence runs on (a comma or colon in it, no
    end): maybe the first line of a paragraph wrapped at the margin."""
    start = unit.block.start
    return (unit.core[-1:] not in PARAGRAPH_END and unit.zone == BODY and SENTENCE_END_CHAR.search(unit.core) is None
            and not unit.ends_paragraph()
            and LEAD_PUNCTUATION.search(unit.core, unit.info.get("end", 0)) is not None and _indented(source, start))


def _indent_wrap_width(units: list[Unit], source: str) -> int:
    """The width of the lines at which a text that indents its paragraphs wraps them onto the margin: the median length
    of the body's indented paragraph lines that end no sentence and go on at the margin right under them, where there
    are ``INDENT_WRAPS_MIN`` or more; 0 for a text that does not wrap so."""
    lengths = [unit.compact_length for unit, following in pairwise(units)
               if unit.kind == "PARA" and following.kind == "PARA" and unit.zone == BODY and not unit.ends_paragraph()
               and line_breaks(source[unit.block.end: following.block.start]) == 1
               and _indented(source, unit.block.start) and not _indented(source, following.block.start)]
    return median_low(lengths) if len(lengths) >= INDENT_WRAPS_MIN else 0


def _lead_runs_on(units: list[Unit], index: int, source: str) -> int:
    """How many lines at the margin under the heading ``units[index]`` (see :func:`_may_run_on`) go on it: up to the
    line that ends its lead sentence (0: none)."""
    count = 0
    previous = units[index]
    for position in range(index + 1, len(units)):  # (by index: no copy nor skip of the rest, a long text has many headings)
        following = units[position]
        between = source[previous.block.end: following.block.start]
        if (following.kind != "PARA" or following.zone != BODY or following.info.get("list_marker")
                or line_breaks(between) != 1 or between.strip() or _indented(source, following.block.start)):
            break
        count += 1
        if SENTENCE_END_CHAR.search(following.core) or following.ends_paragraph():
            break
        previous = following
    return count


def _heading_cut(unit: Unit, following: Unit) -> bool:
    """A division heading with no sentence's end in it, before a paragraph (no list's item) whose first sentence
    ends with a 。 within ``HEADING_REST_MAX`` characters, no comma before (the heading's last words: 导向。共涉及…)."""
    if unit.zone != BODY or following.kind != "PARA" or following.zone != BODY or following.info.get("list_marker"):
        return False
    if SENTENCE_END_CHAR.search(unit.core) or unit.core[-1:] in PARAGRAPH_END:
        return False
    end = following.core.find("。", 0, HEADING_REST_MAX + 1)
    return end > 0 and not COMMA.search(following.core, 0, end) and "；" not in following.core[:end]  # (一是…；二是…。)


def _heading_tail(unit: Unit, following: Unit) -> bool:
    """A division heading with no sentence's end in it, before a short line that ends none either, no list's item
    (十三届四 / 中全会、五中全会精神): the heading's last words, where a hard-wrapped text's line shorter than its width
    (the caller checks) ends what it holds, and only a heading ends without a mark (the headings pass may have taken
    the short line for an unnumbered heading of its own)."""
    if (unit.zone != BODY or following.kind not in ("PARA", "HEAD_PLAIN") or following.zone != BODY
            or following.info.get("list_marker")):
        return False
    return (not SENTENCE_END_CHAR.search(unit.core) and unit.core[-1:] not in PARAGRAPH_END
            and following.compact_length <= HEADING_REST_MAX and not SENTENCE_END_CHAR.search(following.core)
            and following.core[-1:] not in PARAGRAPH_END)


def _wrap_width(units: list[Unit]) -> int:
    """The width at which a hard-wrapped text breaks its lines (the median length of the body's lines that end
    no paragraph, when there are many and most are about that long), or 0 for text that is not hard-wrapped.  Lines
    with no punctuation three or more in a row are left out: a list's or a site's (揭阳市政府门户网站 / 请选择 / …), not
    prose broken at a width."""
    paragraphs = [unit for unit in units if unit.kind == "PARA" and unit.zone == BODY]
    listed = [False] * len(paragraphs)  # (the lines of a run of LISTED_RUN_MIN or more with no punctuation: a list, a
    start = 0  # menu, no prose wrapped)
    for bare, run in groupby(PROSE_MARK.search(unit.core) is None for unit in paragraphs):
        count = sum(1 for _ in run)
        if bare and count >= LISTED_RUN_MIN:
            listed[start: start + count] = [True] * count
        start += count
    lengths = [unit.compact_length for unit, in_list in zip(paragraphs, listed, strict=True)
               if not in_list and not unit.ends_paragraph()]
    if len(lengths) < max(WRAPPED_LINES_MIN, len(paragraphs) * WRAPPED_SHARE):
        return 0
    width = median_low(lengths)
    near = sum(abs(length - width) <= WIDTH_SLACK for length in lengths)
    return width if 2 * near >= len(lengths) else 0


def _continues(run: list[Unit], unit: Unit, source: str) -> bool:
    """Does ``unit`` go on the paragraph that ``run`` has so far?"""
    first, last = run[0], run[-1]
    return (
        first.kind in JOINABLE
        and unit.kind == first.kind
        and unit.zone == first.zone
        and unit.zone in (BODY, "back")
        and not last.ends_paragraph()
        and not first.info.get("list_marker")
        and not unit.info.get("list_marker")
        and not APART_HINTS & last.block.hints
        and not {SEPARATED, *APART_HINTS} & unit.block.hints
        and ("quote" in last.block.hints) == ("quote" in unit.block.hints)
        and RULE_LINE.fullmatch(last.core) is None  # a rule (------) before notes is no broken sentence
        and not last.core.startswith(APPENDED)
        and APART not in last.info and APART not in unit.info  # an issuer's line, a name in a list of names
        and not (len(run) == 1 and len(last.core) <= BARE_NUMBER_LONGEST and BARE_NUMBER.fullmatch(last.core))  # a number
        # alone after a finished paragraph (a page's number a PDF left, 19) opens no sentence
        and (DOCUMENT_TITLE.fullmatch(last.core) is None or unit.core[:1] in CONTINUES
             or OPENS_FIRST_SENTENCE.match(last.core) is not None)  # 刚才几位同志作了很好的发言 / ，…
        and VOCATIVE.fullmatch(unit.core) is None  # an audience addressed on a line of its own (同志们！) opens one
        and not (unit.core[-1:] in "：:" and MINUTES_FIELD.fullmatch(unit.core))  # so does a field of a meeting's
        # minutes, its value on the lines under it (请假人员： / 潘姿安 / 列席人员： / …)
        and unit.core[:1] not in BULLETS  # so does a bulleted line (■ 这一年，…)
        and not (unit.core[:1] == "《" and is_work_line(unit.core) and is_work_line(last.core))  # works listed one per line
        and not switches_script(last.core, unit.core)
        and not _indented(source, unit.block.start)  # (tested last: it reads the source)
    )


def _hard_wrapped(units: list[Unit]) -> bool:
    """Whether the body's paragraphs end mid-sentence as often as a hard-wrapped text's lines do (a PDF's text, one
    printed line a line): ``WRAPPED_SHARE`` of them or more."""
    paragraphs = [unit for unit in units if unit.kind == "PARA" and unit.zone == BODY]
    return sum(not unit.ends_paragraph() for unit in paragraphs) >= WRAPPED_SHARE * len(paragraphs)


def _blank_line_between(before: Unit, after: Unit, source: str) -> bool:
    return line_breaks(source[before.block.end: after.block.start]) >= 2


def _indented(source: str, start: int) -> bool:
    """Whether the line on which a paragraph starts at ``start`` indents it (two spaces or more, a 　 or a
    tab before it): an indented line opens a paragraph, where the rest of one a page end broke runs on
    at the margin (the rule the text reader keeps inside a block of lines)."""
    indent = 0
    while indent < start and source[start - indent - 1] in INDENTS:
        indent += 1
    return indent >= 2 or (indent == 1 and source[start - 1] in "\u3000\t")


def _flush(run: list[Unit], joins: list[tuple[Unit, int, str]], source: str) -> Unit:
    """The run as one unit (its only member, or the members joined)."""
    if len(run) == 1:
        return run[0]
    merged = Unit.of(concat([member.block for member in run]), kind=run[0].kind, zone=run[0].zone)
    merged.info.update(run[0].info)
    offset = 0
    for member, following in pairwise(run):
        offset += len(member.text)
        joins.append((merged, offset, _cause(member, following, source)))
    return merged


def _cause(before: Unit, after: Unit, source: str) -> str:
    """What broke the paragraph between ``before`` and ``after`` (see ``PAGE_END``)."""
    if "line-break" in after.block.hints:
        return LINE_BREAK
    between = source[before.block.end: after.block.start]
    return WRAPPED_LINE if line_breaks(between) == 1 and not between.strip() else PAGE_END


def median_low(values: list[int]) -> int:
    """The median of ``values``, or of two middle ones the lower (:func:`statistics.median_low`, whose module
    takes 3 ms to import, at every start)."""
    return sorted(values)[(len(values) - 1) // 2]
