"""Flattened text (paragraphs run together by a crawler): cut where a division marker follows a
sentence end, and split a title, date and speaker glued to the start of the text (also a news
agency's dateline and photo caption around them, and a 求是 excerpt's byline 标题※习近平)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from .. import recache
from ..lexicon import ADDRESSING, BYLINE_MARK, FIRST_CHARACTERS, NEWS_DATELINE_PATTERN, OFFICE, PHOTO_CREDIT
from ..numerals import chinese_number
from ..readers.base import SEPARATED
from .front import DOC_NUMBER_MAX, TITLE_MAX, TITLE_NOT_LAST, is_name, parse_speaker
from .units import FRONT, SENTENCE_END, SENTENCE_END_CHAR, Unit

#: A flattened block this long with no separators is split before division markers.
FLATTENED_SPLIT_MIN: Final = 1500
#: How far into the text a glued date line is looked for.
GLUED_FRONT_REACH: Final = 150
#: Where a paragraph may have ended in flattened text: after a sentence or a colon, or after a
#: photo's credit (…新华社记者 鞠鹏/摄一、…), which ends its caption; before what may open a
#: division marker (the marker patterns then decide).
#: (One character class first, the credit's 摄 checked behind it: a search skips through the text on the class.)
PARAGRAPH_BREAK: Final = recache.compile(
    r"[。！？!?：:摄](?:(?<=[。！？!?：:])|(?<=[/\s]摄))\s*(?=[一二三四五六七八九十百〇（(第\u3220-\u32290-9０-９])")
#: The fact (``unit.info`` key) of a paragraph cut out of paragraphs run together.
RUN_TOGETHER = "run_together"
#: A paragraph this long, and holding half the text or more, is paragraphs run together when a division
#: marker follows a sentence inside it (a web page's excerpt on one line), though the text is not flattened.
RUN_TOGETHER_MIN: Final = 300
SENTENCE_OR_ITEM_END: Final = recache.compile(r"[。；;]")
#: The shortest item of a series of run-in enumerators run together that is a paragraph, not a sentence.
ORDINAL_ITEM_MIN: Final = 80
OPENING_BRACKET: Final = recache.compile(r"[（(]")
CLOSING_BRACKET: Final = recache.compile(r"[)）]")
#: How a speech's title ends (…的讲话, …工作报告, …发言稿).
SPEECH_TITLE_ENDS: Final = r"(?:的讲话|上讲话|的报告|工作报告|的发言|的致辞|的主旨讲话|讲话稿|发言稿|致辞稿|演讲稿)"
#: A speech's title run into the salutation after it: 县委书记在…大会上的讲话|同志们:今天… (a news site's title naming the
#: speaker before a colon too: 习近平：在…大会上的讲话 同志们，朋友们：…)
TITLE_BEFORE_ADDRESS: Final = recache.compile(
    rf"(?:(?:[^，。；：:！？!?,\s]{{2,12}}[：:])?[^，。；：:！？!?,\s]{{4,60}}?{SPEECH_TITLE_ENDS}"
    r"|【[^【】，。；！？]{4,40}】)"  # (a title in brackets, whatever it ends with: 【争做文明公民的倡议书】亲爱的市民朋友们：)
    r"(?P<tag>\s*[（(][^（）()，。；！？]{2,20}[)）])?"  # a site's tag after it: …政府工作报告(2022年政府工作报告)各位代表:
    r"(?=\s*(?:尊敬的|亲爱的|各位|同志们|同胞们|同学们|老师们|朋友们|代表们|女士们))"
)
#: A document's title opening flattened text, its kind ending it, then a space or the year its text opens with
#: (2023年XX区卫生健康工作总结及2024年工作计划 2023年，在区委…; …工作计划2023年，在区委…).
TITLE_BEFORE_TEXT: Final = recache.compile(
    r"[^，。；：:！？!?,、\s]{4,60}?(?:讲话|报告|总结|计划|方案|意见|通知|决定|规划|要点|发言|致辞)(?=\s+\S|[0-9]{4}年[^度])")
#: How far down a 公文's number run into its title is looked for.
NUMBERED_TITLE_REACH: Final = 12
#: Punctuation that a title's line does not hold (its sentence or clause would go on).
TITLE_PUNCTUATION: Final = recache.compile(r"[。！？!?；;，,：:]")
#: How a salutation's line opens: 尊敬的…, 亲爱的…, or the words that address an audience (同志们, 各位代表…).
ADDRESS_OPENING: Final = recache.compile(rf"尊敬的|敬爱的|亲爱的|{ADDRESSING.pattern}")
#: A speech's title run into the label of an editor's note after it (县长在经济工作会议上的讲话编者按:本文主要从…), and where
#: that note ends: before the salutation, after a colon or a sentence's end (…具体材料请详见:同志们:今天…), within
#: ``EDITORS_NOTE_REACH`` characters.
TITLE_BEFORE_EDITORS_NOTE: Final = recache.compile(
    rf"[^，。；：:！？!?,\s]{{4,60}}?{SPEECH_TITLE_ENDS}(?=\s*(?:编者按|编者的话|导读|内容提要|核心提示)\s*[：:])")
EDITORS_NOTE_REACH: Final = 1000
NOTE_BEFORE_ADDRESS: Final = recache.compile(rf"(?<=[：:。！？!?])\s*(?=(?:{ADDRESS_OPENING.pattern})[^。！？]{{0,60}}?[：:])")
#: What a 公文's title ends with (its kind).
DOCUMENT_KINDS: Final = ("决定", "通知", "意见", "报告", "方案", "办法", "规定", "细则", "批复", "请示", "通报", "公告", "纪要", "函")
#: The glued parts that are notes, and their kinds: a site's tag after the title, an editor's note after it.
NOTE_PARTS: Final = {"NOTE": "chrome", "EDITORIAL": "editorial"}
#: A news agency's dateline opening its copy of a speech.
NEWS_DATELINE: Final = recache.compile(NEWS_DATELINE_PATTERN + r"\s*")
#: How many units at the top may hold the front matter of a news agency's copy (a caption first).
FRONT_UNITS: Final = 3
#: How far into a unit at the top the credit of a photo's caption may end (front matter and caption).
CAPTION_REACH: Final = 240
#: How far into the text after the date an office (中华人民共和国主席) may end.
OFFICE_REACH: Final = 30
CJK_RUN: Final = recache.compile(r"[\u4e00-\u9fff、]*")


def split_flattened(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """In flattened text, a division marker after a sentence end starts a new paragraph; so it does
    in a long paragraph that holds most of the text (a web page's excerpt run together on one line:
    …我强调三点意见:一、要…), also after a colon when what follows is a paragraph of its own, not an
    item of a list (一、…；二、…)."""
    starts = [(patterns[name], name in ("HEAD_CN", "HEAD_AR")) for name in ("HEAD_CN", "HEAD_CNP", "HEAD_PART", "HEAD_AR")]
    run_together_min = max(RUN_TOGETHER_MIN, (units[-1].block.end - units[0].block.start) // 2 if units else 0)
    shortest = min(FLATTENED_SPLIT_MIN, run_together_min)
    long = [index for index, unit in enumerate(units) if len(unit.block.text) >= shortest and len(unit.block.text) >= (
        FLATTENED_SPLIT_MIN if "flattened" in unit.block.hints else run_together_min)]  # (few: a length test first)
    for index in reversed(long):
        if pieces := _run_together_pieces(units[index], starts, patterns):
            units[index: index + 1] = pieces
    return units


def _run_together_pieces(unit: Unit, starts: list[tuple[re.Pattern[str], bool]],
                         patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """The paragraphs of ``unit``, paragraphs run together (see :func:`split_flattened`), or [] where it is one."""
    block = unit.block
    text = block.text
    cuts = []
    items: dict[tuple[str, str | None], list[tuple[int, int | None]]] = {}  # run-in items after a sentence, by series
    for match in PARAGRAPH_BREAK.finditer(text):
        for pattern, needs_delimiter in starts:  # 一、 and 1、 (not 一 or 一，); （一） and 第一部分 as they are
            marker = pattern.match(text, match.end())
            if marker and not (needs_delimiter and (marker.group("delim") or "") in ("", " ", "，", ",")):
                if text[match.start()] not in "：:" or _opens_paragraph(text, marker.end()):
                    cuts.append(match.end())
                break
        else:
            if text[match.start()] not in "：:":
                _collect_run_in(text, match.end(), patterns, items)
    cuts = sorted({*cuts, *_series_cuts(items)})
    if not cuts:
        return []
    pieces = [Unit.of(block.slice(start, cut).strip_end()) for start, cut in pairwise([0, *cuts])]
    pieces.append(Unit.of(block.slice(cuts[-1], len(text))))
    for piece in pieces:
        piece.info[RUN_TOGETHER] = True  # (a space in it may be all that parts a heading from its paragraph)
    return pieces


#: A division's heading glued to the end of the paragraph before it in flattened text (…十分重要的意义。一、关于第一个
#: 问题。　　…, maybe behind a page's tag, <P align=center>): a sentence's end, the marker (a Chinese numeral's, with
#: its delimiter), a short title that ends the paragraph; how far from the paragraph's end the marker may stand.
GLUED_HEADING: Final = recache.compile(
    r"[。！？!?](?P<heading>(?:<[^<>]{0,40}>)?(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}部分)[^。！？!?；;]{2,40}[。！？!?]?)$")
GLUED_HEADING_REACH: Final = 56
#: A 一、 marker opening a line.
CN_MARKER: Final = recache.compile(r"([一二三四五六七八九十]{1,3})、")


def split_glued_headings(units: list[Unit]) -> list[Unit]:
    """In flattened text, a division's heading glued to the end of the paragraph before it (…的意义。一、关于第一个问题。
    　　这是…, see ``GLUED_HEADING``) as a paragraph of its own: the separator after it shows where the paragraph ended.
    In any text, such a heading whose number the text's own series of headings lacks, their neighbours opening lines
    of their own (…批评纠正。一、社会主义社会到底有没有阶级斗争 with 二、 on a line below: a scan lost the break)."""
    cuts = [(index - 1, found.start("heading")) for index, unit in enumerate(units)
            if SEPARATED in unit.block.hints and index and (found := GLUED_HEADING.search(
                core := units[index - 1].core, max(0, len(core) - GLUED_HEADING_REACH)))]
    cuts += _glued_into_series(units, {index for index, _ in cuts})
    for index, cut in sorted(cuts, reverse=True):
        units[index: index + 1] = units[index].split(cut)
    return units


def _glued_into_series(units: list[Unit], cut: set[int]) -> list[tuple[int, int]]:
    """The ``(index, cut)`` of the 一、 headings glued to a paragraph's end whose number the text's lines opening with
    a 一、 marker lack, the number before or after it among them (see :func:`split_glued_headings`)."""
    opened = {number for unit in units if unit.core[:1] in FIRST_CHARACTERS["HEAD_CN"]
              and (marker := CN_MARKER.match(unit.core)) and (number := chinese_number(marker[1]))}
    if not opened:
        return []
    found = []
    for index, unit in enumerate(units):
        core = unit.core
        if index in cut or core[-1:] in SENTENCE_END or "、" not in core[-GLUED_HEADING_REACH:]:
            continue  # (the quick tests: a paragraph ending a sentence, or no 、 near its end)
        glued = GLUED_HEADING.search(core, max(0, len(core) - GLUED_HEADING_REACH))
        marker = CN_MARKER.match(glued["heading"]) if glued else None
        number = chinese_number(marker[1]) if marker else None
        if glued and number and number not in opened and {number - 1, number + 1} & opened:
            found.append((index, glued.start("heading")))
    return found


#: A division's first subdivision run into its heading on one line (一、主要做法及成效(一)抓好…。): the heading's text is
#: short and holds no punctuation up to the subdivision's marker, numbered one, of the family that nests under it; not
#: an item a law's article is cited by (第二十条第（一）项, also 款 and 目).
FIRST_SUBDIVISION: Final = {
    "HEAD_PART": recache.compile(r"[^。！？!?；;，,：:、（()）]{2,30}?(?<!第)(?=[（(]\s?一\s?[)）](?![项款目])|一、)"),
    "HEAD_CN": recache.compile(r"[^。！？!?；;，,：:、（()）]{2,30}?(?<!第)(?=[（(]\s?一\s?[)）](?![项款目]))"),
    "HEAD_CNP": recache.compile(r"[^。！？!?；;，,：:、（()）0-9０-９]{2,30}?(?=[1１][.．、](?![0-9０-９]))"),
}
#: The first characters of the division markers that such a heading opens with, and how far into its line the first
#: subdivision's marker may stand (a marker, a title of at most 30 characters).
CHAINED_FIRST: Final = frozenset("".join(FIRST_CHARACTERS[kind] for kind in FIRST_SUBDIVISION))
CHAINED_REACH: Final = 48


def split_chained_headings(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """A division's heading with its first subdivision's heading run into it (一、主要做法及成效（一）抓好…。, （二）主要任务1.加强…)
    as two paragraphs, for each to be a heading of its own (see :data:`FIRST_SUBDIVISION`)."""
    cuts = [(index, cut) for index, unit in enumerate(units)
            if unit.core[:1] in CHAINED_FIRST and (cut := _first_subdivision(unit.core, patterns))]
    for index, cut in reversed(cuts):
        units[index: index + 1] = units[index].split(cut)
    return units


def _first_subdivision(core: str, patterns: dict[str, re.Pattern[str]]) -> int:
    """Where the first subdivision run into the heading that ``core`` opens with starts, or 0."""
    head = core[2:CHAINED_REACH]  # (no marker numbered one in it, no subdivision: nearly every line, at once)
    if not ("一）" in head or "一)" in head or "一、" in head or "1" in head or "１" in head):
        return 0
    for kind, subdivision in FIRST_SUBDIVISION.items():
        marker = patterns[kind].match(core)
        if marker:
            title = subdivision.match(core, marker.end())
            if kind == "HEAD_CN" and marker.group("delim") in (None, "", " "):
                return 0  # (一 alone, or 一 and a space: a numeral opening a sentence may read so)
            return title.end() if title else 0
    return 0


def _collect_run_in(text: str, start: int, patterns: dict[str, re.Pattern[str]],
                    items: dict[tuple[str, str | None], list[tuple[int, int | None]]]) -> None:
    """A run-in enumerator (第一，, 一是 …) at ``start``, after a sentence or a photo's credit, filed under its series."""
    for kind in ("ITEM_ORD", "ITEM_VERB"):
        marker = patterns[kind].match(text, start)
        if marker:
            key = (kind, marker.groupdict().get("verb"))
            items.setdefault(key, []).append((start, chinese_number(marker.group("num"))))
            return


