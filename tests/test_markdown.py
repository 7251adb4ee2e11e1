"""Markdown export: CommonMark (markdown-it-py) reads back the outline, no stray markup, YAML metadata."""

from __future__ import annotations

import dataclasses

import pytest
import yaml
from conftest import TRICKY, visible
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import speechparse
from speechparse.ast import DateLine, Document, Note, Paragraph, Section, Span, Subtitle, Title, sections
from speechparse.exporters import export
from speechparse.exporters.base import ExportWarning
from speechparse.exporters.markdown import MAX_LEVEL
from speechparse.exporters.outline import join_lines
from speechparse.exporters.text import heading_line

SPAN = Span(0, 1, 1, 1, 1, 2)
#: Block and inline markup that a speech never has, so the export must not produce it.
FOREIGN = {"bullet_list_open", "ordered_list_open", "code_block", "fence", "html_block", "blockquote_open", "hr",
           "html_inline", "em_open", "strong_open", "link_open", "image", "code_inline", "lheading_open"}


def split(markdown: str) -> tuple[dict, str]:
    """Front matter (read with PyYAML) and the body."""
    assert markdown.startswith("---\n")
    head, _, body = markdown[4:].partition("\n---\n")
    return yaml.safe_load(head), body


def tokens(body: str):
    return MarkdownIt("commonmark").parse(body)


def outline(body: str) -> list[tuple[int, str]]:
    """(level, rendered text) of every heading."""
    toks = tokens(body)
    return [(int(tok.tag[1:]), rendered(toks[i + 1])) for i, tok in enumerate(toks) if tok.type == "heading_open"]


def rendered(inline) -> str:
    return "".join(child.content for child in inline.children if child.type == "text")


def all_text(body: str) -> str:
    return "".join(rendered(tok) for tok in tokens(body) if tok.type == "inline")


def markup(body: str) -> set[str]:
    found = set()
    for tok in tokens(body):
        found.add(tok.type)
        found.update(child.type for child in tok.children or ())
    return found & FOREIGN


def expected_outline(doc: Document) -> list[tuple[int, str]]:
    title = [(1, join_lines(node.lines)) for node in doc.front if isinstance(node, Title)]
    return title + [(depth + 1, heading_line(s).strip()) for s, depth in sections(doc) if depth + 1 <= MAX_LEVEL]


@pytest.fixture(scope="module")
def exported(documents):
    return {name: (text, doc, split(export(doc, "md"))) for name, text, doc in documents}


def test_headings_are_exactly_the_section_outline_of_every_document(exported):
    for name, (_, doc, (_, body)) in exported.items():
        assert outline(body) == expected_outline(doc), name


def test_seed_outline_starts_with_the_title_then_numbered_sections(exported):
    _, _, (_, body) = exported["ideology-work-speech.txt"]
    assert [level for level, _ in outline(body)][:4] == [1, 2, 2, 3]
    assert outline(body)[3] == (3, "一要坚持不懈用习近平新时代中国特色社会主义思想武装头脑。")


def test_no_list_code_html_or_emphasis_in_any_document(exported):
    assert {name: markup(body) for name, (_, _, (_, body)) in exported.items() if markup(body)} == {}


def test_rendered_text_keeps_every_visible_character(exported):
    lossy = [name for name, (text, _, (_, body)) in exported.items() if visible(all_text(body)) != visible(text)]
    assert lossy == []


def test_one_line_per_paragraph(exported):
    _, _doc, (_, body) = exported["ideology-work-speech.txt"]
    assert all(line and "\n" not in line for line in body.strip("\n").split("\n\n"))


def test_front_matter_reads_back_to_the_metadata(exported):
    for name, (_, doc, (front, _)) in exported.items():
        meta = {key: value for key, value in dataclasses.asdict(doc.meta).items() if value is not None}
        assert {key: front[key] for key in meta} == meta, name
        assert front["lang"] in ("zh-Hans", "zh-Hant")
        assert front.get("author") == doc.meta.speaker


def test_seed_front_matter_is_chinese_as_is(exported):
    _, doc, (front, _) = exported["ideology-work-speech.txt"]
    assert front == {"title": "在全区意识形态工作会议上的讲话", "author": "王晓峰", "date": "2018-09-20",
                     "date_text": "(2018年9月20日)", "speaker": "王晓峰", "salutation": "同志们",
                     "meeting": "全区意识形态工作会议", "lang": "zh-Hans"}
    assert "\\u" not in export(doc, "md")


def test_sections_deeper_than_level_six_become_paragraphs():
    node = Section(SPAN, SPAN, "arabic", "7.", 7, "最深")
    for depth in range(6, 0, -1):
        node = Section(SPAN, SPAN, "arabic", f"{depth}.", depth, f"第{depth}层", children=(node,))
    body = split(export(Document(body=(node,)), "md"))[1]
    assert outline(body) == [(depth + 1, f"{depth}.第{depth}层") for depth in range(1, 6)]
    assert [rendered(tok) for tok in tokens(body) if tok.type == "inline"][5:] == ["6.第6层", "7.最深"]


@pytest.mark.parametrize("line", ["1. 关于", "12) 项", "- 一是", "+ 二是", "* 三是", "# 标题", "> 引用", "===", "---",
                                  "***", "    缩进", "```", "<div>块</div>", "[链接]: /x", "&copy;", "a\\"])
