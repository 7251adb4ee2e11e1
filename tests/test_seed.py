"""The seed speech parses to exactly the structure of ../shared/corpus/gold/seed-speech.json."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, SEED

import speechparse
from speechparse.ast import Conclusion, DateLine, Salutation, Section, Speaker, Title, sections


@pytest.fixture(scope="module")
def doc():
    return speechparse.parse(SEED)


def test_metadata_of_the_seed(doc):
    meta = doc.meta
    assert (meta.title, meta.date, meta.date_text, meta.speaker, meta.salutation) == (
        "在全区意识形态工作会议上的讲话",
        "2018-09-20",
        "(2018年9月20日)",
        "王晓峰",
        "同志们",
    )
    assert meta.meeting == "全区意识形态工作会议"


def test_front_matter_nodes_in_order(doc):
    assert [type(node) for node in doc.front] == [Title, DateLine, Speaker, Salutation]


def test_three_top_level_sections_and_five_yao_items_under_the_second(doc):
    top = [node for node in doc.body if isinstance(node, Section)]
    assert [(s.marker, s.number, s.family) for s in top] == [("一、", 1, "cn"), ("二、", 2, "cn"), ("三、", 3, "cn")]
    items = [node for node in top[1].children if isinstance(node, Section)]
    assert [(s.marker, s.number, s.family, s.run_in) for s in items] == [
        (f"{n}要", i, "verb", True) for i, n in enumerate("一二三四五", start=1)
    ]
    assert items[0].heading == "坚持不懈用习近平新时代中国特色社会主义思想武装头脑"
    assert items[0].suffix == "。"


def test_heading_texts_and_levels_match_the_gold(doc):
    gold = json.loads((GOLD / "seed-speech.json").read_text(encoding="utf-8")) if GOLD.is_dir() else None
    if gold is None:
        pytest.skip(f"gold annotations not found at {GOLD}")
    got = [{"level": depth, "number": s.number, "text": s.heading} for s, depth in sections(doc)]
    assert got == gold["headings"]


def test_exactly_five_page_break_joins(doc):
    assert [(join.before[-2:], join.after[:2]) for join in doc.joins] == [
        ("中央", "对意"),
        ("，为", "古塔"),
        ("明坚", "持党"),
        ("子、", "领导"),
        ("委报", "告一"),
    ]
    assert all(join.span.end_line == join.span.line + 2 for join in doc.joins)


def test_joined_paragraph_reads_as_one(doc):
    first_section = doc.body[next(i for i, n in enumerate(doc.body) if isinstance(n, Section))]
    paragraph = first_section.children[0]
    assert paragraph.text.startswith("党的十八大以来，以习近平同志为核心的党中央对意识形态工作高度重视。")


def test_closing_paragraph_is_the_conclusion(doc):
    assert len(doc.back) == 1 and isinstance(doc.back[0], Conclusion)
    assert doc.back[0].text.startswith("同志们，严格落实意识形态工作责任制")
