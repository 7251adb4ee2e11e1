"""Page furniture that only repetition shows: page numbers a PDF's text gives as bare numbers (``2``
alone on its line), a running head (the title or a chapter's name printed at the top of every page)
copied into the text once per page, next to the page number, the numbers of a document-sharing
site's preview chunks (``1、…`` ``2、…``, each a page of text cut mid-sentence), a site's excerpt
of the text above the text itself, and a Markdown file's YAML front matter (a blog post's metadata)."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise, takewhile
from typing import Final

from .. import recache
from ..lexicon import (
    CONTENTS_PAGE_END,
    PAGE_TITLE_SEPARATOR,
    TITLE_NOTE_CALLS,
    YAML_FIELD,
    bare_number,
    chrome_kind,
    is_contents_entry,
    is_contents_heading,
)
from ..readers.base import CONTENTS, CUE, RawBlock
from .front import TITLE_MAX, contents_heading_lines, repeated_outline_length
from .headings import DIVISIONS, demote
from .records import awaits_value, value_line
from .units import BODY, DECLARED_TITLE, NOTE_KINDS, SENTENCE_END, UNDER_DECLARED_TITLE, Unit

#: The length of every chunk of a document-sharing site's preview but the last, at least.
CHUNK_MIN: Final = 200
#: The paragraphs at the top in which the first chunk is looked for (below the site's header lines).
CHUNK_REACH: Final = 20
#: A site's excerpt of the text: longer than any title line, and no longer than a few sentences; among the first paragraphs.
TEASER_MIN: Final = TITLE_MAX + 1
TEASER_MAX: Final = 500
TEASER_REACH: Final = 10
#: A field of a Markdown file's YAML front matter (Jekyll, Hugo): ``layout: post``, ``title: "…"``; and the
#: paragraphs at the top in which its closing ``---`` is looked for.
FILE_HEADER_FIELD: Final = recache.compile(r"-{3}\s*[\"']?[^\s:\"'#-][^\s:\"']*[\"']?\s*:")
FILE_HEADER_REACH: Final = 40
#: A line of YAML front matter: a field (``title: "…"``), an item of a list (``- 讲话``), a comment, a value
#: continued on an indented line, or the ``---`` that opens or closes it.
YAML_LINE: Final = recache.compile(r"-{3}\s*(?:$|[A-Za-z_][\w-]*\s*:)|[\"']?[^\s:\"'#-][^\s:\"']*[\"']?\s*:(?:\s|$)|-\s|#|[ \t]")
#: How far into the text (the front matter's notes included) its first Markdown heading is looked for.
DECLARED_DIVISION_REACH: Final = 24
#: The fields of a Markdown file's YAML front matter that speechparse reads, as pandoc does: at the top level only (not a
#: nested title).
YAML_FIELDS: Final = {name: recache.compile(rf"(?m)^{name}[ \t]*:(?P<value>[^\n]*)") for name in ("title", "subtitle", "date")}
#: A field of a crawler's record at the top of a stored text (标题：… / 发文时间：2018-01-31 / 来源URL：https://… / 正文：),
#: and the fields only such a record has (a text may open with its own 标题： or 作者： line).
CRAWL_FIELD: Final = recache.compile(
    r"(?:标题|题目|发文单位|发文机关|发文时间|发文日期|发布时间|发布日期|报告人|讲话人|发言人|作者|来源|来源URL|原文链接|链接"
    r"|URL|网址|栏目|分类|关键词|摘要|时间|日期|正文)\s*[:：]")
CRAWL_ONLY: Final = ("来源URL", "原文链接", "链接", "URL", "网址", "正文", "发文时间", "发文单位")
#: A field of its own such a record may hold among the known ones (id: 316b9510c8, 是否是时间段：false, 书籍：…, a list
#: of tags 标签：江青,姚文元,毛泽东,…): a short label, its colon, a value that is no sentence.
OTHER_FIELD: Final = recache.compile(r"[\u4e00-\u9fffA-Za-z_]{1,10}\s*[:：]\s*[^：:\s][^：:。！？；]{0,200}$")
#: What a record's fields declare of the text (its metadata where the text gives none).
CRAWL_DECLARES: Final = {"标题": "title", "题目": "title", "发文时间": "date", "发文日期": "date", "日期": "date", "时间": "date",
                  "作者": "speaker", "报告人": "speaker", "讲话人": "speaker", "发言人": "speaker"}
#: Entries of a table of contents one under the other, at least, that make one inside the text.
CONTENTS_RUN_MIN: Final = 3
#: The arabic page number ending an entry of a table of contents.
ARABIC_PAGE: Final = recache.compile(r"[0-9]{1,4}$")
#: Bare numbers that make a series of page numbers, at least; paragraphs between two of them, at least.
BARE_PAGES_MIN: Final = 2
#: The numbers that may be years (a page number by its series alone is none of them).
YEARS: Final = (1900, 2099)
PAGE_PARAGRAPHS_MIN: Final = 3
#: The most pages between two copies of a running head (a page may lack its head, or its number).
PAGE_STEP_MAX: Final = 3
#: Copies of one short line, beside page numbers, from which it is a running head.
RUNNING_HEAD_MIN: Final = 2
#: Characters of a running head, at most.
RUNNING_HEAD_MAX: Final = 30
#: Copies of the document's title in its body (its words in any order: 洛阳市2023年… for 2023年洛阳市…), with no page
#: number beside them, from which it is a running head.
TITLE_HEAD_MIN: Final = 3


def find_bare_page_numbers(units: list[Unit], candidates: list[int]) -> None:
    """Mark as ``page`` notes the body's numbers alone on their lines (``2``, at the ``candidates``
    indexes) where they run as pages do: two or more, each one or two more than the one before, with
    paragraphs between them (not the numbers of a table's rows, one after another, nor a count standing alone), none
    of them a year (2016 / … / 2017 / …: years a review counts through, see ``YEARS``), which are pages only beside a
    running head."""
    if len(candidates) < BARE_PAGES_MIN:
        return
    found = [(index, bare_number(units[index].core)) for index in candidates if "table" not in units[index].block.hints]
    if len(found) < BARE_PAGES_MIN:
        return
    if all(following - index > PAGE_PARAGRAPHS_MIN and number is not None and not YEARS[0] <= number <= YEARS[1]
           and next_number in (number + 1, number + 2) for (index, number), (following, next_number) in pairwise(found)):
        pages = [index for index, _ in found]
    else:
        pages = _under_running_heads(units, [index for index, _ in found])
    for index in pages:
        units[index].kind = "NOTE"
        units[index].info["note"] = "page"


def _under_running_heads(units: list[Unit], numbers: list[int]) -> list[int]:
    """The bare numbers (at the ``numbers`` indexes) that stand next to a running head: a short line with no
    sentence in it that recurs, at least ``RUNNING_HEAD_MIN`` times, each copy next to one of the numbers (the
    title a PDF's text repeats at every page's top, its page number under it: 第55次…报告 / 4), where the
    numbers alone make no series (a table's figures, a contents page's numbers among them); the numbers beside
    one head's copies run as pages do, each one to three more than the one before."""
    copies: dict[str, list[int]] = defaultdict(list)
    for index in numbers:
        for other in (index - 1, index + 1):
            if 0 <= other < len(units) and _may_run_at_head(units[other]):
                copies[units[other].compact].append(index)
    pages: set[int] = set()
    for indexes in copies.values():
        chain = _page_chain([(index, bare_number(units[index].core)) for index in indexes])
        if len(chain) >= RUNNING_HEAD_MIN:  # pages run on (a table's figures beside its labels do not)
            pages.update(chain)
    return sorted(pages)


def _page_chain(numbers: list[tuple[int, int | None]]) -> list[int]:
    """The indexes of the longest run of ``(index, number)`` pairs, in order, whose numbers go up as pages do (one
    to ``PAGE_STEP_MAX`` more than the one before; a cover's stray number between them is left out)."""
    best: list[list[int]] = []
    for position, (index, number) in enumerate(numbers):
        chain = [index]
        for earlier in range(position):
            before = numbers[earlier][1]
            follows = number is not None and before is not None and 0 < number - before <= PAGE_STEP_MAX
            if follows and len(best[earlier]) + 1 > len(chain):
                chain = [*best[earlier], index]
        best.append(chain)
    return max(best, key=len, default=[])


def _may_run_at_head(unit: Unit) -> bool:
    return (unit.zone == BODY and unit.kind == "PARA" and 0 < unit.compact_length <= RUNNING_HEAD_MAX
            and "table" not in unit.block.hints and not any(char in SENTENCE_END for char in unit.core))


def find_running_heads(units: list[Unit]) -> None:
    """Mark as ``page`` notes the short body paragraphs, with no sentence in them and not in a
    table, that recur, each copy next to a page number (already a ``page`` note): the running
    heads of a printed copy; so are copies of the document's title, its characters in any order, three or more
    (洛阳市2023年国民经济和社会发展统计公报 in a PDF's text titled 2023年洛阳市…).  The same short line repeated without
    page numbers beside it (a speaker's name in a collection of speeches) is left as it is."""
    _find_titles_again(units)
    if not any(unit.kind in NOTE_KINDS and unit.info.get("note") == "page" for unit in units):
        return  # no page number: no running head can be told (most documents)
    copies: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(units):
        if _may_run_at_head(unit):
            copies[unit.compact].append(index)
    for indexes in copies.values():
        if len(indexes) >= RUNNING_HEAD_MIN and all(_beside_page_number(units, index) for index in indexes):
            for index in indexes:
                units[index].kind = "NOTE"
                units[index].info["note"] = "page"


def find_repeated_headings(units: list[Unit]) -> None:
    """Mark as ``page`` notes the numbered headings that repeat word for word the last heading of their kind (a
    division's), no heading of the kind over that one between the two: the running head of a page that goes on the
    part (a slide deck's continuation slide: （一）搭建平台 / 1、… / ## 第 6 页 / （一）搭建平台 / 2、…), not a
    second section.  A heading of the kind over it between them (二、… / （一）搭建平台 again) makes it a new part's."""
    last: dict[str, tuple[str, str | None]] = {}  # a kind → its last heading's text, and the kind of the one over it
    since: dict[str, set[str]] = {}  # a kind → the kinds of the headings since its last heading
    rank: dict[str, int] = {}  # a kind → the order in which it first came (a kind over another comes first)
    open_kinds: list[str] = []  # the kinds of the headings open at this point, the outermost first
    for unit in units:
        kind = unit.kind
        if unit.zone != BODY or kind not in DIVISIONS or unit.info.get("number") is None:
            continue
        before = last.get(kind)
        if before is not None and before[0] == unit.compact and before[1] not in since[kind]:
            demote(unit)
            unit.kind = "NOTE"
            unit.info["note"] = "page"
            continue
        order = rank.setdefault(kind, len(rank))
        while open_kinds and rank[open_kinds[-1]] >= order:
            open_kinds.pop()
        for seen in since.values():
            seen.add(kind)
        last[kind] = (unit.compact, open_kinds[-1] if open_kinds else None)
        since[kind] = set()
        open_kinds.append(kind)


def _find_titles_again(units: list[Unit]) -> None:
    """Mark as ``page`` notes ``TITLE_HEAD_MIN`` or more copies of the document's title in its body (see
    ``find_running_heads``)."""
    title = "".join(unit.compact for unit in takewhile(_in_front, units) if unit.kind == "TITLE").rstrip(TITLE_NOTE_CALLS)
    length = len(title)
    if not 0 < length <= RUNNING_HEAD_MAX:
        return
    letters = sorted(title)
    copies = [unit for unit in units if len(unit.core) == length and _may_run_at_head(unit)  # (as long as the title:
              and sorted(unit.core) == letters]  # few lines; a copy spaced otherwise than the title is none)
    if len(copies) >= TITLE_HEAD_MIN:
        for unit in copies:
            unit.kind = "NOTE"
            unit.info["note"] = "page"


def _in_front(unit: Unit) -> bool:
    return unit.zone != BODY


def _beside_page_number(units: list[Unit], index: int) -> bool:
    return any(0 <= other < len(units) and units[other].info.get("note") == "page" for other in (index - 1, index + 1))


def split_chunk_numbers(units: list[Unit]) -> list[Unit]:
    """The units with the numbers of a document-sharing site's preview chunks split off as chrome notes:
    from the first paragraph that opens with 1、 (one of the first ``CHUNK_REACH``), the paragraphs that
    open with 2、 3、 …, each at least ``CHUNK_MIN`` characters after the one before and continuing the
    sentence the text before it cut (…按现行汇率计 / 2、算折合美元…).  The items of a list end their
    sentences before the next number, or are short."""
    first = next((index for index in range(min(len(units), CHUNK_REACH)) if units[index].core.startswith("1、")), None)
    if first is None:
        return units  # (nearly every document)
    starts: list[int] = []  # the units that open chunk 1, 2, …
    expected, length = "1、", 0  # the next chunk's number; the characters since the last chunk's
    for index in range(first, len(units)):
        unit = units[index]
        core = unit.core
        if core.startswith(expected) and len(core) > len(expected):
            if starts and (length < CHUNK_MIN or units[index - 1].ends_paragraph()):
                break  # a list's next item
            starts.append(index)
            expected, length = f"{len(starts) + 1}、", 0
        length += len(core)
    if len(starts) < 2:
        return units
    result = units[:starts[0]]
    for chunk, (index, stop) in enumerate(pairwise([*starts, len(units)]), 1):
        number, text = units[index].split(len(f"{chunk}、"))
        number.kind = "NOTE"
        number.info["note"] = "chrome"
        result += (number, text, *units[index + 1:stop])
    return result


def find_subtitle_cues(units: list[Unit]) -> None:
    """Mark as chrome notes a subtitle file's cue numbers, timings and header (see ``readers.base.CUE``): furniture
    around the captions."""
    for unit in units:
        if CUE in unit.block.hints:
            unit.kind = "NOTE"
            unit.info["note"] = "chrome"


def find_file_header(units: list[Unit], source: str) -> bool:
    """Mark as chrome notes a Markdown file's YAML front matter at its top (``---`` / ``layout: post`` /
    ``title: "…"`` / ``---``, one paragraph or a line each; also without its opening ``---``): the post's metadata,
    not the speech's.  Every
    line of it in ``source`` (the text the units were read from) is a line of YAML, so a rule above prose
    whose first line has a field's shape (``Note: …``) is no header.  Whether there was one: a file written
    as Markdown, whose blank lines part paragraphs as its author meant them (no page of print broke them)."""
    if not units or not (units[0].core.startswith("---") or YAML_FIELD.match(units[0].core)):
        return False  # (a blog's export may lose the opening ---: title: "…" / date: … / ---)
    header = "" if units[0].core.startswith("---") else "---"
    for stop, unit in enumerate(units[:FILE_HEADER_REACH], 1):
        header += unit.core + " "
        if unit.core.endswith("---") and (stop > 1 or len(unit.core) > 3):  # (the opening --- alone is not the close)
            break
    else:
        return False
    lines = source[units[0].block.start:units[stop - 1].block.end].splitlines()
    if not (FILE_HEADER_FIELD.match(header) and all(YAML_LINE.match(line) for line in lines if line.strip())):
        return False
    for unit in units[:stop]:
        unit.kind = "NOTE"
        unit.info["note"] = "chrome"
    return True


def declared_fields(units: list[Unit], source: str) -> dict[str, str]:
    """The ``title:``, ``subtitle:`` and ``date:`` a Markdown file's YAML front matter declares (see
    :func:`find_file_header`: its
    notes at the top), their quotes removed; a field it does not declare (or declares as a block scalar) is left out."""
    stop = 0
    while stop < len(units) and units[stop].kind == "NOTE" and units[stop].info.get("note") == "chrome":
        stop += 1
    if not stop:
        return {}
    start, end = units[0].block.start, units[stop - 1].block.end
    declared = {}
    for name, pattern in YAML_FIELDS.items():
        found = pattern.search(source, start, end)
        if found and (value := _yaml_scalar(found.group("value"))):
            declared[name] = value
    return declared


def find_declared_title(units: list[Unit], declared: dict[str, str]) -> None:
    """Mark the Markdown heading right under a file's front matter that repeats the title it declares (``title: 任正非在…的讲话``
    / ``## 任正非在…的讲话``): the text's title line as written, not a section over the text; or, where the text's first
    Markdown heading (maybe under a byline, ``编写：…``) is a level-1 one that does not hold that title (``# 工作总结``),
    every level-1 heading as a division of the text (see ``UNDER_DECLARED_TITLE``)."""
    title = declared.get("title")
    if not title:
        return
    first = next((unit for unit in units if unit.kind != "NOTE"), None)
    compact = title.replace(" ", "")
    if first is not None and first.md_level >= 1 and first.compact == compact:
        first.info[DECLARED_TITLE] = True
        return
    heading = next((unit for unit in units[:DECLARED_DIVISION_REACH] if unit.kind != "NOTE" and unit.md_level), None)
    if heading is not None and heading.md_level == 1 and compact not in heading.compact:  # (# 标题（全文）: the title)
        for unit in units:
            if unit.md_level == 1 and unit.kind != "NOTE":
                unit.info[UNDER_DECLARED_TITLE] = True


def _yaml_scalar(text: str) -> str | None:
    """A YAML field's one-line value without its quotes; None for a block scalar (its text on the lines under it: not
    read) or an empty value."""
    value = text.strip()
    if value[:1] in ("|", ">"):
        return None
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        quote, value = value[0], value[1:-1].strip()
        value = value.replace('\\"', '"') if quote == '"' else value.replace("''", "'")  # (YAML's escaped quotes)
    return value or None


def find_crawl_header(units: list[Unit]) -> dict[str, str]:
    """Mark as chrome notes a crawler's record at the top of a stored text, two fields or more on lines one under
    the other, one of them a field that only such a record has (标题：高阳县2018年政府工作报告 / 发文单位：… /
    发文时间：2018-01-31 / 报告人：… / 来源URL：… / 正文：), among them maybe fields of its own (id: 316b9510c8,
    是否是时间段：false, 书籍：…): the record's, not the speech's; the text's own title block follows it.  Returns what
    the record declares of the text (``title``, ``date``, ``speaker``: see ``CRAWL_DECLARES``), for the metadata the
    text itself does not give."""
    stop = 0
    while stop < len(units) and (CRAWL_FIELD.match(core := units[stop].core) or OTHER_FIELD.match(core)) and (
            "。" not in core):
        stop += 1
        if core.startswith("正文"):
            break  # (the record's last field: the text follows)
    found = [list(CRAWL_FIELD.finditer(unit.core)) for unit in units[:stop]]  # (several on a line where blank-line
    fields = [field.group() for line in found for field in line]  # text joined them)
    if len(fields) < 2 or not any(field.startswith(CRAWL_ONLY) for field in fields):
        return {}
    declared: dict[str, str] = {}
    for unit, line in zip(units[:stop], found, strict=True):
        unit.kind = "NOTE"
        unit.info["note"] = "chrome"
        for field, following in zip(line, [*line[1:], None], strict=False):  # (a line of fields of its own: none)
            name = CRAWL_DECLARES.get(field.group().rstrip(":： \t"))
            value = unit.core[field.end():following.start() if following else len(unit.core)].strip()
            if name and value and name not in declared:
                declared[name] = value
    return declared


#: A news repost's label of the headline the text first ran under (原标题：毫不动摇坚持我国基本经济制度), and how many
#: paragraphs from the text's top or end it stands within.
ORIGINAL_TITLE: Final = recache.compile(r"原标题\s*[:：]\s*(?P<title>\S.{1,80})")
ORIGINAL_TITLE_REACH: Final = 3


def find_original_title(units: list[Unit]) -> dict[str, str]:
    """Mark as a chrome note a news repost's label of the headline the text first ran under, at the text's top or end
    (原标题：…): the repost's, not a line of the text.  Returns the headline as the ``title`` it declares, for the
    metadata where the text has no title line of its own."""
    for unit in (*units[:ORIGINAL_TITLE_REACH], *units[-ORIGINAL_TITLE_REACH:]):
        if unit.core.startswith("原标题") and (found := ORIGINAL_TITLE.fullmatch(unit.core)):
            unit.kind = "NOTE"
            unit.info["note"] = "chrome"
            return {"title": found.group("title").strip()}
    return {}


#: A heading or a labelled line that announces the text a file holds under its description (## 正文（原样保留）, 原文：),
#: a field of that description (- **标题**：…, - 来源：…), the fewest fields that make one, and how far down it is looked for.
TEXT_ANNOUNCEMENT: Final = recache.compile(
    r"(?:正文|原文|全文|讲话全文|报告全文|文件全文|正文内容|原文内容)(?:\s*[（(][^（）()]{0,20}[）)])?\s*[:：]?")
ANNOUNCEMENT_FIRST: Final = frozenset("正原全讲报文")
DESCRIPTION_FIELD: Final = recache.compile(r"(?:[-*+•]\s*)?(?:\*\*|__)?[\u4e00-\u9fffA-Za-z]{2,8}(?:\*\*|__)?\s*[:：]")
DESCRIPTION_FIELDS_MIN: Final = 2
DESCRIPTION_REACH: Final = 30


def find_text_description(units: list[Unit]) -> None:
    """Mark as chrome notes a file's description of the text it holds and the heading that announces the text under
    it (# 源材料 / - **标题**：… / - **报告人**：… / --- / ## 正文（原样保留）, as a collection's Markdown files wrap
    what they store): labelled fields above a heading, or a line ending in a colon, that names the text (正文, 原文,
    全文); the text's own title block follows."""
    for index, unit in enumerate(units[:DESCRIPTION_REACH]):
        core = unit.core
        if core[:1] not in ANNOUNCEMENT_FIRST or not (unit.md_level or core.endswith(("：", ":")) or index == 0) or not (
                TEXT_ANNOUNCEMENT.fullmatch(core)) or index + 1 == len(units):
            continue
        if index and sum(1 for above in units[:index] if DESCRIPTION_FIELD.match(above.core)) < DESCRIPTION_FIELDS_MIN:
            return  # (alone at the top, the label a copy puts over the text it extracted: 正文 / 2024年…年度报告)
        for line in units[:index + 1]:
            line.kind = "NOTE"
            line.info["note"] = "chrome"
        return


#: A people's congress's label of a document it gives its deputies, over the document's title (市九届人大六次会议文件（十五）,
#: also over two lines: 洛阳市十六届人大 / 五次会议文件十八; a party congress's: 中国共产党第十次全国代表大会文件), and how far
#: down it is looked for.
SESSION_DOCUMENT: Final = recache.compile(
    r"[^，。；：:！？\s]{0,24}?(?:会议|大会)文件(?:[（(][一二三四五六七八九十百0-9]{1,3}[）)]|[一二三四五六七八九十百0-9]{1,3}"
    r"|之[一二三四五六七八九十]{1,3})?")
SESSION_DOCUMENT_REACH: Final = 6


def find_session_document(units: list[Unit]) -> None:
    """Mark as letterhead notes a people's congress's label over the document it gives its deputies (市九届人大六次 /
    会议文件（十五）, as a session's 政府工作报告 or 预算报告 is printed): the document's, not a line of its title.  It is
    looked for under the notes passes found before (a crawler's record above the text)."""
    start = next((index for index, unit in enumerate(units) if unit.kind != "NOTE"), len(units))
    for index, unit in enumerate(units[start:start + SESSION_DOCUMENT_REACH], start):
        compact = unit.compact
        if "文件" not in compact:
            continue
        above = units[index - 1] if index else None
        if SESSION_DOCUMENT.fullmatch(compact):
            lines = [unit]
            if above is not None and above.kind != "NOTE" and SESSION_DOCUMENT.fullmatch(above.compact + compact) and (
                    "届" in above.compact or "人大" in above.compact):
                lines.insert(0, above)  # (its first half on the line above: 市九届人大六次)
            for line in lines:
                line.kind = "NOTE"
                line.info["note"] = "letterhead"


#: A web page's title as its browser tab shows it: the document's title, then its column and the site's name after
#: underscores or bars (国务院关于印发…的通知_宏观经济_中国政府网, …讲话 | 新华网, … - 人民网); how far down the title
#: is looked for again.
#: How a site's name ends (中国政府网, 广东省人民政府门户网站, 宏观经济频道).
SITE_WORDS: Final = r"(?:网|網|网站|網站|门户|門戶|官网|官網|频道|頻道)"
SITE_NAME: Final = recache.compile(rf"[^_｜|\s]{{0,14}}{SITE_WORDS}")
PAGE_TITLE: Final = recache.compile(
    rf"(?P<title>\S.{{3,80}}?)(?:\s*{PAGE_TITLE_SEPARATOR}\s*[^_｜|\s]{{1,16}}){{0,4}}\s*{PAGE_TITLE_SEPARATOR}\s*"
    + SITE_NAME.pattern)
PAGE_TITLE_REACH: Final = 80
#: … or the site's name after a space or a hyphen alone (…实施办法的通知 广东省人民政府门户网站, …的实施意见-雷州市人民政府门户网站).
SPACED_PAGE_TITLE: Final = recache.compile(rf"(?P<title>\S.{{3,80}}?)(?:\s+|\s*[-－]\s*)[^_｜|\s-]{{0,14}}{SITE_WORDS}")
#: The names after a page's title (…_宏观经济_中国政府网), and which of them names the site (SITE_NAME).
PAGE_TITLE_SEPARATORS: Final = recache.compile(rf"\s*{PAGE_TITLE_SEPARATOR}+\s*")
#: A page's title with any site's name after its separators (…的建议__新快网, …跻身前十 | 界面新闻): the page's only where
#: its headline repeats it under the site's menu (see :func:`_menu_under_page_title`).
SITE_SUFFIXED: Final = recache.compile(
    rf"(?P<title>\S.{{3,80}}?)(?:\s*{PAGE_TITLE_SEPARATOR}+\s*[^_｜|\s]{{1,16}}){{1,5}}")
#: A site's menu between the page's title and its headline, an item a line (首页 / 重点 / 乡村振兴 / … / 注册/登录, 欢迎登录…！请
#: 登录 或 免费注册): how long an item is at most, and what none holds (a sentence's punctuation).
NAV_ITEM_MAX: Final = 30
NOT_IN_NAV_ITEM: Final = recache.compile(r"[。；，]")
#: How many items a menu under a page's title without its site's name has at least, most of them short words.
NAV_ITEMS_MIN: Final = 8
NAV_SHORT_ITEM_MAX: Final = 8
#: How many lines the look for the headline under a page's title goes through at most (a portal's whole menu).
NAV_ITEMS_MAX: Final = 300


def find_page_title(units: list[Unit]) -> None:
    """Mark as a chrome note a web page's title at the top of its text, under the notes passes found before
    (…的通知_宏观经济_中国政府网), where the document's own title stands further down (on a line, or over two): the
    page's, not a title line of the text's; and the site's menu between it and its headline (see
    :func:`_menu_under_page_title`)."""
    top = 0
    while top < len(units) and units[top].kind == "NOTE":
        top += 1
    if top >= len(units):
        return
    core = units[top].core
    if "_" in core or "|" in core or "｜" in core or " " in core or "-" in core or "－" in core:  # (the separators of a
        # page's title: most lines have none)
        found = PAGE_TITLE.fullmatch(core) or SPACED_PAGE_TITLE.fullmatch(core)
        if found is not None:
            title = "".join(found.group("title").split())
            below = [unit.compact for unit in units[top + 1:top + PAGE_TITLE_REACH]]
            if any(line == title or line + following == title for line, following in pairwise([*below, ""])):
                _mark_chrome(units[top])
                _menu_under_page_title(units, top, title, 1)
                _site_name_lines(units, top, core[found.end("title"):])
                return
        found = SITE_SUFFIXED.fullmatch(core)
        if found is not None and _menu_under_page_title(units, top, "".join(found.group("title").split()), 0):
            _mark_chrome(units[top])
            return
    _menu_under_page_title(units, top, units[top].compact, NAV_ITEMS_MIN)


def _menu_under_page_title(units: list[Unit], top: int, title: str, least: int) -> bool:
    """Mark as chrome notes the lines between a page's title ``units[top]`` and its headline, which repeats ``title``,
    where they are a site's menu: ``least`` items or more, an item a line, no sentence among them (首页 / 重点 / … /
    注册/登录 / 个人中心; where the page's title names no site, most of them short words), with the page's fields and
    their values among them (名称： / the title again).  The headline may be broken over two lines.  Whether it was
    found under such lines."""
    short = 0
    for end in range(top + 1, min(top + 1 + NAV_ITEMS_MAX, len(units))):
        unit = units[end]
        compact = unit.compact
        item = unit.kind in ("PARA", "NOTE") and len(compact) <= NAV_ITEM_MAX and not NOT_IN_NAV_ITEM.search(unit.core)
        headline = compact == title or (end + 1 < len(units) and title.startswith(compact)
                                        and compact + units[end + 1].compact == title)
        if (headline or not item) and awaits_value(units[end - 1]):  # (the line a record's field awaits: 名称： /
            if value_line(unit):  # the title again, no headline; a field's value counts as an item)
                short += 1
                continue
            return False
        if headline:
            items = units[top + 1:end]
            if len(items) < least or (least >= NAV_ITEMS_MIN and short * 5 < len(items) * 4):
                return False
            if least >= NAV_ITEMS_MIN:
                _mark_chrome(units[top])  # (the page's title alone: the headline repeats it whole)
            for item_line in items:
                _mark_chrome(item_line)
            return True
        if not item:
            return False
        short += len(compact) <= NAV_SHORT_ITEM_MAX
    return False


def _site_name_lines(units: list[Unit], top: int, names: str) -> None:
    """Mark as chrome notes the lines near the top that name the site, as the page's title ``units[top]`` does after its
    title (``names``: …的决定_共产党员网, then 共产党员网 alone on a line under the headline)."""
    sites = {name for name in PAGE_TITLE_SEPARATORS.split(names) if SITE_NAME.fullmatch(name)}
    for unit in units[top + 1:top + PAGE_TITLE_REACH]:
        if unit.kind == "PARA" and unit.compact in sites:
            _mark_chrome(unit)


def _mark_chrome(unit: Unit) -> None:
    if unit.kind != "NOTE":
        unit.kind = "NOTE"
        unit.info["note"] = "chrome"


#: A mail's header field (发件人: 王晓峰 <…>, 发送时间: …, 主题: 转发: …, From: …), the header of a speech forwarded by mail.
MAIL_FIELD: Final = recache.compile(
    r"(?:发件人|寄件人|寄件者|收件人|抄送|发送时间|发送日期|主题|(?i:from|to|cc|sent|date|subject))\s*[:：]")
#: The rule a mail program sets above a forwarded or quoted mail (______, ----- 原始邮件 -----, ---- Forwarded message ----).
MAIL_RULE: Final = recache.compile(
    r"[-_=—─]{3,}\s*(?:原始邮件|转发的邮件|转发邮件|邮件原文|(?i:original message|forwarded message))?\s*[-_=—─]*")
#: How a mail's header opens: its sender's field (发件人: …, From: …), maybe after that rule on the same line.
MAIL_START: Final = recache.compile(rf"(?:{MAIL_RULE.pattern}\s*)?(?:发件人|寄件人|寄件者|(?i:from))\s*[:：]")
#: The fields that name a mail's subject or time: a header needs one.
MAIL_OTHER: Final = ("主题", "发送时间", "发送日期", "Subject", "Sent", "Date")
#: How far down a forwarded mail's header is looked for (a forwarder's note, a separator line above it).
MAIL_REACH: Final = 12


def find_mail_header(units: list[Unit]) -> None:
    """Mark a forwarded mail's header near the top (发件人: … / 发送时间: … / 收件人: … / 主题: …, a line or several) as
    chrome notes, and what stands above it (the forwarder's note, ------ 原始邮件 ------) as editorial and chrome
    notes: the speech's own front matter follows."""
    for index, unit in enumerate(units[:MAIL_REACH]):
        if not MAIL_START.match(unit.core):
            continue
        stop = index + 1
        while stop < len(units) and MAIL_FIELD.match(units[stop].core):
            stop += 1
        fields = "".join(unit.core for unit in units[index:stop])
        if not any(field in fields for field in MAIL_OTHER):
            return
        for above in units[:index]:
            above.kind = "NOTE"
            above.info.update(note=chrome_kind(above.core) or ("chrome" if MAIL_RULE.fullmatch(above.core) else "editorial"),
                              forwarded=True)
        for field in units[index:stop]:
            field.kind = "NOTE"
            field.info.update(note="chrome", forwarded=True)
        return


def find_inner_contents(units: list[Unit]) -> None:
    """Mark as ``contents`` notes a printed report's table of contents further into the text than its front
    matter (after a preface: 目 录 / 核心数据 ……… 1 / 第一章 …… 9 / 一、 …… 9): at least ``CONTENTS_RUN_MIN``
    entries one under the other (a title, a leader, a page number), with the 目录 heading above them or their page
    numbers in the order of the pages (rows of a table copied with tabs, 北京	52 / 上海	48, are no contents)."""
    _find_inner_outlines(units)
    entries = [index for index, unit in enumerate(units)  # (an entry ends with its page number: most lines fail at once)
               if (unit.core[-1:] in CONTENTS_PAGE_END or CONTENTS in unit.block.hints) and _contents_entry(unit)]
    run: list[int] = []
    for index in [*entries, -2]:  # (a sentinel ends the last run)
        if run and index != run[-1] + 1:
            if len(run) >= CONTENTS_RUN_MIN:
                first = run[0]
                heading = first > 0 and is_contents_heading(units[first - 1].compact)
                if heading or _pages_in_order(units[first: run[-1] + 1]):
                    for unit in units[first - heading: run[-1] + 1]:
                        unit.kind = "NOTE"
                        unit.info["note"] = "contents"
                else:
                    _as_table_rows(units[first: run[-1] + 1])
            run = []
        run.append(index)


def _find_inner_outlines(units: list[Unit]) -> None:
    """Mark as ``contents`` notes a table of contents in the body whose entries lost their page numbers or have them
    in a column of their own, as a PDF's copy gives them (目 / 录 / 前言. / 一、… / （一）… / 6 / 7 / … / 前言 / …): its
    heading, and the entries up to where the text begins again with the first of them (see
    :func:`repeated_outline_length`)."""
    index = 0
    while index < len(units):
        unit = units[index]
        heading = (contents_heading_lines(units, index)
                   if unit.core[:1] == "目" and unit.zone == BODY and unit.kind == "PARA" else 0)
        length = heading and repeated_outline_length(units, index + heading)
        if not length:
            index += 1
            continue
        for entry in units[index: index + heading + length]:
            entry.kind = "NOTE"
            entry.info["note"] = "contents"
        index += heading + length


def _pages_in_order(entries: list[Unit]) -> bool:
    """Whether the arabic page numbers ending ``entries`` never go down (a roman one, a front page's, is not compared)."""
    pages = [int(number.group()) for entry in entries if (number := ARABIC_PAGE.search(entry.core))]
    return all(earlier <= later for earlier, later in pairwise(pages))


def _as_table_rows(entries: list[Unit]) -> None:
    """The lines a reader took for entries of a table of contents by the tab before their last number (北京<tab>52), in
    a run that is none: rows of a table (hint ``table``: no heading, never joined)."""
    for unit in entries:
        block = unit.block
        if CONTENTS in block.hints:
            unit.block = RawBlock(block.text, block.anchors, block.hints - {CONTENTS} | {"table"})


def _contents_entry(unit: Unit) -> bool:
    return unit.zone == BODY and unit.kind == "PARA" and (CONTENTS in unit.block.hints or is_contents_entry(unit.core))


def find_teasers(units: list[Unit]) -> None:
    """Mark as a chrome note a paragraph, among the first ``TEASER_REACH``, that the text after it begins with,
    whole (spaces aside): a site's excerpt of the document above the document, its first hundred characters or so
    cut off mid-sentence.  It is longer than a title line, which the text below may repeat as it begins."""
    for index in range(min(len(units) - 1, TEASER_REACH)):
        unit = units[index]
        if unit.kind != "PARA" or not TEASER_MIN <= len(unit.core) <= TEASER_MAX:
            continue
        teaser = unit.compact
        following = ""
        for later in units[index + 1:]:
            following += later.compact
            if len(following) > len(teaser):
                break
        if len(following) > len(teaser) and following.startswith(teaser):
            unit.kind = "NOTE"
            unit.info["note"] = "chrome"