def test_line_initial_markup_stays_a_paragraph(line):
    body = split(export(Document(body=(Paragraph(SPAN, line),)), "md"))[1]
    assert [tok.type for tok in tokens(body)] == ["paragraph_open", "inline", "paragraph_close"]
    assert all_text(body) == line.strip()


_markup_text = st.text(st.sampled_from(list("1.)-+*#>=_`~<>&[]!\\ 　同志们𠮷\x01")), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(text=_markup_text)
def test_any_paragraph_text_renders_as_one_plain_paragraph(text):
    body = split(export(Document(body=(Paragraph(SPAN, text),)), "md"))[1]
    if not visible(text):
        assert body == ""
        return
    assert [tok.type for tok in tokens(body)] == ["paragraph_open", "inline", "paragraph_close"]
    assert visible(all_text(body)) == visible(text)


def test_markup_characters_control_characters_and_astral_cjk_are_kept():
    with pytest.warns(ExportWarning, match=r"md: 1 character\(s\).*U\+0000"):
        markdown = export(speechparse.parse(TRICKY), "md")
    front, body = split(markdown)
    assert front["title"] == "标题&<>\"'𠮷"
    assert markup(body) == set()
    assert visible(all_text(body)) == visible(TRICKY.replace("\x00", "\ufffd"))


def test_yaml_scalars_escape_what_yaml_cannot_hold():
    from speechparse.exporters.markdown import yaml_string

    for value in ["同志们", 'a"b\\c', "\x01\x7f\x85\u2028\ufeff", "2018-09-20", "yes", "null", "- x", "#"]:
        assert yaml.safe_load(f"key: {yaml_string(value)}") == {"key": value}


@settings(max_examples=100, deadline=None)
@given(markers=st.lists(_markup_text, min_size=1, max_size=7), headings=st.lists(_markup_text, min_size=7, max_size=7))
def test_any_heading_text_reads_back_at_its_level(markers, headings):
    node = None
    for depth in range(len(markers), 0, -1):
        children = () if node is None else (node,)
        node = Section(SPAN, SPAN, "x", markers[depth - 1], depth, headings[depth - 1], children=children)
    doc = Document(body=(node,))
    got = outline(split(export(doc, "md"))[1])
    assert [(level, visible(text)) for level, text in got] == [
        (depth + 1, visible(heading_line(s))) for s, depth in sections(doc) if depth + 1 <= MAX_LEVEL]


# ---- Markdown copies read as text ----------------------------------------------------------------------------


def test_numbered_headings_in_markdown_bold_are_headings_with_their_subsections_under_them():
    text = "\n\n".join(["# 提振消费专项行动方案", "为大力提振消费，制定本方案。", "**一、城乡居民增收促进行动**",
                       "（一）促进工资性收入合理增长。实施重点领域行动。", "（二）拓宽财产性收入渠道。多渠道增加收入。",
                       "**二、消费能力保障支持行动**", "（三）加大生育养育保障力度。研究建立育儿补贴制度。"])
    doc = speechparse.parse(text)
    assert [(depth, section.marker, section.heading) for section, depth in sections(doc)] == [
        (1, "一、", "城乡居民增收促进行动"), (2, "（一）", "促进工资性收入合理增长"), (2, "（二）", "拓宽财产性收入渠道"),
        (1, "二、", "消费能力保障支持行动"), (2, "（三）", "加大生育养育保障力度")]


def test_a_quoted_source_line_under_the_title_is_a_source_note():
    doc = speechparse.parse("# 中办国办印发《提振消费专项行动方案》\n\n> 《人民日报》（2025年03月17日第 01 版）\n\n新华社北京3月16日电 近日，印发了方案。")
    assert doc.meta.title == "中办国办印发《提振消费专项行动方案》"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [("Title", None), ("Note", "source")]


def test_a_subtitle_written_as_a_markdown_sub_heading_is_the_subtitle():
    doc = speechparse.parse("# 最高人民检察院工作报告\n\n## ——二〇二六年三月九日在第十四届全国人民代表大会第四次会议上\n\n各位代表：\n\n现在，我代表最高人民检察院报告工作。")
    assert (doc.meta.title, doc.meta.date, doc.meta.salutation) == ("最高人民检察院工作报告", "2026-03-09", "各位代表")
    assert list(sections(doc)) == []


def test_a_title_written_as_a_markdown_sub_heading_over_its_subtitle_is_the_title():
    text = "\n".join(["---", "title: 凤凰展翅 再创辉煌", "date: 2000-01-28", "---", "", "## 凤凰展翅 再创辉煌", "",
                      "——任正非在“市场部集体大辞职四周年颁奖典礼”上的讲话", "", "我首先认为不应该是发奖章。", "",
                      "一、关于干部", "", "干部要能上能下。", "", "二、关于市场", "", "市场是检验的标准。"])
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.subtitle) == ("凤凰展翅再创辉煌", "任正非在“市场部集体大辞职四周年颁奖典礼”上的讲话")
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (1, "二、")]


def test_a_markdown_sub_heading_repeating_the_title_its_front_matter_declares_is_the_title_line_not_a_section():
    text = "\n".join(["---", "title: 任正非在秘书资格颁证大会上的讲话", "date: 2000", "---", "", "## 任正非在秘书资格颁证大会上的讲话", "",
                      "我要感谢公司的秘书群。", "", "一、秘书群体是公司责任主体的一部分", "", "秘书要规范服务。", "",
                      "二、秘书的规范化服务是最重要的润滑剂", "", "要提高效率。"])
    doc = speechparse.parse(text)
    assert [type(node).__name__ for node in doc.front][-1] == "Title"
    assert doc.front[-1].lines == ("## 任正非在秘书资格颁证大会上的讲话",)
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (1, "二、")]


