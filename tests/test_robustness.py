"""Robustness: hostile input parses, exports to every registered format, and validates, without an exception.

Parser-level properties (losslessness, spans, the JSON round trip) are in test_properties.py; here
the input is made worse (random and broken markers, mixed widths, control, astral and separator
characters, other encodings, huge lines, deep nesting) and every stage after the parser runs on it.
The examples are derandomized so the suite is repeatable; for a longer, random search run
``ROBUSTNESS_EXAMPLES=5000 pytest tests/test_robustness.py`` (or the atheris target in tests/fuzz/).
"""

from __future__ import annotations

import os

import pytest
from hostile import BODY_TEXTS, FRAME_TEXTS, Settings, check_text, exercise
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechparse

EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "0"))
SETTINGS = settings(max_examples=EXAMPLES or 60, derandomize=not EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---- building blocks ---------------------------------------------------------------------------------

CN_NUMBERS = ["一", "二", "三", "九", "十", "十一", "二十", "九十九", "一百", "〇", "两", "零"]
NUMBERS = st.one_of(
    st.sampled_from(CN_NUMBERS),
    st.integers(0, 120).map(str),
    st.integers(0, 120).map(lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))),
    st.sampled_from([chr(0x2460 + i) for i in range(20)] + ["⑴", "⒇", "㈠", "㈩", "Ⅳ", "ⅲ"]),
)
#: Marker shapes, complete and broken, in full and half width.
SHAPES = st.sampled_from([
    "{}、", "（{}）", "({})", "（{})", "({}）", "{}）", "（{}", "{})", "({}", "【{}】", "[{}]", "{}.", "{}．",
    "{}，", "{},", "{} ", "{}", "第{}，", "第{}、", "第{}部分", "第{}章", "{}是", "{}要", "{}、（{}）", "（（{}））",
])
MARKER = st.one_of(
    st.builds(lambda shape, number: shape.replace("{}", number), SHAPES, NUMBERS),
    st.sampled_from(["首先，", "其次，", "最后，", "同志们：", "谢谢大家！", "——", "（2018年9月20日）", "2018年9月20日",
                     "## ", "<DIV>", "</p>", "&nbsp;", "- 3 -", "第3页"]),
)
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCTUATION = st.sampled_from(list("，。；：！？、,.;:!?“”‘’\"'（）()[]【】《》<>「」『』——…—·～~％%＆&＃#＊*"))
DIGITS = st.sampled_from(list("0123456789０１２３４５６７８９"))
CONTROL = st.one_of(
    st.characters(max_codepoint=0x1F),
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
    st.sampled_from(["\u2028", "\u2029", "\x85", "\x0c", "\x1c", "\x1d", "\x1e", "\ufffe", "\uffff", "\ufeff",
                     "\u200b", "\u200d", "\u202e", "\u3000", "\xa0", "\ud800", "\udfff"]),
)
ASTRAL = st.one_of(
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF, exclude_categories=("Cs",)),
    st.sampled_from(["𠮷", "😀", "👨\u200d👩\u200d👧", "🇨🇳", "\U000E0001", "\U0010FFFF", "\U0002A6D6"]),
)
SEPARATOR = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\u3000\u3000", "\t", "  ", "\n\u3000\u3000",
                             "\u2029", "\x0c", "\n \n", ""])
CHARACTER = st.one_of(CJK, CJK, CJK, CJK, PUNCTUATION, DIGITS, CONTROL, ASTRAL)
SENTENCE = st.lists(CHARACTER, max_size=60).map("".join)
PARAGRAPH = st.tuples(st.one_of(st.just(""), MARKER, MARKER), SENTENCE).map("".join)
DOCUMENT = st.lists(st.tuples(PARAGRAPH, SEPARATOR).map("".join), max_size=40).map("".join)


# ---- generated documents ------------------------------------------------------------------------------