def _series_cuts(items: dict[tuple[str, str | None], list[tuple[int, int | None]]]) -> list[int]:
    """Where the items of a series of run-in enumerators (第一，… 第二，…, or 一是… 二是… of one verb,
    counted from one, each running on for several sentences: paragraphs run together) start."""
    cuts: list[int] = []
    for found in items.values():
        run: list[int] = []
        for start, number in found:
            if run and number == len(run) + 1 and start - run[-1] >= ORDINAL_ITEM_MIN:
                run.append(start)
            elif number == 1:
                if len(run) >= 2:
                    cuts.extend(run)
                run = [start]
        if len(run) >= 2:
            cuts.extend(run)
    return cuts


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the text from ``start`` (after a marker) runs on to a full stop before any semicolon:
    a paragraph, not an item of a list."""
    stop = SENTENCE_OR_ITEM_END.search(text, start)
    return stop is not None and stop.group() == "。"


def split_glued_front(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """``在…上的讲话（2018年2月12日）习近平党的十八大以后……``: title, date, speaker, body; a news
    agency's copy, ``新华社北京6月24日电　主标题——副标题（2024年6月24日，天津）中华人民共和国主席　习近平
    …新华社记者 姚大伟 摄尊敬的各位同事：``: dateline, title, subtitle, date, speaker, photo caption,
    the rest; and the byline of a 求是 excerpt, ``标题※习近平　　…`` (also on a line of its own).
    In flattened text a photo's caption near the top ends at its credit (…摄), where the salutation may follow.
    A 公文's number run into its title on one line is split off it first (see :func:`_split_numbered_title`)."""
    if not units:
        return units
    units = _split_numbered_title(units, patterns)
    flattened = "flattened" in units[0].block.hints
    if flattened:
        units = _cut_after_credits(units)
    index = 0
    run_together = flattened or RUN_TOGETHER in units[0].info  # (a web page's excerpt on one line, cut at its markers)
    while (parts := _glued_front_parts(units[index].core, patterns, flattened, run_together)) is None:
        if not (flattened and index + 1 < min(len(units), FRONT_UNITS) and _is_caption(units[index].core)):
            return _split_title_line_over_address(_split_title_repeated_over_address(units))
        index += 1  # a photo's caption may come first
    first = units[index]
    offset = len(first.prefix)
    pieces = []
    for start, stop, kind in parts:
        start = min(_after_spaces(first.core, start), stop)
        piece = Unit.of(first.block.slice(offset + start, offset + stop).strip_end())
        if kind in NOTE_PARTS:
            piece.kind, piece.zone = "NOTE", FRONT
            piece.info["note"] = NOTE_PARTS[kind]
        elif kind != "PARA":
            piece.kind, piece.zone = kind, FRONT
        if kind == "SPEAKER":  # as the front matter's scanner would mark it (if it stops before it)
            role, name = parse_speaker(piece.compact) or (None, piece.compact.removeprefix(BYLINE_MARK))
            piece.info.update(role=role, name=name)
        pieces.append(piece)
    if flattened and pieces[-1].kind == "PARA":  # the text after the byline may open with a photo's caption
        pieces[-1:] = _cut_after_credits(pieces[-1:])
    return [*units[:index], *pieces, *units[index + 1:]]