def test_a_markdown_sub_heading_naming_other_than_the_declared_title_under_front_matter_stays_a_section():
    text = "\n".join(["---", "title: 工作总结", "---", "", "## 一年来的主要工作", "", "今年完成了各项任务。", "",
                      "## 存在的问题", "", "还有一些不足。"])
    doc = speechparse.parse(text)
    assert [section.heading for section, _ in sections(doc)] == ["一年来的主要工作", "存在的问题"]


SUMMARY_FRONT_MATTER = ["---", "title: 计算机协会07-08年度上半学期工作总结及下半学期工作开展计划", "date: 2007-11-01", "---", ""]
SUMMARY_BODY = ["# 工作总结", "", "整个上半学期我们成功开展了活动五个。", "", "# 工作计划", "", "下半学期要办好讲座。"]


def test_a_level_one_heading_under_front_matter_declaring_another_title_is_a_division_not_the_title():
    doc = speechparse.parse("\n".join([*SUMMARY_FRONT_MATTER, *SUMMARY_BODY]))
    assert doc.meta.title == "计算机协会07-08年度上半学期工作总结及下半学期工作开展计划"
    assert [(depth, section.heading) for section, depth in sections(doc)] == [(1, "工作总结"), (1, "工作计划")]
    assert not any(isinstance(node, Title) for node in doc.front)


def test_a_level_one_heading_holding_the_declared_title_is_still_the_title_line():
    text = "\n".join(["---", "title: 在全县大会上的讲话", "---", "", "# 在全县大会上的讲话（全文）", "", "同志们：", "", "今天开会。"])
    doc = speechparse.parse(text)
    assert [type(node).__name__ for node in doc.front][-2:] == ["Title", "Salutation"]
    assert doc.front[-2].lines == ("# 在全县大会上的讲话（全文）",)
    assert list(sections(doc)) == []


