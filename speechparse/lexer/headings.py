"""Headings: marker matching, series checks, list items and unnumbered heading lines."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Any, Final

from .. import recache
from ..lexicon import (
    ANNEX_LABEL,
    BULLETS,
    FIRST_CHARACTERS,
    HAN,
    OPENS_FIRST_SENTENCE,
    PIECE_NUMBER_LAST,
    SCANNED_ONE,
    STANDARD_RANK,
    SUMMING_UP,
    VOCATIVE,
    WORK_QUALIFIER,
    is_chrome,
    is_piece_label,
    is_work_line,
)
from ..numerals import SEQUENCE_WORDS, any_number
from ..readers.base import CAPTION, SET_OFF, line_breaks
from .front import (
    OPENING_PARTS,
    PART_TITLES,
    SPEAKERS_PART,
    SUBTITLE_DASHES,
    TRANSCRIPT_TURNS,
    TURN_LABEL,
    is_byline,
    is_name,
    is_transcript,
    opens_first_part,
    opens_turn,
    parse_speaker,
)
from .units import APART, BODY, INDENTS, SENTENCE_END_CHAR, UNDER_DECLARED_TITLE, Unit

#: Terminal name → marker family (the name used in the AST, JSON and TEI @subtype).
FAMILIES: Final = {
    "HEAD_PART": "part",
    "HEAD_CN": "cn",
    "HEAD_CNP": "cn-paren",
    "HEAD_DEC": "decimal",
    "HEAD_AR": "arabic",
    "HEAD_ARP": "arabic-paren",
    "HEAD_CIRC": "circled",
    "ITEM_ORD": "ordinal",
    "ITEM_VERB": "verb",
    "ITEM_SEQ": "sequence",
    "ITEM_LABEL": "label",
    "ITEM_LEAD": "lead",
    "HEAD_PLAIN": "plain",
}
#: Order in which a paragraph start is tried against the marker patterns.
MATCH_ORDER: Final = ("HEAD_PART", "HEAD_CNP", "HEAD_ARP", "HEAD_CIRC", "ITEM_ORD", "HEAD_CN", "HEAD_DEC", "HEAD_AR",
               "ITEM_SEQ", "ITEM_LABEL", "ITEM_VERB")
#: Division markers stand alone; run-in enumerators count only as a series over paragraphs.
DIVISIONS: Final = frozenset({"HEAD_PART", "HEAD_CN", "HEAD_CNP", "HEAD_DEC", "HEAD_AR", "HEAD_ARP", "HEAD_CIRC"})
RUN_INS: Final = frozenset({"ITEM_ORD", "ITEM_VERB", "ITEM_SEQ", "ITEM_LABEL", "ITEM_LEAD"})
HEADING_KINDS: Final = DIVISIONS | RUN_INS | {"HEAD_PLAIN"}
#: The headings a title over a numbered series stands over, numbered 1 (see ``_opens_series``).
SERIES_OPENERS: Final = DIVISIONS | {"ITEM_ORD", "ITEM_VERB"}
#: Delimiters too weak to make a heading on their own (一， 一 标题 and a bare 一; also 1） with
#: only half a bracket).
WEAK_DELIMITERS: Final = frozenset({"，", ",", " ", ""})
#: The weak delimiters that a heading beside one of its series with a proper delimiter may have slipped to (see
#: ``_strengthen_slipped_markers``), and the marker kinds that may; a bracketed numeral may have been scanned as a dash.
SLIPPED_DELIMITERS: Final = frozenset({"，", ",", " "})
SLIPPED_MARKER_KINDS: Final = frozenset({"HEAD_CN", "HEAD_AR", "HEAD_CNP"})
#: A form's date left blank for its signer (年  月  日, （盖章）年月日): no heading.
BLANK_FORM_DATE: Final = recache.compile(r"(?:[^，。；：:]{0,12}[:：]?\s*)?[（(]?(?:公章|盖章|签章|签字|签名)?[）)]?年月日")
#: The tag of a table's cell in HTML residue before a paragraph (<td><p>举报人姓名): a cell, no heading.
TABLE_CELL_TAG: Final = recache.compile(r"<t[dh][\s>]", re.IGNORECASE)
#: An unnumbered heading line has none of these.
NOT_IN_PLAIN_HEADING: Final = recache.compile(r"[。，；：！？、,;:!?…（）()\[\]【】—□√☐☑■]")  # (□适用 √不适用: a form's boxes)
PLAIN_HEADING_MAX: Final = 25
#: An unnumbered heading line on its own is this long at least, unless it names a part (结论, 附件, 上篇; see
#: ``SHORT_PART_TITLES``): a shorter line between paragraphs is a scan's junk (国回, 外志同) or a word left alone.
PLAIN_HEADING_MIN: Final = 4
#: How many of the body's paragraphs, and what share of them, opening after an indent show a text that indents its
#: paragraphs: there a title at the margin may be shorter (金融業, 扶貧).
INDENTED_MIN: Final = 5
INDENTED_SHARE: Final = 0.5
#: Such a short title: Han characters only.
SHORT_TITLE: Final = recache.compile(r"[\u4e00-\u9fff]{2,3}")
_SHORT_PART_TITLES: Final = PART_TITLES | {"附件", "附则", "总则", "上篇", "中篇", "下篇"}
SHORT_PART_TITLES: Final = _SHORT_PART_TITLES | {title.translate(str.maketrans(  # (in traditional script too: 結論, 結束語)
    "结论语导绪开闭词录后记说总则讲话报发辞纲读问简", "結論語導緒開閉詞錄後記說總則講話報發辭綱讀問簡")) for title in _SHORT_PART_TITLES}
#: How a speech's closing wish opens (最后祝大家…, 谨祝各位校友…, 衷心祝愿…): never a heading.
CLOSING_WISH: Final = recache.compile(
    r"(?:最后|最後|在此)?(?:[，,])?(?:谨祝|謹祝|衷心祝愿|衷心祝願|祝愿|祝願|预祝|預祝|祝)"
    r"(?:大家|各位|全体|全體|同志们|同志們|同学们|同學們|老师们|老師們|你们|你們|您|在座|广大|廣大)")
#: The mark of a series of 首先, 其次… that stands under a point of another one (its key's last part).
INNER_SEQUENCE: Final = "inner"
#: The marks that end a sentence (not ；, which parts its clauses).
FULL_STOP: Final = recache.compile(r"[。！？!?]")
#: Paragraphs a series of ordinals that starts at 2 needs (第二点 第三点 第四点).
LATE_SERIES_MIN: Final = 3
#: How many numbers an item may skip once its series counts two items: 第一条 / 第二条 / 第四条 / 第六条, a speaker
#: picking some of a list's points (我现在抽出几条来说一说), or a slip that the linter reports (SP209).
SERIES_SKIP_MAX: Final = 1
#: A line set off by wide spacing may be a sentence-like title (五年来，国民经济保持良好发展势头，…):
#: longer, with commas, but ending no sentence.
SET_OFF_HEADING_MAX: Final = 64
#: A Markdown heading line that a converter wrapped: its first line is at least so long and ends with one of these (its
#: phrase left open), or the next opens with one of those (nothing a heading opens with).
WRAPPED_HEADING_MIN: Final = 8
WRAPPED_HEADING_LAST: Final = frozenset("的、，,：:和")
CONTINUATION_FIRST: Final = frozenset("的之是们、，,。：:）)」』”’")
SET_OFF_NOT_LAST: Final = "。；;！!？?…：:，,、—"
#: Nor does it open with a dash (——2025年10月20日，…指出: a quotation's source; a dash leads an item, ANNOTATION.md rule 6).
SET_OFF_NOT_FIRST: Final = SUBTITLE_DASHES
#: An unnumbered title that announces what follows rather than naming it (我讲三点意见, 下面，我讲几点意见, …有以下几点):
#: a preview sentence (ANNOTATION.md rule 4), no title over the series under it.
ANNOUNCES: Final = recache.compile(
    r"(?:^|[我们面，,])(?:讲|谈|说|提|强调|汇报)[^，。的]{0,4}?(?:[一二三四五六七八九十两几]|以下|如下)(?:点|个|条|方面)"
    r"|以下几|如下几")  # (not 提升服务质量的三个方面, 讲好中国故事的几点体会: titles)
#: A title with a comma this long or longer reads like a sentence (五年来，…总的形势是很好的); a shorter one pairs two
#: phrases (未来五年，主要趋势).
SENTENCE_TITLE_MIN: Final = 18
#: Titles found by their place between paragraphs, at least, for a line of two phrases parted by a comma in such a
#: place to be a title too; and the characters of each phrase, at least.
PAIRED_TITLE_SIBLINGS: Final = 2
PAIRED_PHRASE_MIN: Final = 3
PAIRED_PHRASE_BALANCE: Final = 0.6
LIST_ITEM_END: Final = "；;，,、"
#: An article of a 办法, 条例 or 规定 (第一条, 第十二条), and the fewest that set a text out in articles.
#: (Three in a row of numbers, 第一条 / 第二条 / 第三条, as a text set out in articles numbers them: not 第一条明确了… /
#: 第五条规定了…, sentences about articles.)
ARTICLE: Final = recache.compile(r"第(?P<num>[一二三四五六七八九十百零〇]{1,5}|[0-9]{1,3})条")
ARTICLES_MIN: Final = 3
#: Divisions whose numbered sentences, one under the other after a line that announces them, make a list.
LISTABLE: Final = frozenset({"HEAD_CNP", "HEAD_AR", "HEAD_ARP", "HEAD_CIRC"})
#: What may be an item of a list when it ends like a clause: divisions, and ordinals (第一，…； / 第二，…；).
LIST_CANDIDATES: Final = DIVISIONS | {"ITEM_ORD"}
#: How deep a list of each kind nests under another (（一） over 1、 over （1） over ①): a list one of its items holds, its
#: first item right under it, is deeper (（1）开展系列活动； / ①先锋行动：… / ②… / （4）…: the ① items are the (3)'s).
LIST_DEPTH: Final = {kind: STANDARD_RANK[FAMILIES[kind]] for kind in LISTABLE}
NON_SPACE: Final = recache.compile(r"\S")
#: A word in Latin letters, and the fewest that make a marker's text a translated sentence, not an English name.
LATIN_WORD: Final = recache.compile(r"[A-Za-z]+")
TRANSLATION_WORDS: Final = 4
#: The fewest commas in a paragraph that stops mid-sentence that show it a sentence broken off, not a title; the
#: commas a sentence stops at mid-way (so does a Han character), and the marks that open no running text (a list's
#: item, a table's row).
CLAUSES_MIN: Final = 2
MID_SENTENCE_COMMAS: Final = "，,、"
NOT_RUNNING_TEXT: Final = BULLETS | frozenset("-*+|•·")
#: A field's label and colon at a paragraph's start (参加人员：…): a field with its value, no running sentence.
FIELD_LABEL: Final = recache.compile(r"[^，。：:,]{1,6}[：:]")
#: Numbers enclosed in one character (⑴…⒇, ①…⑳): the one before is the character before; the numerals up to ten.
ENCLOSED_NUMBERS: Final = frozenset(chr(code) for code in (*range(0x2474, 0x2488), *range(0x2460, 0x2474)))
CN_DIGITS: Final = "一二三四五六七八九十"
#: How many units above a footnote's reference mark at a paragraph's start the mark before it is looked for.
MARK_REACH: Final = 40
FULL_WIDTH_DIGITS: Final = str.maketrans("0123456789", "０１２３４５６７８９")
#: A run-in marker's numerals taken out: its form (see ``_form``).
WITHOUT_NUMERALS: Final = str.maketrans("", "", "一二三四五六七八九十百")
#: Quotation marks that close a quotation ending a heading's lead sentence: its final punctuation with the stop.
CLOSING_QUOTES: Final = "”’」』"
#: Markdown's bold marks, opening and closing a run-in heading's lead (**（一）加快建设现代化产业体系。**推动…).
BOLD_MARKS: Final = ("**", "__")
#: HTML residue's bold element ending a line's markup before its text, and its end opening the markup after it.
BOLD_TAG_OPEN: Final = recache.compile(r"<(strong|b)(?:\s[^<>]*)?>\s*$", re.IGNORECASE)
BOLD_TAG_CLOSE: Final = recache.compile(r"\s*</(strong|b)\s*>", re.IGNORECASE)
#: Punctuation that ends a heading in bold after its marker (1. **积极的情绪：**, 1. **加强领导。**要…).
LEAD_END_MARKS: Final = "：:，,。；;！!？?、"
#: One mark after such a bold that still ends the heading, not its body (1. **积极的情绪**：感觉这一年…).
AFTER_BOLD_LEAD: Final = frozenset(LEAD_END_MARKS) - {"、"}
#: Characters a marker can start with (a quick filter before the patterns; 场景一： is checked apart).
MARKER_FIRST: Final = frozenset("".join(FIRST_CHARACTERS.values()))

SPACED_OPENING: Final = frozenset({"HEAD_CNP", "HEAD_ARP"})


@cache
def kinds_starting_with(char: str) -> tuple[str, ...]:
    """The marker kinds (in MATCH_ORDER) that a paragraph starting with ``char`` can have."""
    return tuple(kind for kind in MATCH_ORDER
                 if char in FIRST_CHARACTERS.get(kind, "") or (kind == "ITEM_LABEL" and HAN.match(char))
                 or (kind in SPACED_OPENING and char.isspace()))


LABEL_AHEAD: Final = recache.compile(r"(?:[\u4e00-\u9fff]{2,4}?|篇)[一二三四五六七八九十]{1,3}[：:]")
LABEL_LONGEST: Final = 8  # (what LABEL_AHEAD matches at most)


#: A speaker's turn in a council's record, addressing the chair (林健鋒議員：主席，…, 食物及衞生局局長：主席，…): numbered in
#: the order of business (2. 林健鋒議員：主席，…), it opens a question, not a heading.
TURN_TO_CHAIR: Final = recache.compile(
    r"\s*[^，。；：:,;\s]{2,20}：\s*(?:代理)?(?:主席|院[长長]|委[员員][长長])(?:先生|女士|閣下|阁下)?[，,]")
#: The longest speaker's label looked at (see ``TURN_TO_CHAIR``).
TURN_LABEL_LONGEST: Final = 24


def match_marker(
    core: str, patterns: dict[str, re.Pattern[str]], kinds: tuple[str, ...] = MATCH_ORDER
) -> tuple[str, dict[str, Any]] | None:
    """The marker a paragraph starts with: ``(terminal name, facts)``, or None.  ``kinds``: the
    terminals to try, in order."""
    for kind in kinds:
        match = patterns[kind].match(core)
        if not match:
            continue
        groups = match.groupdict()
        scanned = kind == "HEAD_CNP" and groups["dash"] is not None  # （-）: a scan's 一, only in a series
        if kind == "ITEM_SEQ":
            number = SEQUENCE_WORDS.get(groups["seq"])
        else:
            number = 1 if scanned else any_number(groups.get("num") or groups.get("enc") or "")
        delim = groups.get("delim")
        weak = scanned or (kind in ("HEAD_CN", "HEAD_AR") and (delim or "") in WEAK_DELIMITERS) or (
            kind in ("HEAD_CNP", "HEAD_ARP") and not groups.get("enc") and match.group("marker")[0] not in "（("
        )  # 一） 1）: only half a bracket
        if kind == "ITEM_VERB":
            key: tuple[str, ...] | None = (kind, groups["verb"])
        elif kind == "ITEM_LABEL":
            key = (kind, groups["label"])
        elif kind in RUN_INS:
            key = (kind,)
        elif kind == "HEAD_DEC":
            parent = groups["parent"].replace("．", ".")
            key = (kind, parent)  # 1.1, 1.2 … then 2.1: a series under each number above
        else:
            key = (kind, "weak") if weak else None
        facts = {
            "family": FAMILIES[kind],
            "marker": match.group("marker"),
            "number": number,
            "sequence_word": groups.get("seq"),
            "series": key,
            "end": match.end("marker"),
        }
        if kind == "HEAD_PART":
            facts["part"] = groups["part"]  # 篇, 章, 节: each unit a rank of its own
        elif kind == "HEAD_DEC":
            facts["levels"] = parent.count(".") + 2  # 1.1: 2, 1.1.1: 3
        return kind, facts
    return None


def classify_marker(unit: Unit, patterns: dict[str, re.Pattern[str]]) -> bool:
    """Give a body paragraph that starts with a marker its heading kind; whether it did."""
    core = unit.core
    if core[:1] not in MARKER_FIRST and not (  # (a label's colon ends within its first eight characters: 场景一：)
            ("：" in core[:LABEL_LONGEST] or ":" in core[:LABEL_LONGEST]) and LABEL_AHEAD.match(core)):
        return False  # cannot start with a marker: spare the patterns
    found = match_marker(core, patterns, kinds_starting_with(core[0]))
    if not found or (not unit.md_level and not "\u4e00" <= core[found[1]["end"]:found[1]["end"] + 1] <= "\u9fff"
                     and _translated_sentence(core, found[1]["end"])):  # (the quick test inline: a Han character next)
        return False  # (nor a bilingual copy's translated heading: 1. We strengthened… under （一）加强…)
    if "：" in core[found[1]["end"]:found[1]["end"] + TURN_LABEL_LONGEST] and TURN_TO_CHAIR.match(core, found[1]["end"]):
        return False  # 2. 林健鋒議員：主席，…: a council's question numbered in its order of business, no heading
    unit.kind, facts = found
    if unit.md_level >= 2 and unit.kind in DIVISIONS:
        facts["series"] = None  # ## 一: the markup says it is a heading
    unit.info.update(facts)
    return True


def _translated_sentence(core: str, start: int) -> bool:
    """Whether ``core`` from ``start`` on (after a marker) is a sentence in Latin letters and holds no Han character: a
    bilingual copy's translation (1. We strengthened and improved macro regulation.), not a heading named in English
    (一、Overview, 2. ChatGPT): ``TRANSLATION_WORDS`` words or more."""
    return HAN.search(core) is None and len(LATIN_WORD.findall(core, start)) >= TRANSLATION_WORDS


def check_series(units: list[Unit]) -> None:
    """Keep run-in enumerators (and weak division markers) only where they form a series of
    paragraphs: 1, 2, … of the same kind (once two count, one may skip a number: 1, 2, 4); a division heading ends every run-in series but one of
    ordinal headings alone on their lines (第一，大办农业 / （一）… / 第二，…).  A series of
    ordinals may start at 2 when its first point was made inside a paragraph (…这是我要讲的第一点。
    / 第二点：… / 第三点：… / 第四点：…): then it needs three paragraphs.  一X enumerators go on a
    series with another verb right after it (一要… / 二是要… / 三是要…), and ordinals one of 首先 and
    其次 (首先… / 其次… / 第三… / 第四…), ranking with it.  Sections numbered in decimals count under each number
    above them (1.1, 1.2, then 2.1); in a text with such a series, one whose numbering slipped (1.1 / 1.3) stays a
    heading (the linter reports the gap)."""
    runs: dict[tuple[str, ...], list[list[Unit]]] = {}
    last_number: dict[tuple[str, ...], int] = {}
    heading_lines: set[tuple[str, ...]] = set()  # series of ordinal headings alone on their lines
    last_verb: tuple[str, ...] | None = None  # the series of the last 一X enumerator
    last_sequence: tuple[str, ...] | None = None  # the series of 首先, 其次… if the last ordinal was one
    last_chinese = 0  # the number of the last 一、 heading (a strong delimiter)
    transcript: bool | None = None  # whether the text is a transcript, once a turn asks
    outer_sequence: tuple[str, ...] | None = None  # the series of 首先, 其次… that an inner one stands under
    point: Unit | None = None  # the last point of a series of 首先, 其次… (or of 第三 going on one)
    above: Unit | None = None  # the body's paragraph before this one
    strays: list[Unit] = []  # headings that count in no series
    _strengthen_slipped_markers(units)
    for position, unit in enumerate(units):
        if unit.zone != BODY:
            continue
        previous_unit, above = above, unit
        if (last_number and unit.kind == "PARA" and ("：" in (head := unit.core[1:8]) or ":" in head)
                and opens_turn(unit.core) and (transcript := is_transcript(units) if transcript is None else transcript)):
            unit.info["turn"] = True  # another speaker's turn (任正非：…) ends the series of the answer before it: its
            last_number.clear()  # 第二， counts from its own first point (and the nester closes the points' sections)
            last_verb = last_sequence = None
            continue
        if last_number and unit.kind == "PARA" and (unit.core.startswith(SUMMING_UP) or VOCATIVE.match(unit.core)) and (
                summed := [key for key in last_number if key[0] in RUN_INS and key not in heading_lines]) and not (
                _series_goes_on(units[position + 1:], {key: last_number[key] for key in summed})):
            unit.info["sums_up"] = True  # 总之，… after 一是… 二是… 三是…: the series' sum, not its last item's text (the
            for summed_key in summed:  # nester closes the items' sections; not where the series goes on after it,
                # 第四点…: the sum of a point's own text); so is the audience addressed again after the last item (同志们！…)
                del last_number[summed_key]
            last_verb = last_sequence = None
            continue
        key: tuple[str, ...] | None = unit.info.get("series") if unit.kind in HEADING_KINDS else None
        if unit.kind == "HEAD_CN":
            if key is not None and unit.core == unit.info["marker"] and last_chinese and (
                    unit.info["number"] == last_chinese + 1):
                unit.info["series"] = key = None  # 二 alone on its line after 一、…: the next heading, its delimiter lost
            if key is None:
                last_chinese = unit.info["number"] or 0
        if unit.kind in DIVISIONS and key is None:
            for open_key in [k for k in last_number if k[0] in RUN_INS and k not in heading_lines]:
                del last_number[open_key]
            continue
        if key is None:
            continue
        number = unit.info["number"]
        if (unit.kind == "ITEM_SEQ" and number == 1 and last_sequence is not None and previous_unit is point
                and last_number.get(last_sequence, 0) >= 2 and INNER_SEQUENCE not in last_sequence):
            outer_sequence = last_sequence  # 其次，我想分享几个课题。 / 首先是… / 其次是…: points of the point above
            key = unit.info["series"] = (*key, INNER_SEQUENCE)
            unit.info["rank_as"] = "ITEM_SEQ/inner"
        elif unit.kind == "ITEM_SEQ" and key != last_sequence and last_sequence is not None and INNER_SEQUENCE in last_sequence and not (
                point is not None and _delimiter(unit) == _delimiter(point) != _delimiter(runs[last_sequence][-1][0])):
            key = unit.info["series"] = last_sequence  # 其次是… 最后是…: the inner series goes on (not 最后， after
            unit.info["rank_as"] = "ITEM_SEQ/inner"  # 其次，… / 首先是… / 其次是…: the outer one's last point)
        previous = last_number.get(key)
        if unit.kind == "ITEM_VERB":
            if previous is None and last_verb is not None and last_number.get(last_verb) == (number or 0) - 1:
                key, previous = last_verb, number - 1  # 一要… 二是要… 三是要…: one series, verbs mixed
            last_verb = key
        elif unit.kind == "ITEM_ORD" and (last_sequence is not None or outer_sequence is not None) and (
                previous is None or number != previous + 1 or _form(unit) != _form(runs[key][-1][-1])) and (sequence := next((
                candidate for candidate in (last_sequence, outer_sequence)
                if candidate is not None and last_number.get(candidate) == (number or 0) - 1), None)):
            key, previous = sequence, number - 1  # 首先… 其次… 第三… 第四…: one series (also after the points of 其次;
            unit.info["rank_as"] = "ITEM_SEQ"  # and 首先… 第二… under 第七点: the points of the point)
        if unit.kind in ("ITEM_SEQ", "ITEM_ORD"):
            last_sequence = key if unit.kind == "ITEM_SEQ" or unit.info.get("rank_as") else None
            if last_sequence is None or INNER_SEQUENCE not in last_sequence:
                point = unit if last_sequence is not None else None  # (an inner point keeps the outer one's)
        if previous is not None and follows_sequence(unit.info.get("sequence_word"), number, previous):
            number = unit.info["number"] = previous + 1  # 首先…其次…最后, not 首先…最后; 首先…其次…其次…: a slip
        if number == 1 or (number == 2 and previous is None and unit.kind == "ITEM_ORD"):
            runs.setdefault(key, []).append([unit])  # 第二点… after a first point made inside a paragraph
            last_number[key] = number
            if unit.kind in ("ITEM_ORD", "ITEM_LABEL") and not SENTENCE_END_CHAR.search(unit.core):
                heading_lines.add(key)  # 第一，全国动员，大办农业 or 篇一：在全县工作会议上的讲话 alone on its line: （一）…
                # or 一、… may stand under it
            else:
                heading_lines.discard(key)
        elif previous is not None and (number == previous + 1 or (
                len(runs[key][-1]) >= 2 and previous + 1 < (number or 0) <= previous + 1 + SERIES_SKIP_MAX)):
            runs[key][-1].append(unit)
            last_number[key] = number
        else:
            strays.append(unit)
    for key_runs in runs.values():
        for run in key_runs:
            if len(run) < (LATE_SERIES_MIN if run[0].info["number"] == 2 else 2):
                strays += run
    decimals = any(len(run) >= 2 for key, key_runs in runs.items() if key[0] == "HEAD_DEC" for run in key_runs)
    for unit in strays:
        if not (decimals and unit.kind == "HEAD_DEC"):  # (1.1 / 1.3 in a text numbered in decimals: its numbering
            demote(unit)  # slipped, SP209 reports it; elsewhere a number such as 5.12 opening a line is none)


def _series_goes_on(following: list[Unit], last_numbers: dict[tuple[str, ...], int]) -> bool:
    """Whether one of the series whose last numbers ``last_numbers`` gives goes on among the ``following`` paragraphs:
    the first of their items after it is the next one (not a new series' first, 一是… after 总之), and it comes before a
    division heading does."""
    for unit in following:
        if unit.kind in DIVISIONS and unit.info.get("series") is None:
            return False
        series = unit.info.get("series")
        last = last_numbers.get(series) if series is not None and unit.kind in RUN_INS else None
        if last is not None:
            number = unit.info["number"]
            return number == last + 1 or follows_sequence(unit.info.get("sequence_word"), number, last)
    return False


def _strengthen_slipped_markers(units: list[Unit]) -> None:
    """A division marker with a comma or a space for its delimiter (二，今年的安排; 一, 过去五年工作回顾: a slip, or
    a scan's 、 read as a comma), or a scan's （-） for （一）, next to a heading of its kind with a proper marker numbered
    one less or one more (一、… / 二，… / 三、…; （-）… / （二）…) is that series' heading, as a bare numeral after one
    is (the linter reports the marker: SP201, SP203, SP216)."""
    slipped = [unit for unit in units if unit.kind in SLIPPED_MARKER_KINDS and unit.info["series"] is not None
               and unit.info["series"][-1] == "weak" and unit.zone == BODY and (
                   unit.info["marker"][-1:] in SLIPPED_DELIMITERS if unit.kind != "HEAD_CNP"
                   else any(char in SCANNED_ONE for char in unit.info["marker"]))]
    for kind in dict.fromkeys(unit.kind for unit in slipped):  # (nearly every text has none)
        markers = [unit for unit in units if unit.kind == kind and unit.zone == BODY]
        for unit in slipped:
            if unit.kind != kind:
                continue
            index = markers.index(unit)
            number = unit.info["number"]
            neighbours = [(markers[at], step) for at, step in ((index - 1, -1), (index + 1, 1)) if 0 <= at < len(markers)]
            if any(other.info["series"] is None and other.info["number"] == number + step for other, step in neighbours):
                unit.info["series"] = None


def _form(unit: Unit) -> str:
    """A run-in item's marker without its number (第点， for 第二点，): items of one series share it."""
    return unit.info["marker"].translate(WITHOUT_NUMERALS)


def _delimiter(unit: Unit) -> str:
    """The last character of a run-in item's marker: its delimiter (首先是, 其次，), or its word's (首先)."""
    return unit.info["marker"][-1:]


def follows_sequence(word: str | None, number: int | None, previous: int | None) -> bool:
    """Whether a sequence word (其次, 再次, 最后) numbered ``number`` is the point after the ``previous`` one, at least the
    second: 最后 always is (首先…其次…最后), and so is one that repeats or goes back (首先…其次…其次…, a slip: the third)."""
    return (word is not None and word != "首先" and previous is not None and previous >= 2
            and (number is None or number <= previous))


def demote(unit: Unit) -> None:
    """Not a heading after all: back to a plain paragraph."""
    unit.kind = "PARA"
    for fact in ("family", "marker", "number", "sequence_word", "series", "end", "part"):
        unit.info.pop(fact, None)


#: The fewest numbered paragraphs of a text numbered as a whole (a policy address's 1. … 276.).
PARAGRAPH_NUMBERS_MIN: Final = 3


def demote_paragraph_numbers(units: list[Unit]) -> None:
    """Numbers that count the paragraphs of the whole text (a 施政報告's 1. … 276., running on across its （一）（二）
    parts) are no headings: where the body's arabic-numbered paragraphs count 1, 2, … without a restart across the
    divisions between them, each holds sentences of its own (two sentence ends or more) and nothing but a note or a
    division of a kind found above the first of them stands between two of them, they are paragraphs; where only notes
    stand between them (a page's chrome, a page number), they run across no division: headings."""
    numbered = [index for index, unit in enumerate(units) if unit.kind == "HEAD_AR" and unit.zone == BODY]
    if len(numbered) < PARAGRAPH_NUMBERS_MIN or [units[index].info.get("number") for index in numbered] != list(
            range(1, len(numbered) + 1)):
        return
    if not all(len(SENTENCE_END_CHAR.findall(units[index].core)) >= 2 for index in numbered):
        return
    above = {unit.kind for unit in units[:numbered[0]] if unit.kind in HEADING_KINDS}  # (the divisions they run across)
    between = [other for before, after in pairwise(numbered) for other in units[before + 1: after]]
    if any(other.kind != "NOTE" and other.kind not in above for other in between):
        return  # text under a number, or a heading of a kind first found under one: a heading's
    if any(other.kind != "NOTE" for other in between):  # (numbered again under the next division, headings would
        for index in numbered:  # restart at 1; a page's chrome between two of them is no division)
            demote(units[index])


def demote_list_items(units: list[Unit]) -> None:
    """Numbered lines that end like a clause (；，、; ordinals too: 第一，…； / 第二，…；) are items of a list, not
    headings, unless text of their own follows them; so is
    the item that directly follows such an item and continues its numbering (the list's last);
    so are numbered sentences one right under the other after a line that announces them
    (…要努力达到下列几项主要要求： / （一）…。 / （二）…。): each a sentence and no more, none with text of its own.
    (Not ordinals: 第一，…。 / 第二，…。 each a paragraph are headings by ANNOTATION.md's rule 3, one sentence or more.)
    So is a numbered paragraph that goes on with a list begun inside the paragraph above it (答：1、…。 / 2、…), where
    the last heading of its kind is not numbered one less.  In a text set out in articles (第一条…, a 办法's or a
    条例's, ``ARTICLES_MIN`` or more), the numbered paragraphs inside an article are its items (项: （一）…, 1.…), up to
    the next heading of another kind (第二章, 一、)."""
    previous: Unit | None = None
    last_number: dict[str, int | None] = {}  # the number of the last heading of each kind
    open_lists: dict[str, int | None] = {}  # the number of the last item of each kind's list, since the last heading
    in_article = False  # (only in a text set out in articles)
    articled = _set_out_in_articles(units)
    for index, unit in enumerate(units):
        if articled and unit.zone == BODY:
            if unit.kind == "PARA" and unit.core.startswith("第") and ARTICLE.match(unit.core):
                in_article = True
            elif unit.kind in HEADING_KINDS and unit.kind not in LISTABLE:
                in_article = False
            elif unit.kind in LISTABLE and in_article:
                _demote_to_list_item(unit)  # 第六条 个金客户经理的职责： / （一）客户开发。 / （二）…
                previous = unit
                continue
        if unit.kind in LIST_CANDIDATES and unit.zone == BODY:
            core = unit.core
            number = unit.info["number"]
            clause = (core[-1] in LIST_ITEM_END and not any(char in core for char in "。！？!?")
                      and unit.info["end"] < len(core)  # (a marker alone, 1、, ends with its own 、: no clause)
                      and not _followed_by_text(units, index)
                      and not _next_sibling(previous, unit))
            continues = (number is not None and previous is not None and previous.info.get("list_kind") is not None
                         and open_lists.get(unit.kind) == number - 1)  # (right after an item, its own list's or one
            # nested in it: （3）… / ①… / ②… / （4）…)
            nested = (number == 1 and previous is not None and previous.info.get("list_kind") in LIST_DEPTH
                      and LIST_DEPTH.get(unit.kind, 0) > LIST_DEPTH[previous.info["list_kind"]]
                      and not _followed_by_text(units, index))  # ① right under an item (1)…；: its own list
            if (clause or continues or nested or _announced_sentences(units, index)
                    or (last_number.get(unit.kind) != (number or 0) - 1 and _goes_on_inline_list(units, index))):
                open_lists[unit.kind] = number
                _demote_to_list_item(unit)
            else:
                last_number[unit.kind] = number
                open_lists.clear()  # (a heading ends the lists above it)
        previous = unit


def _next_sibling(previous: Unit | None, unit: Unit) -> bool:
    """Whether ``unit`` right after ``previous`` numbers on a heading of its kind kept as one (2、参赛人员收取相应费用。运动员
    必须…；/ 3、参加运动员必须办理…保险；): one series is headings or items throughout, never the first headings and the rest
    items."""
    return (previous is not None and previous.kind == unit.kind and previous.info.get("list_kind") is None
            and unit.info["number"] is not None and previous.info.get("number") == unit.info["number"] - 1)


def _set_out_in_articles(units: list[Unit]) -> bool:
    """Whether ``ARTICLES_MIN`` paragraphs or more open with articles numbered one after the other (第一条 … 第二条 …
    第三条 …, anywhere in the text): a 办法's or a 条例's articles, not sentences about some of them."""
    numbers = [any_number(found.group("num")) for unit in units
               if unit.kind == "PARA" and unit.core.startswith("第") and (found := ARTICLE.match(unit.core))]
    run = 1
    for number, following in pairwise(numbers):
        run = run + 1 if number is not None and following == number + 1 else 1
        if run >= ARTICLES_MIN:
            return True
    return False


def _goes_on_inline_list(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]``, numbered 2 or more, goes on a list whose item numbered one less stands inside the
    paragraph above it (答：1、…。 / 2、…; …分开三个时候来说：（一）…。 / （二）…), or on the marks a printed copy sets in
    its text, the one before inside one of the ``MARK_REACH`` paragraphs above (…政⑴治路线… / ⑵在党的六届五中全会以前…:
    a footnote's reference cut onto the start of a paragraph)."""
    unit = units[index]
    number, marker = unit.info["number"], unit.info["marker"]
    before = _marker_before(marker, number) if number and number >= 2 and index else None
    if before is None:
        return False
    reach = MARK_REACH if marker[:1] in ENCLOSED_NUMBERS else 1
    return any(other.kind == "PARA" and other.core.find(before, 1) > 0 for other in units[max(0, index - reach): index])


def _marker_before(marker: str, number: int) -> str | None:
    """The marker numbered one less than ``marker`` (numbered ``number``), written the same way: 2、 → 1、, ２、 → １、,
    （三） → （二）, ⑵ → ⑴, ② → ①; None for a number it cannot write so, and for 二、 and 第二， (a speech's parts and
    points: 任总：第一，… / 第二，… are its points, the first run into the speaker's turn)."""
    for digits in (str, _full_width):  # 2、 or ２、
        if digits(number) in marker:
            return marker.replace(digits(number), digits(number - 1), 1)
    if marker[:1] in ENCLOSED_NUMBERS:
        return chr(ord(marker[0]) - 1) + marker[1:]
    if marker[:1] in "（(" and number <= len(CN_DIGITS) and CN_DIGITS[number - 1] in marker:  # (not 二、, 第二，: a
        return marker.replace(CN_DIGITS[number - 1], CN_DIGITS[number - 2], 1)  # part or a point of a speech's own)
    return None


def _full_width(number: int) -> str:
    return str(number).translate(FULL_WIDTH_DIGITS)


def _followed_by_text(units: list[Unit], index: int) -> bool:
    """Whether a paragraph of the body's text follows ``units[index]``: a numbered line that ends like a clause
    (1、社会保障机制是基础，…；) but has text of its own under it heads that text."""
    following = units[index + 1] if index + 1 < len(units) else None
    return following is not None and following.kind == "PARA" and following.zone == BODY


def _demote_to_list_item(unit: Unit) -> None:
    kind, marker, number = unit.kind, unit.info["marker"], unit.info["number"]
    demote(unit)
    unit.info.update(list_marker=marker, list_number=number, list_kind=kind)


def _announced_sentences(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` opens a list of numbered sentences (see :func:`demote_list_items`): after a
    line ending with a colon, items 1, 2, … of its kind one under the other, each one sentence.  Not of the
    top divisions (一、, 第一部分), whose short parts a 公文 may number so (批复如下： / 一、同意…。 / 二、…)."""
    unit = units[index]
    if (unit.kind not in LISTABLE or unit.info.get("number") != 1 or not index
            or not (units[index - 1].core.endswith(("：", ":")) or _under_annex_label(units, index))):
        return False
    count = 0
    for item in units[index:]:
        if item.kind != unit.kind or item.info.get("number") != count + 1 or not _one_sentence(item):
            break
        count += 1
    return count >= 2


def _under_annex_label(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` stands right under an annex's label (附件), or under its title under the label (附件 /
    2026年自治区民生实事): a list the annex holds."""
    above = units[index - 1].core
    return ANNEX_LABEL.fullmatch(above) is not None or (
        index >= 2 and len(above) <= PLAIN_HEADING_MAX and NOT_IN_PLAIN_HEADING.search(above) is None
        and ANNEX_LABEL.fullmatch(units[index - 2].core) is not None)


def _one_sentence(unit: Unit) -> bool:
    """Whether the text after the marker of ``unit`` is one sentence: one full stop, at its end (its clauses parted by
    ；, …20亿元以上；扩大…覆盖面。, are one sentence)."""
    core = unit.core
    end = FULL_STOP.search(core, unit.info.get("end", 0))
    return end is not None and not core[end.end():].strip(CLOSING_QUOTES + " ")


def _wraps_heading_above(units: list[Unit], index: int) -> bool:
    """Whether the Markdown heading ``units[index]`` is the rest of the heading of its level right above it, which a
    converter wrapped onto two heading lines (## 关于抗日民族统一战线的 / ## 若干问题; ## 二、问题的根据：中日两国 / ## 是互相矛盾着的):
    the line above, long, leaves its phrase open (的, 、, a comma or colon), or this one opens with what never opens a
    heading (是, 的, 们, closing punctuation)."""
    unit = units[index]
    previous = units[index - 1] if index else None
    return (previous is not None and previous.zone == BODY and previous.md_level == unit.md_level
            and previous.kind in HEADING_KINDS and not previous.ends_paragraph()
            and ((previous.compact_length >= WRAPPED_HEADING_MIN and previous.compact[-1] in WRAPPED_HEADING_LAST)
                 or unit.compact[:1] in CONTINUATION_FIRST))


#: The caption of a photo of the event, left as a line where a web copy lost the picture (董事长发表讲话, 大会现场, 与会
#: 代表合影留念): it names what the picture shows, no part of the speech.  The quick test: its last character.
EVENT_CAPTION: Final = recache.compile(
    r"[\u4e00-\u9fff、·]{0,20}?(?:发表(?:了)?(?:重要|热情洋溢的|精彩)?(?:讲话|致辞|演讲)|(?:活动|会议|大会|颁奖|签约|开幕式|闭幕式|典礼)现场"
    r"|合影留念|集体合影)")
EVENT_CAPTION_LAST: Final = frozenset("话辞讲场念影")


def _repeats_numbered_heading(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` repeats the numbered heading right above it without its marker (## 二、个人成长 / ## 个人成长):
    a copy's slip, no heading of its own."""
    above = units[index - 1] if index else None
    return (above is not None and above.kind in DIVISIONS and "end" in above.info
            and "".join(above.core[above.info["end"]:].split()) == units[index].compact)


def find_plain_headings(units: list[Unit], source: str, authored: bool = False) -> bool:
    """Unnumbered heading lines: a Markdown sub-heading, a short line with no punctuation
    between a finished paragraph (or the salutation) and the body text it titles (结束语, 在工人中的宣传工作; the
    audience addressed again between the two: 形势和任务 / 同志们！ / …), or over the numbered series it opens (中国经济
    面临的机遇与挑战 / 1．机遇, there also with one comma), or over a date in brackets, the date of a part of the speech
    (结论 / （一九五五年三月三十一日））; the title of an opening part (前言, marked ``opening``) also right under the
    front matter; also such a title wrapped onto two lines and set off by blank lines in ``source``
    (文化体制改革中经营性文化事业单位 / 转制为企业的规定), its first line marked ``wrapped`` (joined to the second with
    the broken headings).  Not a work named in a list of works one per line (《核安全公约》).  Whether one was found.
    In a file written as Markdown (``authored``), whose paragraphs are as their author parted them, a title line that lost its bold may be as long as one set off by wide spacing (深学细悟笃行…，坚定不移
    沿着总书记指引的方向前进)."""
    found = False
    turns = _speaker_label_headings(units)  # (### 唐鳳： over each paragraph of a transcript: no heading)
    titles = 0  # the titles found by their place between paragraphs
    paired_titles: list[Unit] = []  # the lines of two phrases parted by a comma in such a place, held till the end
    indented_text: bool | None = None  # whether the text indents its paragraphs (found when first needed)
    for index, unit in enumerate(units):
        if (unit.zone != BODY or unit.kind != "PARA" or "table" in unit.block.hints or CAPTION in unit.block.hints
                or APART in unit.info):
            continue
        paired = False
        if _repeats_numbered_heading(units, index):
            unit.info[APART] = True  # ## 二、个人成长 / ## 个人成长: the heading above again, without its number
            continue
        if unit.md_level >= 2 or UNDER_DECLARED_TITLE in unit.info:  # (# 工作总结 under a declared title: a division)
            if index in turns:
                unit.info[APART] = True  # a speaker's turn (### 唐鳳： / 謝謝彭會長達人的介紹。): the paragraph's label
            elif _wraps_heading_above(units, index):
                unit.info[APART] = True  # the rest of the heading above, on a heading line of its own: text under it
            else:
                mark_plain_heading(unit, opening=unit.compact in OPENING_PARTS)  # (## 概览 / ## 一、…: siblings)
                found = True
            continue
        compact = unit.compact
        if compact[-1:] in "：:" and _titles_speakers_part(compact):
            compact = compact[:-1]  # 张春桥同志讲话：, a record's part one speaker speaks: its colon no lead-in's
        if compact[-1:] in PIECE_NUMBER_LAST and is_piece_label(compact) and index + 1 < len(units):
            mark_plain_heading(unit)  # 主持会议的开场白篇1: a collection's piece, its text under it
            found = True
            continue
        set_off = SET_OFF in unit.block.hints  # wide spacing sets it off: a sentence-like title may be long
        if set_off or (authored and (len(compact) > PLAIN_HEADING_MAX or "，" in compact)) or _bold_line(unit):
            # (so in a Markdown file; a line in Markdown bold may hold a 、: **伟大成就彪炳史册、振奋人心**)
            if (not (2 <= len(compact) <= SET_OFF_HEADING_MAX) or compact[-1] in SET_OFF_NOT_LAST
                    or (not set_off and clauses_broken_off(unit))
                    or compact[0] in SET_OFF_NOT_FIRST or (not set_off and SENTENCE_END_CHAR.search(compact))):
                continue
        elif not (2 <= len(named := _without_qualifier(compact) if compact[-1:] in "）)" else compact)
                  <= PLAIN_HEADING_MAX) or (
                (mark := NOT_IN_PLAIN_HEADING.search(named)) and not _comma_title(compact, mark, units, index)
                and not (paired := _paired_phrases(named, mark))) or (
                len(named) < PLAIN_HEADING_MIN and named not in SHORT_PART_TITLES and not (
                    SHORT_TITLE.fullmatch(named) and _at_margin_over_indented(units, index, source)
                    and (indented_text := _indents_paragraphs(units, source) if indented_text is None else indented_text))):
            continue  # (a short title at the margin in a text that indents its paragraphs: 金融業 / ␣金融服務業在香港…)
        if (not HAN.search(compact) or compact[0] in BULLETS or is_chrome(unit.core) or _spaced_list(unit.core)
                or (compact[0] == "《" and _listed_work(units, index)) or is_byline(unit.core)
                or (compact.endswith("年月日") and BLANK_FORM_DATE.fullmatch(compact))
                or ("<" in unit.prefix and TABLE_CELL_TAG.search(unit.prefix))):  # (a table's cell in HTML residue)
            continue
        if compact[-1] in EVENT_CAPTION_LAST and EVENT_CAPTION.fullmatch(compact):
            unit.info[APART] = True  # a photo's caption a web copy left as a line (董事长发表讲话): no title, never joined
            continue
        previous = units[index - 1] if index else None
        following = units[index + 1] if index + 1 < len(units) else None
        if following is None or following.zone != BODY:
            continue
        if previous is not None and "table" in previous.block.hints and "table" in following.block.hints:
            continue  # a table's row of one cell between its rows (期末畜禽存栏: the rows of a category under it)
        if ((following.kind == "SALUTATION" or VOCATIVE.fullmatch(following.core) or is_byline(following.core))
                and index + 2 < len(units)):  # its audience addressed again under a part's title (形势和任务 / 同志们！ /
            following = units[index + 2]  # 第一次…), or an article's author under its title (… / 本报记者  刘温馨 / …)
        if following.kind == "DATE_LINE":  # a part's title over its own date: 结论 / （一九五五年三月三十一日）
            if following.core[0] in "（(" and not any(char in compact for char in "。！？，；：!?,;:"):
                mark_plain_heading(unit)
                found = True
            continue
        if previous is None:
            if compact in OPENING_PARTS:  # a text without a title opening with its first part's: 前言 / … / 一、…
                _mark_title(unit, compact)
                found = True
            continue
        if not (previous.kind == "SALUTATION" or previous.zone == BODY or opens_first_part(compact)):
            continue  # (right after the salutation, the speech's first part may open with its title)
        if CLOSING_WISH.match(compact):
            continue  # a closing wish broken after its addressees (最后谨祝各位校友 / 身体健康，事业成功！)
        if previous.kind == "SALUTATION" and OPENS_FIRST_SENTENCE.match(compact):
            continue  # the speech's first sentence, broken (今天召开全县经济工作会议 / 主要任务是…), no title
        if not (previous.kind == "SALUTATION" or previous.ends_paragraph() or previous.kind in HEADING_KINDS
                or previous.info.get("note") == "contents" or opens_first_part(compact)):
            continue  # the tail of a paragraph broken across a page (or of a note)
        if (previous.kind not in HEADING_KINDS or (previous.kind in RUN_INS and previous.ends_paragraph())
                or SENTENCE_END_CHAR.match(previous.core, len(previous.core) - 1)) and (  # (or a heading's run-in
                _opens_series(units, index)) and not ANNOUNCES.search(compact):  # paragraph finished: 三、制定计划，…。)
            _mark_title(unit, compact, over_series=True)  # the title over the numbered series it opens (中国经济面临的
            found = True  # 机遇与挑战 / 1．机遇; 三个突破 / 第一，…, also after the last point of a series before it)
            continue
        if following.kind != "PARA" or (len(following.compact) <= len(_without_qualifier(compact)) and not set_off):
            if not paired and _wrapped_title(units, index, source):
                mark_plain_heading(unit, wrapped=True)
                found = True
            continue
        if paired:
            if previous is None or previous.kind not in HEADING_KINDS:  # (under a heading: its deck, no title)
                paired_titles.append(unit)
            continue
        _mark_title(unit, compact)
        found = True
        titles += 1
    if titles >= PAIRED_TITLE_SIBLINGS:  # (the text's other parts titled so: a line of two phrases there is a title too)
        for unit in paired_titles:
            mark_plain_heading(unit)
            found = True
    return found


def _titles_speakers_part(compact: str) -> bool:
    """Whether ``compact`` (a line ending with a colon) titles the part of a record one speaker speaks (张春桥同志讲话：,
    周总理讲话：, 王书记的发言：): a name, or a surname and an office, then the word for a speech (see ``SPEAKERS_PART``)."""
    part = SPEAKERS_PART.fullmatch(compact)
    return part is not None and parse_speaker(part.group("name")) is not None


def _speaker_label_headings(units: list[Unit]) -> frozenset[int]:
    """The indexes of the Markdown headings of the body that hold a speaker's label alone (### 唐鳳：, ## 主持人：), where
    ``TRANSCRIPT_TURNS`` of them or more make the text a transcript that labels each turn so; else none."""
    found = frozenset(index for index, unit in enumerate(units) if unit.md_level and unit.zone == BODY
                      and unit.compact[-1:] in "：:" and TURN_LABEL.fullmatch(unit.compact) and opens_turn(unit.compact))
    return found if len(found) >= TRANSCRIPT_TURNS else frozenset()


def _indented_line(unit: Unit, source: str) -> bool:
    """Whether ``unit`` starts after an indent on its line (a space, a 　, a tab)."""
    start = unit.block.start
    return start > 0 and source[start - 1] in INDENTS


def _indents_paragraphs(units: list[Unit], source: str) -> bool:
    """Whether ``INDENTED_SHARE`` of the body's paragraphs or more open after an indent (see :func:`_indented_line`), in
    a text that is no transcript (where a speaker's name at the margin may open a turn)."""
    paragraphs = [unit for unit in units if unit.kind == "PARA" and unit.zone == BODY]
    return len(paragraphs) >= INDENTED_MIN and not is_transcript(units) and (
        sum(_indented_line(unit, source) for unit in paragraphs) >= INDENTED_SHARE * len(paragraphs))


def _at_margin_over_indented(units: list[Unit], index: int, source: str) -> bool:
    """Whether ``units[index]`` stands at the margin, the paragraph under it indented (金融業 / ␣金融服務業在香港…)."""
    following = units[index + 1] if index + 1 < len(units) else None
    return (following is not None and following.kind == "PARA" and not _indented_line(units[index], source)
            and _indented_line(following, source))


def _paired_phrases(compact: str, mark: re.Match[str]) -> bool:
    """Whether ``compact``, where ``mark`` is the first punctuation, is two phrases parted by one comma (为什么要突出政治，
    用政治统帅一切), each of ``PAIRED_PHRASE_MIN`` characters or more and the shorter at least ``PAIRED_PHRASE_BALANCE``
    of the longer (not 2026年，全市财政部门将坚决扛起政治责任与使命: a sentence), announcing nothing: a title where the
    text's other parts have titles of their own in the same place (see :func:`find_plain_headings`), else a sentence
    broken off."""
    first, second = mark.start(), len(compact) - mark.end()
    return (_one_comma(compact, mark)
            and min(first, second) >= max(PAIRED_PHRASE_MIN, PAIRED_PHRASE_BALANCE * max(first, second)))


#: The rank of the titles right over a list of bullet points, where other titles stand over them (see
#: :func:`find_titles_over_bullets`).
UNDER_TITLES: Final = "HEAD_PLAIN/under"
#: The fact (``unit.info`` key) of an unnumbered Markdown heading's depth below the body's shallowest one.
MD_DEPTH: Final = "md_depth"
#: Titles over lists of bullet points in a text, at least, to be told by that.
BULLET_TITLES_MIN: Final = 2


def find_titles_over_bullets(units: list[Unit]) -> bool:
    """Unnumbered title lines over lists of bullet points (现代化基础设施加快建设 / ●截至2024年底，全省铁路运营里程达5965公里 /
    ● …), as a news report sets out a summary's parts: a short line with no punctuation between two lists, or between a
    finished paragraph and a list, whatever the points end with (a point alone on its line, its bullet opening it, is no
    sentence broken off).  A title over another such title (现代化产业体系“四梁八柱”加快构建 / 新型工业化深入推进 / ● …)
    heads the part those under it belong to: the titles right over the points then rank under it.  Only where
    ``BULLET_TITLES_MIN`` titles or more stand over lists.  Whether any was found."""
    over: list[int] = []  # the titles right over a list
    above: list[int] = []  # the titles over such a title
    points = [index for index, unit in enumerate(units) if unit.core[:1] in BULLETS]  # (most texts: none)
    if len(points) < BULLET_TITLES_MIN:
        return False
    for index in (point - 1 for point in points if point > 1):
        if _bulleted(units[index + 1]) and _bullet_title(units, index):
            over.append(index)
            if index > 1 and _bullet_title(units, index - 1) and (
                    _bulleted(units[index - 2]) or units[index - 2].ends_paragraph()):
                above.append(index - 1)
    if len(over) < BULLET_TITLES_MIN:
        return False
    for index in above:
        mark_plain_heading(units[index])
    for index in over:
        if above:
            mark_plain_heading(units[index], rank_as=UNDER_TITLES)
        else:
            mark_plain_heading(units[index])
    return True


def _bulleted(unit: Unit) -> bool:
    """Whether ``unit`` is a point of a list, its bullet opening it (●2024年…)."""
    return unit.zone == BODY and unit.kind == "PARA" and unit.core[:1] in BULLETS


def _bullet_title(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` may title a list of points under it: a short line of the body with no punctuation, after
    another list's point, a paragraph's end, or such a line (see :func:`find_titles_over_bullets`)."""
    unit = units[index]
    compact = unit.compact
    if unit.zone != BODY or unit.kind != "PARA" or not PLAIN_HEADING_MIN <= len(compact) <= PLAIN_HEADING_MAX:
        return False
    if compact[0] in BULLETS or NOT_IN_PLAIN_HEADING.search(compact) or not HAN.search(compact) or is_chrome(unit.core):
        return False
    previous = units[index - 1]
    return previous.zone == BODY and (_bulleted(previous) or previous.ends_paragraph() or (
        previous.kind == "PARA" and index > 1 and previous.compact_length <= PLAIN_HEADING_MAX
        and not NOT_IN_PLAIN_HEADING.search(previous.compact) and (
            _bulleted(units[index - 2]) or units[index - 2].ends_paragraph())))


def _without_qualifier(compact: str) -> str:
    """A heading's text without the qualifier in brackets at its end that a document's title may carry
    (某某行动实施方案（2023—2025年）, 某某办法（试行）): a title's brackets, no sentence's."""
    if compact[-1:] in "）)" and (qualifier := WORK_QUALIFIER.search(compact)) and qualifier.end() == len(compact):
        return compact[:qualifier.start()]
    return compact


def clauses_broken_off(unit: Unit) -> bool:
    """Whether ``unit`` holds clauses (``CLAUSES_MIN`` commas or more) and stops mid-sentence: a sentence a page broke,
    also in a file written as Markdown (十七年来，我们的党，一般地已经学会了使用马克思列宁 / 主义的…), where a title holds
    one comma at most (深学细悟笃行重要论述，坚定不移沿着总书记指引的方向前进).  Mid-sentence: its last character a Han
    one or a comma, no markup around it (a bold point, a quotation), and no item of a list or a table (■ …, - …, | …),
    nor a field with its value (参加人员：各部门负责人，工会委员，职工代表)."""
    core = unit.core
    return (not unit.prefix and not unit.suffix and core[:1] not in NOT_RUNNING_TEXT
            and (core[-1:] in MID_SENTENCE_COMMAS or HAN.match(core, len(core) - 1) is not None)
            and core.count("，") + core.count(",") >= CLAUSES_MIN and not FIELD_LABEL.match(core))


def _mark_title(unit: Unit, compact: str, over_series: bool = False) -> None:
    """Make ``unit`` an unnumbered heading found by context: the title of an opening part (前言) is ``opening``, one
    that reads like a sentence (五年来，…是很好的) ``sentence``: it ranks under the titles that are phrases.  Not a title
    over the numbered series it opens (未来五年，中国经济发展的主要趋势和重点方向 / 1．…): such titles are parallel."""
    if compact in OPENING_PARTS:
        mark_plain_heading(unit, opening=True)
    elif "，" in compact and len(compact) >= SENTENCE_TITLE_MIN and not over_series:  # (未来五年，主要趋势: short)
        mark_plain_heading(unit, sentence=True)
    elif over_series:
        mark_plain_heading(unit, over_series=True)
    else:
        mark_plain_heading(unit)


def _bold_line(unit: Unit) -> bool:
    """Whether the whole of ``unit`` is set in Markdown bold (**…**) or, in HTML residue, in a bold element
    (<p style="…"><strong>…</strong></p>, <b>…</b>)."""
    suffix = unit.suffix
    if suffix in BOLD_MARKS:
        return unit.prefix.endswith(suffix)
    return suffix[:2] == "</" and (close := BOLD_TAG_CLOSE.match(suffix)) is not None and (
        (opening := BOLD_TAG_OPEN.search(unit.prefix)) is not None and opening.group(1).lower() == close.group(1).lower())


def _listed_work(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]``, a line naming a work (《不扩散核武器条约》), has another such line next to it: an
    item of a list of works one per line (a white paper's appendix), not a heading."""
    return ((index > 0 and is_work_line(units[index - 1].core))
            or (index + 1 < len(units) and is_work_line(units[index + 1].core)))


def _comma_title(compact: str, mark: re.Match[str], units: list[Unit], index: int) -> bool:
    """Whether the punctuation ``mark`` found in ``compact`` is the one comma a title over the numbered series it
    opens may have (未来五年，中国经济的10大趋势 / 1．战略目标…); an unnumbered heading has no other."""
    return _one_comma(compact, mark) and _opens_series(units, index)


def _one_comma(compact: str, mark: re.Match[str]) -> bool:
    """Whether ``mark``, the first punctuation found in ``compact``, is a comma with no other after it, in a line that
    announces nothing (为此，我们要…)."""
    return mark.group() == "，" and NOT_IN_PLAIN_HEADING.search(compact, mark.end()) is None and not ANNOUNCES.search(compact)


def _opens_series(units: list[Unit], index: int) -> bool:
    """Whether a division heading numbered 1 follows ``units[index]``, or a run-in series' first ordinal (第一，… / 一是…)."""
    following = units[index + 1] if index + 1 < len(units) else None
    return following is not None and following.kind in SERIES_OPENERS and following.info.get("number") == 1


def _wrapped_title(units: list[Unit], index: int, source: str) -> bool:
    """Whether ``units[index]`` (a short line with no punctuation, after a finished paragraph) and the line right
    under it make one title that the text it titles follows, blank lines above and below the two."""
    if index + 2 >= len(units):
        return False
    first, second, text = units[index], units[index + 1], units[index + 2]
    compact = second.compact
    if (second.kind != "PARA" or not 2 <= len(compact) <= PLAIN_HEADING_MAX or NOT_IN_PLAIN_HEADING.search(compact)
            or text.kind != "PARA" or text.zone != BODY or len(text.compact) <= len(first.compact) + len(compact)
            or is_name(compact)  # a report's title over its author's name (述职报告 / 蒋 明): no title wrapped
            or len(compact) == len(first.compact) or compact.endswith(("们", "們"))):  # nor a couplet, nor vocatives
        return False
    before = source[units[index - 1].block.end: first.block.start]
    return (line_breaks(source[first.block.end: second.block.start]) == 1 and line_breaks(before) >= 2
            and line_breaks(source[second.block.end: text.block.start]) >= 2)


def _spaced_list(core: str) -> bool:
    """Whether ``core`` is a list of names set apart by spaces (主席团成员 各代表组组长 全体院领导), not a
    letter-spaced title (总  则): three words of two characters or more."""
    return " " in core and sum(len(word) >= 2 for word in core.split()) >= 3


def rank_markdown_levels(units: list[Unit]) -> None:
    """Give each unnumbered Markdown heading of the body its depth below the body's shallowest such heading (``md_depth``:
    ## 工作总结 / ### 人事变动 / ## 工作计划, 人事变动 one down), so that the nester puts a deeper one inside the one above
    it, as Markdown's levels say (a heading whose rank is known otherwise keeps it)."""
    levels = [unit.md_level for unit in units if unit.kind == "HEAD_PLAIN" and unit.zone == BODY and unit.md_level]
    if len(set(levels)) < 2:
        return
    top = min(levels)
    for unit in units:
        if unit.kind == "HEAD_PLAIN" and unit.zone == BODY and unit.md_level > top:
            unit.info[MD_DEPTH] = unit.md_level - top


def mark_plain_heading(unit: Unit, **facts: Any) -> None:
    """Make ``unit`` an unnumbered heading (``facts``: more of what is known, e.g. ``styled``)."""
    unit.kind = "HEAD_PLAIN"
    unit.info.update(family="plain", marker="", number=None, **facts)


#: A part's title glued to the end of the paragraph above it (…提出意见。2013年工作回顾 / 过去一年，… / 一、经济发展): after
#: the paragraph's last sentence end, a short phrase of words and figures only; how many paragraphs above the part's
#: first division heading it may stand.
GLUED_PART_TITLE: Final = recache.compile(r"[。！？!?](?P<title>[\u4e00-\u9fff0-9０-９]{4,25})$")
PART_TITLE_REACH: Final = 4


def split_glued_part_titles(units: list[Unit]) -> list[Unit]:
    """The units with the titles of a text's parts split off the paragraphs they were glued to, where the text's top
    series of divisions starts again in each part (a 政府工作报告's 2013年工作回顾 / 一、… / 2014年工作安排 / 一、…, one
    paragraph a line: …提出意见。2013年工作回顾 / 过去一年，…): the short phrase after the last sentence end of a paragraph
    within ``PART_TITLE_REACH`` above each series' first heading (no heading between), for the headings pass to
    judge."""
    top = next((unit.kind for unit in units if unit.zone == BODY and unit.kind in DIVISIONS), None)
    starts = [index for index, unit in enumerate(units) if unit.kind == top and unit.info.get("number") == 1]
    if len(starts) < 2:
        return units  # (nearly every text: its series starts once)
    cuts: dict[int, int] = {}  # a paragraph's index → where its part's title starts
    for start in starts:
        for index in range(start - 1, max(-1, start - 1 - PART_TITLE_REACH), -1):
            unit = units[index]
            if unit.kind != "PARA" or unit.zone != BODY:
                break
            if found := GLUED_PART_TITLE.search(unit.core):
                cuts[index] = found.start("title")
                break
    if not cuts:
        return units
    return [piece for index, unit in enumerate(units) for piece in (unit.split(cuts[index]) if index in cuts else (unit,))]


def rank_unmarked_first_divisions(units: list[Unit]) -> None:
    """Unnumbered heading lines above a series whose first heading counts on from more than one (资金计划 / 项目实施单位 /
    建设内容 / 四、绩效目标 / 五、…, a copy that lost the automatic numbering of the first three): no more of them than
    the numbers missing, and nothing but text above them.  They are the series' first members, lost their markers:
    they rank as its family (``rank_as``), siblings of 四、, not its parents (SP211 still reports the series' start)."""
    unmarked: list[Unit] = []
    for unit in units:
        if unit.zone != BODY or unit.kind not in HEADING_KINDS:
            continue
        if unit.kind == "HEAD_PLAIN" and not unit.info.get("styled") and unit.md_level == 0:
            unmarked.append(unit)
            continue
        number = unit.info.get("number") if unit.kind in DIVISIONS else None
        if unmarked and number is not None and len(unmarked) < number:
            for first in unmarked:
                first.info["rank_as"] = unit.kind
        return


def find_inner_plain_headings(units: list[Unit]) -> None:
    """Unnumbered heading lines inside a numbered series (between 三、 and 四、 of the body's first
    division family) are headings within a division, not above it: they rank as a division
    (``inner``), so that 四、 stays the sibling of 三、.  Unless unnumbered headings stood above the
    series from its start (上篇 … 一、 … 下篇 … 六、): those are its parts.  A Markdown heading inside the
    series ranks by its level against the series': at the series' own level (## 一、总体要求 / ## 指导原则 /
    ## 二、主要任务) it is the series' sibling (``rank_as`` its family), deeper it is ``inner``, and higher it stays
    above the series; so also after the series' last heading, where a plain line's place is not told but for a title
    over a numbered series of its own (三个突破 / 第一，…): inside the last division, as between two (not 结束语)."""
    top: str | None = None  # the body's first division family
    top_level = 0  # the Markdown level of its first heading (0: none)
    last_number = 0
    pending: list[Unit] = []  # unnumbered headings since the top family's last heading
    for unit in units:
        if unit.zone != BODY:
            continue
        if unit.kind == "HEAD_PLAIN" and not unit.info.get("styled"):
            if top is None:
                return  # unnumbered headings above the series
            pending.append(unit)
        elif unit.kind in DIVISIONS and (top is None or unit.kind == top):
            if top is None:
                top, top_level = unit.kind, unit.md_level
            number = unit.info.get("number")
            if number is not None and number == last_number + 1:
                for inner in pending:
                    _rank_inside_series(inner, top, top_level)
            pending.clear()
            last_number = -1 if number is None else number
    if top is None:
        return
    for inner in pending:  # after the series' last heading, Markdown's levels still tell (### under ## 二、: inside
        if (inner.md_level >= top_level >= 2) or (inner.md_level < 2 and inner.info.get("over_series")):  # it); so
            _rank_inside_series(inner, top, top_level)  # does a plain title over a series of its own (三个突破 / 第一，…)


def _rank_inside_series(unit: Unit, top: str, top_level: int) -> None:
    """Rank the unnumbered heading ``unit``, found between two headings of the series of family ``top`` whose
    Markdown level is ``top_level``: a plain line or a deeper Markdown heading is ``inner``; a Markdown heading
    of the series' level is its sibling; one above it (# 附录 in a series of ##) keeps its rank above the series."""
    if unit.md_level < 2:
        unit.info["inner"] = True
    elif top_level >= 2 and unit.md_level == top_level:
        unit.info["rank_as"] = top
    elif top_level >= 2 and unit.md_level > top_level:
        unit.info["inner"] = True


def _lead_end(text: str, end: re.Match[str] | None) -> re.Match[str] | None:
    """The first sentence end of ``text`` from ``end`` on that lies outside round brackets and quotations: a bracket
    opened before it and closed after it holds it (加强学习（这一点尤其重要！）。), and so does a quotation that goes on
    after it (坚持“要搞马克思主义，不要搞修正主义；要团结，不要分裂。”: the ； is the quotation's); one the quotation
    closes right after ends the lead with it (强调：“学习是阶梯。”), and a bracket or quotation never closed holds no
    sentence of its own.  Each character is counted once (a long paragraph in brackets costs no more than its length)."""
    last_bracket = max(text.rfind("）"), text.rfind(")"))  # (closed after an offset: its last closing mark is after it)
    last_quote = text.rfind("”")
    brackets = quotes = counted = 0  # (open brackets, open quotations, in text[:counted])
    while end:
        offset = end.start()
        brackets += (text.count("（", counted, offset) + text.count("(", counted, offset)
                     - text.count("）", counted, offset) - text.count(")", counted, offset))
        quotes += text.count("“", counted, offset) - text.count("”", counted, offset)
        counted = offset
        close = end.end()
        if not ((brackets > 0 and last_bracket > offset) or (
                quotes > 0 and text[close:close + 1] not in CLOSING_QUOTES and last_quote >= close)):
            return end
        end = SENTENCE_END_CHAR.search(text, close)
    return None


#: The gap that ends a heading in paragraphs run together: a space between Chinese words, after a heading of four
#: characters or more that ends no clause (not after ，、：).
HEADING_GAP: Final = recache.compile(r"(?<=[\u4e00-\u9fff》”）)])(?<=[^，,、：:；;\s]{4})\s+(?=[\u4e00-\u9fff“《（(])")


def bold_lead(core: str, marker_end: int, suffix: str) -> tuple[int, int] | None:
    """Where a Markdown bold that opens a heading's text right after its marker (``1. **积极的情绪**``) opens in
    ``core``, and where it closes there if its close ends the heading; -1 for a close that does not: in the markup
    ``suffix`` (the whole heading in bold), or after more than a sentence (``**加强领导。提高效率。**``: its first
    sentence is the heading, as without the bold).  None for no such bold, or one never closed."""
    start = marker_end
    while start < len(core) and core[start].isspace():
        start += 1
    mark = core[start:start + 2]
    if mark not in BOLD_MARKS:
        return None
    close = core.find(mark, start + 2)
    if close < 0:
        return (start, -1) if suffix.startswith(mark) else None
    if close == start + 2:
        return None
    end = SENTENCE_END_CHAR.search(core, start + 2, close)
    return (start, -1) if end and core[end.end():close].strip(CLOSING_QUOTES + " ") else (start, close)


def split_bold_lead(core: str, start: int, close: int) -> tuple[str, int, int | None]:
    """``(heading, where it ends in core, offset of the body text or None)`` for a heading whose text opens with a
    Markdown bold from ``start`` to ``close`` (see :func:`bold_lead`): the bold's text is the heading, its final
    punctuation and the bold's close (and one mark after it: ``**积极的情绪**：感觉…``) end it, the rest is body text."""
    inner = core[start + 2:close]
    heading = inner.strip().rstrip(LEAD_END_MARKS).rstrip()
    heading_start = start + 2 + len(inner) - len(inner.lstrip())
    after = close + 2
    if core[after:after + 1] in AFTER_BOLD_LEAD:
        after += 1
    rest = NON_SPACE.search(core, after)
    return heading, heading_start + len(heading), rest.start() if rest else None


def split_heading_text(core: str, marker_end: int, run_together: bool = False) -> tuple[str, str, int | None]:
    """``(heading, final punctuation, offset of the body text or None)`` for a heading paragraph.

    The heading of a run-in paragraph is its lead sentence (up to the first 。！？；, which with the
    quotation marks closing after it is the final punctuation); the rest of the paragraph is body text.
    In paragraphs run together (``run_together``: flattened text, where a space may be all that is left of a line
    break) a space between Chinese words before that sentence's end ends the heading (一、…加强法律监督 全国检察机关…。),
    where it is the paragraph's only one (a PDF's text keeps a space for every line end).
    """
    text = core[marker_end:]
    end = SENTENCE_END_CHAR.search(text)
    if run_together and (gap := HEADING_GAP.search(text, 0, end.start() if end else len(text))) and (
            HEADING_GAP.search(text, gap.end()) is None):  # (more such gaps: a PDF's line ends, 政治 责任, no separators)
        return text[:gap.start()].strip(), "", marker_end + gap.end()
    if end and ("（" in (lead := text[:end.start()]) or "(" in lead or "“" in lead):  # (the quick test: most leads hold
        # no bracket, nor a quotation)
        end = _lead_end(text, end)  # (加强学习（这一点尤其重要！）。: the bracket's sentence ends no lead, nor a quotation's)
    if end:
        offset, close = end.start(), end.end()
        while close < len(text) and text[close] in CLOSING_QUOTES:  # …强调：“学习是阶梯。” the quotation's close
            close += 1
        rest = NON_SPACE.search(text, close)
        return text[:offset].strip(), text[offset:close], marker_end + close if rest else None
    stripped = text.rstrip("：:，,。；;！! ")
    return stripped.strip(), text[len(stripped):].strip(), None