def _split_numbered_title(units: list[Unit], patterns: dict[str, re.Pattern[str]]) -> list[Unit]:
    """A line near the top that opens with a 公文's number and goes on, after a space, with a 公文's title (盘政发〔2010〕22号
    盘锦市人民政府关于…的决定), or that holds the title and then the number (…的通知 国能综通安全〔2021〕108号, a page's
    heading): the two apart, for the front matter's scan to read a number over or under a title."""
    for index, unit in enumerate(units[:NUMBERED_TITLE_REACH]):
        core = unit.core
        if len(core) > DOC_NUMBER_MAX + TITLE_MAX:
            break  # (the text's first paragraph: the front matter is above it)
        if "号" not in core and "號" not in core:
            continue
        number = patterns["DOC_NUMBER"].match(core)
        if number is not None and number.end() < len(core) and core[number.end()].isspace():
            title = core[_after_spaces(core, number.end()):]
            if _document_title(title):
                return [*units[:index], *unit.split(number.end()), *units[index + 1:]]
        elif (core[-1] in "号號" and (space := core.rfind(" ")) > 0  # (a unit's core has one space for each run)
              and patterns["DOC_NUMBER"].fullmatch(core, space + 1) and _document_title(core[:space])):
            return [*units[:index], *unit.split(space), *units[index + 1:]]
    return units


