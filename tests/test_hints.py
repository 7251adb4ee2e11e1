"""Layout hints as heading candidates (speechparse/lexer/hints.py), tested on reader blocks."""

from __future__ import annotations

from outline import outline

import speechparse
from speechparse.api import build_document
from speechparse.ast import Paragraph, Salutation, Title, sections
from speechparse.readers import read_text
from speechparse.readers.base import RawBlock, SourceText
from speechparse.readers.reading import source_info


def parse_blocks(*paragraphs: tuple[str, set[str]]):
    """A document of one paragraph per line, each with the given hints."""
    text = "\n".join(line for line, _ in paragraphs)
    blocks, offset = [], 0
    for line, hints in paragraphs:
        blocks.append(RawBlock(line, ((0, offset),), frozenset(hints)))
        offset += len(line) + 1
    return build_document(SourceText(text), blocks, source_info(text, path=None, encoding="utf-8", reader="test"))


def rows(doc):
    return [(depth, s.family, s.marker, s.heading, s.run_in) for s, depth in sections(doc)]


def test_bold_lead_sentence_becomes_a_run_in_heading_below_division_headings():
    doc = parse_blocks(
        ("一、总体要求", set()),
        ("坚持党的领导。要把党的领导贯穿始终。", {"bold-lead"}),
        ("坚持人民至上。要站稳人民立场。", {"bold-lead"}),
        ("二、重点任务", set()),
        ("要抓好落实。", set()),
    )
    assert rows(doc) == [
        (1, "cn", "一、", "总体要求", False),
        (2, "lead", "", "坚持党的领导", True),
        (2, "lead", "", "坚持人民至上", True),
        (1, "cn", "二、", "重点任务", False),
    ]


def test_a_paragraph_led_by_a_dash_is_a_list_item_even_with_a_bold_lead():
    doc = parse_blocks(
        ("二、今后五年的奋斗目标", set()),
        ("到2027年具体目标：", set()),
        ("——高水平建设现代化经济体系，打造高质量发展高地。地区生产总值达到500亿元。", {"bold-lead"}),
        ("——高水平推进文化强县建设，打造文化高地。公共文化服务体系基本建成。", {"bold-lead"}),
        ("坚持人民至上。要站稳人民立场。", {"bold-lead"}),
    )
    assert rows(doc) == [(1, "cn", "二、", "今后五年的奋斗目标", False), (2, "lead", "", "坚持人民至上", True)]
    assert [type(node).__name__ for node in doc.body[0].children[:3]] == ["Paragraph"] * 3


def test_markers_decide_before_hints():
    doc = parse_blocks(
        ("一要坚持学习。要学深悟透。", {"bold-lead"}),
        ("二要狠抓落实。要真抓实干。", {"bold-lead"}),
        ("三、工作要求", {"bold", "center"}),
        ("要加强组织领导。", set()),
    )
    assert rows(doc) == [
        (1, "verb", "一要", "坚持学习", True),
        (1, "verb", "二要", "狠抓落实", True),
        (1, "cn", "三、", "工作要求", False),
    ]


def test_heading_styled_short_line_is_a_heading_but_a_sentence_is_not():
    doc = parse_blocks(
        ("今年工作取得新进展。", set()),
        ("加强组织领导", {"heading"}),
        ("要落实责任。", set()),
        ("各地要高度重视，认真抓好落实。", {"heading"}),
        ("要加强督查。", set()),
    )
    assert rows(doc) == [(1, "plain", "", "加强组织领导", False)]


def test_centered_large_title_stays_the_title_and_salutation_stays_salutation():
    doc = parse_blocks(
        ("在全市工作会议上的讲话", {"center", "large", "bold"}),
        ("同志们：", {"bold"}),
        ("同志们，大家好！今天我们召开会议。", {"bold-lead"}),
        ("会议的任务是部署工作。", set()),
    )
    assert [type(node) for node in doc.front] == [Title, Salutation]
    assert rows(doc) == []


def test_last_paragraph_and_a_line_before_a_closing_are_not_headings():
    doc = parse_blocks(
        ("要把各项工作落到实处。", set()),
        ("让我们共同努力", {"bold"}),
        ("谢谢大家！", set()),
        ("中共某某市委员会", {"bold", "center"}),
    )
    assert rows(doc) == []


def test_bold_table_cells_are_not_made_headings_by_their_hints():
    doc = parse_blocks(("主要指标如下。", set()), ("全年目标", {"table", "bold"}), ("九成", {"table"}), ("完成。", set()))
    assert rows(doc) == []
    assert all(isinstance(node, Paragraph) for node in doc.body)


def test_blocks_without_hints_parse_exactly_like_text(seed_text):
    reading = read_text(seed_text)
    assert all(not block.hints for block in reading.blocks)
    assert outline(build_document(*reading)) == outline(speechparse.parse(seed_text))
