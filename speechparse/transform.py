"""Parse → AST: one method per grammar rule, building frozen nodes from the lexer's units."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any, Final, cast

from . import recache
from .ast import (
    Closing,
    Conclusion,
    DateLine,
    Metadata,
    Note,
    Paragraph,
    Salutation,
    Section,
    Signature,
    Span,
    Speaker,
    Subtitle,
    Title,
)
from .grammar import patterns
from .lexer.front import SUBTITLE_DASHES, is_headnote, is_name, opens_with_host, parse_speaker
from .lexer.units import MARKUP_TAG, NOTE_KINDS, Unit, markup_bounds
from .lexicon import (
    ANNEX_LABEL,
    APPENDED,
    ISSUING,
    OFFICE,
    SIGNED_AS_WRITER,
    TITLE_NOTE_CALLS,
    TRADITIONAL,
    is_issuer_name,
)
from .numerals import chinese_number, date_part, digit_string

#: A bracket, either width (a subtitle wholly in brackets is read without them: see ``_unbracketed``).
BRACKET: Final = recache.compile(r"[（()）]")
#: The dashes a subtitle opens with, as many as a file's declared ``subtitle:`` keeps (------2018年3月5日在…会议上).
SUBTITLE_DASH_CHARACTERS: Final = "".join(sorted(SUBTITLE_DASHES))
SPACE_BETWEEN_CJK: Final = recache.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")
#: What two copies of a title line may differ in (a web page's heading writes a space as ``+``): spaces and symbols.
NOT_IN_TITLE_KEY: Final = recache.compile(r"[\W_]+")
#: A title that opens with the speaker's name (and office) and a colon, the occasion after it (see :func:`_titled_by`);
#: a subtitle that opens with them, the occasion right after (任正非在科以上干部大会上的讲话, see :func:`_subtitled_by`).
SPEAKER_IN_TITLE: Final = recache.compile(r"(?P<who>[^：:，,。；\s]{2,24})[：:]\s*(?=在)")
SPEAKER_IN_SUBTITLE: Final = recache.compile(r"(?P<who>[^：:，,。；\s在]{2,24}?)(?:同志)?(?=在)")
#: The last characters of a body's name before its office (高校校长, 公司总经理, 医院院长): no personal name.
INSTITUTION_ENDS: Final = frozenset("校院司局厅委部会所团行社处办室站")
#: What a title may add after the speech it names (王伟中同志在…大会上的讲话实录（2024）, …的讲话（全文）).
TITLE_AFTER_SPEECH: Final = recache.compile(
    r"(?<=[话告辞言])(?:实录|全文|摘要|摘登|要点)?(?:[（(](?:[0-9]{4}年?|全文|摘要|节选|摘登)[)）])?$")
MEETING: Final = recache.compile(
    r"在(?P<meeting>[^，。；在]{2,60}?)(?:上|时|之际)"
    r"(?:的(?:讲话|报告|致辞|发言|讲话提纲|总结讲话|动员讲话|主持词|说明|工作报告))?(?=$|\s)"
)


#: A copy's tag after the title: 《政府工作报告》（全文）, …工作报告(全文实录).
COPY_TAG: Final = recache.compile(r"\s*[（(](?:全文|全文内容|全文实录|附全文|图文|实录|视频|组图)[)）]$")
#: A site's tag before the title: [史密斯热水器]对史密斯教授的欢送词, 【回眸2023】在…上的讲话.
SITE_TAG: Final = recache.compile(r"[【\[〖][^【】\[\]〖〗]{1,12}[】\]〗](?=\S{4})")
#: The brackets a copy may wrap its whole title in: 《…》 【…】 […] 〖…〗.
WRAPPING: Final = {"《": "》", "【": "】", "[": "]", "〖": "〗"}


def title_text(text: str) -> str:
    """The title without what a copy put around it: a layout table's empty cells after it (新春团拜会致辞 | |), its tag
    (（全文）), brackets around the whole of it (《政府工作报告》, 【争做文明公民的倡议书】) or a site's tag before it
    ([史密斯热水器]…).  Brackets inside it stay (关于《…》的说明)."""
    text = COPY_TAG.sub("", text.rstrip(" |｜"))
    close = WRAPPING.get(text[:1])
    if close is not None and text.endswith(close) and text.count(text[0]) == 1 and len(text) > 2:
        return text[1:-1].strip()
    return SITE_TAG.sub("", text, count=1) if text[:1] in WRAPPING else text


def clean(text: str) -> str:
    """Text for a metadata value: letter-spacing and name spacing removed, and the HTML entities a web copy left in it
    read (第五届&ldquo;挑战杯&rdquo;大赛: 第五届“挑战杯”大赛; the node keeps the line as written)."""
    if "&" in text:
        from html import unescape  # (only here: a text with entities is rare, and the module costs 3 ms to import)

        text = unescape(text)
    return SPACE_BETWEEN_CJK.sub("", text).strip()


def _title_key(line: str) -> str:
    return NOT_IN_TITLE_KEY.sub("", line)


def cover(first: Span, last: Span) -> Span:
    """The span from the start of ``first`` to the end of ``last``."""
    return Span(first.start, last.end, first.line, first.column, last.end_line, last.end_column)


#: The first year of the Republic of China (民國元年), which Taiwan's official dates count from.
ROC_YEAR_ONE: Final = 1912


def iso_date(match: re.Match[str] | None) -> str | None:
    """ISO 8601 date (YYYY-MM-DD or YYYY-MM) of a DATE_LINE match; None without a real year."""
    if match is None:
        return None
    groups = match.groupdict()
    roc = groups.get("roc")
    if roc:  # a year of the Republic of China: 民國110年 is 2021
        number = 1 if roc == "元" else digit_string(roc) or chinese_number(roc)  # 民國元年: its first
        year = number + ROC_YEAR_ONE - 1 if number else None
    else:
        year = digit_string(groups.get("y") or groups.get("y2") or "")
    month = date_part(groups.get("m") or groups.get("m2"))
    day = date_part(groups.get("d") or groups.get("d2"))
    if year is None or month is None or not 1000 <= year <= 2999:
        return None
    try:
        if day is None:
            datetime.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


#: Blocks at the top of the body, in document order, looked through for what the front matter does not hold: the first
#: salutation, a dated source line.
BODY_TOP_REACH: Final = 30
#: A note naming where the text comes from (来源：…), and a full date in brackets in it (（2016年4月26日）).
SOURCE_LABEL: Final = recache.compile(r"(?:来源|來源|稿源)\s*[:：]")
BRACKETED_DATE: Final = recache.compile(r"[（(]\s*[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*[)）]")


class ToAst:
    """Builds the document parts as the parser reduces the grammar's rules (children: the
    lexer's units for terminals, nodes for rules); ``speechparse.parse`` assembles the Document."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self.patterns = patterns

    # ---- leaves ----------------------------------------------------------------------------

    def leaf(self, unit: Unit) -> Any:
        span = cast(Span, unit.span)  # (set by the lexer's last pass)
        kind = unit.kind
        if kind == "PARA":
            return Paragraph(span, unit.text, unit.items)
        if kind in NOTE_KINDS:
            return Note(span, unit.info.get("note", "editorial"), unit.text)
        if kind == "DOC_NUMBER":
            return Note(span, "reference", unit.text)
        if kind == "ATTACHMENT":
            return Note(span, "attachments", unit.text)
        if kind == "DATE_LINE":
            return DateLine(span, unit.text, iso_date(self.patterns["DATE_LINE"].search(unit.core)))
        if kind == "SUBTITLE":
            match = self.patterns["SUBTITLE"].fullmatch(unit.core)
            return Subtitle(span, unit.text, clean(match.group("text") or match.group("bracketed") or match.group("occasion")) if match
                            else clean(_unbracketed(unit.core)))  # a date line with its occasion: （2026年1月27日在…上）
        if kind == "SPEAKER":
            return Speaker(span, unit.text, clean(unit.info["name"]), unit.info.get("role"))
        if kind == "CONCLUSION":
            return Conclusion(span, unit.text)
        if kind == "CLOSING":
            return Closing(span, unit.text)
        if kind == "SIGNATURE":
            return Signature(span, unit.text)
        raise ValueError(f"no node for token {kind}")

    # ---- rules -----------------------------------------------------------------------------

    def start(self, children: list[Any]) -> tuple[Any, Any, Any]:
        front, body, back = children
        return front, body, back

    def front_matter(self, children: list[Any]) -> tuple[Any, ...]:
        return tuple(self.leaf(child) if isinstance(child, Unit) else child for child in children)

    def back_matter(self, children: list[Unit]) -> tuple[Any, ...]:
        return tuple(self.leaf(child) for child in children)

    def body(self, children: list[Any]) -> tuple[Any, ...]:
        return tuple(self.blocks(children))

    def blocks(self, children: list[Any], first: int = 0) -> list[Any]:
        """Nodes of the blocks of a body or section (``children`` from index ``first`` on): paragraphs (a run of them
        comes as a list), other leaves, and the sections already built."""
        nodes: list[Any] = []
        for child in islice(children, first, None) if first else children:
            if type(child) is list:  # a run of plain paragraphs (PARA units): made here, the commonest node
                nodes.extend([Paragraph(unit.span, unit.block.text, unit.items) for unit in child])
            elif isinstance(child, Unit):
                nodes.append(self.leaf(child))
            else:
                nodes.append(child)
        return nodes

    def title(self, units: list[Unit]) -> Title:
        lines = tuple(unit.text for unit in units)
        cores: list[str] = []  # a line repeated under itself counts once, as the later copy writes it
        for index, unit in enumerate(units):
            if index and _title_key(unit.core) == _title_key(units[index - 1].core):
                cores.pop()
            cores.append(unit.core)
        text = title_text(clean("".join(cores)).rstrip("。：:"))  # (a slip copied from running text, 在…上的讲话。: SP104's)
        return Title(cover(cast(Span, units[0].span), cast(Span, units[-1].span)), lines, text)

    def salutation(self, children: list[Unit]) -> Salutation:
        unit = children[0]
        core = unit.core
        match = self.patterns["SALUTATION"].fullmatch(core) or self.patterns["SALUTATION"].match(core)
        greeting = None
        if match:
            greeting = match.group("greeting") or match.group("greeting2")
        start = match.end("host") if match and match.group("host") else 0  # (a 主持词's host: 甲：敬爱的领导…)
        if not start and opens_with_host(core):
            start = 2  # (the host's address without its colon: 男：尊敬的各位领导、各位来宾)
        addressee = core[start: match.start("greeting") if match and match.group("greeting") else
                         (match.start("greeting2") if match and match.group("greeting2") else len(core))]
        return Salutation(cast(Span, unit.span), unit.text, clean(addressee.rstrip("：:！!，,。 ")), greeting)

    def section(self, children: list[Any]) -> Section:
        unit = children[0]
        info = unit.info
        blocks = self.blocks(children, 1)  # (the heading's unit, then the blocks under it)
        span = unit.span
        return Section(  # (by position, in the order of the fields: a section is made for every heading)
            cover(span, blocks[-1].span) if blocks else span,  # span
            span,  # heading_span
            info["family"],
            info["marker"],
            info["number"],
            info["heading"],
            unit.prefix,
            info.get("heading_prefix", ""),
            info["tail"] + unit.suffix,  # suffix
            info["run_in"],
            tuple(blocks),  # children
        )