def _document_title(line: str) -> bool:
    """Whether ``line`` may be a 公文's title: four characters or more, naming a document's kind, no sentence's end."""
    return len(line) >= 4 and line.endswith(DOCUMENT_KINDS) and not SENTENCE_END_CHAR.search(line)


def _glued_front_parts(core: str, patterns: dict[str, re.Pattern[str]], flattened: bool,
                       run_together: bool) -> list[tuple[int, int, str]] | None:
    """The parts of a byline 标题※习近平, of a speech's title run into its salutation
    (…大会上的讲话同志们:今天…), or in flattened text of a title, date and speaker glued together; in text run
    together (``run_together``), of a document's title and its text (see :data:`TITLE_BEFORE_TEXT`)."""
    parts = _starred_byline(core)
    if parts is None and (title := TITLE_BEFORE_ADDRESS.match(core)):
        tag = title.start("tag") if title.group("tag") else title.end()
        parts = _with_body([(0, tag, "TITLE"), *([(tag, title.end(), "NOTE")] if tag < title.end() else [])], core)
    if parts is None and (title := TITLE_BEFORE_EDITORS_NOTE.match(core)):
        address = NOTE_BEFORE_ADDRESS.search(core, title.end(), title.end() + EDITORS_NOTE_REACH)
        parts = _with_body([(0, title.end(), "TITLE"), (title.end(), address.start() if address else len(core), "EDITORIAL")],
                           core)
    if parts is None and flattened:
        parts = _dated_front(core, patterns)
    if parts is None and run_together and (title := TITLE_BEFORE_TEXT.match(core)):
        parts = _with_body([(0, title.end(), "TITLE")], core)
    return parts