@pytest.mark.parametrize("label", ["编写", "执笔", "作者"])
def test_a_writers_labelled_byline_over_the_first_division_under_a_declared_title_is_the_speaker(label):
    doc = speechparse.parse("\n".join([*SUMMARY_FRONT_MATTER, f"{label}：梁爽（计算机协会会长）", "", *SUMMARY_BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == (
        "计算机协会07-08年度上半学期工作总结及下半学期工作开展计划", "梁爽", "计算机协会会长")
    assert [section.heading for section, _ in sections(doc)] == ["工作总结", "工作计划"]


def test_a_date_written_as_a_markdown_sub_heading_under_the_title_is_the_date():
    doc = speechparse.parse("# 新时代的中国国家安全\n\n## （2025年5月）\n\n国之大者，安全为要。")
    assert (doc.meta.title, doc.meta.date, doc.meta.date_text) == ("新时代的中国国家安全", "2025-05", "（2025年5月）")
    assert [type(node).__name__ for node in doc.front] == ["Title", "DateLine"]


def test_an_obsidian_callout_and_a_rule_before_the_title_are_notes_before_it():
    text = "\n\n".join(["> [!tip] 批注汇总\n>", "> [!info 政策]\n> 《中共中央关于制定规划的建议》\n>", "---",
                       "# 发展规划纲要", "第一章 发展环境", "站在新的起点上，\n我国发展基础更加坚实。", "第二章 指导方针",
                       "必须坚持党的全面领导，\n坚持以人民为中心。"])  # (paragraphs of several lines: blank lines part them)
    doc = speechparse.parse(text)
    assert doc.meta.title == "发展规划纲要"
    assert [(type(node).__name__, node.text) for node in doc.front[:-1]] == [
        ("Note", "> [!tip] 批注汇总>"), ("Note", "> [!info 政策] > 《中共中央关于制定规划的建议》"), ("Note", ">"), ("Note", "---")]


def test_a_byline_run_into_the_source_line_under_the_subtitle_is_the_speaker_and_the_source_a_note():
    doc = speechparse.parse("# 政府工作报告\n\n## ——2025年3月5日在第十四届全国人民代表大会第三次会议上\n\n"
                            "> 国务院总理  李  强《人民日报》（2025年03月13日第 01 版）\n\n各位代表：\n\n现在，我代表国务院报告工作。")
    assert (doc.meta.speaker, doc.meta.speaker_role, doc.meta.salutation) == ("李强", "国务院总理", "各位代表")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][2:] == [
        ("Speaker", None), ("Note", "source"), ("Salutation", None)]


YAML = "---\ntitle: \"全面贯彻总体国家安全观\"\ndate: 2025-04-15\n---\n\n# 全面贯彻总体国家安全观\n\n"


def test_in_a_markdown_file_a_line_without_its_full_stop_is_not_joined_to_the_next_paragraph():
    doc = speechparse.parse(YAML + "国家安全是重要基础。\n\n深学细悟笃行重要论述，坚定不移沿着指引的方向前进\n\n"
                            "党的十八大以来，总书记创造性提出总体国家安全观。我们深入学习。\n\n提高政治站位。我们学习。")
    assert doc.joins == ()
    assert [section.heading for section, _ in sections(doc)] == ["深学细悟笃行重要论述，坚定不移沿着指引的方向前进"]


def test_without_front_matter_a_line_cut_off_before_a_blank_line_is_still_joined():
    doc = speechparse.parse("# 全面贯彻总体国家安全观\n\n国家安全是重要基础。\n\n我们要坚定不移沿着指引的方\n\n向前进，深入学习。")
    assert len(doc.joins) == 1


def test_bulleted_lines_and_works_one_per_line_are_never_joined_as_a_broken_paragraph():
    doc = speechparse.parse("新年贺词\n\n■ 2025年是收官之年\n\n■ 这一年，令人难忘\n\n《核材料实物保护公约》修正案\n\n《核安全公约》")
    assert doc.joins == ()


def test_a_sub_heading_right_above_the_level_one_title_is_its_kicker_a_note_before_it():
    doc = speechparse.parse("### 相关国家标准5月1日起实施\n\n# 线下购物“无理由退货”怎样操作\n\n"
                            "> 本报记者  林丽鹂《人民日报》（2025年05月06日第 07 版）\n\n近日，国家标准正式实施。")
    assert (doc.meta.title, doc.meta.speaker) == ("线下购物“无理由退货”怎样操作", "林丽鹂")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][:2] == [("Note", "editorial"), ("Title", None)]
    assert list(sections(doc)) == []


@pytest.mark.parametrize(("byline", "speaker", "role"), [
    ("梁言顺", "梁言顺", None), ("本报记者  江润楠  何昭宇", "江润楠、何昭宇", "本报记者")])
def test_a_name_or_two_reporters_run_into_the_source_line_are_the_speaker(byline, speaker, role):
    doc = speechparse.parse(f"# 全面贯彻总体国家安全观\n\n> {byline}《人民日报》（2025年04月15日第 11 版）\n\n国家安全是重要基础。")
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == ("全面贯彻总体国家安全观", speaker, role)


def test_in_a_markdown_file_a_quoted_sentence_without_a_closing_stop_outside_is_no_heading():
    doc = speechparse.parse(YAML + "今年工作取得新成效。\n\n总书记强调，“要巩固指导地位。”\n\n"
                            "这一重要论述为我们做好工作提供了根本遵循，我们要认真学习领会并抓好贯彻落实。")
    assert list(sections(doc)) == []


def test_a_date_in_markdown_bold_gives_the_date_text_without_its_marks():
    doc = speechparse.parse("# 关于某项工作的报告\n\n**（2025年5月）**\n\n## 一、总体情况\n\n工作总体平稳。")
    assert (doc.meta.date, doc.meta.date_text) == ("2025-05", "（2025年5月）")


def test_a_line_in_markdown_bold_with_a_pause_mark_is_a_heading():
    doc = speechparse.parse("# 奋进新征程\n\n新华社北京9月30日电 今年是不平凡的一年。\n\n**伟大成就彪炳史册、振奋人心**\n\n"
                            "七十多年来，我们取得了伟大成就。我们继续奋斗。\n\n**面向未来只争朝夕、永不懈怠**\n\n"
                            "新征程上，我们要继续奋斗，以更加昂扬的姿态奋进新征程。")
    assert [section.heading for section, _ in sections(doc)] == ["伟大成就彪炳史册、振奋人心", "面向未来只争朝夕、永不懈怠"]


def test_a_markdown_title_longer_than_a_plain_title_line_with_its_columns_tag_is_the_title():
    title = "加快形成与新质生产力相适应的新型生产关系（深入学习贯彻习近平新时代中国特色社会主义思想·学习《习近平经济文选》第一卷专家谈）"
    doc = speechparse.parse(f"# {title}\n\n> 曲永义《人民日报》（2025年06月03日第 09 版）\n\n新质生产力是创新起主导作用的先进生产力。")
    assert (doc.meta.title, doc.meta.speaker) == (title, "曲永义")


def test_a_collections_quoted_notice_above_the_title_is_a_note_and_the_title_stands_whole_on_its_line():
    doc = speechparse.parse("---\n标题: 关于开展申报工作的通知\n文号: 沪交科〔2023〕803号\n---\n\n"
                            "> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅。\n> 依《中华人民共和国著作权法》第五条第一项。\n\n"
                            "# 上海市交通委员会关于开展申报工作的通知\n\n索取号\n\n各区交通管理部门，各充（换）电企业：\n\n"
                            "根据有关要求，现就开展申报工作通知如下：\n\n一、申报范围\n\n本市出租汽车充电站。")
    assert (doc.meta.title, doc.meta.speaker) == ("上海市交通委员会关于开展申报工作的通知", None)
    assert [node.kind for node in doc.front if isinstance(node, Note)][-2:] == ["editorial", "editorial"]


@pytest.mark.parametrize("title_line", ["title: '10问10答，发改委来回应了！'", 'title: "10问10答，发改委来回应了！"',
                                        "title: 10问10答，发改委来回应了！"])
def test_a_markdown_file_without_a_title_line_takes_the_title_its_front_matter_declares(title_line):
    doc = speechparse.parse(f"---\n{title_line}\ndate: 2021-11-16\n---\n\n央视记者：近期煤价有所回落，请问情况如何？\n\n孟玮：总体看，煤炭供应持续增加。")
    assert doc.meta.title == "10问10答，发改委来回应了！"
    assert not any(isinstance(node, Title) for node in doc.front)  # (no node: the text has no such line)


def test_the_texts_own_title_line_wins_over_the_title_its_front_matter_declares():
    doc = speechparse.parse("---\ntitle: 看北大最短毕业致辞的感受\n---\n\n做自己尊重的人\n\n同学们：\n\n今天是你们毕业的日子。")
    assert doc.meta.title == "做自己尊重的人"


@pytest.mark.parametrize(("front_matter", "title"), [
    ("cover:\n  title: 封面图片说明\ntitle: 新年贺词", "新年贺词"), ("seo:\n  title: 某某网站 - 首页", None),
    ("title: >-\n  新年贺词", None), ('title: "校长说：\\"追求卓越\\""', "校长说：\"追求卓越\""),
])
def test_only_a_top_level_title_in_front_matter_is_declared_and_its_quotes_unescaped(front_matter, title):
    doc = speechparse.parse(f"---\n{front_matter}\n---\n\n孟玮：总体看，煤炭供应持续增加，价格回落。")
    assert doc.meta.title == title


@pytest.mark.parametrize(("date_line", "iso", "written"), [
    ("date: 1945-08-13", "1945-08-13", "1945-08-13"), ('date: "1945年8月13日"', "1945-08-13", "1945年8月13日"),
    ("date: 2016-07-07 20:40:14", "2016-07-07", "2016-07-07 20:40:14"), ("date: 抗战胜利后", None, "抗战胜利后"),
    ("date: |\n  1945-08-13", None, None), ("meta:\n  date: 1945-08-13", None, None),
])
def test_a_markdown_file_that_gives_no_date_in_its_text_takes_the_date_its_front_matter_declares(date_line, iso, written):
    doc = speechparse.parse(f"---\ntitle: 抗日战争胜利后的时局和我们的方针\n{date_line}\n---\n\n同志们：\n\n今天讲讲时局。")
    assert (doc.meta.title, doc.meta.date, doc.meta.date_text) == ("抗日战争胜利后的时局和我们的方针", iso, written)
    assert not any(isinstance(node, DateLine) for node in doc.front)  # (no node: the text has no such line)


def test_a_markdown_file_without_a_subtitle_line_takes_the_subtitle_its_front_matter_declares_and_its_date():
    doc = speechparse.parse('---\nsubtitle: "------2018年3月5日在第十三届全国人民代表大会第一次会议上"\ntitle: 政府工作报告\n---\n\n'
                            "国务院总理\n\n李　强\n\n各位代表：\n\n现在，我代表国务院，向大会报告工作。")
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date, doc.meta.speaker, doc.meta.speaker_role) == (
        "政府工作报告", "2018年3月5日在第十三届全国人民代表大会第一次会议上", "2018-03-05", "李强", "国务院总理")
    assert not any(isinstance(node, Subtitle) for node in doc.front)  # (no node: the text has no such line)