def derive_metadata(front: tuple[Any, ...], body: tuple[Any, ...], back: tuple[Any, ...],
                    declared: Mapping[str, str] | None = None) -> Metadata:
    """Document facts from the front matter (and the first salutation, the sign-off date); where the text has no
    title or subtitle line, or gives no date anywhere, the title, subtitle or date its file declares (``declared``: a
    Markdown file's YAML ``title:``, ``subtitle:`` and ``date:``, as pandoc reads them, or a crawler's record's 标题：
    and 日期：), and else the date of the post above the title (a chrome note); where no line names the speaker, the
    one a crawler's record names (作者：…).  Where the text gives no date, an editor's headnote that dates the speech
    gives it (（这是…2018年9月21日在…时的讲话。）), or a source line's date in brackets; where a letter's sign-off inside
    the text dates it, the person who signs it is the speaker no line names."""
    declared = declared or {}
    first: dict[type, Any] = {}  # the first node of each type in the front matter (one pass: a document has many)
    dates: list[DateLine] = []
    reference = None
    for node in front:
        kind = type(node)
        if kind is DateLine:
            dates.append(node)
        elif kind is Note:
            if reference is None and node.kind == "reference":
                reference = node.text
        elif kind not in first:
            first[kind] = node
    title = (first[Title].text.rstrip(TITLE_NOTE_CALLS) if Title in first else None) or (  # (…统计公报①: a note's call)
        clean(declared["title"]) if "title" in declared else None)
    subtitle_node = first.get(Subtitle)
    subtitle = subtitle_node.text if subtitle_node else (
        clean(declared["subtitle"].lstrip(SUBTITLE_DASH_CHARACTERS)) or None if "subtitle" in declared else None)
    speaker = first.get(Speaker)
    number, signer = _reference_parts(reference) if reference else (None, None)
    role, name = (speaker.role, speaker.name) if speaker else (
        _signed_by(back) or _titled_by(title) or _subtitled_by(subtitle) or signer or _declared_speaker(declared)
        or (None, None))
    salutation = first.get(Salutation)
    if salutation is None:
        salutation = next((node for node in islice(_blocks_in_order(body), BODY_TOP_REACH) if isinstance(node, Salutation)), None)
    date = next((node.iso for node in dates if node.iso), None)
    date_text = _without_markup(dates[0].raw) if dates else None
    if date is None and subtitle is not None:
        date = _date_in(subtitle)
        date_text = date_text or (subtitle if date else None)
    if date is None and not dates:
        sign_off = [node for node in back if isinstance(node, DateLine)]
        inner = [] if sign_off else inner_sign_off_dates(body, title)
        if sign_off or inner:
            date, date_text = (sign_off or inner)[-1].iso, _without_markup((sign_off or inner)[-1].raw)
            if inner and name is None:  # (a letter's sign-off inside the text, what it appends after it: its signer)
                role, name = _letter_signer(body) or (None, None)
        elif headnote := _dated_headnote(front, back):  # (（这是习近平总书记2018年9月21日在…时的讲话。）)
            date, date_text = _date_in(headnote), headnote
        elif sourced := _dated_source((*front, *body[:BODY_TOP_REACH])):  # (来源：新华社 （2016年4月26日）, also at
            # the top of a body the front matter did not reach)
            date, date_text = _date_in(sourced), sourced
        elif "date" in declared:  # (date: 1945-08-13, date: "1945年8月13日")
            date, date_text = _date_in(declared["date"]), declared["date"]
        elif posted := _posted(front):  # (2008年6月10日 星期二 / 在全县工作会议上的讲话: a post's date, the only one)
            date, date_text = _date_in(posted), posted
    meeting = next(filter(None, (MEETING.search(text) for text in (subtitle or "", title or ""))), None)
    closing = "".join(node.text for node in back if isinstance(node, Closing)) or None  # (此致 / 敬礼！: 此致敬礼！)
    return Metadata(
        title=title,
        subtitle=subtitle,
        date=date,
        date_text=date_text,
        speaker=name,
        speaker_role=role,
        salutation=salutation.addressee if salutation else None,
        meeting=meeting.group("meeting") if meeting else None,
        closing=closing,
        document_number=number,
    )