def _credit_end(core: str) -> int:
    """Where the credit of a photo's caption near the start of ``core`` ends (…新华社记者 姚大伟 摄), or 0."""
    credit = PHOTO_CREDIT.search(core, 0, CAPTION_REACH)
    return credit.end() if credit else 0


def _is_caption(core: str) -> bool:
    """A photo's caption: a short text ending in its credit."""
    end = _credit_end(core)
    return end > 0 and not core[end:].strip()


def _cut_after_credits(units: list[Unit]) -> list[Unit]:
    """The first units with a photo caption near their start cut off after its credit
    (…新华社记者 谢环驰 摄|尊敬的…)."""
    result: list[Unit] = []
    for index, unit in enumerate(units):
        end = _credit_end(unit.core) if index < FRONT_UNITS else 0
        if end and unit.core[end:].strip():
            result.extend(unit.split(end))
        else:
            result.append(unit)
    return result


def _dated_front(core: str, patterns: dict[str, re.Pattern[str]]) -> list[tuple[int, int, str]] | None:
    """The parts of ``(dateline) title(——subtitle)（date）(role) name (caption) body…`` at the start
    of flattened text, or None."""
    dateline = NEWS_DATELINE.match(core)
    title_start = dateline.end() if dateline else 0
    for match in OPENING_BRACKET.finditer(core, title_start, title_start + GLUED_FRONT_REACH):
        close = CLOSING_BRACKET.search(core, match.end())
        date = close and patterns["DATE_LINE"].fullmatch(core, match.start(), close.end())  # （2025年9月1日，天津）
        if not date or match.start() - title_start < 4:
            continue
        if (any(char in core[title_start: match.start()] for char in SENTENCE_END + "，")
                or core[title_start: match.start()].rstrip()[-1:] in TITLE_NOT_LAST):  # 同志们：（2018年9月20日）…: no title
            return None
        dash = core.find("——", title_start + 1, match.start())
        if patterns["DATE_LINE"].fullmatch(core, title_start, dash if dash > 0 else match.start()):
            return None  # a date, not a title: （2018年9月20日）——…（2018年9月20日）
        parts = [(0, title_start, "PREAMBLE")] if dateline else []
        if dash > 0:
            parts += [(title_start, dash, "TITLE"), (dash, match.start(), "SUBTITLE")]
        else:
            parts.append((title_start, match.start(), "TITLE"))
        parts.append((match.start(), date.end(), "DATE_LINE"))
        speaker_end = _speaker_end(core, date.end())
        if speaker_end:
            parts.append((date.end(), speaker_end, "SPEAKER"))
        return _with_body(parts, core)
    return None