@pytest.mark.parametrize("text_date", ["（1945年8月1日）", "1945年8月1日"])
def test_a_date_the_text_gives_wins_over_the_date_its_front_matter_declares(text_date):
    front = "# 抗日战争胜利后的时局和我们的方针\n\n（1945年8月1日）\n\n同志们：\n\n今天。"
    back = "# 抗日战争胜利后的时局和我们的方针\n\n同志们：\n\n今天讲讲时局。\n\n毛泽东\n\n" + text_date
    for text in (front, back):
        doc = speechparse.parse("---\ndate: 2024-03-01\n---\n\n" + text)
        assert doc.meta.date == "1945-08-01"


@pytest.mark.parametrize(("first", "rest"), [("二、问题的根据：中日两国", "是互相矛盾着的"), ("二、关于抗日民族统一战线的", "若干问题")])
def test_the_rest_of_a_heading_wrapped_onto_a_second_heading_line_is_text_under_it_not_a_section(first, rest):
    doc = speechparse.parse("\n\n".join(["# 论持久战", "## 一、问题的提起", "伟大的抗日战争。", f"## {first}", f"## {rest}",
                                          "中日战争不是任何别的战争。", "## 三、驳亡国论", "亡国论者看到敌我强弱对比。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、问题的提起"), (1, first), (1, "三、驳亡国论")]
    assert [node.text for node in doc.body[1].children] == [f"## {rest}", "中日战争不是任何别的战争。"]


def test_a_heading_of_its_own_under_a_heading_of_the_same_level_stays_a_heading():
    doc = speechparse.parse("\n\n".join(["# 报告", "## 一、总体要求", "## 指导思想", "坚持稳中求进。"]))
    assert [section.heading for section, _ in sections(doc)] == ["总体要求", "指导思想"]


def test_an_unnumbered_heading_at_the_level_of_a_numbered_series_is_its_sibling_not_its_parent():
    doc = speechparse.parse("\n\n".join(["# 实施意见", "## 一、总体要求", "### （一）指导思想", "坚持以人民为中心。", "## 指导原则",
                                          "坚持稳中求进。", "## 二、主要任务", "推进改革。", "## 三、保障措施", "加强领导。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、总体要求"), (2, "（一）指导思想"), (1, "指导原则"), (1, "二、主要任务"), (1, "三、保障措施")]


def test_an_unnumbered_heading_deeper_than_a_numbered_series_is_the_sibling_of_its_subdivisions():
    doc = speechparse.parse("\n\n".join(["# 实施意见", "## 一、总体要求", "### （一）指导思想", "坚持以人民为中心。", "### 基本原则",
                                          "坚持稳中求进。", "### （二）主要目标", "全面完成。", "## 二、主要任务", "推进改革。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、总体要求"), (2, "（一）指导思想"), (2, "基本原则"), (2, "（二）主要目标"), (1, "二、主要任务")]


def test_deeper_unnumbered_markdown_headings_after_the_series_last_heading_are_inside_it():
    doc = speechparse.parse("\n\n".join(["# 报告", "## 一、回顾", "过去一年。", "## 二、任务", "今年的任务。", "### 扎实推进乡村振兴", "粮食增产。",
                                          "### 持续改善民生", "就业增加。", "## 结束语", "让我们共同努力。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、回顾"), (1, "二、任务"), (2, "扎实推进乡村振兴"), (2, "持续改善民生"), (1, "结束语")]


def test_unnumbered_headings_above_a_numbered_series_from_its_start_stay_its_parts():
    doc = speechparse.parse("\n\n".join(["# 报告", "## 上篇", "## 一、回顾", "过去一年。", "## 二、成绩", "成绩显著。", "## 下篇",
                                          "## 三、任务", "今年的任务。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "上篇"), (2, "一、回顾"), (2, "二、成绩"), (1, "下篇"), (2, "三、任务")]


@pytest.mark.parametrize("opening", ["概览", "前言", "引言"])
def test_an_opening_parts_heading_above_a_numbered_series_at_its_level_is_the_series_sibling_not_its_parent(opening):
    doc = speechparse.parse("\n\n".join(["# 年度述职报告", f"## {opening}", "今年完成了三个项目。", "## 一、工作回顾", "过去一年。",
                                          "### 1.文档体系", "上线文档。", "## 二、明年规划", "继续努力。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, opening), (1, "一、工作回顾"), (2, "1.文档体系"), (1, "二、明年规划")]


def test_an_unnumbered_heading_naming_no_opening_part_above_a_numbered_series_at_its_level_stays_its_parent():
    doc = speechparse.parse("\n\n".join(["# 讲话", "## 引言", "今天开会。", "## 结论", "我的结论有两点。", "## 一", "为什么人的问题。",
                                          "## 二", "如何为的问题。"]))
    assert [(depth, section.heading) for section, depth in sections(doc)] == [
        (1, "引言"), (1, "结论"), (2, ""), (2, "")]


@pytest.mark.parametrize("under", ["2024年1月15日", "（2024年1月15日）", "任正非"])
def test_a_markdown_sub_heading_opening_the_text_over_its_date_or_speaker_is_its_title_not_a_section(under):
    doc = speechparse.parse("\n\n".join(["## 在2024年公司年度工作会议上的讲话", under, "同事们，过去一年我们取得了很大成绩。",
                                          "一、坚持以客户为中心", "服务是我们的生命线。", "二、从奋斗者中选拔接班人", "实践是检验干部的标准。"]))
    assert doc.meta.title == "在2024年公司年度工作会议上的讲话"
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、坚持以客户为中心"), (1, "二、从奋斗者中选拔接班人")]


def test_a_numbered_markdown_sub_heading_over_a_date_stays_a_section():
    doc = speechparse.parse("\n\n".join(["## 一、总体要求", "2024年1月15日", "服务是我们的生命线。", "## 二、主要任务", "实践是检验干部的标准。"]))
    assert [section.marker + section.heading for section, _ in sections(doc)] == ["一、总体要求", "二、主要任务"]


BOLD_ITEMS = "# 年度述职报告\n\n## 四、2023 总结\n\n综合以上内容，总结如下：\n\n"


def heading_parts(doc: Document) -> list[tuple[str, str, str, str, str, bool]]:
    return [(s.prefix, s.marker, s.heading_prefix, s.heading, s.suffix, s.run_in) for s, _ in sections(doc)]


def test_a_numbered_heading_in_bold_after_its_marker_has_the_bold_marks_as_markup_around_its_text():
    doc = speechparse.parse(BOLD_ITEMS + "1. **积极的情绪**\n\n感觉这一年情绪积极。\n\n2. **良好的人际关系**\n\n关系不错。")
    assert heading_parts(doc)[1:] == [("", "1.", "**", "积极的情绪", "**", False), ("", "2.", "**", "良好的人际关系", "**", False)]


def test_a_markdown_heading_whose_text_is_in_bold_after_its_marker_has_the_bold_as_markup():
    doc = speechparse.parse("# 报告\n\n## 二、**主要任务**\n\n任务很多。\n\n### （一）__稳增长__\n\n稳住。")
    assert heading_parts(doc) == [("## ", "二、", "**", "主要任务", "**", False), ("### ", "（一）", "__", "稳增长", "__", False)]


def test_a_bold_label_after_a_marker_is_the_heading_and_the_rest_of_its_paragraph_the_text_under_it():
    doc = speechparse.parse(BOLD_ITEMS + "1. **积极的情绪**：感觉这一年情绪积极。主要因为乐观。\n\n2. **良好的人际关系**：关系不错。")
    assert heading_parts(doc)[1:] == [("", "1.", "**", "积极的情绪", "**：", True), ("", "2.", "**", "良好的人际关系", "**：", True)]
    assert [section.children[0].text for section, depth in sections(doc) if depth == 2] == ["感觉这一年情绪积极。主要因为乐观。", "关系不错。"]


def test_a_bold_lead_sentence_after_a_marker_ends_the_heading_with_its_close():
    doc = speechparse.parse(BOLD_ITEMS + "1. **加强组织领导。**要抓好落实。\n\n2. **强化督促检查。**要跟踪问效。")
    assert heading_parts(doc)[1:] == [("", "1.", "**", "加强组织领导", "。**", True), ("", "2.", "**", "强化督促检查", "。**", True)]
    assert [section.children[0].text for section, depth in sections(doc) if depth == 2] == ["要抓好落实。", "要跟踪问效。"]


def test_a_bold_holding_more_than_one_sentence_after_a_marker_leaves_its_first_sentence_the_heading():
    doc = speechparse.parse(BOLD_ITEMS + "1. **加强组织领导。要抓好落实。**其他工作。\n\n2. **强化督促检查。要跟踪问效。**其他工作。")
    assert [part[2:4] for part in heading_parts(doc)[1:]] == [("**", "加强组织领导"), ("**", "强化督促检查")]


def test_bold_markup_after_a_marker_keeps_every_character_of_the_heading_line_in_order():
    text = BOLD_ITEMS + "1. **积极的情绪**：感觉这一年情绪积极。\n\n2. **加强组织领导。**要抓好落实。\n\n3. **投入**"
    assert visible(export(speechparse.parse(text), "text")) == visible(text)


def test_in_a_markdown_file_a_paragraph_holding_clauses_that_stops_mid_sentence_is_joined_to_the_next_and_no_heading():
    doc = speechparse.parse(YAML + "我们的党是在斗争中成长起来的。\n\n十七年来，我们的党，一般地已经学会了使用马克思列宁\n\n"
                            "主义的思想斗争的武器，从两方面反对党内的错误思想。\n\n这是我们的重要经验。")
    assert list(sections(doc)) == []
    assert [node.text for node in doc.body][1] == "十七年来，我们的党，一般地已经学会了使用马克思列宁主义的思想斗争的武器，从两方面反对党内的错误思想。"


def test_in_a_markdown_file_a_bulleted_point_ending_without_a_stop_is_not_joined_to_the_next_paragraph():
    doc = speechparse.parse(YAML + "■ 山海寻梦，不觉其远；前路迢迢，阔步而行，把宏伟愿景变成美好现实\n\n新华社北京12月31日电 新年前夕，国家主席发表新年贺词。")
    assert doc.joins == ()


@pytest.mark.parametrize("paragraph", ["**坚持创新驱动，加快动能转换，产业结构持续优化**", "> 他说，我们要坚持，一定能成功",
                                       "- 坚持党的领导，加强组织建设，提升能力", "参加人员：各部门负责人，工会委员，职工代表"])
def test_in_a_markdown_file_marked_up_or_listed_lines_holding_commas_are_not_joined_across_a_blank_line(paragraph):
    doc = speechparse.parse(YAML + paragraph + "\n\n全年高新技术企业达到一千家，增长百分之十。")
    assert doc.joins == ()


def test_pipes_dollars_and_carets_are_escaped_so_pandocs_markdown_reader_reads_no_table_math_or_superscript():
    doc = speechparse.parse("讲话\n\n同志们：\n\n指标 | 数值 |\n\n成本降低$5$元，指数^2^与@引用。\n")
    assert export(doc, "md").endswith("指标 \\| 数值 \\|\n\n成本降低\\$5\\$元，指数\\^2\\^与@引用。\n")


@pytest.mark.parametrize("line", ["#两会# 代表委员热议", "##青银的出#大集#文会毛远新在市地委书记会议"])
def test_a_hashtag_or_a_scans_noise_opening_a_line_is_no_markdown_heading(line):
    doc = speechparse.parse("\n".join([line, "召集人会上的讲话记录", "（一九七五年十二月二日）", "这次找各市地领导同志，主要目的还是打招呼。",
                                       "一、统一思想", "要认真学习。", "二、抓好落实", "要狠抓落实。"]))
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (1, "二、")]
    assert doc.meta.date == "1975-12-02"


def test_a_heading_mark_without_a_space_and_no_other_mark_on_its_line_is_still_a_heading():
    doc = speechparse.parse("\n".join(["#关于做好防汛工作的通知", "各区县人民政府：", "一、提高认识", "要重视。", "二、落实责任", "要落实。"]))
    assert (doc.meta.title, doc.front[0].lines) == ("关于做好防汛工作的通知", ("#关于做好防汛工作的通知",))


SETEXT = "\n".join(["在全县工作会议上的讲话", "======================", "", "同志们：", "", "今天开会。", "", "一年来的主要工作",
                    "----------------", "", "今年完成了各项任务。", "", "存在的问题，主要如下：", "----------", "", "还有一些不足。"])


def test_a_line_over_a_setext_underline_is_a_markdown_heading_of_its_level():
    doc = speechparse.parse(SETEXT)
    assert (doc.meta.title, doc.meta.salutation) == ("在全县工作会议上的讲话", "同志们")
    assert [(depth, section.heading, section.suffix) for section, depth in sections(doc)] == [
        (1, "一年来的主要工作", "----------------"), (1, "存在的问题，主要如下", "：----------")]
    assert [[node.text for node in section.children] for section, _ in sections(doc)] == [
        ["今年完成了各项任务。"], ["还有一些不足。"]]
    assert visible(speechparse.render_text(doc)) == visible(SETEXT)


def test_setext_headings_are_found_in_a_markdown_file_whose_tables_keep_its_lines_apart():
    table = ["| 时间 | 主题 |", "|------|------|", "| 十月 | 招新 |", "| 十一月 | 讲座 |", "| 十二月 | 维修 |"]
    text = "\n".join([*SUMMARY_FRONT_MATTER, "工作总结", "========", "", "我们的工作情况简表如下：", "", *table, "",
                      "工作计划", "========", "", "下半学期要办好讲座。"])
    doc = speechparse.parse(text)
    assert [(depth, section.heading) for section, depth in sections(doc)] == [(1, "工作总结"), (1, "工作计划")]


@pytest.mark.parametrize("text", ["同志们：\n\n今天开会，\n研究工作。\n----------\n\n散会。", "title: 工作总结\n---\n\n今天开会。",
                                  "同志们：\n\n| 项目 | 说明 |\n|------|------|\n\n散会。"])
def test_dashes_under_a_paragraph_of_lines_a_table_row_or_a_front_matter_field_make_no_setext_heading(text):
    assert list(sections(speechparse.parse(text))) == []


def test_a_markdown_heading_a_level_deeper_nests_inside_the_heading_above_it():
    text = "\n\n".join(["# 在全县会议上的讲话", "同志们：", "## 工作总结", "内容一。", "### 人事变动", "内容二。", "#### 新任干事",
                        "内容三。", "## 工作计划", "内容四。"])
    assert [(depth, section.heading) for section, depth in sections(speechparse.parse(text))] == [
        (1, "工作总结"), (2, "人事变动"), (3, "新任干事"), (1, "工作计划")]


def test_level_one_headings_under_a_declared_title_hold_the_level_two_ones_under_them():
    text = "\n".join([*SUMMARY_FRONT_MATTER, "# 工作总结", "", "内容一。", "", "人事变动如下：", "----------", "", "内容二。", "",
                      "工作计划", "========", "", "内容三。"])
    assert [(depth, section.heading) for section, depth in sections(speechparse.parse(text))] == [
        (1, "工作总结"), (2, "人事变动如下"), (1, "工作计划")]


@pytest.mark.parametrize("attributes", ["{#part1}", "{.unnumbered}", "{#sec-3 .class key=value}"])
def test_a_markdown_headings_attributes_after_its_text_are_markup_in_its_suffix(attributes):
    text = f"# 学习心得\n\n同志们：\n\n## 一、深化理论武装，筑牢思想根基 {attributes}\n\n内容一。\n\n## 二、坚持党的领导\n\n内容二。"
    doc = speechparse.parse(text)
    assert [(section.heading, section.suffix) for section, _ in sections(doc)] == [
        ("深化理论武装，筑牢思想根基", f" {attributes}"), ("坚持党的领导", "")]
    assert visible(speechparse.render_text(doc)) == visible(text)


def test_braces_ending_a_line_that_is_no_markdown_heading_stay_its_text():
    doc = speechparse.parse("同志们：\n\n各部门要抓好落实{#part1}。\n\n内容一。")
    assert [node.text for node in doc.body] == ["各部门要抓好落实{#part1}。", "内容一。"]


def test_markdown_headings_holding_a_speakers_label_alone_in_a_transcript_are_its_turns_no_sections():
    turns = ["### 彭啟明：", "各位伙伴大家午安，大家好。我是這一場的主持人。", "### 唐鳳：", "謝謝彭會長達人的介紹。", "### 唐鳳：",
             "今天的演講結構大概是這樣，我會分兩個部分。", "### 提問：", "請問開放資料要怎麼開始？", "### 唐鳳：", "從主動公開開始。"]
    doc = speechparse.parse("\n\n".join(["# 演講：開放資料", *turns]))
    assert list(sections(doc)) == []
    assert [node.text for node in doc.body][:2] == ["### 彭啟明：", "各位伙伴大家午安，大家好。我是這一場的主持人。"]


def test_two_markdown_headings_naming_speakers_are_too_few_to_make_a_transcript():
    doc = speechparse.parse("\n\n".join(["# 座谈会纪要", "## 王晓峰：", "要抓好落实。", "## 李丽：", "要加强协调。"]))
    assert [section.heading for section, _ in sections(doc)] == ["王晓峰", "李丽"]


@pytest.mark.parametrize(("heading", "title", "date", "date_text"), [
    ("# 2015-08-23 演講：開放 ^ 資料", "演講：開放 ^ 資料", "2015-08-23", "2015-08-23"),
    ("# 2019年1月17日 在全县工作会议上的讲话", "在全县工作会议上的讲话", "2019-01-17", "2019年1月17日")])
def test_a_level_one_heading_opening_with_its_date_gives_the_date_and_the_title(heading, title, date, date_text):
    doc = speechparse.parse("\n\n".join([heading, "各位伙伴：", "今天講開放資料。"]))
    assert (doc.meta.title, doc.meta.date, doc.meta.date_text) == (title, date, date_text)
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][:2] == [("Note", "chrome"), ("Title", None)]


def test_a_date_opening_a_level_one_heading_that_goes_on_with_a_sentence_is_no_title_date():
    doc = speechparse.parse("\n\n".join(["# 2019年1月17日 全县召开工作会议。", "同志们：", "今天开会。"]))
    assert (doc.meta.title, doc.meta.date) == (None, "2019-01-17")
    assert [type(node).__name__ for node in doc.front] == ["DateLine", "Salutation"]