def _date_in(text: str) -> str | None:
    """The ISO date of the first date the grammar's DATE_LINE finds in ``text``, or None."""
    from .grammar import patterns

    return iso_date(patterns()["DATE_LINE"].search(text))


def _dated_headnote(front: tuple[Any, ...], back: tuple[Any, ...]) -> str | None:
    """The text of an editor's headnote that dates the speech (（这是习近平总书记2018年9月21日在…时的讲话。）, ※这是…), above
    the text or after it, or None."""
    return next((node.text for node in (*front, *back) if isinstance(node, Note) and node.kind == "editorial"
                 and is_headnote(node.text) and _date_in(node.text)), None)


def _dated_source(blocks: tuple[Any, ...]) -> str | None:
    """The text of the first note among ``blocks`` naming where the text comes from with its date in brackets (来源：新华社
    （2016年4月26日）（节录）), or None."""
    return next((node.text for node in blocks if isinstance(node, Note) and SOURCE_LABEL.match(node.text)
                 and (bracket := BRACKETED_DATE.search(node.text)) and _date_in(bracket.group())), None)


def _posted(front: tuple[Any, ...]) -> str | None:
    """The text of the date line right above the title that the front matter holds as a chrome note (a post's date),
    or None."""
    title = next((index for index, node in enumerate(front) if isinstance(node, Title)), 0)
    above = front[title - 1] if title else None
    if not (isinstance(above, Note) and above.kind == "chrome"):
        return None
    from .grammar import patterns

    text = _without_markup(above.text)  # (# 2015-08-23 over its title: a Markdown heading's date, see the front scanner)
    return text if patterns()["DATE_LINE"].fullmatch(text) else None