def _speaker_end(core: str, start: int) -> int:
    """Where a speaker glued after the date ends: a name (习近平), or an office and a name
    (中华人民共和国主席　习近平); ``0`` if no speaker starts at ``start``."""
    rest = core[start:]
    office = OFFICE.search(rest, 0, OFFICE_REACH)
    if office is not None and CJK_RUN.fullmatch(rest, 0, office.start()):  # 中华人民共和国主席
        name_start = _after_spaces(rest, office.end())
        name_length = _name_length(rest[name_start:])
        if name_length:
            return start + name_start + name_length
    name_length = _name_length(rest)
    return start + name_length if name_length else 0


def _starred_byline(core: str) -> list[tuple[int, int, str]] | None:
    """The parts of ``title※name body…`` (the byline of a 求是 excerpt), or None."""
    star = core.find(BYLINE_MARK, 4, GLUED_FRONT_REACH)
    if star < 0 or any(char in core[:star] for char in SENTENCE_END + "，"):
        return None
    name_start = _after_spaces(core, star + 1)
    name_length = _name_length(core[name_start:])
    if not name_length:
        return None
    return _with_body([(0, star, "TITLE"), (star, name_start + name_length, "SPEAKER")], core)


def _after_spaces(text: str, start: int) -> int:
    """The offset of the first character from ``start`` on that is no space."""
    return len(text) - len(text[start:].lstrip())


