"""The paragraph lexer: reader blocks in, one classified token per paragraph out.

Passes, in order (each a small function of its own module):

1. paragraphs of bare markup (an empty ``<DIV></DIV>``) join their neighbour (``units.py``); layout
   hints of Word and HTML readers (``hints.py``); flattened text cut before division markers, and
   a title, date and speaker glued together at its start split (``flattened.py``);
2. front matter (``front.py``) and back matter (``back.py``), with a site's disclosure record above or
   below the text (``records.py``, also in the body);
3. heading markers (with date lines, chrome and page numbers in the body), lists of names and
   sign-offs inside the text (``back.py``), bare page numbers and running heads (``furniture.py``),
   series of run-in enumerators, list items, unnumbered headings (``headings.py``);
4. the salutation glued to the first paragraph (also after a sentence of introduction), the
   concluding paragraph, the closing address that stands outside the sections;
5. run-in headings split into heading and body; page-break repair (``joins.py``);
6. inline enumerations (``inline.py``), spans, tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from .. import recache
from ..ast import Diagnostic, EnumItem, Join
from ..grammar import patterns as grammar_patterns
from ..lexicon import (
    ANNEX_LABEL,
    APPENDIX_HEADING,
    BARE_NUMBER,
    BARE_NUMBER_LONGEST,
    CAPTION_FIRST,
    FIGURE_CAPTION,
    VOCATIVE,
    is_links_label,
    is_page_number,
    issued_work,
)
from ..readers.base import RawBlock, SourceText
from .back import (
    ATTACHMENT_ITEM,
    ATTACHMENTS_MAX,
    SIGNATURE_MAX,
    BackMatterScanner,
    find_closing_address,
    find_conclusion,
    find_inner_sign_offs,
    find_model_text_labels,
    find_name_lists,
    is_footnote,
    is_issuer,
    mark_link_titles,
    note_kind,
    split_glued_attachments_label,
)
from .flattened import RUN_TOGETHER, split_chained_headings, split_flattened, split_glued_front, split_glued_headings
from .front import FrontMatterScanner, split_glued_salutation
from .furniture import (
    declared_fields,
    find_bare_page_numbers,
    find_crawl_header,
    find_declared_title,
    find_file_header,
    find_inner_contents,
    find_mail_header,
    find_original_title,
    find_page_title,
    find_repeated_headings,
    find_running_heads,
    find_session_document,
    find_subtitle_cues,
    find_teasers,
    find_text_description,
    split_chunk_numbers,
)
from .headings import (
    BOLD_MARKS,
    CLOSING_QUOTES,
    DIVISIONS,
    HEADING_KINDS,
    SET_OFF_HEADING_MAX,
    bold_lead,
    check_series,
    classify_marker,
    demote,
    demote_list_items,
    demote_paragraph_numbers,
    find_inner_plain_headings,
    find_plain_headings,
    find_titles_over_bullets,
    mark_plain_heading,
    rank_markdown_levels,
    rank_unmarked_first_divisions,
    split_bold_lead,
    split_glued_part_titles,
    split_heading_text,
)
from .hints import apply_hints
from .inline import demote_inline_lists, may_hold_series, scan_items
from .joins import CONTEXT, join_broken_paragraphs, join_shredded_lines, join_split_markers, join_wrapped_headings
from .records import awaits_value, find_records, mark_values
from .units import (
    APART,
    BACK,
    BODY,
    FRONT,
    NOTE_KINDS,
    PARAGRAPH_END,
    SENTENCE_END_CHAR,
    TAGS_AFTER_MARKER,
    Unit,
    units_of,
)

#: How far into the first paragraph a salutation after a sentence of introduction is looked for.
INTRODUCTION_MAX: Final = 200
#: How a salutation on a line of its own ends: its colon, or the greeting after it (…同学们：上午好！).
ADDRESS_ENDS: Final = ("：", ":", "好！", "好!", "好。")
#: A question's end, and how its answer opens in a transcript of questions and answers (答记者问).
QUESTION_ENDS: Final = ("？", "?")
ANSWERS: Final = ("答：", "答:")
#: Notes reported as kept: their kind → diagnostic code and message.
REPORTED_NOTES: Final = {
    "chrome": ("SP002", "looks like site chrome, kept as a note"),
    "page": ("SP005", "page number or running head of a printed copy, kept as a note"),
}

#: The heading kinds whose marker a page's number or running head may start with (2. — 2 —, 一、重要文献· 2701 ·).
PAGED_KINDS: Final = frozenset({"HEAD_AR", "HEAD_CN", "HEAD_CNP"})


@dataclass(slots=True)
class LexResult:
    """The classified paragraphs (the parser's tokens) and what the lexer noticed on the way."""

    units: list[Unit]
    joins: list[Join]
    diagnostics: list[Diagnostic]
    #: What the file declares of itself: a Markdown file's YAML front matter ``title:`` and ``date:``.
    declared: dict[str, str] = field(default_factory=dict)


class ParagraphLexer:
    """Classifies paragraphs with the grammar's terminal patterns."""

    def __init__(self) -> None:
        self.patterns = grammar_patterns()
        self.front = FrontMatterScanner(self.patterns)
        self.back = BackMatterScanner(self.patterns)

    def lex(self, source: SourceText, blocks: list[RawBlock], drop: frozenset[str] = frozenset()) -> LexResult:
        """The tokens of ``blocks``; notes of the kinds in ``drop`` are left out (each reported)
        before broken paragraphs are joined, so that a paragraph one of them cut is whole again."""
        raw_joins: list[tuple[Unit, int, str]] = []
        units = units_of(blocks)
        find_subtitle_cues(units)
        units = apply_hints(units, self.patterns)
        units = split_chunk_numbers(units)
        units = join_shredded_lines(join_split_markers(units, raw_joins, source.text), raw_joins, source.text)
        authored = find_file_header(units, source.text)  # a Markdown file: its paragraphs as written
        declared = declared_fields(units, source.text) if authored else {}
        find_declared_title(units, declared)
        declared = {**find_original_title(units), **find_crawl_header(units), **declared}
        find_text_description(units)
        find_page_title(units)
        find_session_document(units)
        find_mail_header(units)
        find_records(units)
        find_teasers(units)
        units = split_flattened(units, self.patterns)
        units = split_chained_headings(split_glued_headings(units), self.patterns)
        units = split_glued_front(units, self.patterns)
        units = self.front.scan(units)
        units = self.back.scan(split_glued_attachments_label(units))
        find_inner_contents(units)
        dates, numbers, names, restarts = self._classify_body_paragraphs(units)
        find_name_lists(units, names)
        find_inner_sign_offs(units, dates, issued_work("".join(unit.compact for unit in units if unit.kind == "TITLE")))
        find_bare_page_numbers(units, numbers)
        find_running_heads(units)
        check_series(units)
        demote_list_items(units)
        demote_inline_lists(units, self.patterns)
        demote_paragraph_numbers(units)
        find_repeated_headings(units)
        if restarts:
            units = split_glued_part_titles(units)  # (only where a division series starts again: few texts)
        if find_titles_over_bullets(units) | find_plain_headings(units, source.text, authored):
            rank_unmarked_first_divisions(units)
            find_inner_plain_headings(units)
            rank_markdown_levels(units)
        units = self._split_glued_salutation(units)
        find_conclusion(units)
        find_closing_address(units)
        find_model_text_labels(units)
        notes: list[Diagnostic] = []
        if drop:
            units = self._drop_notes(source, units, drop, notes)
        units = join_wrapped_headings(units, raw_joins, source.text)
        tokens = join_broken_paragraphs(self._split_run_in(units), raw_joins, source.text, authored)
        self._finish(source, tokens, notes)
        joins: list[Join] = []
        reported: list[Diagnostic] = []
        for joined, offset, cause in sorted(raw_joins, key=_join_position):  # in the order of the text
            join = self._join(source, joined, offset)
            joins.append(join)
            reported.append(Diagnostic(
                "SP001", f"paragraph broken by {cause} joined: …{join.before}|{join.after}…", join.span))
        return LexResult(tokens, joins, [*reported, *notes], declared)

    # ---- passes that need the lexer's patterns or the source ------------------------------------

    def _classify_body_paragraphs(self, units: list[Unit]) -> tuple[list[int], list[int], list[int], bool]:
        """Body paragraphs that start with a heading marker get its kind; then date lines inside
        the body (the date of one part of a speech), and a 公文's attachment list (附件：…, where an
        annex follows the sign-off), a printed copy's footnotes (①…, its mark in the text above),
        chrome (a photo caption), page numbers and a transcript's notes of applause as notes; an
        annex's label (附件1) is an unnumbered heading; a salutation on a line of its own (同志们：)
        is a salutation, never the tail of a broken paragraph; a figure's or table's caption (图1 …) stays
        apart.  Returns the indexes of the date lines, of the numbers alone on their lines (a PDF's page
        numbers, maybe) and of the lines that name a body and nothing else (an issuer, an item of a list of
        names), and whether the series of the body's first division family starts again (a second heading numbered 1)."""
        dates: list[int] = []
        numbers: list[int] = []
        names: list[int] = []
        last: dict[str, int] = {}  # the number of each division family's last heading
        top = None  # the family of the body's first division heading
        restarts = False  # whether its series starts again
        for index, unit in enumerate(units):
            if unit.zone != BODY or unit.kind != "PARA":
                continue
            if classify_marker(unit, self.patterns):
                if unit.info.get("series") == WEAK_ARABIC and _under_table_header(units, index):
                    demote(unit)  # 1 全国一等奖 国家级 1 3 3 under 序号 竞赛名称 获奖 级别…: a PDF's table, its cells a
                    block = unit.block  # space apart, no heading 1
                    unit.block = RawBlock(block.text, block.anchors, block.hints | {"table"})
                    continue
                if unit.kind in DIVISIONS and (number := unit.info["number"]) is not None:
                    if number > 1 and last.get(unit.kind) != number - 1 and self._among_table_rows(units, index):
                        demote(unit)  # （三）不予公开 / 5.属于三类… between a table's rows, counting on from nothing
                        block = unit.block  # before them: its cells, a PDF's table shredded into lines
                        unit.block = RawBlock(block.text, block.anchors, block.hints | {"table"})
                        continue
                    top = top or unit.kind
                    restarts = restarts or (number == 1 and unit.kind == top and top in last)
                    last[unit.kind] = number
                if unit.kind == "HEAD_CIRC" and is_footnote(units, index):  # ①… cited at the foot of a page
                    demote(unit)
                    unit.kind = "NOTE"
                    unit.info["note"] = "footnote"
                elif unit.kind in PAGED_KINDS and is_page_number(unit.core):  # 2. — 2 —: a page number a converter
                    # numbered; 一、重要文献· 2701 ·: a book's running head, its page's number beside it
                    demote(unit)
                    unit.kind = "NOTE"
                    unit.info["note"] = "page"
                elif unit.kind == "HEAD_CIRC" and unit.core == unit.info["marker"] and _mid_sentence(units, index):
                    demote(unit)  # …法定债 / ① / 限额…: a note's call a PDF set on a line of its own, inside a sentence
                continue
            core = unit.core
            short = len(core) <= 2 * SIGNATURE_MAX  # (a name even letter-spaced; a bare number)
            if self.front.is_date_line(unit):
                unit.kind = "DATE_LINE"
                dates.append(index)
            elif len(core) <= BARE_NUMBER_LONGEST and BARE_NUMBER.fullmatch(core):
                numbers.append(index)
            elif core.startswith("附") and self._annex_line(units, index):
                continue
            elif core[0] in CAPTION_FIRST and FIGURE_CAPTION.fullmatch(core):
                unit.info[APART] = True  # a figure's or table's caption (图1 …): no heading, never joined
            elif (kind := note_kind(unit)) in ("chrome", "page", "editorial", "source"):  # (（来源：新华社） too)
                unit.kind = "NOTE"
                unit.info["note"] = kind
                if kind == "chrome" and awaits_value(unit):  # a field of a disclosure record, its value below
                    mark_values(units, index)
                elif kind == "chrome" and is_links_label(core):  # 相关阅读： in the text, the links under it
                    mark_link_titles(units, index)
            elif core.endswith(ADDRESS_ENDS) and self.front.is_address(unit):
                unit.kind = "SALUTATION"  # 同志们：/ 尊敬的…，亲爱的同学们：上午好！ on its own line, the front matter not found
            elif short and is_issuer(unit):
                names.append(index)
        return dates, numbers, names, restarts

    def _among_table_rows(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` stands among a table's rows: the nearest paragraphs above and below it that open
        with no division marker are rows of a table."""
        above = next((units[at] for at in range(index - 1, max(-1, index - 1 - TABLE_CELLS_MAX), -1)
                      if units[at].kind not in DIVISIONS), None)
        if above is None or "table" not in above.block.hints:
            return False  # (nearly every heading)
        markers = self.front.headings.values()
        below = next((units[at] for at in range(index + 1, min(len(units), index + 1 + TABLE_CELLS_MAX))
                      if not any(marker.match(units[at].core) for marker in markers)), None)
        return below is not None and "table" in below.block.hints

    def _annex_line(self, units: list[Unit], index: int) -> bool:
        """Mark a 公文's attachment list in the body (附件：…, above a sign-off that annexes follow)
        as a note, or an annex's label standing alone (附件1, 附件：) as an unnumbered heading, the annex's title under it
        its first paragraph (GB/T 9704-2012 §7.3.4: the label, then the title); the label over a glossary the back
        matter holds is one of its notes."""
        unit = units[index]
        following = units[index + 1] if index + 1 < len(units) else None
        if (ANNEX_LABEL.fullmatch(unit.core) and unit.core[-1] in "：:" and following is not None
                and not ATTACHMENT_ITEM.fullmatch(following.core)):  # 附件： over the annex, not over a list
            mark_plain_heading(unit)
        elif self.back.is_attachment_list(unit):
            listed = self.patterns["ATTACHMENT"].fullmatch(unit.core)
            first = (listed.group("first") if listed else None) or ""
            for line in [unit, *_attachment_items(first, units[index + 1: index + 1 + ATTACHMENTS_MAX])]:
                line.kind = "NOTE"  # (the list's names on the lines under it, 2.防汛物资清单: its lines, no headings)
                line.info["note"] = "attachments"
        elif ANNEX_LABEL.fullmatch(unit.core) and following is not None and following.zone == BACK:
            unit.kind = "NOTE"  # the label of an annex the back matter holds (附件2 / 名词解释 / 1.“四上”企业：…)
            unit.info["note"] = "endnotes"
        elif ANNEX_LABEL.fullmatch(unit.core) or APPENDIX_HEADING.fullmatch(unit.core):
            mark_plain_heading(unit)  # 附件1, or a white paper's 附录1：中国参加的…相关条约
            if following is not None and following.kind == "PARA" and following.compact_length <= SET_OFF_HEADING_MAX:
                following.info[APART] = True  # its title under it (2026年省十件民生实事): neither a heading of its own
                # nor a sentence a page broke
        else:
            return False
        return True

    def _split_glued_salutation(self, units: list[Unit]) -> list[Unit]:
        """The first paragraph opens with the salutation (同志们，…): split it off.  Under the
        title and date of a speech's first part (开幕词 / （…日） / 各位代表同志们：) it is the
        salutation as it stands."""
        if any(unit.kind == "SALUTATION" and unit.zone == FRONT for unit in units):
            return units
        for index, unit in enumerate(units):
            if unit.zone != BODY or unit.kind == "DATE_LINE":
                continue
            if unit.kind == "SALUTATION":
                return units  # the salutation on a line of its own, before the first paragraph
            if unit.kind == "PARA" and index and units[index - 1].kind == "DATE_LINE" and self.front.is_salutation(unit):
                unit.kind = "SALUTATION"
                return units
            if unit.kind == "PARA":
                split = split_glued_salutation(unit, self.front.salutation)
                if split:
                    head, body = split
                    if not any(other.zone == BODY and other.kind != "PARA" for other in units[:index]):
                        head.zone = FRONT  # nothing but front matter before it
                    return [*units[:index], head, body, *units[index + 1:]]
                parts = self._split_introduced_salutation(unit)
                return [*units[:index], *parts, *units[index + 1:]] if parts else units
        return units

    def _split_introduced_salutation(self, unit: Unit) -> tuple[Unit, Unit, Unit] | None:
        """A site's sentence of introduction, then the salutation up to its colon and the speech, in one
        paragraph (…以下是讲话录音整理全文。同志们:现在…): the three apart, or None."""
        core = unit.core
        for end in SENTENCE_END_CHAR.finditer(core, 0, INTRODUCTION_MAX):
            start = end.end()
            vocative = VOCATIVE.match(core, start)
            if vocative and core[vocative.end() - 1] in "：:" and len(core) - vocative.end() >= 2:
                introduction, rest = unit.split(start)
                split = split_glued_salutation(rest, self.front.salutation)
                return (introduction, *split) if split else None
        return None

    @staticmethod
    def _drop_notes(source: SourceText, units: list[Unit], kinds: frozenset[str],
                    diagnostics: list[Diagnostic]) -> list[Unit]:
        """The units without the notes of ``kinds``; each one left out is an ``SP006`` diagnostic
        that quotes it."""
        kept = []
        for unit in units:
            kind = unit.info.get("note") if unit.kind in NOTE_KINDS else None
            if kind in kinds:
                block = unit.block
                diagnostics.append(Diagnostic("SP006", f"{kind} note left out (drop): {block.text}",
                                              source.span(*block.bounds)))
            else:
                kept.append(unit)
        return kept

    @staticmethod
    def _split_run_in(units: list[Unit]) -> list[Unit]:
        """Heading paragraphs get their heading text; a run-in heading's rest becomes a paragraph.  A numbered
        question over its answer (三、近日，…取得进展。中国如何看待…？ / 答：…) is a heading whole."""
        result: list[Unit] = []
        for index, unit in enumerate(units):
            if unit.kind not in HEADING_KINDS:
                result.append(unit)
                continue
            marker_end = unit.info.get("end", 0)
            core = unit.core
            lead = bold_lead(core, marker_end, unit.suffix)
            if lead is not None and lead[1] >= 0:  # 1. **积极的情绪**：感觉…: the bold's text is the heading
                result += _split_bold_lead(unit, *lead)
                continue
            if lead is not None:  # 1. **积极的情绪** (the bold's close in the suffix, or after the heading): markup
                unit.info["heading_prefix"] = core[lead[0]:lead[0] + 2]
                marker_end = lead[0] + 2
            elif (("<" in (after := core[marker_end:marker_end + 3]) or "&" in after)
                  and (tags := TAGS_AFTER_MARKER.match(core, marker_end))):
                unit.info["heading_prefix"] = core[marker_end:tags.end()]  # 1.</strong><strong>项目申报, 1． &nbsp; 首先: markup
                marker_end = tags.end()
            heading, tail, rest = split_heading_text(core, marker_end, RUN_TOGETHER in unit.info)
            if rest is not None and core.endswith(QUESTION_ENDS) and _answered(units, index):
                heading, tail, rest = core[marker_end:-1].strip(), core[-1], None
            unit.info.update(heading=heading, tail=tail, run_in=rest is not None)
            if rest is None:
                result.append(unit)
                continue
            bold = unit.prefix.endswith(BOLD_MARKS) and core.startswith(BOLD_MARKS, rest)
            head, body = unit.split(rest + 2 if bold else rest)  # (**（一）…。**正文: the bold closes the head)
            head.kind, head.zone, head.info = unit.kind, unit.zone, unit.info
            if not bold:
                head.drop_suffix()
            result += (head, body)
        return result

    # ---- tokens ----------------------------------------------------------------------------

    def _join(self, source: SourceText, unit: Unit, offset: int) -> Join:
        block = unit.block
        start, end = block.source_end(offset), block.source_offset(offset)
        return Join(source.span(start, end), block.text[max(0, offset - CONTEXT): offset],
                    block.text[offset: offset + CONTEXT])

    def _finish(self, source: SourceText, units: list[Unit], diagnostics: list[Diagnostic]) -> None:
        """Give each unit its span (and a paragraph its items), and report chrome and residue."""
        span_of = source.span
        for unit in units:
            block = unit.block
            anchors = block.anchors
            if len(anchors) == 1:  # (RawBlock.bounds written out: one call less for every paragraph)
                start = anchors[0][1]
                span = unit.span = span_of(start, start + len(block.text))
            else:
                span = unit.span = span_of(*block.bounds)
            kind = unit.kind
            if kind == "PARA" or kind == "CONCLUSION":
                found = self._found_items(unit) if "list_marker" in unit.info or may_hold_series(unit.core) else None
                if found:
                    unit.items = self._items(source, unit, found)
            elif kind in NOTE_KINDS and (reported := REPORTED_NOTES.get(unit.info.get("note", ""))):
                diagnostics.append(Diagnostic(*reported, span))
            if "<" in unit.prefix or "<" in unit.suffix:
                diagnostics.append(Diagnostic(
                    "SP004", "HTML markup residue kept in the text (read it with --from html to drop it)", span))

    def _found_items(self, unit: Unit) -> list[dict[str, Any]]:
        """The paragraph's inline enumeration (the quick test :func:`may_hold_series` passed), or the one item
        of a list line."""
        if unit.info.get("list_marker"):
            return [{"start": 0, "end": len(unit.core), "marker": unit.info["list_marker"],
                     "number": unit.info["list_number"], "family": "list"}]
        return scan_items(unit.core, self.patterns)

    def _items(self, source: SourceText, unit: Unit, found: list[dict[str, Any]]) -> tuple[EnumItem, ...]:
        """The items ``found`` in a paragraph as AST nodes."""
        offset = len(unit.prefix)
        block = unit.block
        return tuple(
            EnumItem(
                source.span(block.source_offset(item["start"] + offset), block.source_end(item["end"] + offset)),
                item["start"] + offset,
                item["end"] + offset,
                item["marker"],
                item["number"],
                item["family"],
            )
            for item in found
        )


#: Lines opening with a division marker between two rows of a table, at most, that are its cells (see
#: ``ParagraphLexer._among_table_rows``).
TABLE_CELLS_MAX: Final = 4
#: A table's header row as a PDF's text gives it, its cells a space apart, the first naming the rows' numbers (序号
#: 竞赛名称 获奖 级别…); how many lines above a numbered line it is looked for; the series of arabic numbers a space
#: after them (1 全国一等奖 国家级…), the rows it numbers.
TABLE_HEADER: Final = recache.compile(r"(?:序号|编号)(?:\s+\S+){2,}")
TABLE_HEADER_REACH: Final = 40
WEAK_ARABIC: Final = ("HEAD_AR", "weak")


def _under_table_header(units: list[Unit], index: int) -> bool:
    """Whether a table's header row (see ``TABLE_HEADER``) stands above ``units[index]`` within ``TABLE_HEADER_REACH``
    lines, no heading between them."""
    for at in range(index - 1, max(-1, index - 1 - TABLE_HEADER_REACH), -1):
        unit = units[at]
        if unit.kind in HEADING_KINDS and unit.info.get("series") != WEAK_ARABIC:
            return False
        if unit.core[:1] in "序编" and TABLE_HEADER.fullmatch(unit.core):
            return True
    return False


def _split_bold_lead(unit: Unit, start: int, close: int) -> tuple[Unit, ...]:
    """A heading whose text opens with a Markdown bold closed in its core (``start``, ``close``: see
    :func:`bold_lead`): the heading is the bold's text, and what follows the bold (and a mark after it) is the
    first paragraph under it."""
    core = unit.core
    heading, heading_end, rest = split_bold_lead(core, start, close)
    unit.info.update(heading=heading, heading_prefix=core[start:start + 2], run_in=rest is not None)
    if rest is None:
        unit.info["tail"] = core[heading_end:].strip()
        return (unit,)
    head, body = unit.split(rest)
    head.kind, head.zone, head.info = unit.kind, unit.zone, unit.info
    unit.info["tail"] = head.core[heading_end:].strip()
    return head, body


def _attachment_items(first: str, following: list[Unit]) -> list[Unit]:
    """The lines of an attachment list among ``following`` whose label line names ``first`` (附件：1.防汛工作责任人名单,
    or nothing: 附件：): the names numbered on from it (2.防汛物资清单, 3.…), one a line (GB/T 9704-2012 §7.3.4)."""
    numbered = ATTACHMENT_ITEM.fullmatch(first)
    expected = int(numbered.group("number")) + 1 if numbered else 0 if first else 1
    items: list[Unit] = []
    for unit in following:
        item = ATTACHMENT_ITEM.fullmatch(unit.core) if expected and unit.kind == "PARA" else None
        if item is None or int(item.group("number")) != expected:
            break
        items.append(unit)
        expected += 1
    return items


def _mid_sentence(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` stands between two paragraphs of the body, the one above stopping mid-sentence."""
    if not 0 < index < len(units) - 1:
        return False
    above = units[index - 1]
    core = above.core.rstrip(CLOSING_QUOTES)  # (兜牢“三保”: a quoted word, no sentence's end)
    return above.zone == BODY and above.kind == "PARA" and core[-1:] not in PARAGRAPH_END and (
        units[index + 1].kind == "PARA")


def _answered(units: list[Unit], index: int) -> bool:
    """Whether the paragraph after ``units[index]`` answers it (答：…)."""
    return index + 1 < len(units) and units[index + 1].core.startswith(ANSWERS)


def _join_position(join: tuple[Unit, int, str]) -> int:
    """Where a join (see :func:`join_broken_paragraphs`) is in the text the units were read from."""
    unit, offset, _ = join
    return unit.block.source_offset(offset)