def _unbracketed(text: str) -> str:
    """``text`` without the one pair of brackets around all of it, as a subtitle in brackets is read without them."""
    stripped = text.strip()
    if stripped[:1] in "（(" and stripped[-1:] in "）)" and not BRACKET.search(stripped, 1, len(stripped) - 1):
        return stripped[1:-1]
    return text


def _signed_by(back: tuple[Any, ...]) -> tuple[str | None, str] | None:
    """``(role, name)`` of the person who signed the text at its end (a 致辞's 徐敏嘉 over its date, 香江集团总裁 翟美卿,
    陈嘉文校长), where no byline named a speaker."""
    signatures = [node for node in back if isinstance(node, Signature)]
    if not signatures:
        return None
    signed = "".join(_without_markup(signatures[-1].text).split())
    if is_issuer_name(signed):  # (国务院 issues, speaks not)
        return None
    if signed.endswith(SIGNED_AS_WRITER):
        signed = signed[:-2]  # (校长 敬上: an office, with the word a writer signs with)
    signed = signed.replace("：", "").replace(":", "")  # (总经理：王敏敏: an office and a name, a colon between them)
    if is_name(signed):
        return None, signed
    speaker = parse_speaker(signed)
    if speaker is not None and speaker[0]:
        return speaker  # (an office and a name, 校长张三)
    return _name_before_office(signed)  # (a name and an office, 陈嘉文校长)