@SETTINGS
@given(DOCUMENT)
def test_documents_with_random_and_broken_markers_and_odd_characters(text):
    exercise(text)


@SETTINGS
@given(st.lists(st.tuples(MARKER, st.lists(st.one_of(MARKER, CHARACTER), max_size=8).map("".join)), max_size=60))
def test_documents_of_markers_only(pairs):
    exercise("\n\n".join(marker + rest for marker, rest in pairs))


@SETTINGS
@given(DOCUMENT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_documents_as_bytes_in_every_supported_encoding(text, encoding):
    exercise(text.encode(encoding, "replace"))  # lone surrogates cannot be encoded: they become ?


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 7), NUMBERS, SENTENCE), min_size=1, max_size=80))
def test_deeply_and_irregularly_nested_headings(headings):
    families = ["{}、", "（{}）", "{}.", "（{}）", "{}", "({})", "第{}，", "{}是"]
    exercise("\n".join(families[family].format(number) + text for family, number, text in headings))


# ---- huge lines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    pytest.param("长" * 1_000_000, id="a million characters, no punctuation, no space"),
    pytest.param("".join(f"{n}是加强{n}；" for n in range(20_000)), id="twenty thousand inline run-in items"),
    pytest.param("（" * 4_000 + "一" + "）" * 2_000 + "字" * 500_000, id="unbalanced brackets"),
    pytest.param("一、" * 200_000, id="two hundred thousand markers in a row"),
    pytest.param("𠮷\u2028😀\x85" * 200_000, id="astral characters and line separators"),
    pytest.param("\x01𠮷\x0b字\ufffe" * 2_000, id="control characters between text"),
    pytest.param(" " * 500_000 + "一、标题", id="half a million spaces before a heading"),
    pytest.param("2" * 200, id="a run of digits a pager's pattern could split every way"),
    pytest.param("下一页" + "1" * 200 + "。", id="a pager's word before a run of digits and no end of the pager"),
    pytest.param("1 " * 100 + "." * 100, id="a pager's numbers and dots without its 下一页"),
])
def test_huge_lines(line):
    exercise("同志们：\n\n" + line + "\n\n谢谢大家！\n")


# ---- deep nesting -------------------------------------------------------------------------------------

LADDER = ["一、", "（一）", "1.", "（1）", "①", "⑴", "㈠", "第一，", "一是", "一要", "首先，"]


def numbered(number: int) -> list[str]:
    """The ladder's markers with ``number`` (Chinese or Arabic as each family writes it)."""
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][(number - 1) % 10]
    return [f"{cn}、", f"（{cn}）", f"{number}.", f"（{number}）", chr(0x2460 + (number - 1) % 20),
            chr(0x2474 + (number - 1) % 20), chr(0x3220 + (number - 1) % 10), f"第{cn}，", f"{cn}是", f"{cn}要", "其次，"]


