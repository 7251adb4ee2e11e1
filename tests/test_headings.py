"""Heading markers, run-in enumerators, levels from the document, and false-positive guards."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.ast import Paragraph, Section, sections
from speechparse.grammar import patterns
from speechparse.lexer import headings, inline
from speechparse.lexer.inline import find_items
from speechparse.lexer.units import Unit
from speechparse.readers.base import RawBlock

BODY = "要坚持稳中求进工作总基调，推动高质量发展。"


def outline(*paragraphs: str) -> list[tuple[int, str, str, int | None, str]]:
    doc = speechparse.parse("\n\n".join(paragraphs))
    return [(depth, s.family, s.marker, s.number, s.heading) for s, depth in sections(doc)]


@pytest.mark.parametrize(
    ("first", "second", "family", "markers"),
    [
        ("一、总体要求", "二、重点任务", "cn", ("一、", "二、")),
        ("一.总体要求", "二.重点任务", "cn", ("一.", "二.")),
        ("一，总体要求", "二，重点任务", "cn", ("一，", "二，")),
        ("一 总体要求", "二 重点任务", "cn", ("一 ", "二 ")),
        ("（一）总体要求", "（二）重点任务", "cn-paren", ("（一）", "（二）")),
        ("(一)总体要求", "(二)重点任务", "cn-paren", ("(一)", "(二)")),
        ("1.总体要求", "2.重点任务", "arabic", ("1.", "2.")),
        ("1、总体要求", "2、重点任务", "arabic", ("1、", "2、")),
        ("1．总体要求", "2．重点任务", "arabic", ("1．", "2．")),
        ("（1）总体要求", "（2）重点任务", "arabic-paren", ("（1）", "（2）")),
        ("(1)总体要求", "(2)重点任务", "arabic-paren", ("(1)", "(2)")),
        ("1）总体要求", "2）重点任务", "arabic-paren", ("1）", "2）")),
        ("一）总体要求", "二）重点任务", "cn-paren", ("一）", "二）")),
        ("①总体要求", "②重点任务", "circled", ("①", "②")),
        ("第一部分 总体要求", "第二部分 重点任务", "part", ("第一部分", "第二部分")),
        ("第一章 总体要求", "第二章 重点任务", "part", ("第一章", "第二章")),
        ("第一个问题：总体要求", "第二个问题：重点任务", "part", ("第一个问题：", "第二个问题：")),
    ],
)
def test_division_marker_families(first, second, family, markers):
    assert outline(first, BODY, second, BODY) == [
        (1, family, markers[0], 1, "总体要求"),
        (1, family, markers[1], 2, "重点任务"),
    ]


def test_numbers_above_ten():
    paragraphs = []
    for marker in ("九、", "十、", "十一、", "二十、"):
        paragraphs += [marker + "工作", BODY]
    assert [(m, n) for _, _, m, n, _ in outline(*paragraphs)] == [("九、", 9), ("十、", 10), ("十一、", 11), ("二十、", 20)]


@pytest.mark.parametrize("heading", ["七十年栉风沐雨", "三年来的工作回顾", "十年来的主要成就", "五年规划的开局"])
def test_a_heading_may_open_with_a_numeral(heading: str):
    assert outline("同志们：", f"一、{heading}", BODY, "二、重点任务", BODY) == [
        (1, "cn", "一、", 1, heading), (1, "cn", "二、", 2, "重点任务")]


@pytest.mark.parametrize("heading", ["三个真问题", "三条建议", "二十大精神的主要内容", "三中全会以来的工作", "四个全面", "二次政党轮替的历史意义"])
def test_a_heading_may_open_with_the_next_numeral_counting_what_it_is_about(heading: str):
    first = heading[0]  # 一、二十大…, 二、三个真问题: the numeral after the delimiter is the next one
    marker = "一二三四五六七八九"["二三四五六七八九十".index(first)] + "、"
    number = "一二三四五六七八九".index(marker[0]) + 1
    assert outline("同志们：", f"{marker}{heading}", BODY)[0] == (1, "cn", marker, number, heading)


@pytest.mark.parametrize("paragraph", ["一、二年级学生要加强锻炼。", "二、三季度经济运行平稳。", "九、十月份是旅游旺季。",
                                       "二、三个月来，我们做了大量工作。", "三、四十岁的干部是骨干。", "一、二、三等奖各若干名。",
                                       "二、三個月內完成整改任務。", "三、四百名干部下沉到基层一线。"])
def test_two_counted_things_opening_a_paragraph_are_not_a_heading(paragraph: str):
    assert patterns()["HEAD_CN"].match(paragraph) is None  # the grammar's terminal refuses the marker
    assert outline("同志们：", "一、总体要求", paragraph, "二、重点任务", BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (1, "cn", "二、", 2, "重点任务")]


@pytest.mark.parametrize("heading", ["4×50米滩涂障碍接力", "2010年工作回顾", "3D打印产业"])
def test_an_arabic_numbered_heading_may_open_with_a_number(heading: str):
    assert outline("各单位：", f"1、{heading}", BODY, "2、滩涂套缆绳", BODY) == [
        (1, "arabic", "1、", 1, heading), (1, "arabic", "2、", 2, "滩涂套缆绳")]


@pytest.mark.parametrize("paragraph", ["1、2月份，全市规模以上工业增加值增长5.2%。", "1、2、3号楼已经完工。", "1、2至3个工作日内办结。"])
def test_two_arabic_numbers_listed_or_a_span_of_months_opening_a_paragraph_are_not_a_heading(paragraph: str):
    assert patterns()["HEAD_AR"].match(paragraph) is None  # the grammar's terminal refuses the marker


def test_a_councils_numbered_question_opening_with_the_members_turn_to_the_chair_is_no_heading():
    doc = speechparse.parse("\n\n".join([
        "向拖網漁船船東提供援助", "2. 林健鋒議員：主席，禁止在香港水域進行拖網捕魚的法例已生效。就此，政府可否告知本會：",
        "食物及衞生局局長：主席，現就質詢的各部分答覆如下：", "(一) 上訴委員會的主要職權範圍在於確定申請人的資格。" + BODY,
        "(二) 工作小組在決定申請人的資格時有清晰準則。" + BODY]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "(一)"), (1, "(二)")]


INDENTED_REPORT = [" 香港有完善的制度及法治環境，有開放和公平競爭的傳統。", "金融業", " 金融服務業在香港直接創造23萬個就業職位。",
                   " 我於去年的施政報告宣布成立金發局。", "貿易", " 香港對外的經貿聯繫十分重要。", " 政府會考慮增設經貿辦。", "扶貧",
                   " 政府重設扶貧委員會。"]


def test_a_short_title_at_the_margin_is_a_heading_in_a_text_that_indents_its_paragraphs():
    doc = speechparse.parse("\n".join(["施政報告", *INDENTED_REPORT]))
    assert [(s.family, s.heading) for s, _ in sections(doc)] == [("plain", "金融業"), ("plain", "貿易"), ("plain", "扶貧")]


def test_a_short_line_is_no_title_in_a_text_that_does_not_indent_its_paragraphs():
    doc = speechparse.parse("\n".join(["施政報告", *(line.strip() for line in INDENTED_REPORT)]))
    assert list(sections(doc)) == []


def test_bare_numeral_alone_on_its_line_is_a_heading_in_a_series():
    assert outline("一", BODY, "二", BODY) == [(1, "cn", "一", 1, ""), (1, "cn", "二", 2, "")]


def test_a_bare_numeral_after_a_heading_with_its_delimiter_is_the_next_heading_of_its_series():
    assert outline("一、总体要求", BODY, "二", "团结协作，形成合力。" + BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (1, "cn", "二", 2, "")]


def test_a_bare_numeral_alone_on_its_line_in_blank_line_text_is_a_block_of_its_own():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "二\n团结协作，形成合力。", BODY]))
    assert [(section.marker, [child.text for child in section.children]) for section, _ in sections(doc)][1] == (
        "二", ["团结协作，形成合力。", BODY])


def test_a_bare_numeral_that_continues_no_series_stays_text():
    doc = speechparse.parse("\n".join(["同志们：", BODY, "二", "团结协作，形成合力。"]))
    assert list(sections(doc)) == []
    assert [node.text for node in doc.body if isinstance(node, Paragraph)][-1] == "二团结协作，形成合力。"


def test_a_heading_whose_delimiter_slipped_to_a_comma_goes_on_the_series_around_it():
    assert outline("一、总体要求", BODY, "二，重点任务", BODY, "三、保障措施", BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (1, "cn", "二，", 2, "重点任务"), (1, "cn", "三、", 3, "保障措施")]


def test_a_first_heading_whose_delimiter_slipped_opens_the_series_its_next_heading_goes_on():
    assert outline("一, 过去五年工作回顾", BODY, "二、今年的工作", BODY) == [
        (1, "cn", "一,", 1, "过去五年工作回顾"), (1, "cn", "二、", 2, "今年的工作")]


def test_an_arabic_heading_whose_delimiter_slipped_is_a_run_in_heading_of_its_series():
    assert outline("一、总体要求", BODY, "1,着力破除依赖思想。" + BODY, "2、要有拼劲。" + BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (2, "arabic", "1,", 1, "着力破除依赖思想"), (2, "arabic", "2、", 2, "要有拼劲")]


def test_a_comma_after_a_numeral_that_continues_no_series_stays_text():
    assert outline("一、总体要求", BODY, "三，我们还要继续努力。", BODY) == [(1, "cn", "一、", 1, "总体要求")]


@pytest.mark.parametrize("dash", ["-", "－", "—"])
def test_a_scanned_dash_for_one_in_brackets_opens_the_series_its_next_heading_goes_on(dash: str):
    assert outline("一、总体要求", BODY, f"（{dash}）加强学习", BODY, "（二）推动落实", BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (2, "cn-paren", f"（{dash}）", 1, "加强学习"), (2, "cn-paren", "（二）", 2, "推动落实")]


def test_a_bracketed_dash_that_opens_no_series_stays_text():
    assert outline("一、总体要求", BODY, "（-）表示数据暂缺。", BODY) == [(1, "cn", "一、", 1, "总体要求")]


def test_markdown_heading_marks_are_kept_as_prefix():
    doc = speechparse.parse("## 一\n\n" + BODY + "\n\n## 结束语\n\n" + BODY)
    top = [node for node in doc.body if isinstance(node, Section)]
    assert [(s.prefix, s.marker, s.heading, s.family) for s in top] == [
        ("## ", "一", "", "cn"),
        ("## ", "", "结束语", "plain"),
    ]


@pytest.mark.parametrize("repeat", ["## 个人成长", "个人成长"])
def test_a_heading_repeated_under_itself_without_its_number_is_text_under_it(repeat):
    doc = speechparse.parse("\n\n".join(["## 一、工作回顾", "今年共完成项目8个。", "## 二、个人成长", repeat,
                                         "通过参加各项活动，个人综合素质有了新的提高。", "## 三、明年规划", "坚持学习。"]))
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [("一、", "工作回顾"), ("二、", "个人成长"), ("三、", "明年规划")]
    assert [node.text for node in doc.body[1].children] == [repeat, "通过参加各项活动，个人综合素质有了新的提高。"]


@pytest.mark.parametrize(
    ("items", "family"),
    [(("一要", "二要", "三要"), "verb"), (("一是", "二是", "三是"), "verb"), (("一抓", "二抓", "三抓"), "verb"),
     (("第一，", "第二，", "第三，"), "ordinal"), (("其一，", "其二，", "其三，"), "ordinal"),
     (("第一，", "第二个，", "第三，"), "ordinal"), (("第一条经验是：", "第二条经验是：", "第三条经验是："), "ordinal"),
     (("一是、", "二是、", "三是、"), "verb"), (("首先，", "其次，", "最后，"), "sequence"),
     (("首先，", "其次，", "其次，"), "sequence")],  # (a slip: the second 其次 is the third point)
)
def test_run_in_items_each_opening_a_paragraph_are_headings_with_their_lead_sentence(items, family):
    paragraphs = [f"{marker}加强组织领导{n}。{BODY}" for n, marker in enumerate(items)]
    assert outline(*paragraphs) == [
        (1, family, marker, n + 1, f"加强组织领导{n}") for n, marker in enumerate(items)
    ]


@pytest.mark.parametrize(("lead", "heading", "suffix"), [
    ("一、加强学习（这一点尤其重要！）。", "加强学习（这一点尤其重要！）", "。"),
    ("一、坚持“要团结，不要分裂；要光明正大，不要搞阴谋诡计。”", "坚持“要团结，不要分裂；要光明正大，不要搞阴谋诡计", "。”")])
def test_a_run_in_headings_lead_sentence_goes_on_past_a_sentence_end_inside_brackets_or_a_quotation(lead, heading, suffix):
    doc = speechparse.parse(f"{lead}各单位要抓好落实。\n\n二、狠抓落实。各单位要抓好落实。")
    first = doc.body[0]
    assert (first.heading, first.suffix, [node.text for node in first.children]) == (heading, suffix, ["各单位要抓好落实。"])


def test_a_bracket_never_closed_does_not_carry_a_lead_sentence_past_its_end():
    doc = speechparse.parse("一、加强学习（略。各单位要抓好落实。\n\n二、狠抓落实。各单位要抓好落实。")
    assert (doc.body[0].heading, doc.body[0].suffix) == ("加强学习（略", "。")




def test_a_quotation_never_closed_does_not_carry_a_lead_sentence_past_its_end():
    doc = speechparse.parse("一、坚持“团结；各单位要抓好落实。\n\n二、狠抓落实。各单位要抓好落实。")
    assert (doc.body[0].heading, doc.body[0].suffix) == ("坚持“团结", "；")


def test_run_in_heading_keeps_its_body_as_the_first_child():
    doc = speechparse.parse(f"一要坚持学习。{BODY}\n\n二要坚持实践。{BODY}")
    first = doc.body[0]
    assert (first.run_in, first.heading, first.suffix) == (True, "坚持学习", "。")
    assert first.children == (Paragraph(first.children[0].span, BODY),)


def test_a_lead_sentence_ending_inside_a_quotation_keeps_the_closing_quote_in_its_final_punctuation():
    doc = speechparse.parse("一、坚持学习，总书记强调：“学习是成长进步的阶梯。”我们要认真学习。\n\n二、坚持实干。" + BODY)
    first = doc.body[0]
    assert (first.run_in, first.heading, first.suffix) == (True, "坚持学习，总书记强调：“学习是成长进步的阶梯", "。”")
    assert [child.text for child in first.children] == ["我们要认真学习。"]


def test_a_heading_line_ending_with_a_quotation_has_no_body_paragraph_of_its_closing_quote():
    doc = speechparse.parse("一、牢记“空谈误国，实干兴邦。”\n\n" + BODY + "\n\n二、坚持实干。\n\n" + BODY)
    first = doc.body[0]
    assert (first.run_in, first.heading, first.suffix) == (False, "牢记“空谈误国，实干兴邦", "。”")
    assert [child.text for child in first.children] == [BODY]


def test_yi_yao_items_under_er_are_level_two_and_yi_then_arabic_is_fine():
    assert outline("一、总体要求", BODY, "1.第一项", BODY, "2.第二项", BODY,
                   "二、重点任务", BODY, "一要学习。" + BODY, "二要实践。" + BODY) == [
        (1, "cn", "一、", 1, "总体要求"),
        (2, "arabic", "1.", 1, "第一项"),
        (2, "arabic", "2.", 2, "第二项"),
        (1, "cn", "二、", 2, "重点任务"),
        (2, "verb", "一要", 1, "学习"),
        (2, "verb", "二要", 2, "实践"),
    ]


def test_four_levels_follow_the_order_families_first_appear():
    depths = [d for d, *_ in outline("一、甲", BODY, "（一）乙", BODY, "1.丙", BODY, "（1）丁", BODY,
                                       "（2）戊", BODY, "2.己", BODY, "（二）庚", BODY, "二、辛", BODY)]
    assert depths == [1, 2, 3, 4, 4, 3, 2, 1]


def test_levels_come_from_the_document_not_a_fixed_table():
    # a document that nests （一） under 1. keeps that order
    assert [d for d, *_ in outline("1.甲", BODY, "（一）乙", BODY, "（二）丙", BODY, "2.丁", BODY)] == [1, 2, 2, 1]


def test_division_markers_rank_above_run_in_items_that_appeared_first():
    result = outline("第一，开头。" + BODY, "第二，再说。" + BODY, "一、总体要求", BODY, "二、重点任务", BODY)
    assert [(d, f) for d, f, *_ in result] == [(1, "ordinal"), (1, "ordinal"), (1, "cn"), (1, "cn")]


def test_two_series_of_the_same_kind_are_siblings():
    result = outline("一是甲。" + BODY, "二是乙。" + BODY, "过渡段落：", "一要丙。" + BODY, "二要丁。" + BODY)
    assert [d for d, *_ in result] == [1, 1, 1, 1]


def test_an_inner_series_nests_under_an_outer_item_of_another_kind():
    result = outline("一、总", BODY, "第一，甲。" + BODY, "第二，乙。" + BODY, "一是丙。" + BODY, "二是丁。" + BODY,
                     "第三，戊。" + BODY)
    assert [d for d, *_ in result] == [1, 2, 2, 3, 3, 2]


def test_unnumbered_heading_line_between_paragraphs():
    result = outline("开场白。" + BODY, "在工人中的宣传工作", BODY + BODY, "在知识分子中的宣传工作", BODY + BODY)
    assert result == [(1, "plain", "", None, "在工人中的宣传工作"), (1, "plain", "", None, "在知识分子中的宣传工作")]


def test_an_unnumbered_heading_line_right_after_the_salutation_titles_the_first_part():
    result = outline("在全县工作会议上的讲话", "同志们：", "过去一年工作回顾", BODY + BODY, "今年的主要任务", BODY + BODY)
    assert result == [(1, "plain", "", None, "过去一年工作回顾"), (1, "plain", "", None, "今年的主要任务")]
    result = outline("就職演說", "各位貴賓、全體國人同胞，大家好", "感謝與承擔", BODY + BODY, "打造更好的國家", BODY + BODY)
    assert result == [(1, "plain", "", None, "感謝與承擔"), (1, "plain", "", None, "打造更好的國家")]


@pytest.mark.parametrize("first_line", ["今天召开全县经济工作会议", "刚才几位同志作了很好的发言", "受县人民政府委托"])
def test_a_short_line_after_the_salutation_that_opens_the_first_sentence_is_no_heading(first_line):
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "同志们：", first_line, "主要任务是总结工作。" + BODY, BODY]))
    assert not any(isinstance(node, Section) for node in doc.body)
    assert doc.body[0].text.startswith(first_line + "主要任务是")  # the sentence joined again


@pytest.mark.parametrize("address", ["同志们！", "各位代表：", "同志们、朋友们！"])
def test_a_parts_title_over_its_audience_addressed_again_is_a_heading_not_joined_to_the_address(address):
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "同志们：", BODY, "形势和任务", address, BODY + BODY,
                                         "今后的工作", BODY + BODY]))
    assert doc.joins == ()
    assert [(section.heading, type(section.children[0]).__name__) for section in doc.body if isinstance(section, Section)] \
        == [("形势和任务", "Salutation" if address.endswith("：") else "Paragraph"), ("今后的工作", "Paragraph")]


PAIRED = ["突出重点，做好工作", "同志们：", "这次会议开得很好。现在讲以下几个问题。", "为什么要突出重点，用重点带动全局",
          "突出重点，是我们做好各项工作的基本方法。抓住了重点，全局就活了。", "怎样抓好工作落实",
          "抓落实，关键在县委。县委书记要下乡蹲点，同群众商量办事。", "工作方法问题", "县委要实行集体领导下的分工负责制。"]


def test_a_line_of_two_phrases_parted_by_a_comma_is_a_title_where_the_other_parts_have_titles_in_its_place():
    doc = speechparse.parse("\n\n".join(PAIRED))
    assert [(depth, section.heading) for section, depth in sections(doc)] == [
        (1, "为什么要突出重点，用重点带动全局"), (1, "怎样抓好工作落实"), (1, "工作方法问题")]
    assert doc.joins == ()


def test_a_line_of_two_phrases_parted_by_a_comma_without_such_titles_around_it_is_a_sentence_broken_off():
    doc = speechparse.parse("\n\n".join(PAIRED[:5]))
    assert list(sections(doc)) == []


@pytest.mark.parametrize("line", ["2026年，全市财政部门将坚决扛起政治责任与使命", "为此，我们要做好以下几项工作"])
def test_a_line_whose_comma_parts_unequal_words_is_no_such_title(line):
    doc = speechparse.parse("\n\n".join([*PAIRED[:3], line, *PAIRED[4:]]))
    assert [section.heading for section, _ in sections(doc)] == ["怎样抓好工作落实", "工作方法问题"]


def test_a_line_of_two_phrases_right_under_a_heading_is_its_deck_not_a_title():
    doc = speechparse.parse("\n\n".join([*PAIRED[:3], "壮大县域经济", "因县施策差异发展，不同赛道争先进位", *PAIRED[4:]]))
    assert [section.heading for section, _ in sections(doc)] == ["壮大县域经济", "怎样抓好工作落实", "工作方法问题"]


@pytest.mark.parametrize("opening", ["前言", "前  言", "引言", "概述"])
def test_the_title_of_the_opening_part_right_under_the_front_is_a_heading_beside_the_divisions(opening):
    result = outline("新时代的中国国家安全", "（2025年5月）", opening, "国之大者，安全为要。" + BODY, "一、总体情况", BODY,
                     "（一）形势", BODY, "结束语", BODY)
    assert [(depth, marker, heading) for depth, _, marker, _, heading in result] == [
        (1, "", opening.replace("  ", " ")), (1, "一、", "总体情况"), (2, "（一）", "形势"), (1, "", "结束语")]


@pytest.mark.parametrize("opening", ["前言", "前  言", "引言", "概述"])
def test_a_text_without_a_title_opening_with_its_opening_parts_title_has_that_part_beside_the_divisions(opening):
    doc = speechparse.parse("\n\n".join([opening, "国之大者，安全为要。" + BODY, "一、总体情况", BODY, "二、主要任务", BODY]))
    assert (doc.meta.title, doc.front) == (None, ())
    assert [(section.marker, section.heading) for section in doc.body] == [
        ("", opening.replace("  ", " ")), ("一、", "总体情况"), ("二、", "主要任务")]


def test_a_text_opening_with_an_opening_parts_title_and_no_numbered_series_keeps_it_as_its_title():
    doc = speechparse.parse("\n\n".join(["前言", "本书收录了作者近年来的讲话。", "编者"]))
    assert doc.meta.title == "前言"


def test_parts_chapters_and_sections_nest_by_their_unit():
    result = outline("第一篇  总论", BODY, "第一章  发展环境", BODY, "第一节  主要成就", BODY, "第二节  面临形势", BODY,
                     "第二章  指导方针", BODY, "第二篇  产业体系", BODY, "第三章  传统产业", BODY)
    assert [(depth, marker) for depth, _, marker, _, _ in result] == [
        (1, "第一篇"), (2, "第一章"), (3, "第一节"), (3, "第二节"), (2, "第二章"), (1, "第二篇"), (2, "第三章")]


def test_a_part_heading_ranks_by_its_unit_wherever_it_first_appears():
    result = outline("第一章  发展环境", BODY, "第二章  指导方针", BODY, "第一篇  产业体系", BODY, "第三章  传统产业", BODY)
    assert [(depth, marker) for depth, _, marker, _, _ in result] == [
        (1, "第一章"), (1, "第二章"), (1, "第一篇"), (2, "第三章")]


def test_ordinals_each_one_sentence_under_a_line_announcing_them_are_headings():
    result = outline("形势总体平稳。我强调三点：", "第一，要提高政治站位，确保群众生命财产安全。",
                     "第二，要全面排查隐患，坚决把隐患消灭在萌芽状态。", "第三，要严格落实责任，对失职渎职的严肃追责。")
    assert [(marker, number) for _, _, marker, number, _ in result] == [("第一，", 1), ("第二，", 2), ("第三，", 3)]


@pytest.mark.parametrize("title", ["中国经济面临的机遇与挑战", "未来五年，中国经济的10大趋势"])
def test_a_short_line_over_the_numbered_series_it_opens_is_a_heading_over_it(title):
    result = outline("开场白。" + BODY, title, "1．机遇", BODY + BODY, "2．挑战", BODY + BODY)
    assert [(depth, marker, heading) for depth, _, marker, _, heading in result] == [
        (1, "", title), (2, "1．", "机遇"), (2, "2．", "挑战")]


def test_a_line_with_a_comma_over_body_text_is_no_heading():
    assert outline("开场白。" + BODY, "大国竞争，拼谁能咬住", BODY + BODY, "1．机遇", BODY + BODY, "2．挑战", BODY) == [
        (1, "arabic", "1．", 1, "机遇"), (1, "arabic", "2．", 2, "挑战")]


def test_a_numbered_question_over_its_answer_is_a_heading_whole():
    doc = speechparse.parse("\n\n".join([
        "有关部门负责人答记者问", "一、白皮书的背景是什么？", "答：当前，世界之变正以前所未有的方式展开。",
        "二、近日，中美会谈取得进展。中国如何看待中美关系？", "答：中国始终按照相互尊重的原则处理中美关系。"]))
    assert [(section.heading, section.suffix, section.children[0].text[:2]) for section, _ in sections(doc)] == [
        ("白皮书的背景是什么", "？", "答："), ("近日，中美会谈取得进展。中国如何看待中美关系", "？", "答：")]


def test_an_appendix_with_its_title_heads_the_lists_under_it_and_the_works_listed_one_per_line_are_no_headings():
    result = outline("开场白。" + BODY, "结束语", BODY, "附录1：中国参加的军控、裁军和防扩散相关条约", "（截至2025年11月）",
                     "一、核领域", "《不扩散核武器条约》", "《全面禁止核试验条约》", "《核安全公约》", "二、生物领域",
                     "《禁止生物武器公约》", "《日内瓦议定书》")
    assert [(depth, marker, heading) for depth, _, marker, _, heading in result] == [
        (1, "", "结束语"), (1, "", "附录1：中国参加的军控、裁军和防扩散相关条约"), (2, "一、", "核领域"), (2, "二、", "生物领域")]


@pytest.mark.parametrize("byline", ["本报记者  周  欢", "校长 徐扬生"])
def test_an_office_and_a_name_on_a_line_of_their_own_in_the_body_are_no_heading(byline):
    assert outline("开场白。" + BODY, byline, BODY + BODY) == []


def test_titles_that_read_like_sentences_rank_under_the_titles_that_are_phrases():
    def titled(title: str, *paragraphs: str) -> str:  # set off by wide spacing, as a printed report's titles are
        return f"\n\n\n\n{title}\n\n\n" + "\n\n".join(paragraphs)

    text = (BODY,) * 4  # (most paragraphs one blank line apart)
    doc = speechparse.parse("".join([
        "各位代表：\n\n开场。" + BODY, titled("过去五年国内工作的基本总结", *text),
        titled("五年来，我国国民经济持续发展，总的形势是很好的", *text),
        titled("回顾过去五年的历程，我们获得了有益的经验", *text), titled("一、牢固树立改革的指导思想", *text),
        titled("二、坚持从实际出发", *text), titled("今后五年建设和改革的目标、方针和任务", *text)]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "过去五年国内工作的基本总结"), (2, "五年来，我国国民经济持续发展，总的形势是很好的"),
        (2, "回顾过去五年的历程，我们获得了有益的经验"), (3, "一、牢固树立改革的指导思想"), (3, "二、坚持从实际出发"),
        (1, "今后五年建设和改革的目标、方针和任务")]


def test_an_articles_title_over_its_reporters_byline_is_a_heading_and_a_bulleted_line_never_is():
    result = outline("开场白。" + BODY, "传统转型与创新育新齐头并进", "本报记者  刘温馨", BODY + BODY,
                     "■ 这一年令人难忘", BODY + BODY)
    assert [(marker, heading) for _, _, marker, _, heading in result] == [("", "传统转型与创新育新齐头并进")]


@pytest.mark.parametrize("preview", ["我讲三点意见", "下面，我讲几点意见"])
def test_a_preview_sentence_over_the_series_it_announces_is_no_heading(preview):
    result = outline("今年工作取得新成效。", preview, "一、统一思想", BODY, "二、狠抓落实", BODY)
    assert [(depth, marker) for depth, _, marker, _, _ in result] == [(1, "一、"), (1, "二、")]


def test_two_titles_with_a_comma_over_their_series_are_siblings():
    result = outline("今天谈谈对经济的一些看法。", "面临的机遇与挑战", "1．机遇", BODY, "2．挑战", BODY,
                     "未来五年，主要趋势", "1．消费升级", BODY, "2．绿色转型", BODY)
    assert [(depth, heading) for depth, _, _, _, heading in result] == [
        (1, "面临的机遇与挑战"), (2, "机遇"), (2, "挑战"), (1, "未来五年，主要趋势"), (2, "消费升级"), (2, "绿色转型")]


@pytest.mark.parametrize("title", ["校长寄语", "《民法典》的意义", "校 长 寄 语"])
def test_an_office_with_a_word_after_it_or_a_work_over_text_naming_it_is_still_a_heading(title):
    result = outline("新学期开始了。", title, "《民法典》是新中国第一部以法典命名的法律，地位重要。希望大家努力学习。")
    assert [heading for *_, heading in result] == [title]


def test_another_speakers_turn_closes_the_points_of_the_answer_before_it():
    doc = speechparse.parse("\n\n".join(["座谈纪要", "张三：请问怎么办？", "任总：第一，我认为要做好。", "第二，业务要负责任。",
                                         "第三，监控要做好。", "第四，风险要揭示。", "李四：我还有问题？", "任总：回答。"]))
    assert [type(node).__name__ for node in doc.body][-2:] == ["Paragraph", "Paragraph"]
    assert [section.marker for section, _ in sections(doc)] == ["第二，", "第三，", "第四，"]


def test_a_quotation_introduced_with_a_colon_is_no_speakers_turn():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "第一，要提高认识。" + BODY, "古人说：“非知之难，行之惟难。”知行合一。",
                                         "第二，要狠抓落实。" + BODY]))
    first = next(section for section, _ in sections(doc))
    assert first.children[-1].text.startswith("古人说")


def test_a_numbered_paragraph_going_on_with_a_list_begun_inside_the_one_above_is_no_heading():
    assert outline("问题四：本地员工是否有机会正式转华为？", "答：1、本地员工就是华为员工，本地化是必然趋势。",
                   "2、你可以写一篇文章，对本地员工队伍的管理作一些思考。", BODY + BODY) == []


def test_a_bracketed_item_going_on_with_a_list_begun_inside_the_paragraph_above_is_no_heading():
    assert outline("今天我分开三个时候来说：（一）大革命之前，所有的文学，大抵是对于种种社会状态，觉得不平，觉得痛苦。",
                   "（二）到了大革命的时代，文学没有了，没有声音了，因为大家受革命潮流的鼓荡，大家由呼喊而转入行动。",
                   BODY + BODY) == []


def test_a_footnotes_mark_cut_onto_a_paragraphs_start_is_no_heading_where_the_mark_before_stands_in_the_text():
    assert outline("同志们：", "要善于使用干部。政⑴治路线确定之后，干部就是决定的因素。", BODY, BODY,
                   "⑵在党的六届五中全会以前，我们党反对了右倾机会主义，使党获得了伟大的进步。", BODY) == []


def test_a_speeches_point_after_its_first_run_into_a_speakers_turn_stays_a_heading():
    result = outline("座谈纪要", "张三：请问怎么办？", "任总：第一，我认为要做好。", "第二，业务要负责任。", "第三，监控要做好。",
                     "第四，风险要揭示。", "李主任：我还有问题？", "任总：回答。")
    assert [(marker, number) for _, _, marker, number, _ in result] == [("第二，", 2), ("第三，", 3), ("第四，", 4)]


def test_ordinals_ending_like_clauses_one_under_the_other_are_items_of_a_list():
    result = outline("首先要处理好国家和企业的分配关系，这具有极为重要的意义：", "第一，企业与国家的分配关系用法令的形式固定下来；",
                     "第二，企业将从新增加的利润中得到较多的收益；", "第三，企业不再按行政隶属关系上交利润。", BODY + BODY)
    assert result == []


def test_an_ordinal_in_a_later_speakers_answer_does_not_go_on_a_series_begun_in_an_earlier_answer():
    result = outline("恳谈会纪要", "问题1：怎么看实体经济？", "任正非：首先要看到实体经济的根基作用。", "首先，我们要保持高质量。",
                     BODY, "问题2：下一步怎么办？", "任正非：我觉得还是要发展实体经济。", "第二，实体经济赚钱很少。", BODY,
                     "问题3：还有什么？", "任正非：没有了。")
    assert result == []


def test_a_word_before_a_colon_in_a_text_that_is_no_transcript_is_no_speakers_turn():
    result = outline("讲话", "同志们：", "第一，要提高认识。" + BODY, "任务：全年完成投资一百亿元，推动高质量发展。",
                     "第二，要狠抓落实。" + BODY, "第三，要压实责任。" + BODY)
    assert [marker for _, _, marker, _, _ in result] == ["第一，", "第二，", "第三，"]


@pytest.mark.parametrize("title", ["提升服务质量的三个方面", "讲好中国故事的几点体会"])
def test_a_title_naming_how_many_points_is_no_preview(title):
    result = outline("今天谈谈工作。", title, "1．机遇", BODY, "2．挑战", BODY)
    assert [(depth, heading) for depth, _, _, _, heading in result] == [(1, title), (2, "机遇"), (2, "挑战")]


def test_a_long_title_with_a_comma_over_its_series_stays_beside_the_title_before_it():
    result = outline("今天谈谈对经济的一些看法。", "面临的机遇与挑战", "1．机遇", BODY, "2．挑战", BODY,
                     "未来五年，中国经济发展的主要趋势和重点方向", "1．消费升级", BODY, "2．绿色转型", BODY)
    assert [depth for depth, *_ in result] == [1, 2, 2, 1, 2, 2]


def test_questions_rank_by_where_they_first_appear_under_chapters():
    result = outline("第一章  发展环境", BODY, "第一个问题：怎么看", BODY, "第二个问题：怎么办", BODY, "第二章  指导方针", BODY)
    assert [depth for depth, *_ in result] == [1, 2, 2, 1]


def test_a_full_width_numbered_paragraph_going_on_with_a_list_begun_above_is_no_heading():
    assert outline("问题四：本地员工是否有机会正式转华为？", "答：１、本地员工就是华为员工，本地化是必然趋势。",
                   "２、你可以写一篇文章，对本地员工队伍的管理作一些思考。", BODY + BODY) == []


def test_a_short_line_right_after_the_title_without_a_salutation_is_no_heading():
    assert outline("在全县工作会议上的讲话", "过去一年工作回顾", BODY + BODY) == []


def test_an_unnumbered_line_inside_a_numbered_series_ranks_with_the_divisions_under_the_series():
    result = outline("一、总体要求", "（一）稳中求进", BODY, "课程示意图", BODY + BODY, "立行课程", BODY + BODY,
                     "1.横向结构", BODY, "（二）重点任务", BODY, "二、保障措施", BODY)
    assert [(d, m, h) for d, _, m, _, h in result] == [
        (1, "一、", "总体要求"), (2, "（一）", "稳中求进"), (2, "", "课程示意图"), (2, "", "立行课程"),
        (3, "1.", "横向结构"), (2, "（二）", "重点任务"), (1, "二、", "保障措施")]


def test_sentence_like_titles_set_off_by_wide_spacing_are_headings_not_broken_paragraphs():
    title = "五年来，国民经济保持良好发展势头，经济结构战略性调整迈出重要步伐"
    paragraphs = "\n\n".join([BODY] * 4)  # paragraphs one blank line apart, titles three before and two after
    doc = speechparse.parse("\n\n\n\n".join([
        "开场。" + BODY, "一、过去五年的回顾\n\n\n" + paragraphs, title + "\n\n\n" + paragraphs,
        "五年来，外交工作开创新局面\n\n\n" + paragraphs, "（一）坚持宏观调控\n\n\n" + paragraphs,
        "二、今年的建议\n\n\n" + paragraphs]))
    assert [(depth, s.heading) for s, depth in sections(doc)] == [
        (1, "过去五年的回顾"), (2, title), (2, "五年来，外交工作开创新局面"), (2, "坚持宏观调控"), (1, "今年的建议")]
    assert doc.joins == ()


def test_a_long_sentence_like_title_set_off_by_wide_spacing_is_a_heading():
    title = "全世界各大洲的人民联合起来，结成最广泛的统一战线，就一定能够挫败帝国主义的侵略政策和战争政策，保卫住世界和平"
    paragraphs = "\n\n".join([BODY] * 4)
    doc = speechparse.parse("\n\n\n".join(["开场。" + BODY, "国际形势和我国对外工作\n\n\n" + paragraphs,
                                             title + "\n\n\n" + paragraphs]))
    assert len(title) > 50
    assert [s.heading for s, _ in sections(doc)] == ["国际形势和我国对外工作", title]


def test_unnumbered_part_titles_above_a_series_numbered_across_them_stay_on_top():
    result = outline("开场白。" + BODY, "上篇", BODY + BODY, "一、总体要求", BODY, "二、重点任务", BODY, "下篇", BODY + BODY,
                     "三、保障措施", BODY)
    assert [(d, m, h) for d, _, m, _, h in result] == [
        (1, "", "上篇"), (2, "一、", "总体要求"), (2, "二、", "重点任务"), (1, "", "下篇"), (2, "三、", "保障措施")]


def test_an_unnumbered_line_after_the_last_division_stays_on_top():
    result = outline("一、总体要求", BODY, "二、重点任务", BODY, "结束语", BODY + BODY)
    assert [(d, m, h) for d, _, m, _, h in result] == [(1, "一、", "总体要求"), (1, "二、", "重点任务"), (1, "", "结束语")]


@pytest.mark.parametrize("line", ["国回", "外志同", "标题"])
def test_a_line_of_fewer_than_four_characters_between_paragraphs_is_no_heading(line):
    assert outline(BODY, line, BODY, "一、总体要求", BODY, "二、重点任务", BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (1, "cn", "二、", 2, "重点任务")]


@pytest.mark.parametrize("line", ["结论", "结束语", "结尾", "附件", "下篇", "結論"])
def test_a_short_line_naming_a_part_between_paragraphs_is_a_heading(line):
    assert outline(BODY, line, BODY)[0][-1] == line


def test_inline_enumeration_stays_inside_its_paragraph():
    text = "今年重点抓好三件事：一是抓学习；二是抓落实；三是抓作风。"
    doc = speechparse.parse(text)
    assert list(sections(doc)) == []
    paragraph = doc.body[0]
    assert [(i.marker, i.number, text[i.start:i.end]) for i in paragraph.items] == [
        ("一是", 1, "一是抓学习；"),
        ("二是", 2, "二是抓落实；"),
        ("三是", 3, "三是抓作风。"),
    ]


def test_a_sequence_word_repeated_in_an_inline_enumeration_is_the_next_item():
    text = "我讲三点。首先，要学习；其次，要思考；其次，要实践。"
    paragraph = speechparse.parse(text).body[0]
    assert [(i.marker, i.number, text[i.start:i.end]) for i in paragraph.items] == [
        ("首先，", 1, "首先，要学习；"),
        ("其次，", 2, "其次，要思考；"),
        ("其次，", 3, "其次，要实践。"),
    ]


def test_a_single_run_in_paragraph_is_not_a_heading():
    assert outline("首先，我代表大会表示祝贺。" + BODY, BODY) == []


def test_numbered_lines_ending_like_clauses_are_list_items_not_headings():
    doc = speechparse.parse("主要措施是：\n\n1.加强学习；\n\n2.改进作风；\n\n3.狠抓落实。")
    assert list(sections(doc)) == []
    assert [p.items[0].marker for p in doc.body[1:3]] == ["1.", "2."]


def test_numbered_lines_ending_like_clauses_with_text_of_their_own_under_them_are_headings():
    result = outline("四、关于激励", "1、社会保障机制是基础，公司就一定会持续发展；", BODY, BODY,
                     "2、逐步实施岗位职级循环晋升；", BODY)
    assert [(depth, marker, heading) for depth, _, marker, _, heading in result] == [
        (1, "四、", "关于激励"), (2, "1、", "社会保障机制是基础，公司就一定会持续发展"), (2, "2、", "逐步实施岗位职级循环晋升")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "统一是党的力量所在。这很重要。",
        "第一要务是发展。这很重要。",
        "三要素缺一不可。这很重要。",
        "第一书记要带头。这很重要。",
        "1.5亿元资金已经到位。这很重要。",
        "2018年是开局之年。这很重要。",
        "一些地方还存在问题。这很重要。",
        "十分重要的是坚持。这很重要。",
        "3）这是一个孤立的行。这很重要。",
    ],
)
def test_no_false_heading(paragraph):
    assert outline(paragraph, paragraph, BODY) == []


def test_inline_enumeration_guards_against_words_containing_numerals():
    doc = speechparse.parse("我们要统一是非标准，坚持第一要务。")
    assert doc.body[0].items == ()


INLINE_MARKERS = ["一是", "二是", "三是", "一要", "二要", "第一，", "第二，", "其一，", "其二，", "（一）", "（二）", "（两）",
                  "(1)", "（２）", "（０２）", "( 2)", "1.", "2.", "02.", "2、", "①", "②", "⑴", "⑵", "首先，", "其次，", "再次，", "最后，"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "：", "；", "。", "，", "！", "； ", "，\u3000", "?"]), st.sampled_from(INLINE_MARKERS),
                          st.sampled_from(["抓学习", "改进作风", "加强", ""])), max_size=8))
def test_the_quick_series_test_never_hides_an_inline_enumeration(parts):
    text = "".join("".join(part) for part in parts)
    assert find_items(text, patterns()) == inline.scan_items(text, patterns())


def test_a_paragraph_without_a_second_numeral_is_not_scanned_for_items():
    assert not inline.may_hold_series("今年重点抓好一件事：一是抓学习。")
    assert not inline.may_hold_series("二〇二四年，我们完成了两件大事。")
    assert inline.may_hold_series("一是抓学习；二是抓落实。")


def test_no_marker_pattern_matches_text_starting_with_a_character_outside_its_first_characters():
    tails = ["", "一、", "1.", "）", "一）", "是", "，", " ", "二要", "十、", "次，", "部分", "1）", "、标题", "先，"]
    characters = [chr(code) for code in [*range(0x20, 0x3400), *range(0x4E00, 0xA000, 61), *range(0xFF00, 0xFFF0)]]
    characters += list("一二三四五六七八九十百〇零两第其首再然最")
    found = {
        (kind, char)
        for kind, first in headings.FIRST_CHARACTERS.items()
        for char in characters
        if char not in first and not (kind in headings.SPACED_OPENING and char.isspace())
        and any(patterns()[kind].match(char + tail) for tail in tails)
    }
    assert found == set()


def test_a_paragraph_is_tried_only_against_the_kinds_its_first_character_allows():
    assert headings.kinds_starting_with("一") == ("HEAD_CNP", "HEAD_CN", "ITEM_LABEL", "ITEM_VERB")
    assert headings.kinds_starting_with("（") == ("HEAD_CNP", "HEAD_ARP")
    assert headings.kinds_starting_with("场") == ("ITEM_LABEL",)
    assert headings.kinds_starting_with("\u3000") == ("HEAD_CNP", "HEAD_ARP")


CLOSING_WORDS = "同志们，教育事业责任重大。在此，我提三点希望："


def test_a_closing_address_followed_by_run_in_items_stands_outside_the_last_section():
    doc = speechparse.parse("\n\n".join([
        "一、总体要求", "（一）加强领导", BODY, CLOSING_WORDS,
        "一是要进一步树立大局意识。" + BODY, "二是要进一步树立责任意识。" + BODY]))
    assert [type(node).__name__ for node in doc.body] == ["Section", "Paragraph", "Section", "Section"]
    assert doc.body[1].text == CLOSING_WORDS
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "一、"), (2, "（一）"), (1, "一是"), (1, "二是")]


@pytest.mark.parametrize("opening", ["总之，", "总而言之，", "综上所述，", "同志们！", "各位代表！"])
def test_a_paragraph_summing_up_run_in_items_stands_outside_the_last_one_in_their_division(opening):
    doc = speechparse.parse("\n\n".join([
        "在全区工作会议上的讲话", "同志们：", "一、狠抓落实", "一是加强学习。" + BODY, "二是推动落实。" + BODY,
        f"{opening}要把各项工作做好。", "二、加强领导", BODY]))
    first = doc.body[0]
    assert [(type(node).__name__, getattr(node, "marker", None)) for node in first.children] == [
        ("Section", "一是"), ("Section", "二是"), ("Paragraph", None)]
    assert first.children[-1].text == f"{opening}要把各项工作做好。"


def test_the_audience_addressed_inside_a_point_stays_in_it_when_the_points_go_on():
    doc = speechparse.parse("\n\n".join([
        "在全区工作会议上的讲话", "同志们：", "一、狠抓落实", "一要加强学习。" + BODY, "同志们，这一点非常重要。", "二要推动落实。" + BODY,
        "二、加强领导", BODY]))
    assert [node.text for node in doc.body[0].children[0].children][-1] == "同志们，这一点非常重要。"


def test_a_paragraph_summing_up_a_points_own_text_stays_in_it_when_the_points_go_on():
    doc = speechparse.parse("\n\n".join([
        "讲话", "同志们：", "第一点，要估计成绩。" + BODY, "第二点，统筹兼顾。" + BODY, "第三点，国际问题。在中东，出了一个事件。",
        "总之，对于国际问题的观察，我们认为还是这样。", "第四点，百花齐放。" + BODY]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "第一点，"), (1, "第二点，"), (1, "第三点，"), (1, "第四点，")]
    assert [node.text for node in doc.body[2].children] == ["在中东，出了一个事件。", "总之，对于国际问题的观察，我们认为还是这样。"]


def test_a_summing_up_paragraph_before_a_new_series_of_the_same_enumerator_still_ends_the_last_one():
    doc = speechparse.parse("\n\n".join([
        "讲话", "同志们：", "一是加强学习。" + BODY, "二是推动落实。" + BODY, "总之，要把各项工作做好。", "我再讲几点意见。",
        "一是要树立质量意识。" + BODY, "二是要树立育人意识。" + BODY]))
    assert [type(node).__name__ for node in doc.body] == ["Section", "Section", "Paragraph", "Paragraph", "Section", "Section"]


def test_a_points_own_points_counted_首先_then_第二_stand_under_it_though_the_outer_points_are_ordinals_too():
    result = outline("讲话", "同志们：", "第一点，工业问题。" + BODY, "第二点，农业问题。" + BODY, "首先，农业关系到吃饭问题。" + BODY,
                     "第二，农业也关系到城市人口。" + BODY, "第三，农业是轻工业原料的来源。" + BODY, "第三点，党的问题。" + BODY)
    assert [(depth, marker, number) for depth, _, marker, number, _ in result] == [
        (1, "第一点，", 1), (1, "第二点，", 2), (2, "首先，", 1), (2, "第二，", 2), (2, "第三，", 3), (1, "第三点，", 3)]


def test_numbered_paragraphs_with_only_a_pages_chrome_between_two_of_them_stay_headings():
    doc = speechparse.parse("\n".join([
        "讲话", "同志们：", "二、会议的主要收获", "此次会议强化了监督。", "1.强化党风廉政建设责任。要把党风廉政建设摆在重要位置。",
        "2.强化监督执纪廉政关口。要加强监督。", "3.强化教师廉洁自律意识。要加强学习。", "", "上一页 1 2 3 下一页", "",
        "4.强化推进转作风树形象。要转变作风。", "三、下一步", "要干。"]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [
        (1, "二、"), (2, "1."), (2, "2."), (2, "3."), (2, "4."), (1, "三、")]


def test_a_summing_up_paragraph_inside_a_division_without_run_in_items_stays_in_it():
    doc = speechparse.parse("\n\n".join(["一、狠抓落实", "（一）加强学习", BODY, "总之，要学。", "（二）推动落实", BODY]))
    assert [node.text for node in doc.body[0].children[0].children] == [BODY, "总之，要学。"]


def test_an_address_to_the_audience_inside_a_part_that_continues_stays_in_its_section():
    assert [(depth, marker) for depth, _, marker, _, _ in outline(
        "一、总体要求", "（一）加强领导", CLOSING_WORDS, "一是要树立大局意识。" + BODY, "二是要树立责任意识。" + BODY,
        "（二）狠抓落实", BODY)] == [(1, "一、"), (2, "（一）"), (3, "一是"), (3, "二是"), (2, "（二）")]


def test_an_address_to_the_audience_between_two_series_of_run_in_items_makes_them_siblings():
    result = outline("开场。" + BODY, "一是甲。" + BODY, "二是乙。" + BODY, "同志们！", "这里，我强调几点。",
                     "第一，丙。" + BODY, "第二，丁。" + BODY)
    assert [(d, m) for d, _, m, *_ in result] == [(1, "一是"), (1, "二是"), (1, "第一，"), (1, "第二，")]


def test_a_series_of_run_in_items_after_the_last_item_of_another_without_an_address_nests_in_it():
    result = outline("开场。" + BODY, "首先是甲。" + BODY, "其次是乙。" + BODY, "有以下特征：", "一是丙。" + BODY,
                     "二是丁。" + BODY)
    assert [(d, m) for d, _, m, *_ in result] == [(1, "首先是"), (1, "其次是"), (2, "一是"), (2, "二是")]


def test_unnumbered_lines_between_two_bracketed_divisions_are_their_subsections():
    result = outline("开场。" + BODY, "（一）一九五七年的胜利", BODY, "先说工业战线上的情况", BODY + BODY,
                     "以下再说农业战线上的情况", BODY + BODY, "（二）争取新跃进", BODY)
    assert [(d, m) for d, _, m, *_ in result] == [(1, "（一）"), (2, ""), (2, ""), (1, "（二）")]


def test_numbered_items_under_an_ordinal_heading_alone_on_its_line_nest_in_it():
    result = outline("开场。" + BODY, "（一）各部门计划", BODY, "第一、关于基本建设", BODY, "第二、关于文化教育",
                     "（1）实行半工半读的教育制度。" + BODY, "（2）广泛地举办业余学校。" + BODY, "（二）厉行节约", BODY)
    assert [(d, m) for d, _, m, *_ in result] == [
        (1, "（一）"), (2, "第一、"), (2, "第二、"), (3, "（1）"), (3, "（2）"), (1, "（二）")]


def test_markers_numbered_digit_by_digit_with_a_circle_for_zero_are_headings_with_their_numbers():
    result = outline("开场。" + BODY, *[f"（{numeral}）第{numeral}条。" + BODY for numeral in
                                      ["九", "一○", "一一", "一九", "二○"]])
    assert [(m, n) for _, _, m, n, _ in result] == [("（九）", 9), ("（一○）", 10), ("（一一）", 11), ("（一九）", 19),
                                                   ("（二○）", 20)]


def test_a_circle_alone_opening_a_line_is_no_marker():
    assert outline("开场。" + BODY, "○ 加强学习。" + BODY, "○ 改进作风。" + BODY) == []


def test_parts_titled_over_their_own_dates_are_headings_and_the_first_part_s_salutation_is_the_salutation():
    doc = speechparse.parse("\n\n".join([
        "在中国共产党全国代表会议上的讲话", "(一九五五年三月)", "开幕词", "(一九五五年三月二十一日)",
        "中国共产党全国代表会议各位代表同志们:", "同志们!我们现在是处在新的历史时期。", "结论", "(一九五五年三月三十一日)",
        "同志们:", "一 关于这次代表会议的评价", BODY, "二 关于第一个五年计划", BODY]))
    assert [(depth, s.heading) for s, depth in sections(doc)] == [
        (1, "开幕词"), (1, "结论"), (2, "关于这次代表会议的评价"), (2, "关于第一个五年计划")]
    assert (doc.meta.speaker, doc.meta.salutation) == (None, "中国共产党全国代表会议各位代表同志们")


def test_a_parts_title_over_its_date_in_brackets_on_the_next_line_of_the_same_block_is_still_a_heading():
    doc = speechparse.parse("\n\n".join([
        "# 在中国共产党全国代表会议上的讲话", "（一九五五年三月）", "开幕词\n（一九五五年三月二十一日）",
        "　　中国共产党全国代表会议各位代表同志们：", "　　同志们！我们现在是处在新的历史时期。", "结论\n（一九五五年三月三十一日）",
        "　　同志们：", "　　一　关于这次代表会议的评价", "　　" + BODY, "　　二　关于第一个五年计划", "　　" + BODY]))
    assert [(depth, s.heading) for s, depth in sections(doc)] == [
        (1, "开幕词"), (1, "结论"), (2, "关于这次代表会议的评价"), (2, "关于第一个五年计划")]
    assert (doc.meta.date, doc.meta.salutation) == ("1955-03", "中国共产党全国代表会议各位代表同志们")


def test_a_division_marker_right_after_a_photo_credit_in_flattened_text_opens_a_section():
    body = "党的十八大以来，我们高度重视考古工作。" * 40
    doc = speechparse.parse("标题※习近平" + body + "习近平在山西考察。 新华社记者 鞠鹏/摄一、充分认识考古工作的重要意义。"
                            + body + "二、做好考古工作。" + body)
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [("一、", "充分认识考古工作的重要意义"), ("二、", "做好考古工作")]


@pytest.mark.parametrize(("line", "headings"), [
    ("一、主要做法及成效（一）抓好国家卫生城市复审，巩固提升城市品位。", [(1, "一、", "主要做法及成效"), (2, "（一）", "抓好国家卫生城市复审，巩固提升城市品位")]),
    ("第一部分 总体要求一、指导思想。", [(1, "第一部分", "总体要求"), (2, "一、", "指导思想")]),
    ("（二）主要任务1.加强基础设施建设。", [(1, "（二）", "主要任务"), (2, "1.", "加强基础设施建设")]),
])
def test_a_divisions_heading_with_its_first_subdivision_run_into_it_is_two_headings(line, headings):
    doc = speechparse.parse("开场。" + BODY + "\n\n" + line + BODY)
    assert [(depth, s.marker, s.heading) for s, depth in sections(doc)] == headings


@pytest.mark.parametrize("line", [
    "一、加强学习，（一）号文件要学透。",  # punctuation before the marker: no heading's short title
    "一、主要做法（二）抓好复审。",  # not the first subdivision
    "（一）加强建设，1.5万亩高标准农田。",
    "二、主动公开政府信息情况第二十条第（一）项规章本年制发22件。",  # an item a law's article is cited by
])
def test_a_marker_inside_a_headings_sentence_is_no_subdivision(line):
    doc = speechparse.parse("开场。" + BODY + "\n\n" + line + BODY)
    assert len(list(sections(doc))) == 1


def test_a_sequence_restarting_right_under_its_second_point_is_that_points_points():
    doc = speechparse.parse("\n\n".join([
        "开场。" + BODY, "首先，我想谈谈研讨的意义。", BODY, "其次，我想分享几个研讨课题。", "首先是经济发展。", BODY,
        "其次是环境保护。", BODY, "最后是民生问题。", BODY, "第三，我想提几点建议。", "首先，定期组织座谈。", BODY,
        "其次，建立共享平台。", BODY]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [
        (1, "首先，"), (1, "其次，"), (2, "首先是"), (2, "其次是"), (2, "最后是"), (1, "第三，"), (2, "首先，"), (2, "其次，")]


def test_a_last_point_written_as_the_outer_points_are_after_inner_ones_is_the_outer_series_last():
    doc = speechparse.parse("\n\n".join([
        "开场。" + BODY, "首先，要学习。", BODY, "其次，要思考几个问题。", "首先是经济问题。", BODY, "其次是环境问题。", BODY,
        "最后，要实践。", BODY]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [
        (1, "首先，"), (1, "其次，"), (2, "首先是"), (2, "其次是"), (1, "最后，")]


def test_a_sequence_restarting_after_text_under_its_second_point_is_a_new_series_beside_it():
    doc = speechparse.parse("\n\n".join([
        "开场。" + BODY, "首先，要学习。", BODY, "其次，要思考。", BODY, "首先，要实践。", BODY, "其次，要总结。", BODY]))
    assert [depth for _, depth in sections(doc)] == [1, 1, 1, 1]


@pytest.mark.parametrize("bold", ["**", "__"])
def test_a_bold_run_in_lead_is_a_heading_its_text_after_the_bold_a_paragraph(bold):
    doc = speechparse.parse("\n\n".join(["开场。" + BODY, f"{bold}（一）加强组织领导。{bold}各级党委要高度重视。",
                                         f"{bold}（二）强化督促检查。{bold}各部门要加强检查。"]))
    first = next(s for s, _ in sections(doc))
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [("（一）", "加强组织领导"), ("（二）", "强化督促检查")]
    assert (first.prefix, first.suffix, first.children[0].text) == (bold, "。" + bold, "各级党委要高度重视。")


def test_a_paragraph_opening_with_a_bold_word_stays_as_written():
    doc = speechparse.parse("开场。" + BODY + "\n\n**重要提示**：各单位要按时报送材料。")
    assert [node.text for node in doc.body] == ["开场。" + BODY, "**重要提示**：各单位要按时报送材料。"]


ITEMS = ["1.发放劳务报酬20亿元以上；扩大失业保险覆盖面（牵头单位：人社厅）。", "2.实现城镇新增就业18万人以上（牵头单位：人社厅）。",
         "3.将学生意外伤害责任保险扩大到高中阶段；增加5000个普通高中招生计划（牵头单位：教育厅）。"]


@pytest.mark.parametrize("above", [["今年要办好以下民生实事："], ["附件"], ["附件", "2026年自治区民生实事"]])
def test_numbered_sentences_under_a_colon_or_an_annexs_label_are_a_list_their_clauses_parted_by_semicolons(above):
    doc = speechparse.parse("\n\n".join(["开场。" + BODY, *above, *ITEMS]))
    assert [s.marker for s, _ in sections(doc) if s.marker[:1].isdigit()] == []


def test_a_numbered_clause_right_after_its_predecessor_kept_as_a_heading_is_a_heading_too():
    doc = speechparse.parse("\n".join(["开场。" + BODY, "（二）运动会参加办法", "1、以体育强镇为组队对象。每队可报领队1名。",
                                       "2、参赛人员收取相应费用。每名运动员限报2个项目；", "3、参加运动员必须办理人身意外伤害保险；",
                                       "4、在校学生不得参加。"]))
    assert [(s.marker, s.heading) for s, _ in sections(doc)][1:] == [
        ("1、", "以体育强镇为组队对象"), ("2、", "参赛人员收取相应费用"), ("3、", "参加运动员必须办理人身意外伤害保险"),
        ("4、", "在校学生不得参加")]


def test_numbered_clauses_under_a_heading_are_list_items():
    doc = speechparse.parse("\n".join(["开场。" + BODY, "（一）总体要求", "1、坚持稳中求进；", "2、坚持改革创新；", "3、坚持底线思维。"]))
    assert [s.marker for s, _ in sections(doc)] == ["（一）"]


def test_a_markers_opening_bracket_alone_on_its_line_is_joined_to_the_rest_of_its_heading():
    doc = speechparse.parse("\n".join(["开场。" + BODY, "（一）经济运行稳中有进。", BODY, "（二）产业发展提质增效。", BODY, "（",
                                       "三）改革开放持续深化。", BODY]))
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [
        ("（一）", "经济运行稳中有进"), ("（二）", "产业发展提质增效"), ("（三）", "改革开放持续深化")]
    assert [(join.before, join.after) for join in doc.joins] == [("（", "三）改革开放")]


def test_a_series_of_run_in_items_that_counts_two_may_skip_a_number():
    doc = speechparse.parse("\n\n".join(["开场。" + BODY, "第一条：要留心。" + BODY, "第二条：不硬写。" + BODY,
                                         "第四条：看两遍。" + BODY, "第六条：不生造。" + BODY]))
    assert [(s.marker, s.number) for s, _ in sections(doc)] == [
        ("第一条：", 1), ("第二条：", 2), ("第四条：", 4), ("第六条：", 6)]


@pytest.mark.parametrize("numbers", [("一", "三"), ("一", "二", "五")])
def test_a_run_in_item_that_skips_before_two_count_or_skips_two_numbers_ends_the_series(numbers):
    doc = speechparse.parse("\n\n".join(["开场。" + BODY, *[f"{n}要加强学习。" + BODY for n in numbers]]))
    assert [s.marker for s, _ in sections(doc)] == (["一要", "二要"] if len(numbers) == 3 else [])


def test_arabic_division_markers_after_sentences_in_text_run_together_open_sections():
    body = "我们要充分认识做好这项工作的重要意义，切实把思想统一到县委的决策部署上来。" * 3  # (300 characters and more)
    doc = speechparse.parse("在全县工作会议上的讲话 同志们：今天召开会议。下面，我讲三点意见。1、提高认识，增强责任感。" + body
                            + "2、突出重点，狠抓落实。" + body + "3、加强领导。全年完成3、4个项目。" + body)
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [
        ("1、", "提高认识，增强责任感"), ("2、", "突出重点，狠抓落实"), ("3、", "加强领导")]


def test_a_label_of_what_is_appended_is_not_joined_with_the_line_after_it():
    doc = speechparse.parse("开场。" + BODY + "\n\n附：五大文化建设工程总体要求\n\n理念文化：学校的个性首先体现在其理念文化层面。")
    assert [node.text for node in doc.body] == [
        "开场。" + BODY, "附：五大文化建设工程总体要求", "理念文化：学校的个性首先体现在其理念文化层面。"]
    assert doc.joins == ()


@pytest.mark.parametrize("line", ["2021年度述职述廉述德述法报告", "关于加强普通高等学校毕业生就业工作的通知", "主题党课讲稿"])
def test_a_line_that_names_a_document_is_not_joined_with_the_line_after_it(line):
    doc = speechparse.parse("开场。" + BODY + f"\n\n{line}\n\n孙洪亮\n\n" + BODY)  # (a name the writer signs with)
    assert speechparse.render_text(doc).split("\n\n")[:2] == ["开场。" + BODY, line]
    assert [join.before for join in doc.joins] == ["孙洪亮"]


def test_a_sentence_broken_right_after_the_name_of_a_document_is_joined_where_its_rest_opens_with_a_comma():
    broken = "各区各部门要认真组织学习全面贯彻落实本次大会的政府工作报告"
    doc = speechparse.parse("开场。" + BODY + f"\n\n{broken}\n\n，审议了计划。" + BODY)
    assert [node.text for node in doc.body] == ["开场。" + BODY, broken + "，审议了计划。" + BODY]
    assert len(doc.joins) == 1


@pytest.mark.parametrize(("chinese", "english"), [
    ("这次大会，必须在充分发扬民主、开展批评和", "Comrades: Now I am entrusted to make a report."),
    ("主持例行记者会", "Foreign Ministry Spokesperson's Regular Press Conference"),
])
def test_chinese_and_a_paragraph_in_latin_letters_after_it_are_not_joined(chinese, english):
    doc = speechparse.parse("开场。" + BODY + f"\n\n{chinese}\n\n{english}\n\n" + BODY)
    assert speechparse.render_text(doc).split("\n\n")[1:3] == [chinese, english]
    assert doc.joins == ()


def test_an_english_line_and_the_chinese_after_it_are_not_joined():
    doc = speechparse.parse("开场。" + BODY + "\n\nI. Our work in the past five years\n\n党的十八大以来，是" + BODY)
    assert speechparse.render_text(doc).split("\n\n")[1:] == ["I. Our work in the past five years", "党的十八大以来，是" + BODY + "\n"]


def test_a_chinese_sentence_broken_before_a_latin_abbreviation_is_joined():
    doc = speechparse.parse("开场。" + BODY + "\n\n我们要积极参与世界贸易组织改革，维护\n\nWTO规则的权威性。" + BODY)
    assert speechparse.render_text(doc).split("\n\n")[1] == "我们要积极参与世界贸易组织改革，维护WTO规则的权威性。" + BODY + "\n"


def test_an_indented_paragraph_is_never_joined_to_the_unfinished_line_above_it():
    doc = speechparse.parse("　　开场。" + BODY + "\n\n　　国民经济已经全面好转，并将进入一个新的发展时期\n\n　　周总理在讲到成就的时候指出，" + BODY)
    assert speechparse.render_text(doc).split("\n\n")[1:] == [
        "国民经济已经全面好转，并将进入一个新的发展时期", "周总理在讲到成就的时候指出，" + BODY + "\n"]
    assert doc.joins == ()


def test_the_rest_of_a_broken_paragraph_at_the_margin_of_an_indented_text_is_joined():
    doc = speechparse.parse("　　开场。" + BODY + "\n\n　　国民经济已经全面好转，并将进入一个新的\n\n发展时期。" + BODY)
    assert speechparse.render_text(doc).split("\n\n")[1:] == ["国民经济已经全面好转，并将进入一个新的发展时期。" + BODY + "\n"]
    assert len(doc.joins) == 1


def test_a_series_of_ordinal_points_after_a_first_point_made_inside_a_paragraph_starts_at_two():
    result = outline("开场。" + BODY + "这是我要讲的第一点。", "第二点：关于知识分子的情况。" + BODY,
                     "第三点：知识分子的改造问题。" + BODY, "第四点：关于整风。" + BODY)
    assert [(d, m, n) for d, _, m, n, _ in result] == [(1, "第二点：", 2), (1, "第三点：", 3), (1, "第四点：", 4)]


@pytest.mark.parametrize("unit", ["点", "种", "句话", "个方面", "方面", "个方向", "点希望", "点建议", "个关键字", "个要求", "项", "件事",
                                  "项叮咛", "阶段", "步", "层防线", "道防线", "道关口"])
def test_ordinal_points_sentences_and_aspects_are_run_in_items(unit):
    result = outline("开场。下面，我讲三句话。", f"第一{unit}：把学习作为第一追求", BODY, f"第二{unit}：把作风作为第一形象", BODY)
    assert result == [(1, "ordinal", f"第一{unit}：", 1, "把学习作为第一追求"), (1, "ordinal", f"第二{unit}：", 2, "把作风作为第一形象")]


def test_a_stage_whose_ordinal_runs_on_into_wei_is_a_run_in_item_its_lead_sentence_from_wei_on():
    result = outline("开场。高中三年分为三个阶段。", "第一阶段为高一（约12个月）。重点是适应。", "第二阶段为高二（约12个月）。重点是防止懈怠。")
    assert result == [(1, "ordinal", "第一阶段", 1, "为高一（约12个月）"), (1, "ordinal", "第二阶段", 2, "为高二（约12个月）")]


def test_a_paragraph_opening_with_a_stage_and_no_delimiter_is_no_item():
    assert outline("开场。" + BODY, "第一阶段目标已经实现。" + BODY, "第二阶段目标正在推进。" + BODY) == []


@pytest.mark.parametrize("unit", ["点", "项叮咛", "个建议"])
def test_ordinal_points_followed_by_shi_are_run_in_items(unit):
    result = outline("开场。下面，我提几点希望。", f"第一{unit}是把学习作为第一追求。" + BODY, f"第二{unit}是把作风作为第一形象。" + BODY)
    assert [(depth, marker, number) for depth, _, marker, number, _ in result] == [
        (1, f"第一{unit}是", 1), (1, f"第二{unit}是", 2)]


def test_ordinal_headings_counting_things_done_each_on_its_line_are_a_series_over_their_divisions():
    result = outline("湖南农民运动考察报告", "（一九二七年三月）", "　　农民总共作了十四件大事，如下所记。", "第一件　将农民组织在农会里", BODY,
                     "第二件　经济上打击地主", BODY, "（一）不准谷米出境", BODY, "（二）不准加租加押", BODY, "第三件　推翻土豪劣绅的封建统治", BODY)
    assert [(depth, marker.strip(), number) for depth, _, marker, number, _ in result] == [
        (1, "第一件", 1), (1, "第二件", 2), (2, "（一）", 1), (2, "（二）", 2), (1, "第三件", 3)]


@pytest.mark.parametrize("counted", ["个五年计划", "个月"])
def test_an_ordinal_that_counts_other_things_than_parts_of_a_speech_is_no_marker(counted):
    assert outline("开场。" + BODY, f"第一{counted}，超额完成了。" + BODY, f"第二{counted}，也完成了。" + BODY) == []


def test_a_digit_and_a_space_before_scrambled_latin_text_is_no_marker():
    assert outline("开场。" + BODY, "1 l; L y6 S, n) O- ]; i6 R) m 4 U+ v' F! n/", BODY,
                   "2 R7 J+ a4 [! U\" _8 q/ I- N+ w2 T7 会议回顾了。", BODY) == []


def test_a_digit_and_a_space_before_a_unit_of_time_or_count_is_no_marker():
    assert outline("开场。" + BODY, "1 年来，我们做了大量工作。" + BODY, "2 年来，我们取得了成绩。" + BODY) == []


def test_two_ordinal_paragraphs_starting_at_two_stay_paragraphs():
    assert outline("开场。" + BODY + "第一，要学习。", "第二，要落实。" + BODY, "第三，要总结。" + BODY) == []


LONG = "城市是现代文明的重要标志，是承载资源要素的重要平台，县城建设水平的高低直接影响县域经济的水平和质量。" * 3


def test_division_markers_inside_a_one_line_excerpt_open_sections_also_after_a_colon():
    doc = speechparse.parse("县委书记在全县工作会议上的讲话今天这次会议很重要。下面，我强调两点意见:一、要充分认识重大意义。"
                            + LONG + "二、要抓好重点工作。" + LONG)
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [("一、", "要充分认识重大意义"), ("二、", "要抓好重点工作")]


def test_a_list_after_a_colon_inside_a_one_line_excerpt_stays_an_inline_enumeration():
    doc = speechparse.parse("今天这次会议很重要。" + LONG + "主要有三点：一、加强学习；二、改进作风；三、狠抓落实。" + LONG)
    assert list(sections(doc)) == []


def test_numbered_sentences_inside_one_long_paragraph_of_many_stay_in_it():
    paragraph = LONG + "（一）由于划分阶级成分的错误。" + LONG + "（二）对上述错误应采取的办法。" + LONG
    doc = speechparse.parse("\n\n".join(["开场。" + BODY, paragraph, BODY * 8, BODY * 8, BODY * 8]))
    assert list(sections(doc)) == []
    assert doc.body[1].text == paragraph


#: An item's text after its lead sentence, long enough for a paragraph of its own; the opening of a flattened text.
ITEM_TEXT = "教育是国之大计、党之大计，要全面贯彻党的教育方针，坚持立德树人，加强学校体育、美育和劳动教育。" * 2
OPENING = "开场白讲几点意见。" * 30


@pytest.mark.parametrize(("lead", "items"), [
    ("我就其中一些重要问题讲点意见。", [("第一，", "培养时代新人"), ("第二，", "把文化建设摆在更加突出位置"), ("第三，", "大力发展卫生健康事业")]),
    ("主要有以下几个方面。", [("一是", "展示了历史脉络"), ("二是", "展示了灿烂成就"), ("三是", "展示了重大贡献")]),
])
def test_a_series_of_run_in_items_run_together_in_flattened_text_opens_sections_one_per_item(lead, items):
    doc = speechparse.parse(OPENING + lead + "".join(f"{marker}{heading}。{ITEM_TEXT}" for marker, heading in items))
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == items


def test_an_ordinal_after_a_photo_credit_in_flattened_text_goes_on_its_series():
    doc = speechparse.parse(OPENING + "我讲点意见。第一，培养时代新人。" + ITEM_TEXT
                            + "图为学生在上课。新华社记者 王晔/摄第二，把文化建设摆在更加突出位置。" + ITEM_TEXT)
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [
        ("第一，", "培养时代新人"), ("第二，", "把文化建设摆在更加突出位置")]


def test_a_heading_run_together_with_its_paragraph_ends_at_the_space_that_parts_them():
    doc = speechparse.parse(OPENING + "一、围绕改革发展稳定大局，加强法律监督 全国检察机关坚持服从大局。" + ITEM_TEXT
                            + "二、加强队伍建设 检察队伍素质不断提高。" + ITEM_TEXT)
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [("一、", "围绕改革发展稳定大局，加强法律监督"),
                                                                 ("二、", "加强队伍建设")]
    first, _ = next(sections(doc))
    assert first.children[0].text.startswith("全国检察机关坚持服从大局。")


def test_spaces_that_keep_a_pdfs_line_ends_in_paragraphs_run_together_are_not_taken_for_the_headings_end():
    doc = speechparse.parse(OPENING + "一、让乡村振兴的政治 责任扎根铸魂 习近平总书记强调要振兴乡村。" + ITEM_TEXT)
    assert next(sections(doc))[0].heading.startswith("让乡村振兴的政治 责任扎根铸魂")


def test_short_ordinal_sentences_run_together_stay_one_paragraph():
    doc = speechparse.parse("开场白讲几点意见。" * 200 + "我讲两点。第一，要学习。第二，要落实。" + "结束语讲几句话。" * 20)
    assert list(sections(doc)) == []


def test_an_ordinal_heading_alone_on_its_line_keeps_its_series_across_the_numbered_items_under_it():
    result = outline("各位代表！", "三、加快经济建设", "正文。", "第一，全国动员，大办农业", "正文。要做好以下几点。",
                     "（一）措施一的内容，具体做法。", "（二）措施二的内容，具体做法。", "要把农业搞上去，正文。",
                     "第二，加快发展基础工业", "正文。", "四、繁荣科学", "正文。")
    assert [(d, m, n) for d, _, m, n, _ in result] == [
        (1, "三、", 3), (2, "第一，", 1), (3, "（一）", 1), (3, "（二）", 2), (2, "第二，", 2), (1, "四、", 4)]


def test_numbered_sentences_one_under_the_other_after_a_line_that_announces_them_are_a_list():
    doc = speechparse.parse("\n\n".join([
        "各位代表！", "三、加快经济建设", "正文。", "第一，全国动员，大办农业", "正文。采取以下措施：",
        "（一）措施一的内容，具体做法。", "（二）措施二的内容，具体做法。", "要把农业搞上去，正文。",
        "第二，加快发展基础工业", "正文。", "四、繁荣科学", "正文。"]))
    assert [(d, s.marker) for s, d in sections(doc)] == [(1, "三、"), (2, "第一，"), (2, "第二，"), (1, "四、")]
    first = next(s for s, _ in sections(doc) if s.marker == "第一，")
    assert [(item.marker, item.number) for child in first.children for item in child.items] == [("（一）", 1), ("（二）", 2)]


def test_numbered_sentences_of_the_top_division_after_a_colon_stay_headings():
    result = outline("开场。", "批复如下：", "一、同意设立保护区。", "二、保护区范围包括湖区。", "特此批复。")
    assert [(d, m, n) for d, _, m, n, _ in result] == [(1, "一、", 1), (1, "二、", 2)]


def test_run_in_items_whose_verb_changes_along_the_series_are_one_series():
    result = outline("开场。" + BODY, "一要锚定目标，恪守精神。" + BODY, "二是要力学笃行，秉承态度。" + BODY,
                     "三是要品德高尚，传承美德。" + BODY)
    assert [(d, m, n) for d, _, m, n, _ in result] == [(1, "一要", 1), (1, "二是", 2), (1, "三是", 3)]


def test_items_of_another_verb_after_other_items_do_not_continue_that_series():
    result = outline("开场。" + BODY, "一要抓紧制定。" + BODY, "二要深化改革。" + BODY, "三要规范秩序。" + BODY,
                     "建设保障性住房。一是增加供给。" + BODY, "二是支持自住。" + BODY, "三是抑制投机。" + BODY,
                     "四是整顿市场。" + BODY)
    assert [(m, n) for _, _, m, n, _ in result] == [("一要", 1), ("二要", 2), ("三要", 3)]


def test_a_paragraph_ending_in_a_notes_mark_after_its_sentence_is_not_joined_to_the_next():
    doc = speechparse.parse("\n\n".join(["开场。" + BODY, "这是一个革命战线。”⑿", "从这篇文章以后，" + BODY]))
    assert doc.joins == ()
    assert [node.text for node in doc.body][1:] == ["这是一个革命战线。”⑿", "从这篇文章以后，" + BODY]


@pytest.mark.parametrize(("first", "second"), [("　一　　一月十八日的讲话", "　二　　一月二十七日的讲话"),
                                               ("（一）　　一月十八日的讲话", "（二）　　一月二十七日的讲话")])
def test_a_marker_set_apart_from_its_heading_by_a_wide_gap_stays_with_it(first, second):
    result = outline("开场。" + BODY, first, BODY, second, BODY)
    assert [h for *_, h in result] == ["一月十八日的讲话", "一月二十七日的讲话"]


def test_ordinals_going_on_from_first_and_second_are_one_series_of_siblings():
    result = outline("开场。" + BODY, "首先，是大发展好还是小发展好的问题。" + BODY, "其次，是晚解放区能不能发展的问题。" + BODY,
                     "第三，少数民族地区能不能办社的问题。" + BODY, "第四，没有资金能不能办社的问题。" + BODY)
    assert [(d, m, n) for d, _, m, n, _ in result] == [(1, "首先，", 1), (1, "其次，", 2), (1, "第三，", 3), (1, "第四，", 4)]


@pytest.mark.parametrize("counted", ["季度", "期工程", "线员工", "年级", "等奖", "次分配", "产增加值", "中全会", "审判决", "孩政策", "号线"])
def test_a_numeral_with_the_word_it_counts_opens_no_run_in_series(counted):
    result = outline("开场。" + BODY, f"一{counted}，{BODY}", f"二{counted}，{BODY}", f"三{counted}，{BODY}")
    assert result == []


def test_a_numeral_with_the_word_it_counts_is_no_inline_item():
    assert find_items("同志们，一季度已经过去，二季度的工作已经摆在我们面前。", patterns()) == []


def test_the_plan_numbers_of_five_year_plans_open_no_run_in_series():
    result = outline("开场。" + BODY, "十一五期间，" + BODY, "十二五期间，" + BODY, "十三五期间，" + BODY)
    assert result == []


def test_a_list_of_names_set_apart_by_spaces_is_no_unnumbered_heading():
    result = outline("开场。" + BODY, "三、参加人员", "主席团成员 各代表组组长 专门工作小组组长 全体院领导", "请准时参加会议，不得缺席。" + BODY)
    assert [(m, h) for _, _, m, _, h in result] == [("三、", "参加人员")]


def test_a_letter_spaced_title_line_is_still_an_unnumbered_heading():
    result = outline("开场。" + BODY, "结  束  语", BODY + BODY)
    assert [(m, h) for _, _, m, _, h in result] == [("", "结 束 语")]


# ---- headings a hard-wrapped text broke at its line's end ----------------------------------------------------


def _wrapped(heading_lines: list[str]) -> str:
    """A PDF's text, one printed line of 14 characters a line: a paragraph, the heading's lines, its body."""
    filler = "要坚持稳中求进工作总基调全面" * 12 + "推进各项工作。"
    lines = [filler[start:start + 14] for start in range(0, len(filler), 14)]
    return "\n".join(["在全县工作会议上的讲话", "同志们：", *lines, *heading_lines, *lines])


def test_a_heading_a_hard_wrapped_text_broke_at_its_lines_end_is_joined_to_its_rest():
    doc = speechparse.parse(_wrapped(["（三）资金分配未充分体现政策", "导向。共涉及财政部管理的转移"]))
    section, _ = next(sections(doc))
    assert (section.marker, section.heading, section.run_in) == ("（三）", "资金分配未充分体现政策导向", True)
    assert section.children[0].text.startswith("共涉及财政部管理的转移要坚持")
    assert ("充分体现政策", "导向。共涉及") in [(join.before, join.after) for join in doc.joins]


def test_a_heading_a_hard_wrapped_text_broke_is_joined_to_its_last_words_on_a_short_line_that_ends_no_sentence():
    doc = speechparse.parse(_wrapped(["一、认真学习贯彻党中央关于制止", "动乱的重要指示精神"]))
    section, _ = next(sections(doc))
    assert (section.marker, section.heading) == ("一、", "认真学习贯彻党中央关于制止动乱的重要指示精神")
    assert section.children[0].text.startswith("要坚持稳中求进")


def test_a_short_line_that_ends_no_sentence_under_a_heading_shorter_than_the_texts_lines_is_not_joined_to_it():
    doc = speechparse.parse(_wrapped(["一、认真学习贯彻", "动乱的重要指示精神"]))
    assert next(sections(doc))[0].heading == "认真学习贯彻"


def test_a_heading_line_shorter_than_the_texts_lines_is_not_joined():
    doc = speechparse.parse(_wrapped(["（三）体现政策导向", "落实好。共涉及财政部管理的转"]))
    assert next(sections(doc))[0].heading == "体现政策导向"


def test_a_full_heading_line_over_a_sentence_that_opens_with_a_clause_is_not_joined():
    doc = speechparse.parse(_wrapped(["（三）资金分配未充分体现政策", "过去一年，我们管理了转移支付"]))
    assert next(sections(doc))[0].heading == "资金分配未充分体现政策"


def test_a_sites_links_a_line_each_under_the_text_make_no_width_a_heading_would_fill():
    links = [f"{place}{kind}" for kind in ("政府门户网站", "网上办事大厅") for place in ("揭阳市", "揭东区", "揭西县", "惠来县", "普宁市")]
    doc = speechparse.parse("\n".join(["关于促进城乡区域协调发展的决定", "一、总体要求", "（一）重要意义。近年来，我省深入实施乡村振兴战略。",
                                       "（二）基本原则", "——坚持分类施策。立足各地发展基础和资源禀赋。", "——坚持集约高效。发挥县城的集聚作用。",
                                       "（三）目标任务。以全省122个县（市、区）为主体。", "来源：南方日报", *links]))
    assert [section.heading for section, _ in sections(doc)] == ["总体要求", "重要意义", "基本原则", "目标任务"]


def _run_in_series(second: list[str]) -> str:
    """Run-in headings a blank line apart, the second as ``second`` gives its paragraphs."""
    return "\n\n\n".join(["十五、坚定不移全面从严治党", "（一）坚持和加强党中央集中统一领导。党的领导是全面的、系统的。", *second,
                          "（三）完善党的自我革命制度规范体系。坚持制度治党、依规治党。"])


def test_a_run_in_headings_lead_a_copy_broke_off_after_a_few_words_is_joined_to_its_rest():
    doc = speechparse.parse(_run_in_series(["（二）坚持不懈用", "新时代中国特色社会主义思想凝心铸魂。用党的创新理论武装全党。"]))
    assert [(section.marker, section.heading) for section, depth in sections(doc) if depth == 2] == [
        ("（一）", "坚持和加强党中央集中统一领导"), ("（二）", "坚持不懈用新时代中国特色社会主义思想凝心铸魂"),
        ("（三）", "完善党的自我革命制度规范体系")]
    assert ("）坚持不懈用", "新时代中国特") in [(join.before, join.after) for join in doc.joins]


def test_a_whole_heading_among_run_in_siblings_over_a_sentence_with_a_clause_stays_whole():
    doc = speechparse.parse(_run_in_series(["（二）切实坚持作风建设", "各部门要认真加强作风建设，形成工作合力。"]))
    assert [section.heading for section, depth in sections(doc) if depth == 2][1] == "切实坚持作风建设"


def test_a_short_heading_among_headings_that_stand_alone_is_not_joined():
    doc = speechparse.parse("\n\n".join(["一、总体要求", "（一）坚持党的领导", "全面加强党的建设。", "（二）坚持不懈用",
                                         "新时代中国特色社会主义思想凝心铸魂。", "（三）坚持依法治国", "全面推进依法治国。"]))
    assert [section.heading for section, depth in sections(doc) if depth == 2][1] == "坚持不懈用"


INDENTED = ["关于农村供水管网改造的汇报", "", "  一、面临的突出问题", "  全县农村供水管网建于2008年前后，漏损率",
            "达到百分之二十八，年漏水约四十万立方米，", "末端水压不达标。", "  总体看，问题是设施老化带来的阶段性问题，",
            "通过系统改造可以解决。", "  二、两点建议", "  一是资金整合建议：农村供水、高标准农田、",
            "移民后扶三块资金各有投向，建议县里统筹整", "合、一次施工，避免今天挖明天填。", "  二是价格机制建议：改造后运行成本上升，建",
            "议启动水价成本监审。", "  以上汇报，请审议。"]


def test_a_run_in_items_lead_sentence_wrapped_from_its_indented_line_onto_the_margin_is_whole():
    doc = speechparse.parse("\n".join(INDENTED))
    assert [(section.marker, section.heading) for section, depth in sections(doc) if depth == 2] == [
        ("一是", "资金整合建议：农村供水、高标准农田、移民后扶三块资金各有投向，建议县里统筹整合、一次施工，避免今天挖明天填"),
        ("二是", "价格机制建议：改造后运行成本上升，建议启动水价成本监审")]
    assert ("高标准农田、", "移民后扶三块") in [(join.before, join.after) for join in doc.joins]


@pytest.mark.parametrize("heading", ["面临的突出问题", "管网老化、漏损严重", "坚持稳中求进，推动经济高质量发展"])
def test_an_indented_heading_over_a_body_at_the_margin_in_a_text_that_does_not_wrap_is_not_joined_to_it(heading):
    doc = speechparse.parse("\n".join(["关于农村供水管网改造的汇报", "", f"  一、{heading}", "全县农村供水管网建于2008年前后。",
                                        "  二、拟采取的措施", "分两年改造主管网。"]))
    assert [section.heading for section, _ in sections(doc)] == [heading, "拟采取的措施"]


def test_a_paragraph_whose_sentence_end_markdown_bold_closes_after_is_not_joined_to_the_next():
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "同志们：", "**要严格考核干部。**", "黄老师关心待遇问题。" + BODY]))
    assert [node.text for node in doc.body] == ["**要严格考核干部。**", "黄老师关心待遇问题。" + BODY]
    assert doc.joins == ()


@pytest.mark.parametrize("wish", ["最后谨祝各位校友", "最后祝大家", "衷心祝愿同志们"])
def test_a_closing_wish_broken_after_its_addressees_is_no_heading(wish):
    doc = speechparse.parse("\n\n".join(["在校友会上的讲话", "各位校友：", "今天我们欢聚一堂。" + BODY, wish, "身体健康，事业成功！"]))
    assert list(sections(doc)) == []
    assert doc.body[-1].text == wish + "身体健康，事业成功！"


def test_a_title_wrapped_onto_two_lines_and_set_off_by_blank_lines_is_one_unnumbered_heading():
    text = "\n".join(["关于印发两个规定的通知", "各省人民政府：", "现将规定印发给你们，请认真贯彻执行。", "", "",
                      "文化体制改革中经营性文化事业单位", "转制为企业的规定", "", "为进一步深化文化体制改革，制定本规定。" + BODY,
                      "一、关于公司制股份制改革", BODY])
    result = outline(text)
    assert [(depth, heading) for depth, _, _, _, heading in result] == [
        (1, "文化体制改革中经营性文化事业单位转制为企业的规定"), (2, "关于公司制股份制改革")]



def test_a_forms_checkbox_line_is_no_heading():
    assert outline("一、重要事项", "□适用 √不适用", "公司报告期内无重大诉讼事项。" + BODY) == [(1, "cn", "一、", 1, "重要事项")]


# ---- found by the review of this session's rules --------------------------------------------------------------


def test_a_heading_that_opens_with_zhu_is_no_closing_wish():
    assert [h for *_, h in outline("开场白。" + BODY, "祝贺与感谢", BODY + BODY)] == ["祝贺与感谢"]


def test_a_first_parts_title_under_the_salutation_opening_with_jinnian_is_a_heading():
    assert [h for *_, h in outline("在全县工作会议上的讲话", "同志们：", "今年工作回顾", "今年以来，我们做了很多工作。" + BODY)] == [
        "今年工作回顾"]


def test_a_couplet_set_off_by_blank_lines_is_no_wrapped_title():
    text = "\n".join(["同志们：", "今天我们开会。" + BODY, "我们要努力。" + BODY, "", "", "长风破浪会有时", "直挂云帆济沧海", "",
                      "我们要乘势而上，开拓进取。" + BODY, "我们要团结奋斗。" + BODY])  # one paragraph a line
    assert [h for *_, h in outline(text)] == []


def test_a_full_heading_line_over_an_enumerations_first_item_is_not_joined():
    doc = speechparse.parse(_wrapped(["（三）资金分配未充分体现政策", "一是加强领导；二是完善制度。"]))
    assert next(sections(doc))[0].heading == "资金分配未充分体现政策"


ARTICLES = ["第一章 总则", "第一条 为规范客户经理管理，制定本办法。", "第二条 客户经理的基本职责：",
            "（一）客户开发。研究客户信息，建立业务往来关系，扩大业绩；", "（二）产品营销。把握市场变化，制订营销方案；",
            "第三条 考核内容分为两类：", "1.个人业绩考核。按月考核存款和贷款。", "2.工作质量考核。按季考核服务质量。",
            "第二章 附则", "第四条 本办法自发布之日起施行。"]


def test_the_numbered_items_inside_an_article_of_a_text_set_out_in_articles_are_no_headings():
    doc = speechparse.parse("\n".join(["客户经理管理办法", *ARTICLES]))
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("第一章", "总则"), ("第二章", "附则")]
    first = next(sections(doc))[0]
    assert [node.text for node in first.children] == ARTICLES[1:8]


def test_with_fewer_than_three_articles_numbered_paragraphs_after_one_stay_headings():
    doc = speechparse.parse("\n".join(["客户经理管理办法", "第一条 客户经理的职责如下。", "（一）客户开发", "开发新客户。",
                                        "（二）产品营销", "营销新产品。"]))
    assert [section.heading for section, _ in sections(doc)] == ["客户开发", "产品营销"]


def test_run_in_items_indented_with_html_space_entities_a_web_copy_left_are_headings():
    result = outline("会议确定，明年要抓好以下重点工作：", "&emsp;&emsp;一是坚定不移贯彻新发展理念。要推动高质量发展。",
                     "&emsp;&emsp;二是深化经济体制改革。要加快改革。", BODY)
    assert [(marker, number) for _, _, marker, number, _ in result] == [("一是", 1), ("二是", 2)]


def test_a_bilingual_copys_translated_headings_are_no_headings_of_the_chinese_text():
    result = outline("同志们：", "一、2023年工作回顾", "I. Review of Our Work in 2023", "（一）加强和改善宏观调控。", "1. We strengthened and "
                     "improved macro regulation.", BODY, "一是推进国企改革。", BODY, "二是促进民营经济发展。", BODY)
    assert [(level, marker) for level, _, marker, _, _ in result] == [(1, "一、"), (2, "（一）"), (3, "一是"), (3, "二是")]


def test_a_headings_translation_on_the_line_under_it_is_not_glued_to_the_heading():
    doc = speechparse.parse("蔡英文就职演说\n\n(一)作為共同體的台灣\nA Taiwanese Community\n\n今天我站在這裡，以無比感恩的心情，再次承擔責任。")
    assert [section.heading for section, _ in sections(doc)] == ["作為共同體的台灣"]


def test_paragraphs_that_speak_about_articles_do_not_set_a_text_out_in_articles():
    result = outline("《物业管理条例》解读", "第一条明确了立法目的。", "第五条规定了业主的权利。", "第十二条对业主大会作出了规定。",
                     "（一）明确业主大会的成立条件", BODY, "（二）规范业主大会的议事规则", BODY)
    assert [marker for _, _, marker, _, _ in result] == ["（一）", "（二）"]


def test_a_heading_may_open_with_the_next_numeral_before_thousands_it_counts_years_of():
    result = outline("同志们：", "三、坚定文化自信", BODY, "四、五千年中华文明的当代价值", BODY, "五、加强文化建设", BODY)
    assert [marker for _, _, marker, _, _ in result] == ["三、", "四、", "五、"]


@pytest.mark.parametrize(("line", "marker", "heading"), [("一、Overview", "一、", "Overview"), ("二、APEC", "二、", "APEC"),
                                                         ("2. ChatGPT", "2.", "ChatGPT")])
def test_a_heading_named_in_english_stays_a_heading(line, marker, heading):
    assert [(m, h) for _, _, m, _, h in outline("同志们：", line, "今年工作顺利，取得了很大成绩。")] == [(marker, heading)]


def test_articles_numbered_one_after_the_other_set_a_text_out_in_articles_without_a_space():
    result = outline("客户经理管理办法", "第一条为规范客户经理管理，制定本办法。", "第二条本办法适用于各支行。", "第三条客户经理的职责如下：",
                     "（一）客户开发。研究客户信息，建立业务往来关系；", "（二）产品营销。把握市场变化，制订营销方案；", "第四条本办法自发布之日起施行。")
    assert result == []


def test_the_next_numeral_with_a_measure_of_area_after_it_is_no_heading():
    assert patterns()["HEAD_CN"].match("二、三万平方米，二期建成仓库五千平方米。") is None


def test_an_emoji_before_a_heading_marker_is_decoration_kept_in_the_sections_prefix():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "今天讲两点。", "🌟一、工作回顾", BODY, "🌟二、工作展望", BODY]))
    assert [(s.prefix, s.marker, s.heading) for s, _ in sections(doc)] == [("🌟", "一、", "工作回顾"), ("🌟", "二、", "工作展望")]


def test_an_emoji_after_the_closing_is_decoration_and_the_closing_is_found():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "一、工作回顾", BODY, "谢谢大家！🙏🏻"]))
    assert doc.meta.closing == "谢谢大家！🙏🏻"


def test_an_emoji_after_a_list_items_sentence_stays_in_its_heading_line():
    doc = speechparse.parse("\n\n".join(["一、工作回顾", "1. 经济稳中向好。📈", "2. 城市面貌焕然一新。🏙️"]))
    items = [section for section, depth in sections(doc) if depth == 2]
    assert [(s.heading, s.suffix, s.children) for s in items] == [("经济稳中向好", "。📈", ()), ("城市面貌焕然一新", "。🏙️", ())]


def test_a_star_before_a_heading_marker_is_a_bullet_not_decoration():
    result = outline("开场白。" + BODY, "★一、这一年令人难忘", BODY + BODY)
    assert result == []


def test_a_part_numbered_in_arabic_digits_is_a_part_heading():
    result = outline("以下是讲稿4篇。", "第1篇：支部书记党课讲稿", "总书记指出，初心不改。", "第2篇：党员党课讲稿", BODY)
    assert [(depth, family, marker, number) for depth, family, marker, number, _ in result] == [
        (1, "part", "第1篇：", 1), (1, "part", "第2篇：", 2)]


def test_a_collections_pieces_labelled_by_number_after_篇_are_headings_and_no_title_lines():
    doc = speechparse.parse("\n\n".join(["主持会议的开场白（14篇）", "主持会议的开场白篇1", "在年中这样一个时间节点，召集大家回来开大会。",
                                         "主持会议的开场白篇2", "各位同事，大家好。"]))
    assert doc.meta.title == "主持会议的开场白（14篇）"
    assert [(depth, s.heading) for s, depth in sections(doc)] == [(1, "主持会议的开场白篇1"), (1, "主持会议的开场白篇2")]


def test_a_collections_pieces_labelled_篇一_before_their_titles_hold_each_pieces_divisions():
    doc = speechparse.parse("\n\n".join([
        "领导讲话稿范文3篇", "篇一：在全县工作会议上的讲话", "同志们：", "今天我们召开会议。", "一、提高认识", BODY, "二、狠抓落实", BODY,
        "篇二：在全市教育大会上的讲话", "同志们：", "今天召开大会。", "一、总体要求", BODY]))
    assert doc.meta.title == "领导讲话稿范文3篇"
    assert [(depth, s.family, s.marker, s.number, s.heading) for s, depth in sections(doc)] == [
        (1, "label", "篇一：", 1, "在全县工作会议上的讲话"), (2, "cn", "一、", 1, "提高认识"), (2, "cn", "二、", 2, "狠抓落实"),
        (1, "label", "篇二：", 2, "在全市教育大会上的讲话"), (2, "cn", "一、", 1, "总体要求")]


def test_a_lone_piece_label_continues_no_series_and_stays_text():
    assert outline("同志们：", "篇一：这是我的一些感想。", BODY, "一、总体要求", BODY) == [(1, "cn", "一、", 1, "总体要求")]


def test_a_sentence_that_ends_with_a_number_of_pieces_is_no_piece_label():
    assert outline("今年共发表论文十篇", BODY + BODY) == []


def test_numbers_that_count_a_whole_texts_paragraphs_across_its_parts_are_no_headings():
    doc = speechparse.parse("\n\n".join([
        "（一）前言：新局面", "1. 今天我發表任內第五份《施政報告》。我們非常重視。", "2. 與此同時，我們必須緊記好局面得來不易。我今天能安然站在這裡。",
        "（二）鞏固一國兩制", "3. 香港特區已回到正確軌道。管治秩序已恢復正常。"]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "（一）"), (1, "（二）")]
    assert [node.text[:2] for node in doc.body[1].children] == ["3."]


def test_numbered_headings_that_restart_under_each_part_stay_headings():
    result = outline("（一）前言", "1. 今天发表报告。我们非常重视。", "2. 与此同时要努力。我们站在这里。",
                     "（二）巩固制度", "1. 特区已回到正轨。秩序已恢复。")
    assert [(depth, marker) for depth, _, marker, _, _ in result] == [(1, "（一）"), (2, "1."), (2, "2."), (1, "（二）"), (2, "1.")]


def test_numbered_headings_with_their_own_subheadings_stay_headings_though_numbered_across_parts():
    result = outline("（一）前言", "1. 今天发表报告。我们非常重视。", "（1）第一点。要落实。", "（二）巩固制度",
                     "2. 特区已回到正轨。秩序已恢复。", "（2）第二点。要落实。", "（三）加强建设", "3. 继续努力。不断前进。")
    assert [marker for _, _, marker, _, _ in result if marker[0].isdigit()] == ["1.", "2.", "3."]


@pytest.mark.parametrize("label", ["【范例】", "范文：", "例文：", "例："])
def test_a_model_texts_label_closes_the_guides_points_before_it(label):
    doc = speechparse.parse("\n\n".join(["追悼会悼词", "悼文一般包括以下三方面的内容：", "一、点明悼念对象", "二、介绍逝者生前的事迹",
                                         "三、对逝者表示哀悼", label, "同志们、朋友们：", "今天，我们深切悼念某某同志。"]))
    assert [type(node).__name__ for node in doc.body][-4:] == ["Section", "Paragraph", "Salutation", "Paragraph"]
    assert doc.body[-3].text == label


@pytest.mark.parametrize("caption", ["董事长发表讲话", "大会现场", "与会代表合影留念"])
def test_a_photos_caption_left_as_a_line_between_paragraphs_is_no_heading_and_never_joined(caption):
    doc = speechparse.parse("\n\n".join(["年会讲话", "各位家人：", "非常感谢大家来到海阳。", caption,
                                         "刚才的讲话非常好，感谢您！", "今天是新年的第十一天。"]))
    assert list(sections(doc)) == []
    assert [node.text for node in doc.body][1] == caption


def test_a_collections_piece_titled_by_its_occasion_is_still_a_heading():
    doc = speechparse.parse("\n\n".join(["讲话稿汇编", "同志们：", "今天开会。", "在全县工作会议上的讲话",
                                         "同志们，今年的工作很重要，我们要抓好落实。", "谢谢大家！"]))
    assert [section.heading for section, _ in sections(doc)] == ["在全县工作会议上的讲话"]


@pytest.mark.parametrize("line", ["年月日", "年  月  日", "（盖章）年月日", "举报人（签字）：年  月  日"])
def test_a_forms_blank_date_is_no_heading(line):
    assert outline("举报奖励通知书", "请在接到本通知书后的30个工作日内，提供有效身份证明。", line, "注：此文书一式3份。") == []


@pytest.mark.parametrize("above", ["自治区下达全市政府法定债", "争取到位“两债一资金”"])
def test_a_notes_call_alone_on_its_line_inside_a_sentence_is_no_heading(above):
    doc = speechparse.parse("\n".join(["各位代表：", "一、2025年预算执行情况", above, "①", "限额212.28亿元，支持116个项目。",
                                       "二、2026年预算草案", "全市收入按增长2%左右安排。"]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "一、"), (1, "二、")]
    assert "".join(node.text for node in doc.body[0].children) == f"{above}①限额212.28亿元，支持116个项目。"


def test_a_notes_call_alone_on_its_line_after_a_word_is_joined_into_its_sentence():
    doc = speechparse.parse("\n".join(["各位代表：", "一、2025年预算执行情况", "自治区下达全市政府法定债", "①",
                                       "限额212.28亿元，支持116个项目。", "二、2026年预算草案", "全市收入按增长2%左右安排。"]))
    assert [node.text for node in doc.body[0].children] == ["自治区下达全市政府法定债①限额212.28亿元，支持116个项目。"]


@pytest.mark.parametrize("tag", ["", "<P align=center>"])
def test_a_heading_glued_to_the_end_of_the_paragraph_before_it_in_flattened_text_is_a_heading(tag):
    text = "　　".join([f"这次研究班办得及时。这对我们具有十分重要的意义。{tag}一、关于第一个问题。", BODY,
                     f"第一，要把问题弄清楚。{BODY}", f"第二，要把问题落到实处。{BODY}{tag}二、关于第二个问题。", BODY])
    doc = speechparse.parse("　　" + text)
    assert [(depth, s.marker, s.heading) for s, depth in sections(doc)] == [
        (1, "一、", "关于第一个问题"), (2, "第一，", "要把问题弄清楚"), (2, "第二，", "要把问题落到实处"), (1, "二、", "关于第二个问题")]
    assert doc.body[0].text == "这次研究班办得及时。这对我们具有十分重要的意义。"


def test_a_numbered_sentence_ending_a_paragraph_of_blank_line_text_stays_in_it():
    doc = speechparse.parse(f"这对我们具有十分重要的意义。一、关于第一个问题。\n\n{BODY}")
    assert [node.text for node in doc.body] == ["这对我们具有十分重要的意义。一、关于第一个问题。", BODY]


def test_a_short_line_over_a_series_of_ordinals_is_its_title_also_after_the_last_point_of_the_series_before_it():
    result = outline("一、过去一年的工作", BODY, "二、今年的主要工作", "今年按照“三个突破、四个上台阶”的思路推进工作。", "三个突破",
                     "第一，改革实现新突破。" + BODY, "第二，产业结构实现新突破。" + BODY, "四个上台阶",
                     "第一，城市管理工作上新台阶。" + BODY, "第二，规划建设工作上新台阶。" + BODY, "三、加强政府自身建设", BODY)
    assert [(depth, marker + heading) for depth, _, marker, _, heading in result] == [
        (1, "一、过去一年的工作"), (1, "二、今年的主要工作"), (2, "三个突破"), (3, "第一，改革实现新突破"),
        (3, "第二，产业结构实现新突破"), (2, "四个上台阶"), (3, "第一，城市管理工作上新台阶"), (3, "第二，规划建设工作上新台阶"),
        (1, "三、加强政府自身建设")]


def test_a_title_over_a_series_of_its_own_after_the_last_division_stands_inside_it():
    result = outline("一、过去一年的工作", BODY, "二、今年的主要工作", "今年重点推进八项工作。", "强力推进八项工作",
                     "第一，强力推进循环经济发展。" + BODY, "第二，强力推进重大基础设施建设。" + BODY)
    assert [(depth, marker + heading) for depth, _, marker, _, heading in result] == [
        (1, "一、过去一年的工作"), (1, "二、今年的主要工作"), (2, "强力推进八项工作"), (3, "第一，强力推进循环经济发展"),
        (3, "第二，强力推进重大基础设施建设")]


def test_part_titles_glued_to_the_paragraphs_above_a_series_that_starts_again_are_the_parts_headings():
    doc = speechparse.parse("\n".join([
        "各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议。2013年工作回顾", "过去一年，我们实现了有质量的稳定增长。",
        "一、经济发展", "全年实现本地生产总值3206亿元。", "二、民生事务", "全年投入97.4亿元。",
        "回顾一年的工作，我们清醒地认识到还面临不少困难。2014年工作安排", "2014年，是全面深化改革的开局之年。",
        "一、全面深化改革", "实施科技创新体制改革。", "二、促进湾区经济发展", "构建创新型经济体。"]))
    assert [(depth, s.marker + s.heading) for s, depth in sections(doc)] == [
        (1, "2013年工作回顾"), (2, "一、经济发展"), (2, "二、民生事务"), (1, "2014年工作安排"), (2, "一、全面深化改革"),
        (2, "二、促进湾区经济发展")]


def test_a_phrase_after_the_last_sentence_of_a_paragraph_above_a_series_that_starts_once_stays_in_it():
    doc = speechparse.parse("\n".join(["各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议。2013年工作回顾",
                                       "过去一年，我们实现了有质量的稳定增长。", "一、经济发展", "全年实现本地生产总值3206亿元。"]))
    assert [s.marker + s.heading for s, _ in sections(doc)] == ["一、经济发展"]


# ---- sections numbered in decimals (GB/T 15834-2011 B.3.5: 3.1 生理停顿) ----------------------------------------


def test_sections_numbered_in_decimals_nest_under_their_chapters_and_restart_under_each():
    assert outline("1 总体要求", "1.1 指导思想", BODY, "1.2 发展目标", BODY, "2 重点任务", "2.1建设数字基础设施", BODY,
                   "2.2　发展数字产业", BODY) == [
        (1, "arabic", "1 ", 1, "总体要求"), (2, "decimal", "1.1 ", 1, "指导思想"), (2, "decimal", "1.2 ", 2, "发展目标"),
        (1, "arabic", "2 ", 2, "重点任务"), (2, "decimal", "2.1", 1, "建设数字基础设施"),
        (2, "decimal", "2.2 ", 2, "发展数字产业")]


def test_a_third_decimal_level_nests_under_the_second():
    assert outline("某市数字经济发展规划", "1.1 指导思想", "1.1.1 坚持党的领导", BODY, "1.1.2 坚持人民至上", BODY, "1.2 发展目标",
                   BODY) == [
        (1, "decimal", "1.1 ", 1, "指导思想"), (2, "decimal", "1.1.1 ", 1, "坚持党的领导"),
        (2, "decimal", "1.1.2 ", 2, "坚持人民至上"), (1, "decimal", "1.2 ", 2, "发展目标")]


@pytest.mark.parametrize("opening", ["3.5亿元用于城市更新。", "1.5倍于上年。", "7.0版本发布之后，反响很好。", "2.5%的增速来之不易。"])
def test_an_amount_or_a_version_opening_a_paragraph_is_no_decimal_heading(opening):
    assert outline("一、总体要求", opening, BODY) == [(1, "cn", "一、", 1, "总体要求")]


def test_a_decimal_number_opening_a_sentence_with_no_sibling_counting_on_stays_a_paragraph():
    assert outline("一、总体要求", "3.1 生理停顿是朗读时的一种停顿，要根据句子的意思来处理。", BODY, "二、重点任务", BODY) == [
        (1, "cn", "一、", 1, "总体要求"), (1, "cn", "二、", 2, "重点任务")]


POINTS = ["●2024年全省规模以上工业企业实现营业收入19.4万亿元", "●2024年9家广东制造业企业入围“世界500强”"]
LEAD = "报告显示，广东现代化产业体系建设取得积极进展。"


def headed(doc):
    return [(depth, section.heading) for section, depth in sections(doc)]


def test_titles_over_lists_of_points_are_headings_the_title_over_them_their_parent():
    doc = speechparse.parse("\n".join([
        "广东发布现代化产业体系发展报告", LEAD, "现代化产业体系加快构建", "新型工业化深入推进", *POINTS, "农业现代化水平实现跃升", *POINTS,
        "现代化产业体系发展生态逐步优化", "产业科技互促双强取得新突破", *POINTS, "产业发展空间加快开拓", *POINTS]))
    assert headed(doc) == [(1, "现代化产业体系加快构建"), (2, "新型工业化深入推进"), (2, "农业现代化水平实现跃升"),
                            (1, "现代化产业体系发展生态逐步优化"), (2, "产业科技互促双强取得新突破"), (2, "产业发展空间加快开拓")]
    assert [node.text for node in list(sections(doc))[1][0].children] == POINTS  # (each point a paragraph of its own)


def test_titles_over_lists_of_points_without_a_title_over_them_are_siblings():
    doc = speechparse.parse("\n".join(["广东发布现代化产业体系发展报告", LEAD, "新型工业化深入推进", *POINTS, "农业现代化水平实现跃升", *POINTS]))
    assert headed(doc) == [(1, "新型工业化深入推进"), (1, "农业现代化水平实现跃升")]


def test_one_title_over_one_list_of_points_is_left_to_the_other_passes():
    units = [Unit.of(RawBlock(text, ((0, 0),))) for text in [LEAD, *POINTS, "同比增长百分之五左右", *POINTS, LEAD]]
    assert not headings.find_titles_over_bullets(units)
    assert {unit.kind for unit in units} == {"PARA"}


def test_unnumbered_titles_over_a_series_that_starts_at_four_are_its_first_members_lost_their_markers():
    doc = speechparse.parse("\n".join(["项目资金实施方案", "为做好推广工作，特制定此方案。", "资金来源", BODY, "项目实施单位", BODY,
                                       "建设内容", BODY, "四、绩效目标", BODY, "五、工作要求", "（一）加强组织领导。" + BODY]))
    assert headed(doc) == [(1, "资金来源"), (1, "项目实施单位"), (1, "建设内容"), (1, "绩效目标"), (1, "工作要求"),
                           (2, "加强组织领导")]


def test_unnumbered_titles_over_a_series_that_starts_at_one_stay_above_it():
    doc = speechparse.parse("\n".join(["项目资金实施方案", "为做好推广工作，特制定此方案。", "项目实施单位", BODY, "建设内容", BODY,
                                       "一、绩效目标", BODY, "二、工作要求", BODY]))
    assert headed(doc) == [(1, "项目实施单位"), (1, "建设内容"), (2, "绩效目标"), (2, "工作要求")]


def test_a_numbered_paragraph_that_runs_its_list_on_inside_it_is_a_paragraph_of_items():
    doc = speechparse.parse("\n".join(["关于脱贫攻坚的要求", "一、成因分析", BODY, "二、脱贫要求",
                                       "1.合理确定脱贫目标；2.加大投入支持力度；3.加强检查督查。", "三、下步工作", BODY]))
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、", "三、"]
    paragraph = list(sections(doc))[1][0].children[0]
    assert [(item.marker, item.number) for item in paragraph.items] == [("1.", 1), ("2.", 2), ("3.", 3)]


def test_a_run_in_heading_whose_text_names_a_second_point_stays_a_heading():
    doc = speechparse.parse("\n".join(["关于脱贫攻坚的要求", "一、成因分析", BODY, "二、脱贫要求",
                                       "1.合理确定脱贫目标。目标要合理；2.加大投入。", "2.加强检查督查。要加强检查。", "三、下步工作", BODY]))
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、", "1.", "2.", "三、"]


PDF_TABLE = ["三、主要成效", "竞赛成果", "序号 竞赛名称 获奖 级别 获奖数目 合计人次 备注", "2014年英特尔杯", "大学生电子设计",
             "1 全国一等奖 国家级 1 3 3 再次获一等", "竞赛嵌入式系统", "全国二等奖 国家级 1 3", "第九届“飞思卡",
             "2 尔”杯全国大学 18", "生智能汽车竞赛", "2014年TI杯江苏 省一等奖 省级 4 12", "3 省大学生电子设 42",
             "四、存在问题", "1 经费投入不足", "经费不足制约了发展。", "2 师资力量薄弱", "师资仍然薄弱。"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_numbered_rows_under_a_pdf_tables_header_row_are_its_rows_and_the_series_after_it_headings(separator):
    doc = speechparse.parse(separator.join(PDF_TABLE))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "三、主要成效"), (2, "竞赛成果"), (1, "四、存在问题"), (2, "1 经费投入不足"), (2, "2 师资力量薄弱")]


def test_a_marker_alone_on_its_line_over_headings_a_level_down_opens_its_section():
    doc = speechparse.parse("\n\n".join(["标题", "一、主要措施", "1、", "（1）创新创业大讲堂", "每月一讲。", "（2）创新创业团队",
                                         "组建团队。", "2、创新创业硬平台", "建设基地。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、主要措施"), (2, "1、"), (3, "（1）创新创业大讲堂"), (3, "（2）创新创业团队"), (2, "2、创新创业硬平台")]


NESTED_LIST = ["一、活动内容", "（一）活动实施阶段", "1、启动仪式", "主题：邻里和谐", "（1）市领导宣布开幕，", "（2）签字仪式；",
               "（3）开展系列活动；", "①先锋行动：市委组织部组织党员开展党员岗活动。", "②天使行动：市卫生局组织医务工作者开展义诊活动。",
               "③绿色行动：市环保局组织开展绿色环保行动", "（4）散发致城区居民一封信，鼓励居民招商创业。", "2、广场邻里情",
               "家庭才艺大赛在广场举行。", "（二）总结表彰阶段", "邻居节结束后进行表彰。"]


def test_a_list_right_under_an_item_of_a_list_is_that_items_list_and_the_outer_list_goes_on_after_it():
    doc = speechparse.parse("\n".join(NESTED_LIST))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、活动内容"), (2, "（一）活动实施阶段"), (3, "1、启动仪式"), (3, "2、广场邻里情"), (2, "（二）总结表彰阶段")]


def test_numbered_lines_right_under_an_item_with_text_of_their_own_stay_headings():
    lines = [*NESTED_LIST[:7], "①先锋行动", "市委组织部组织党员开展党员岗活动。", "②天使行动", "市卫生局组织义诊活动。"]
    assert [section.marker + section.heading for section, _ in sections(speechparse.parse("\n".join(lines)))][-2:] == [
        "①先锋行动", "②天使行动"]


def test_the_semicolon_of_an_html_entity_left_in_a_heading_ends_no_lead_sentence():
    doc = speechparse.parse("一、实践内容\n1.乡村振兴&mdash;支农助农帮扶团。主要开展支农活动。\n2.乡村振兴&#8212;教育关爱服务团\n开展支教活动。")
    assert [section.heading for section, _ in sections(doc)] == [
        "实践内容", "乡村振兴&mdash;支农助农帮扶团", "乡村振兴&#8212;教育关爱服务团"]


def test_html_tags_between_a_marker_and_its_heading_text_are_markup_before_the_heading():
    text = "<p><strong>一、工作要求</strong></p>\n<p><strong>1.</strong><strong>项目申报</strong></p>\n<p>各团队及时申报。</p>\n" \
           "<p><strong>2.</strong> <strong>活动宣传</strong></p>\n<p>各团队及时宣传。</p>"
    doc = speechparse.parse(text)
    assert [(section.marker, section.heading_prefix, section.heading) for section, _ in sections(doc)] == [
        ("一、", "", "工作要求"), ("1.", "</strong><strong>", "项目申报"), ("2.", "</strong> <strong>", "活动宣传")]
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_space_entities_between_a_marker_and_its_heading_text_are_markup_before_the_heading():
    text = "<P>一、学习建议</P>\n<P>1． &nbsp; &nbsp; 首先多听录音带，把单词读音搞准。时间久了，要多听。</P>\n" \
           "<P>2．&nbsp;借助学习机查单词发音，了解意思。</P>"
    doc = speechparse.parse(text)
    assert [(section.marker, section.heading_prefix, section.heading) for section, _ in sections(doc)] == [
        ("一、", "", "学习建议"), ("1．", " &nbsp; &nbsp; ", "首先多听录音带，把单词读音搞准"),
        ("2．", "&nbsp;", "借助学习机查单词发音，了解意思")]
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_a_title_over_a_series_after_a_run_in_headings_finished_paragraph_is_a_heading():
    result = outline("一、要摆正心态，思想重视，不把它看成是走过场。", "二、要放下脸面，不耻下问。", "几点建议",
                     "1．首先多听录音带。", "2．借助学习机查单词发音。")
    assert [(marker, heading) for _, _, marker, _, heading in result][2:] == [("", "几点建议"), ("1．", "首先多听录音带"),
                                                                             ("2．", "借助学习机查单词发音")]


def test_a_heading_glued_to_a_paragraphs_end_whose_number_the_series_lacks_is_split_off():
    doc = speechparse.parse("\n".join(["讲几点意见供大家参考，错误地方请批评纠正。一、社会主义社会到底有没有阶级斗争",
                                       "这个问题要讲清楚。", "二、要深入学习无产阶级专政理论", "要认真学习。",
                                       "这是学习的一部分。三、认真总结经验和教训", "要总结经验。"]))
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [
        ("一、", "社会主义社会到底有没有阶级斗争"), ("二、", "要深入学习无产阶级专政理论"), ("三、", "认真总结经验和教训")]


def test_a_marker_inside_a_paragraphs_last_words_is_not_split_off_where_the_series_has_that_number():
    text = "\n".join(["一、总体要求", "要坚持稳中求进。", "二、重点任务", "我们讲了两条。一、坚持稳中求进", "三、保障措施", "要落实。"])
    assert [section.marker for section, _ in sections(speechparse.parse(text))] == ["一、", "二、", "三、"]


def test_a_heading_a_web_copy_broke_at_a_linked_word_set_on_its_own_line_is_one_heading():
    doc = speechparse.parse("一、回顾\n\n1、经济快速发展\n\n经济快速发展。\n\n2、民主\n\n法制\n\n建设得到加强，安定团结的局面进一步巩固\n\n"
                            "村务、政务公开进一步深入。\n\n3、社会事业全面进步\n\n社会事业发展。")
    assert [section.heading for section, _ in sections(doc)] == [
        "回顾", "经济快速发展", "民主法制建设得到加强，安定团结的局面进一步巩固", "社会事业全面进步"]


def test_the_lines_of_a_text_wrapped_at_a_narrow_width_under_a_heading_stay_its_paragraph():
    doc = speechparse.parse("一、总体要求\n\n要坚持稳中\n\n求进，加强\n\n团结，推进\n\n改革。\n\n二、重点任务\n\n正文。")
    assert [section.heading for section, _ in sections(doc)] == ["总体要求", "重点任务"]
    assert [node.text for node in doc.body[0].children] == ["要坚持稳中求进，加强团结，推进改革。"]


SAYING = "在发展和法治关系上，一些地方还存在误区。去年，党中央处理了一批生态环境问题，一批党政干部受到处分。"


@pytest.mark.parametrize("source", ["——2018年8月24日在中央全面依法治国委员会第一次会议上的讲话", "——摘自《习近平谈治国理政》第三卷",
                                    "——《论语·为政》"])
def test_a_quotations_source_under_it_ends_its_paragraph_so_the_title_of_the_next_saying_is_a_heading(source):
    result = outline("开头的介绍文字，这些故事是最好的昭示。", "法治兴则国兴", SAYING, source, "必须促进公正文明执法", SAYING, source)
    assert [heading for *_, heading in result] == ["法治兴则国兴", "必须促进公正文明执法"]


def test_a_quotations_source_is_never_joined_to_the_line_under_it():
    doc = speechparse.parse("\n".join([SAYING, "——2018年8月24日在中央全面依法治国委员会第一次会议上的讲话", SAYING]))
    assert [node.text for node in doc.body] == [SAYING, "——2018年8月24日在中央全面依法治国委员会第一次会议上的讲话", SAYING]


def test_a_dash_led_line_naming_no_source_still_goes_on_on_the_next_line():
    doc = speechparse.parse("\n".join([SAYING, "——坚持以人民为中心的发展", "思想，推动高质量发展。"]))
    assert [node.text for node in doc.body][1:] == ["——坚持以人民为中心的发展思想，推动高质量发展。"]


@pytest.mark.parametrize("tags", [('<p style="text-indent: 2em;"><strong>', "</strong></p>"), ("<P><B>", "</b></P>")])
def test_a_line_in_an_html_bold_element_may_hold_a_list_as_a_markdown_bold_line_may(tags):
    opening, closing = tags
    paragraphs = [f"<p>{text}</p>" for text in ("开头的介绍文字，这些故事是最好的昭示。", SAYING)]
    result = outline(paragraphs[0], f"{opening}一些地方还存在“发展要上、法治要让”的误区{closing}", paragraphs[1])
    assert [heading for *_, heading in result] == ["一些地方还存在“发展要上、法治要让”的误区"]


@pytest.mark.parametrize("sentence", ["第一部分的主题要讨论的就是众包，怎么样说服许多人一起提供资料？", "第一章的内容很多，要认真学习。"])
def test_a_sentence_about_a_part_opening_with_its_ordinal_is_no_part_heading(sentence):
    assert outline(sentence, BODY, "第二部分的主题是数据治理。", BODY) == []


RECORD_TEXT = "同志们要团结一致，努力工作，把各项任务落到实处。" * 2


@pytest.mark.parametrize("title", ["张春桥同志讲话：", "周总理讲话：", "王书记的发言："])
def test_the_title_of_one_speakers_part_of_a_record_is_a_heading_also_with_a_colon_after_it(title):
    result = outline("在接见群众代表时的讲话记录", "康生同志讲话", RECORD_TEXT, title, RECORD_TEXT, "戚本禹同志讲话", RECORD_TEXT)
    assert [heading for *_, heading in result] == [title[:-1], "戚本禹同志讲话"]


@pytest.mark.parametrize("lead", ["下边主要讲三个问题：", "下面请王书记讲话："])
def test_a_lead_in_ending_with_a_colon_that_names_no_speakers_part_is_no_heading(lead):
    result = outline("在接见群众代表时的讲话记录", "康生同志讲话", RECORD_TEXT, lead, RECORD_TEXT, "戚本禹同志讲话", RECORD_TEXT)
    assert [heading for *_, heading in result] == ["戚本禹同志讲话"]