def _titled_by(title: str | None) -> tuple[str | None, str] | None:
    """``(role, name)`` of the speaker a title names before a colon, the occasion after it (习近平：在…大会上的讲话,
    国务院总理李强：在…会议上的讲话), as news sites title a speech, or before the occasion as a subtitle does
    (王伟中同志在广东省高质量发展大会上的讲话实录（2024）); None for any other title."""
    if not title:
        return None
    found = SPEAKER_IN_TITLE.match(title)
    occasion = found and MEETING.match(title, found.end())
    if found and occasion and occasion.end() == len(title):
        speaker = parse_speaker(found.group("who"))
        return speaker if speaker is not None and speaker[1] else None
    added = TITLE_AFTER_SPEECH.search(title)
    speaker = added and _subtitled_by(title[:added.start()])  # (named as a subtitle names the speaker)
    return speaker if speaker and is_name(speaker[1]) else None  # (not 区委书记在…上的讲话: an office, no name)


def _declared_speaker(declared: Mapping[str, str]) -> tuple[str | None, str] | None:
    """``(role, name)`` of the speaker a crawler's record names (作者：王建国, 报告人：国务院总理 李强), or None."""
    compact = "".join(declared.get("speaker", "").split())
    if not compact:
        return None
    if is_name(compact):
        return None, compact
    speaker = parse_speaker(compact)
    return speaker if speaker is not None and speaker[1] else None


def _reference_parts(reference: str) -> tuple[str, tuple[None, str] | None]:
    """A 发文字号 line's number (spaces removed), and ``(None, name)`` of its one signer (国办发〔2023〕12号  签发人：王晓峰,
    GB/T 9704-2012 §7.2.4: who signed an upward document), or None."""
    found = patterns()["DOC_NUMBER"].search(reference)
    if found is None:
        return "".join(reference.split()), None
    signer = found.group("signer")
    return "".join(reference[found.start():found.end("mark")].split()), (None, signer) if signer and is_name(signer) else None


def _subtitled_by(subtitle: str | None) -> tuple[str | None, str] | None:
    """``(role, name)`` of the speaker a subtitle names before the occasion (——任正非在科以上干部大会上的讲话,
    ——国务院总理李强在…会议上的讲话, a name before its office too: ——何勇生董事长在…会议开幕式上的讲话), or None."""
    if not subtitle:
        return None
    found = SPEAKER_IN_SUBTITLE.match(subtitle)
    occasion = found and MEETING.match(subtitle, found.end())
    if not found or not occasion or occasion.end() != len(subtitle):
        return None
    who = found.group("who")
    speaker = parse_speaker(who)
    if speaker is not None and speaker[1]:
        return speaker
    return _name_before_office(who)