def _name_length(text: str) -> int:
    """The length of the personal name ``text`` starts with (3 or 2 characters; all of a short text), or 0."""
    if len(text) <= 4 and is_name(text):
        return len(text)
    return next((n for n in (3, 2) if is_name(text[:n])), 0)


def _split_title_repeated_over_address(units: list[Unit]) -> list[Unit]:
    """Title lines, then the title again run into the salutation and the text (a web copy's heading,
    then the text's own: …讲话 / 在…大会上的讲话各位职工代表、同志们:我院…): that line cut after its title."""
    for index in range(1, min(len(units), FRONT_UNITS)):
        title = units[index].kind == "PARA" and TITLE_BEFORE_ADDRESS.match(units[index].core)
        if title:
            above = units[:index]  # title lines (and a site's excerpt of the text, a note already)
            if all(unit.kind == "NOTE" or (unit.compact_length <= TITLE_MAX and not SENTENCE_END_CHAR.search(unit.core))
                   for unit in above):
                return [*above, *units[index].split(title.end()), *units[index + 1:]]
            break
    return units


def _split_title_line_over_address(units: list[Unit]) -> list[Unit]:
    """A title's line over the salutation's in one paragraph (镇长交流研讨材料 / 尊敬的各位镇长，大家好！ with no blank line
    between them, in a text whose paragraphs blank lines part): the paragraph cut where the salutation's line starts, when
    the title's line is short and holds no punctuation, and only short lines are above it."""
    for index, unit in enumerate(units[:NUMBERED_TITLE_REACH]):
        anchors = unit.block.anchors
        if len(anchors) == 1 and unit.compact_length > TITLE_MAX:
            break  # (the text's first paragraph: the front matter is above it)
        cut = anchors[1][0] - len(unit.prefix) if len(anchors) > 1 and unit.kind == "PARA" else 0
        if (2 <= cut <= min(TITLE_MAX, len(unit.core) - 1) and not unit.core[cut - 1].isspace()  # (a line's end)
                and ADDRESS_OPENING.match(unit.core, cut) and not TITLE_PUNCTUATION.search(unit.core, 0, cut)):
            return [*units[:index], *unit.split(cut), *units[index + 1:]]
    return units


def _with_body(parts: list[tuple[int, int, str]], core: str) -> list[tuple[int, int, str]]:
    """``parts`` and, after them, the rest of ``core`` as a paragraph."""
    end = parts[-1][1]
    return [*parts, (end, len(core), "PARA")] if end < len(core) else parts
