"""A printed report's table of contents (目录 and entries 一、…………1) and the cover before it are
front-matter notes, not the report's first sections."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from conftest import SHARED
from lxml import etree

import speechparse
from speechparse.ast import Note, Salutation, Section, Speaker, Subtitle, Title, sections, walk
from speechparse.exporters import export
from speechparse.lexicon import is_contents_entry
from speechparse.readers.base import SourceText
from speechparse.readers.text import read_blocks

CONTENTS = """目  录

一、2023年工作回顾……………………………………1
二、2024年工作安排……………………………………5
（一）坚持创新驱动……………………………………6
（二）扩大有效需求……………………………………8
三、加强政府自身建设…………………………………12
"""
ENTRIES = [line for line in CONTENTS.splitlines()[1:] if line]
TITLE_PAGE = """政府工作报告
——2024年1月15日在某某市第十六届人民代表大会第四次会议上

市长  张三

各位代表：
"""
BODY = """
现在，我代表市人民政府，向大会报告工作，请予审议。

一、2023年工作回顾

过去一年，全市经济运行稳中向好。

二、2024年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。

（一）坚持创新驱动。全年研发投入增长10%以上。

（二）扩大有效需求。实施重大项目300个。

三、加强政府自身建设

各位代表！让我们团结一心，为建设现代化城市而努力奋斗！
"""
COVER = "某某市2024年政府工作报告\n\n"
REPORT = COVER + CONTENTS + "\n" + TITLE_PAGE + BODY


def notes(doc, kind: str) -> list[str]:
    return [node.text for node in doc.front if isinstance(node, Note) and node.kind == kind]


def headings(doc) -> list[str]:
    return [node.marker + node.heading for node in doc.body if isinstance(node, Section)]


def test_the_cover_and_the_table_of_contents_are_notes_before_the_title():
    doc = speechparse.parse_text(REPORT)
    assert [type(node).__name__ for node in doc.front] == ["Note"] * 7 + ["Title", "Subtitle", "Speaker", "Salutation"]
    assert notes(doc, "cover") == ["某某市2024年政府工作报告"]
    assert notes(doc, "contents") == ["目 录", *ENTRIES]


def test_the_metadata_comes_from_the_title_page_after_the_table_of_contents():
    meta = speechparse.parse_text(REPORT).meta
    assert (meta.title, meta.date, meta.speaker, meta.speaker_role, meta.salutation) == (
        "政府工作报告", "2024-01-15", "张三", "市长", "各位代表")


def test_the_entries_are_not_taken_for_the_report_s_sections():
    assert headings(speechparse.parse_text(REPORT)) == ["一、2023年工作回顾", "二、2024年工作安排", "三、加强政府自身建设"]


def test_a_table_of_contents_at_the_very_start_is_a_note_before_the_title():
    doc = speechparse.parse_text(CONTENTS + "\n" + TITLE_PAGE + BODY)
    assert notes(doc, "contents") == ["目 录", *ENTRIES] and notes(doc, "cover") == []
    assert [type(node) for node in doc.front[-4:]] == [Title, Subtitle, Speaker, Salutation]
    assert len(headings(doc)) == 3


def test_without_a_title_after_it_the_cover_s_title_stays_the_title():
    doc = speechparse.parse_text(COVER + CONTENTS + "\n各位代表：\n" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("某某市2024年政府工作报告", "各位代表")
    assert notes(doc, "contents") == ["目 录", *ENTRIES] and notes(doc, "cover") == []
    assert len(headings(doc)) == 3


def test_one_line_per_paragraph_gives_the_same_front_matter():
    per_line = "\n".join(line for line in REPORT.splitlines() if line.strip()) + "\n"
    doc = speechparse.parse_text(per_line)
    assert notes(doc, "contents") == ["目 录", *ENTRIES] and notes(doc, "cover") == ["某某市2024年政府工作报告"]
    assert doc.meta.title == "政府工作报告" and len(headings(doc)) == 3


def test_entries_set_one_under_the_other_are_blocks_of_their_own():
    text = "第一部分　总体要求……………1\n第二部分　重点任务……………3\n第三部分　保障措施……………9\n"
    assert [block.text for block in read_blocks(SourceText(text))] == [
        "第一部分 总体要求……………1", "第二部分 重点任务……………3", "第三部分 保障措施……………9"]


@pytest.mark.parametrize("line", ["一、2023年工作回顾……………1", "（一）坚持创新驱动........6", "前言 ···· iii",
                                  "二、主要任务 . . . . . . 15",
                                  "附件　名词解释——————23"])
def test_a_title_a_leader_and_a_page_number_make_an_entry(line):
    assert is_contents_entry(line)


@pytest.mark.parametrize("line", ["他停了一下……", "增长了……", "二、2024年工作安排", "目标是增长5%", "1……" * 40])
def test_text_without_a_leader_and_page_number_or_too_long_is_no_entry(line):
    assert not is_contents_entry(line)


def test_leader_lines_in_the_body_stay_paragraphs():
    doc = speechparse.parse_text(TITLE_PAGE + BODY + "\n附表：项目清单……………3\n")
    assert notes(doc, "contents") == [] and len(headings(doc)) == 3


def test_the_json_export_validates_against_the_schema():
    schema = json.loads(resources.files("speechparse").joinpath("schema/speechparse-ast.schema.json").read_text("utf-8"))
    exported = json.loads(speechparse.dumps(speechparse.parse_text(REPORT)))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(exported)) == []
    assert [note["kind"] for note in exported["front"] if note["type"] == "note"] == ["cover"] + ["contents"] * 6


def test_the_tei_export_gives_typed_notes_and_is_valid():
    schema_path = SHARED / "schemas" / "tei_all.rng"
    if not schema_path.is_file():
        pytest.skip(f"TEI schema not found at {schema_path}")
    root = etree.fromstring(export(speechparse.parse_text(REPORT), "tei").encode("utf-8"))
    schema = etree.RelaxNG(etree.parse(str(schema_path)))
    assert schema.validate(root), schema.error_log
    types = root.xpath("//t:text//t:note/@type", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert types == ["cover"] + ["contents"] * 6


def test_dropping_contents_and_cover_leaves_them_out_and_reports_each():
    doc = speechparse.parse_text(REPORT, drop=["contents", "cover"])
    assert notes(doc, "contents") == notes(doc, "cover") == []
    assert [d.message for d in doc.diagnostics if d.code == "SP006"] == [
        "cover note left out (drop): 某某市2024年政府工作报告", "contents note left out (drop): 目 录",
        *(f"contents note left out (drop): {entry}" for entry in ENTRIES)]
    assert doc.meta.title == "政府工作报告" and len(headings(doc)) == 3


def test_without_drop_nothing_of_the_table_of_contents_is_lost():
    text = speechparse.render_text(speechparse.parse_text(REPORT))
    assert "".join(REPORT.split()) == "".join(text.split())


def test_a_table_of_contents_copied_from_word_with_tabs_before_the_page_numbers():
    text = ("目录\n\n前言\t1\n第一部分　总体要求\t3\n第二部分　重点任务\t9\n\n关于加强工作的意见\n\n各有关单位：\n\n"
            "为加强工作，提出如下意见。\n\n第一部分　总体要求\n\n要坚持稳中求进。\n\n第二部分　重点任务\n\n要抓好三件事。\n")
    doc = speechparse.parse_text(text)
    assert notes(doc, "contents") == ["目录", "前言 1", "第一部分 总体要求 3", "第二部分 重点任务 9"]
    assert doc.meta.title == "关于加强工作的意见" and len(headings(doc)) == 2


def test_a_tab_before_a_page_number_keeps_the_entry_one_block_and_marks_it():
    [block] = read_blocks(SourceText("一、2023年工作回顾\t12"))
    assert (block.text, "contents" in block.hints) == ("一、2023年工作回顾 12", True)


def test_a_tab_before_more_than_a_number_still_separates_paragraphs():
    assert [block.text for block in read_blocks(SourceText("第一段。\t2024年是关键一年。"))] == ["第一段。", "2024年是关键一年。"]


WEB_PAGE = """<html><head><meta charset="utf-8"><title>政府工作报告</title></head><body>
<h1>政府工作报告</h1>
<ul><li><a href="#s1">一、2023年工作回顾</a></li><li><a href="#s2">二、2024年工作安排</a></li></ul>
<p>——2024年1月15日在某某市第十六届人民代表大会第四次会议上</p>
<p>市长　张三</p><p>各位代表：</p><p>现在，我代表市人民政府，向大会报告工作。</p>
<h2 id="s1">一、2023年工作回顾</h2><p>过去一年，全市经济运行稳中向好<a href="#n1">[1]</a>。</p>
<h2 id="s2">二、2024年工作安排</h2><p>今年要重点抓好以下工作。</p>
</body></html>"""


def test_a_web_page_s_index_of_links_within_it_is_its_table_of_contents():
    doc = speechparse.parse(WEB_PAGE.encode("utf-8"), from_="html")
    assert notes(doc, "contents") == ["一、2023年工作回顾", "二、2024年工作安排"]
    assert headings(doc) == ["一、2023年工作回顾", "二、2024年工作安排"]


def test_a_table_of_contents_between_the_title_and_its_subtitle_keeps_the_front_matter():
    meta = speechparse.parse(WEB_PAGE.encode("utf-8"), from_="html").meta
    assert (meta.title, meta.subtitle, meta.speaker, meta.salutation) == (
        "政府工作报告", "2024年1月15日在某某市第十六届人民代表大会第四次会议上", "张三", "各位代表")


def test_a_link_within_the_page_inside_a_paragraph_is_no_entry():
    from speechparse.readers import read

    blocks = read(WEB_PAGE.encode("utf-8"), "html").blocks
    marked = [block.text for block in blocks if "contents" in block.hints]
    assert marked == ["一、2023年工作回顾", "二、2024年工作安排"]


def test_the_same_order_in_plain_text():
    text = "政府工作报告\n\n目录\n\n一、2023年工作回顾……1\n二、2024年工作安排……5\n\n" + TITLE_PAGE.split("\n", 1)[1] + BODY
    doc = speechparse.parse_text(text)
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.speaker) == (
        "政府工作报告", "2024年1月15日在某某市第十六届人民代表大会第四次会议上", "张三")
    assert len(headings(doc)) == 3


def test_an_index_entry_with_a_space_and_no_page_number_is_matched_whole():
    from speechparse.rules.config import Settings
    from speechparse.rules.engine import check_document

    page = WEB_PAGE.replace("二、2024年工作安排", "第二部分 2024年工作安排").encode("utf-8")
    doc = speechparse.parse(page, from_="html")
    assert notes(doc, "contents") == ["一、2023年工作回顾", "第二部分 2024年工作安排"]
    assert check_document(doc, page.decode("utf-8"), Settings(select=("SP107",))) == []


def test_a_web_pages_outline_before_the_title_is_contents_not_headings():
    doc = speechparse.parse("\n".join(["一、回顾过去", "二、研判形势", "三、聚焦重点", "在XX县委经济工作会议上的讲话", "同志们:",
                                       "今天，我们召开会议。", "一、回顾过去，成绩斐然。" + "我们深感成绩来之不易。" * 5,
                                       "二、研判形势，把握机遇。" + "我们要看清形势。" * 5]))
    assert [getattr(node, "kind", None) for node in doc.front] == ["contents"] * 3 + [None, None]
    assert (doc.meta.title, doc.meta.salutation) == ("在XX县委经济工作会议上的讲话", "同志们")
    assert [s.marker for s in doc.body if isinstance(s, Section)] == ["一、", "二、"]


def test_an_outline_after_a_contents_heading_and_its_ellipsis_are_contents():
    doc = speechparse.parse("\n".join(["目录/提纲:……", "一、要进一步认清形势,增强紧迫感", "二、明确思路,突出重点", "……",
                                       "同志们:", "今天这次会议，主要是回顾总结一年来的工作。"]))
    assert [getattr(node, "kind", None) for node in doc.front] == ["contents"] * 4 + [None]
    assert doc.meta.salutation == "同志们"


def test_short_headings_one_under_the_other_that_the_speech_does_not_open_again_are_headings():
    doc = speechparse.parse("\n".join(["一、回顾过去", "二、研判形势", "三、聚焦重点", "要坚持稳中求进。"]))
    assert not any(getattr(node, "kind", None) == "contents" for node in doc.front)


def test_a_table_of_contents_after_the_preface_is_contents_notes_not_headings():
    entries = ["核心数据 ....................................................................... 1",
               "第一章 互联网基础资源发展及应用状况 ................. 9",
               "一、 互联网基础资源发展状况 " + "." * 120 + " 9",
               "（一） I P地址 " + "." * 110 + " 9"]
    text = "\n\n".join(["中国互联网络发展状况统计报告", "前言", "本报告综合反映我国互联网发展状况。" * 3, "目 录", *entries,
                        "核心数据", "我国网民规模达11亿人。" * 3, "第一章 互联网基础资源发展及应用状况", "一、互联网基础资源发展状况",
                        "截至2024年12月，我国IPv6地址数量达到亿块。"])
    doc = speechparse.parse(text)
    notes = [node.text for node, _ in walk(doc.body) if isinstance(node, Note) and node.kind == "contents"]
    assert notes == ["目 录", *entries]
    assert doc.meta.title == "中国互联网络发展状况统计报告"  # (前言 under it opens the text's first part: no title line)
    assert [section.heading for section, _ in sections(doc)] == [
        "前言", "核心数据", "互联网基础资源发展及应用状况", "互联网基础资源发展状况"]


WHITE_PAPER = ["新时代的中国国家安全", "（2025年5月）", "中华人民共和国国务院新闻办公室《人民日报》（2025年05月13日第 11 版）",
               "目  录", "前  言", "一、中国为世界注入稳定性", "（一）世界站在历史的十字路口", "二、总体国家安全观", "结束语",
               "前  言", "国之大者，安全为要。", "一、中国为世界注入稳定性", "当前，世界进入新的动荡变革期。",
               "（一）世界站在历史的十字路口", "世界之变前所未有。", "二、总体国家安全观", "总体国家安全观是指引。",
               "结束语", "中国珍视来之不易的安全。"]


def test_a_table_of_contents_without_page_numbers_is_the_lines_under_its_heading_until_the_text_repeats_the_first():
    doc = speechparse.parse("\n\n".join(WHITE_PAPER))
    assert notes(doc, "contents") == ["目 录", "前 言", "一、中国为世界注入稳定性", "（一）世界站在历史的十字路口",
                                      "二、总体国家安全观", "结束语"]
    assert (doc.meta.title, doc.meta.date) == ("新时代的中国国家安全", "2025-05")
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "前 言"), (1, "一、中国为世界注入稳定性"), (2, "（一）世界站在历史的十字路口"), (1, "二、总体国家安全观"), (1, "结束语")]


PDF_PLAN = ["某某市生态环境保护规划纲要（2024—2030年）", "2024年11月", "目", "录", "前言.", "一、发展形势", "（一）主要成效",
            "（二）面临挑战。", "二、总体要求", "（一）指导思想.", "3", "..4", "4", "：5", "6", "— 2 —", "前言",
            "为贯彻落实党中央决策部署，编制本规划纲要。", "一、发展形势", "（一）主要成效", "近年来，生态环境质量持续改善。",
            "（二）面临挑战", "当前，结构性压力尚未根本缓解。", "二、总体要求", "（一）指导思想", "坚持绿色发展。"]
PDF_PLAN_OUTLINE = [(1, "前言"), (1, "一、发展形势"), (2, "（一）主要成效"), (2, "（二）面临挑战"), (1, "二、总体要求"),
                    (2, "（一）指导思想")]


def test_a_pdfs_table_of_contents_with_its_heading_set_wide_and_its_page_numbers_in_a_column_is_contents():
    doc = speechparse.parse("\n".join(PDF_PLAN))
    assert notes(doc, "contents") == PDF_PLAN[2:16]
    assert (doc.meta.title, doc.meta.date) == ("某某市生态环境保护规划纲要（2024—2030年）", "2024-11")
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == PDF_PLAN_OUTLINE


def test_such_a_table_of_contents_after_a_line_that_ends_the_front_matter_is_contents_in_the_body():
    doc = speechparse.parse("\n".join([*PDF_PLAN[:2], "一②一", *PDF_PLAN[2:]]))
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Note) and node.kind == "contents"] == PDF_PLAN[2:16]
    assert not notes(doc, "contents")  # (in the body, after the line that ends the front matter)
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == PDF_PLAN_OUTLINE


def test_a_source_line_naming_its_author_before_the_paper_is_a_source_note():
    doc = speechparse.parse("\n\n".join(WHITE_PAPER))
    assert next(node.kind for node in doc.front if isinstance(node, Note)) == "source"


def test_title_lines_under_a_contents_heading_whose_first_never_comes_again_stay_in_the_text():
    doc = speechparse.parse("\n\n".join(["某某工作报告", "目录", "工作回顾", "今后安排", "今年的工作很多。", "要加强领导。"]))
    assert notes(doc, "contents") == ["目录"]  # (the heading alone: no title line, no speaker's name)
    assert (doc.meta.title, doc.meta.speaker) == ("某某工作报告", None)
    assert [node.text for node in doc.body] == ["工作回顾今后安排今年的工作很多。", "要加强领导。"]


def test_entries_whose_page_numbers_a_space_sets_apart_under_a_contents_heading_are_contents():
    doc = speechparse.parse("\n\n".join(["2024年政府工作报告汇编", "目录", "1. 安徽省政府工作报告 5", "2. 包头市政府工作报告 38",
                                         "各位代表：", "现在报告工作。", "一、2023年工作回顾", "过去一年。"]))
    assert notes(doc, "contents") == ["目录", "1. 安徽省政府工作报告 5", "2. 包头市政府工作报告 38"]
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "2023年工作回顾")]
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("2024年政府工作报告汇编", None, "各位代表")


def test_lines_ending_with_numbers_that_go_down_under_a_contents_heading_are_no_spaced_entries():
    doc = speechparse.parse("\n\n".join(["某某工作报告", "目录", "全年增长 38", "其中工业 5", "今年的工作很多。"]))
    assert notes(doc, "contents") == ["目录"]


def test_an_entry_whose_tabs_lead_to_its_page_number_is_a_contents_entry_not_a_tables_row():
    doc = speechparse.parse("政府工作报告\n目录\n一、2023年工作回顾\t\t1\n二、2024年工作总体要求\t\t5\n各位代表：\n现在，我代表市人民政府报告工作。\n")
    assert [node.text for node in doc.front if isinstance(node, Note) and node.kind == "contents"][1:] == [
        "一、2023年工作回顾 1", "二、2024年工作总体要求 5"]
    assert doc.meta.salutation == "各位代表"


ROWS = ["北京\t52", "上海\t48", "广州\t30"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_two_cell_rows_copied_with_tabs_whose_numbers_go_down_are_a_tables_rows_not_contents(separator):
    doc = speechparse.parse(separator.join(["2023年统计公报", "一、经济增长", "全年各区生产总值如下。", *ROWS, "二、就业", "就业稳定。"]))
    assert not [node for node, _ in walk(doc.body) if isinstance(node, Note)]
    growth = next(section for section, _ in sections(doc) if section.heading == "经济增长")
    assert [(type(node).__name__, node.text) for node in growth.children] == [
        ("Paragraph", "全年各区生产总值如下。"), ("Paragraph", "北京 52"), ("Paragraph", "上海 48"), ("Paragraph", "广州 30")]


def test_entries_copied_with_tabs_whose_page_numbers_go_up_are_contents_without_a_heading():
    entries = ["第一章 总论\t1", "第二章 分论\t5", "第三章 结论\t9"]
    doc = speechparse.parse("\n\n".join(["某某研究报告", "前言", "本报告分三章。", *entries, "第一章 总论", "过去一年。"]))
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Note) and node.kind == "contents"] == [
        "第一章 总论 1", "第二章 分论 5", "第三章 结论 9"]