def _name_before_office(who: str) -> tuple[str, str] | None:
    """``(role, name)`` of a person's name followed by an office (何勇生董事长, 陈嘉文校长; in traditional script too, 陳嘉文校長,
    given as written), or None (区委书记, 高校校长: a body's office, no name)."""
    simplified = who.translate(TRADITIONAL)  # (one character for one: the offsets stay)
    office = next((found for found in OFFICE.finditer(simplified) if found.end() == len(who)
                   and is_name(simplified[:found.start()]) and not is_issuer_name(simplified[:found.start()])
                   and simplified[found.start() - 1] not in INSTITUTION_ENDS), None)
    return (who[office.start():], who[:office.start()]) if office else None


def _without_markup(text: str) -> str:
    """A metadata value without the HTML tags a plain-text copy left around it (<img …>2014年6月24日), or
    the Markdown marks before it (## （2025年5月）)."""
    if "<" in text:
        text = MARKUP_TAG.sub("", text).strip()
    start, end = markup_bounds(text)
    return text[start:end]


def inner_sign_off_dates(body: tuple[Any, ...], title: str | None) -> list[DateLine]:
    """The dates of sign-offs inside the text (a 印发 notice's, the document it issues after it): a date
    line right after a paragraph that names an issuing body, or right after the attachment list (附件：…,
    which stands above the signature and date, GB/T 9704-2012 §7.3.4–7.3.5; a web copy may lose the signature),
    or, where the ``title`` is a notice's that issues a document (印发, 转发), right before the issued document's
    title (an unnumbered heading; its 附注 between them: （此件公开发布）), or right after a person's name that signs a
    letter, what it appends after it (附：《某某办法》, or the appended document's title), or right after an office and a
    name (a 命令（令）'s 签发人: 市长 危伟汉).  Sign-offs inside sections
    count (the text's last section holds its sign-off)."""
    issuing = title is not None and ISSUING.search(title) is not None
    dates: list[DateLine] = []
    for previous, node, following in _dated_blocks(body):
        signer = previous.text.replace(" ", "") if isinstance(previous, Paragraph) else ""
        if ((signer and is_issuer_name(signer))
                or (isinstance(previous, Note) and previous.kind == "attachments")
                or (issuing and isinstance(following, Section) and following.family == "plain")
                or (signer and is_name(signer) and _appended(following))
                or (signer and _signs_with_office(signer))):
            dates.append(node)
    return dates


def _signs_with_office(line: str) -> bool:
    """Whether ``line`` is an office and a name that sign (市长 危伟汉: a 命令（令）'s 签发人, GB/T 9704-2012 §10.1)."""
    speaker = parse_speaker(line)
    return speaker is not None and bool(speaker[0]) and bool(speaker[1])


def _dated_blocks(body: tuple[Any, ...]) -> Iterator[tuple[Any, DateLine, Any]]:
    """Each date line of the body in document order (inside sections too: a sign-off closes the text's last section),
    with the block before it and the next block after it that is no note (or None)."""
    blocks = list(_blocks_in_order(body))
    for index, node in enumerate(blocks):
        if isinstance(node, DateLine) and index:
            following = next((blocks[later] for later in range(index + 1, len(blocks))
                              if not isinstance(blocks[later], Note)), None)  # (no copy of the rest: linear)
            yield blocks[index - 1], node, following


def _letter_signer(body: tuple[Any, ...]) -> tuple[None, str] | None:
    """``(None, name)`` of the person who signs a letter inside the text, over its date and what it appends after it
    (张三 / 2020年5月9日 / 附：《某某办法》), or None."""
    for previous, _, following in _dated_blocks(body):
        signer = previous.text.replace(" ", "") if isinstance(previous, Paragraph) else ""
        if signer and is_name(signer) and not is_issuer_name(signer) and _appended(following):  # (国务院 issues)
            return None, signer
    return None


def _appended(node: Any) -> bool:
    """Whether ``node`` opens what a letter appends after its sign-off: a document's title (an unnumbered heading) or a
    line that announces it (附：《某某办法》, 附件：…)."""
    return (isinstance(node, Section) and node.family == "plain") or (
        isinstance(node, Paragraph) and (node.text.startswith(APPENDED) or ANNEX_LABEL.match(node.text) is not None))


def _blocks_in_order(body: tuple[Any, ...]) -> Iterator[Any]:
    """Body blocks in document order, looking into sections (a stack of iterators: no generator per level)."""
    stack = [iter(body)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        yield node
        if isinstance(node, Section):
            stack.append(iter(node.children))