@pytest.mark.parametrize("markers", [
    pytest.param(LADDER * 10, id="the eleven-family ladder, ten times down"),
    pytest.param([LADDER[i % 2] for i in range(100)], id="100 headings alternating two families"),
    pytest.param([numbered(i // 4 + 1)[i % 4] for i in range(100)], id="100 headings cycling four families"),
    pytest.param([LADDER[-1 - i % len(LADDER)] for i in range(100)], id="100 headings, the ladder upside down"),
    pytest.param([numbered(1 + i)[i % len(LADDER)] for i in range(100)], id="100 headings, each number one higher"),
    pytest.param(["一、（一）1.（1）①"] * 100, id="a five-level marker stack on each of 100 lines"),
])
def test_a_hundred_levels_of_markers(markers):
    doc = exercise("标题\n\n同志们：\n\n" + "\n\n".join(f"{m}第{i}项工作。要抓好落实。" for i, m in enumerate(markers)))
    assert doc.body


def test_brackets_nested_a_hundred_deep_in_a_heading():
    exercise("一、" + "（" * 100 + "一" + "）" * 100 + "标题\n\n" + "（" * 100 + "1" + "）" * 100 + "内容。\n")


@pytest.mark.skipif(check_text is None, reason="no validation API (speechparse.rules) in this checkout yet")
def test_validation_runs_on_hostile_text_and_returns_findings():
    assert isinstance(check_text("（一\x01、1．𠮷\n\n（（1））\u2028②、\n", Settings()), list)


# ---- front and back matter in any order ---------------------------------------------------------------

FRAME_LINES = st.sampled_from(FRAME_TEXTS)
BODY_LINES = st.sampled_from(BODY_TEXTS)


@SETTINGS
@given(st.lists(FRAME_LINES, min_size=1, max_size=10), st.sampled_from(["\n", "\n\n"]))
def test_title_byline_and_sign_off_lines_in_any_order_always_parse(lines, separator):
    """The lexer never hands the grammar front or back matter in an order it rejects (which would
    leave the whole document flat)."""
    doc = speechparse.parse(separator.join(lines))
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


@SETTINGS
@given(st.lists(BODY_LINES, min_size=1, max_size=14), st.sampled_from(["\n", "\n\n"]))
def test_body_and_back_lines_in_any_order_always_parse(lines, separator):
    """Headings, items, notes, conclusions and sign-offs in any order: never a token order the
    grammar rejects.  Rare orderings need a longer search: ``python tests/fuzz/orderings.py``."""
    doc = speechparse.parse(separator.join(lines))
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


@pytest.mark.parametrize("top", ["（2018年9月20日）\u3000\u3000》王晓峰》", "（2018年9月20日）\u3000\u3000王晓峰讲话稿"])
def test_a_date_line_above_a_title_glued_to_its_date_in_flattened_text_never_leaves_the_document_flat(top):
    """Found by the fuzzer: the glued front matter is looked for only at the top, or under a photo's caption."""
    doc = speechparse.parse(top + "（2018年9月20日）王晓峰" + "要坚持稳中求进工作总基调，推动高质量发展。" * 60)
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


def test_a_paragraph_whose_second_line_starts_past_its_core_never_leaves_the_document_flat():
    """Found by the captured texts: a paragraph's second line may start past the end of its core (what closes the
    paragraph is no text of it), where a title's line over the salutation's is looked for."""
    doc = speechparse.parse("2018年9月20日\n2018年9月20日６十乲👨\u200d👩\u200d👧\u20281\x0e\x84\u2028\x9a\u200b%\u202e")
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


def test_a_title_line_inside_the_one_above_after_an_occasion_line_never_leaves_the_document_flat():
    """Found by tests/fuzz/orderings.py (seed 18): the longer title line above is taken for a web page's heading,
    a note before the title, only where nothing but such notes stands before it (here an occasion line does)."""
    doc = speechparse.parse("\n\n".join(["县委书记在全县经济工作会议上的讲话", "某某市人民政府办公室文件", "某某市人民政府办公室",
                                         "同志们：", "今天开会。"]))
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []
    assert doc.meta.title == "某某市人民政府办公室文件某某市人民政府办公室"


def test_a_subtitle_run_on_after_a_title_line_below_an_occasion_line_never_leaves_the_document_flat():
    """Found by atheris: a subtitle is split off a title line only where no subtitle came before (an occasion
    line opening the text is one): the grammar takes one subtitle."""
    doc = speechparse.parse("在全议上的讲话\t要——在会议上的进")  # (the fuzzer's input, reduced)
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []



FUZZED_DATE_TITLE = (  # found by atheris, reduced: a flattened text that opens with a date, a dash and a date again
    '2018年9月——018年9月20日）《<p><p><p><p><）二〇一八年九月（2018年9月20日）（2018年9'
    '月20日）（2018年9月20日）（2018年9月20日）（2018年9月20日）同志们：（2018年9月20日）（20'
    '18年9月20日）（2018年9月20日）（2018年9月20日）\ufffe王晓峰（2018年9月20日）（2018年9月20日'
    '）（2018年9月20日）&nbsp;。。一、一、一、（2018年9月20日）（2018年9月20日）（2018年9月2'
    '0日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月2'
    '0日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月2'
    '0日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月2'
    '0日）（2018年9月20日）\ufffe王晓峰（2018年9月20日）（2018年9月20日）（2018年9月20日）&nbsp'
    ';。（一）一、一、一、一、一、一、𠮷\ufffe（2018年9月20日）<p><p><p><p><p>二〇一八年九月&nbsp;（'
    '2018年9月20日）在全区工作会议上的讲话<p>&nbsp;\ufffe王晓峰（2018年9月20日）（2018年9月20日）（'
    '2018年9月20日）&nbsp;。。一、一、一、一、一、一、一、一、<p><p><p><p><p>谢谢大家！（2018'
    '年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018年9月20日）（2018'
    '年9月20日）（2018年9月20日）王晓峰①王晓峰（2018年9月20日）（2018年9月20日）（2018年9月20'
    '日）（2018年9月20日）（2018年9'
)


def test_a_flattened_text_opening_with_a_date_before_a_dash_never_leaves_the_document_flat():
    """A date before a subtitle's dash is no title glued to its subtitle (the front matter would open with a date
    line before the subtitle, which the grammar does not take)."""
    doc = speechparse.parse(FUZZED_DATE_TITLE)
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


def test_a_date_line_merged_with_an_occasion_longer_than_a_date_lines_rest_never_leaves_the_document_flat():
    """Found by atheris (also before this session): the date line joined to the occasion wrapped onto the next line
    is no longer one whole date line, and its occasion was read from a match that was not there."""
    doc = speechparse.parse("话\r二〇一八年九月工作会议上的讲话\x0c\x00在全区工作会议上的讲话……\r二〇一八年九月在全区工作会议上的讲话")
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


def test_a_salutation_glued_to_a_date_at_the_top_of_flattened_text_never_leaves_the_document_flat():
    """Found by atheris (also before this session): 同志们： was taken for a title glued to its date, and the front
    matter then had a date line after its salutation, which the grammar does not take."""
    doc = speechparse.parse("同志们：（2018年9月20日）王晓峰　　" + "　　".join(["今天我们召开全县经济工作会议，主要任务是总结工作。"] * 30))
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []


def test_a_title_line_after_a_translation_under_the_title_leaves_the_structure_whole():
    doc = speechparse.parse("1\x0bww\t1\x0bmwww,\tw\x04-\x0bw")  # (atheris found it)
    assert not [d for d in doc.diagnostics if d.code == "SP099"]


def test_a_translation_under_a_title_that_follows_its_subtitle_leaves_the_structure_whole():
    doc = speechparse.parse("在全区工作会议上的讲话\t要坚持稳中求进\n\ufffe&nbsp;")  # (atheris found it)
    assert not [d for d in doc.diagnostics if d.code == "SP099"]


@pytest.mark.parametrize("text", [
    "2023年5月6日\n— 2 —\n首页 > 新闻中心\n首页 > 新闻中心\n发布时间：2021-05-12\n2023年5月6日\n（一九五五年三月二十一日）",
    "附件：1.防汛工作责任人名单\n\n中华人民共和国主席\u3000习近平\n\n— 2 —\n\n结论\n\n首页 > 新闻中心\n\n国办发[2023]第05号",
])
def test_short_lines_over_a_breadcrumb_below_the_front_matter_never_leave_the_document_flat(text):
    """Found by tests/fuzz/orderings.py (seed 104): a site's menu over its breadcrumb, taken below a date line or a
    byline, was marked as notes before the title there, which the grammar does not take; now what stands above the
    menu are notes before it, as above a breadcrumb."""
    doc = speechparse.parse(text)
    assert [d.message for d in doc.diagnostics if d.code == "SP099"] == []
