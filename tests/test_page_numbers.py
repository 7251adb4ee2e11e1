"""Page numbers of printed and PDF copies (``— 2 —``): notes of kind ``page``, never paragraph text."""

from __future__ import annotations

import pytest
from lxml import etree

import speechparse
from speechparse.ast import Note, Paragraph, Section, sections, walk
from speechparse.exporters import export
from speechparse.lexicon import is_page_number
from speechparse.readers.base import SourceText
from speechparse.readers.text import read_blocks

TEI = "{http://www.tei-c.org/ns/1.0}"
BODY_LINE = "要坚持稳中求进工作总基调。"
OPENING = "关于做好工作的讲话\n\n同志们：\n\n"


@pytest.mark.parametrize("line", ["— 2 —", "—2—", "- 12 -", "－３－", "–2–", "第2页", "第 2 页 共 18 页", "第2页，共18页",
                                  "第2页/共18页", "·2·", "Page 2", "page 2 of 18", "PAGE 3/18", "1. — 1 —",
                                  "21 / 143", "（下转第四版）", "（紧接第一版）", "（上接A2版）", "(转3版)",
                                  "（下转第四版）（紧接第一版）", "=== PAGE 2 ===", "---- Page 12 ----", "** 第3页 **", "（总219）·1", "·4·（总222）",
                                  "＝＝第3页＝＝", "### page 4 ###", "[Page 3]", "[p. 12]", "一、重要文献· 2701 ·",
                                  "连云港市志·2702·"])
def test_printed_page_numbers_are_recognised(line: str):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2", "12", "M2", "[1]", "2/18", "——产业集群加快壮大。", "第2页的数据表明", "二",
                                  "— 2 — 要抓好落实", "第一页", "12345", "（第二版）", "（下转第四版）我们坚持", "要抓好落实— 2 —",
                                  "· 2 · 要抓好落实", "我们认为，这一点很重要· 2 ·"])
def test_numbers_that_are_text_are_not_page_numbers(line: str):
    assert not is_page_number(line)


def test_a_page_number_line_inside_a_blank_line_paragraph_is_a_block_of_its_own():
    text = "第一段。\n\n部署今年\n— 2 —\n重点工作。\n\n第二段。\n"
    assert [block.text for block in read_blocks(SourceText(text))] == ["第一段。", "部署今年", "— 2 —", "重点工作。", "第二段。"]


def test_a_page_number_between_sections_is_a_page_note_in_the_section_it_ends():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n要坚持稳中求进。\n\n- 3 -\n\n二、重点任务\n\n要抓好落实。\n")
    first, second = doc.body
    assert isinstance(first, Section) and isinstance(second, Section)
    assert [(type(node), node.text) for node in first.children] == [(Paragraph, "要坚持稳中求进。"), (Note, "- 3 -")]
    assert first.children[1].kind == "page"


def test_a_books_running_head_with_its_page_number_is_a_page_note_never_a_heading_and_never_joined():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n其次，实行了计划管理。全社有全年计划、季节计划，生产组还有小段计划。全年计\n\n"
                            "一、重要文献· 2701 ·\n划，包括农业和副业的产量指标。\n\n二、重点任务\n\n要抓好落实。\n")
    assert [section.heading for section, _ in sections(doc)] == ["总体要求", "重点任务"]
    first = doc.body[0]
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in first.children] == [
        ("Paragraph", None), ("Note", "page"), ("Paragraph", None)]


def test_a_page_number_that_cuts_a_paragraph_keeps_its_place_between_the_two_parts():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n主要任务是部署今年\n— 2 —\n重点工作。\n")
    [section] = doc.body
    assert [(type(node).__name__, node.text) for node in section.children] == [
        ("Paragraph", "主要任务是部署今年"), ("Note", "— 2 —"), ("Paragraph", "重点工作。")]
    assert not doc.joins


def test_a_newspapers_jump_lines_between_the_parts_of_a_paragraph_are_page_notes_in_their_place():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n我们提供了行动\n\n（下转第四版）\n\n（紧接第一版）\n\n指南。要坚持稳中求进。\n")
    [section] = doc.body
    assert [(type(node).__name__, getattr(node, "kind", None), node.text) for node in section.children] == [
        ("Paragraph", None, "我们提供了行动"), ("Note", "page", "（下转第四版）"), ("Note", "page", "（紧接第一版）"),
        ("Paragraph", None, "指南。要坚持稳中求进。")]


def test_page_numbers_before_the_title_and_after_the_sign_off_are_front_and_back_notes():
    doc = speechparse.parse("- 1 -\n\n" + OPENING + "一、总体要求\n\n要坚持稳中求进。\n\n某某市人民政府\n\n2023年3月1日\n\n— 5 —\n")
    assert (doc.front[0], doc.meta.title) == (Note(doc.front[0].span, "page", "- 1 -"), "关于做好工作的讲话")
    assert (type(doc.back[-1]), doc.back[-1].kind, doc.back[-1].text) == (Note, "page", "— 5 —")


def test_an_extraction_scripts_page_separators_are_page_notes_never_a_line_of_the_title():
    doc = speechparse.parse("=== PAGE 1 ===\n某某市生态环境保护规划纲要（2024—2030年）\n2024年11月\n\n=== PAGE 2 ===\n"
                            "一、发展形势\n近年来，全市生态环境质量持续改善。\n")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "page"), ("Title", None), ("DateLine", None), ("Note", "page")]
    assert doc.meta.title == "某某市生态环境保护规划纲要（2024—2030年）"


def test_each_page_number_is_reported_once_as_sp005():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n要坚持稳中求进。\n\n— 2 —\n\n要抓好落实。\n\n— 3 —\n")
    assert [(d.code, d.span.line) for d in doc.diagnostics if d.code == "SP005"] == [("SP005", 9), ("SP005", 13)]


def test_a_bare_number_on_its_own_line_stays_in_the_text_it_interrupts():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n关于上届代表会议\n[\n1\n]\n以来的工作。\n")
    [section] = doc.body
    assert [node.text.replace(" ", "") for node in section.children] == ["关于上届代表会议[1]以来的工作。"]


def test_a_bare_number_alone_after_a_finished_paragraph_is_never_joined_to_the_next():
    doc = speechparse.parse("一、历史沿革\n延安时期，制度夯实了根基。\n19\n新民主主义革命胜利后，推而广之。\n")
    [section] = doc.body
    assert [node.text for node in section.children] == ["延安时期，制度夯实了根基。", "19", "新民主主义革命胜利后，推而广之。"]
    assert doc.joins == ()


@pytest.mark.parametrize(
    "label",
    [
        "专题党课：从党史中汲取智慧和力量",  # a title named after a colon
        "校长 徐扬生",  # a name line
        "时间：2024年5月12日",  # a field
    ],
)
def test_a_label_line_that_holds_no_clause_is_never_joined_across_a_blank_line(label):
    doc = speechparse.parse(f"讲话\n\n同志们：\n\n{label}\n\n习近平总书记指出，要走在时代前列。\n")
    assert [node.text for node in doc.body] == [label, "习近平总书记指出，要走在时代前列。"]
    assert doc.joins == ()


def test_a_label_line_in_a_text_of_one_paragraph_a_line_that_is_not_hard_wrapped_is_not_joined_to_the_next():
    doc = speechparse.parse("党课讲稿汇编\n以下是讲稿4篇。\n专题党课：从党史中汲取智慧和力量\n总书记指出，初心不改。\n一、从严治团\n共青团成立伊始。\n")
    assert [node.text for node in doc.body[:3]] == ["以下是讲稿4篇。", "专题党课：从党史中汲取智慧和力量", "总书记指出，初心不改。"]


def test_a_fragment_without_a_comma_before_a_blank_line_still_joins_the_rest_of_its_sentence():
    doc = speechparse.parse("讲话\n\n同志们：\n\n我们要沿着指引的方\n\n向前进，深入学习。\n")
    assert [node.text for node in doc.body] == ["我们要沿着指引的方向前进，深入学习。"]


def test_a_label_line_in_a_hard_wrapped_text_still_joins_the_next_line():
    lines = ["这是一段被硬换行的文字，我们要继续推进", "各项工作的落实，确保目标任务如期完成", "地点：学校大礼堂 主席台", "就座的同志有各位领导。"]
    doc = speechparse.parse("\n".join(["一、总体要求", *lines * 3]) + "\n")
    assert any("地点：学校大礼堂 主席台就座的同志有各位领导。" in node.text for node in doc.body[0].children)


def test_tei_writes_a_page_number_as_forme_work():
    doc = speechparse.parse(OPENING + "一、总体要求\n\n要坚持稳中求进。\n\n— 2 —\n")
    root = etree.fromstring(export(doc, "tei").encode("utf-8"))
    [fw] = root.iter(f"{TEI}fw")
    assert (fw.get("type"), fw.text) == ("pageNum", "— 2 —")
    assert not [note for note in root.iter(f"{TEI}note") if note.get("type") == "page"]


# ---- leaving them out: parse(drop=...) and convert --drop -------------------------------------------------


CUT = OPENING + "一、总体要求\n\n主要任务是部署今年\n— 2 —\n重点工作。\n\n要抓好落实。\n\n第 3 页 共 9 页\n"


def visible(text: str) -> str:
    return "".join(text.split())


def test_dropping_page_numbers_joins_the_paragraph_they_cut():
    doc = speechparse.parse(CUT, drop=["page"])
    [section] = doc.body
    assert [(type(node), node.text) for node in section.children] == [
        (Paragraph, "主要任务是部署今年重点工作。"), (Paragraph, "要抓好落实。")]
    [join] = doc.joins
    assert (join.before, join.after) == ("务是部署今年", "重点工作。")


def test_each_dropped_note_is_reported_with_its_text_and_place():
    doc = speechparse.parse(CUT, drop=["page"])
    assert [(d.code, d.message, d.span.line) for d in doc.diagnostics if d.code in ("SP005", "SP006")] == [
        ("SP006", "page note left out (drop): — 2 —", 8), ("SP006", "page note left out (drop): 第 3 页 共 9 页", 13)]


def test_only_the_dropped_notes_are_missing_from_the_text():
    doc = speechparse.parse(CUT, drop=["page"])
    assert visible(speechparse.render_text(doc)) == visible(CUT.replace("— 2 —", "").replace("第 3 页 共 9 页", ""))


def test_dropping_chrome_leaves_page_numbers_and_dropping_page_numbers_leaves_chrome():
    text = OPENING + "一、总体要求\n\n要坚持稳中求进。\n\n— 2 —\n\n上一篇：关于做好工作的通知\n"
    kept = {kind: [node.kind for node in speechparse.parse(text, drop=[kind]).body[0].children + speechparse.parse(
        text, drop=[kind]).back if isinstance(node, Note)] for kind in ("page", "chrome")}
    assert kept == {"page": ["chrome"], "chrome": ["page"]}


def test_a_kind_that_cannot_be_dropped_is_refused():
    with pytest.raises(ValueError, match="cannot drop 'editorial': only page, chrome, contents, cover notes"):
        speechparse.parse(CUT, drop=["editorial"])


def test_the_command_line_offers_the_kinds_the_library_drops():
    from speechparse.api import DROPPABLE
    from speechparse.cli.convert import DROPPABLE as CLI_DROPPABLE

    assert CLI_DROPPABLE == DROPPABLE


# ---- running heads ------------------------------------------------------------------------------------------


HEADED = "\n".join([  # a PDF copy: one line per printed line
    "关于做好工作的讲话", "同志们：", "一、总体要求", "过去一年，全市经济社会发展取得新", "— 1 —", "某某市政府工作报告", "成效。",
    "二、重点任务", "我们要扎实推进各项工", "— 2 —", "某某市政府工作报告", "作，确保完成任务。"])


def test_a_short_line_repeated_beside_each_page_number_is_a_running_head():
    doc = speechparse.parse(HEADED)
    notes = [(node.kind, node.text) for section in doc.body for node in section.children if isinstance(node, Note)]
    assert notes == [("page", "— 1 —"), ("page", "某某市政府工作报告"), ("page", "— 2 —"), ("page", "某某市政府工作报告")]


def test_three_copies_of_the_title_in_the_body_its_words_in_any_order_are_running_heads():
    head = "洛阳市2023年国民经济和社会发展统计公报"
    paragraphs = ["2023年洛阳市国民经济和社会发展统计公报①", "洛阳市统计局", "2024年4月30日", "一、综合", "全年生产总值达到5481.6亿元。", head,
                  "年末常住人口707.9万人。", "二、农业", "全年粮食种植面积744.8万亩。", head, "全年肉类产量18.5万吨。", head,
                  "全年工业增加值1751.6亿元。"]
    doc = speechparse.parse("\n\n".join(paragraphs))
    assert [(s.marker + s.heading, [getattr(node, "kind", None) for node in s.children]) for s, _ in sections(doc)] == [
        ("一、综合", [None, "page", None]), ("二、农业", [None, "page", None, "page", None])]
    assert doc.meta.title == "2023年洛阳市国民经济和社会发展统计公报"


def test_two_copies_of_the_title_in_the_body_with_no_page_number_beside_them_stay_text():
    doc = speechparse.parse("\n\n".join(["关于做好工作的讲话", "同志们：", "要坚持稳中求进。", "关于做好工作的讲话", "要扎实推进工作。",
                                         "关于做好工作的讲话", "要确保完成任务。"]))
    assert not [node for node in doc.body if isinstance(node, Note)]


def test_bare_numbers_beside_a_running_head_are_page_numbers_where_the_numbers_make_no_series():
    head = "第55次中国互联网络发展状况统计报告"
    lines = ["关于做好工作的讲话", "同志们：", "要坚持稳中求进，全市经济社会发展取得新", head, "4", "成效。", "2", "3",
             "我们要扎实推进各项工", head, "7", "作，确保完成任务。"]  # 2 and 3: a table's figures
    doc = speechparse.parse("\n".join(lines))
    notes = [(node.kind, node.text) for node in doc.body if isinstance(node, Note)]
    assert notes == [("page", head), ("page", "4"), ("page", head), ("page", "7")]


def test_dropping_page_furniture_joins_what_running_heads_and_numbers_cut():
    doc = speechparse.parse(HEADED, drop=["page"])
    assert [node.text for section in doc.body for node in section.children] == [
        "过去一年，全市经济社会发展取得新成效。", "我们要扎实推进各项工作，确保完成任务。"]


def test_a_join_reports_a_page_end_where_page_furniture_was_dropped_and_a_wrapped_line_where_the_next_line_went_on():
    doc = speechparse.parse(HEADED.replace("我们要扎实推进各项工", "我们要扎实推进\n各项工"), drop=["page"])
    causes = [d.message.split(" joined")[0] for d in doc.diagnostics if d.code == "SP001"]
    assert causes == ["paragraph broken by a page end", "paragraph broken by a wrapped line", "paragraph broken by a page end"]


def test_a_short_line_repeated_without_page_numbers_beside_it_stays_text():
    text = OPENING + "\n\n".join(["一、总体要求", "王晓峰", BODY_LINE, "二、重点任务", "王晓峰", BODY_LINE, "三、保障", "王晓峰"])
    doc = speechparse.parse(text)
    assert not [node for node, _ in walk(doc.body) if isinstance(node, Note)]


@pytest.mark.parametrize("after", ["谢谢大家！", "（2023年5月6日）"])
def test_a_page_number_after_the_conclusion_and_before_the_closing_keeps_the_structure(after: str):
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY_LINE, "同志们，让我们共同努力！", "— 3 —", after]))
    assert not [d for d in doc.diagnostics if d.code == "SP099"]
    assert [type(node).__name__ for node in doc.back][-1] in ("Closing", "DateLine")


def test_a_page_number_after_the_conclusion_at_the_end_stays_a_note():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY_LINE, "同志们，让我们共同努力！", "— 3 —"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Conclusion", None), ("Note", "page")]


# ---- footnotes --------------------------------------------------------------------------------------------

FOOTNOTED = "\n\n".join([
    "在全省宣传思想工作会议上的讲话", "同志们：", "一、深刻认识重要意义",
    "宣传思想工作是一项极端重要的工作①。我们要切实把思想统一到党中央的决策部署上来②。",
    "要坚持以人民为中心的工作导向。",
    "①习近平：《在全国宣传思想工作会议上的讲话》，人民出版社2018年版，第3页。",
    "②《习近平关于宣传思想工作论述摘编》，中央文献出版社2020年版，第15页。",
    "— 2 —", "二、扎实做好各项任务", "要加强理论武装③。", "③参见《中国共产党宣传工作条例》第五条。",
    "同志们，让我们奋发有为！",
])


def test_footnotes_at_the_foot_of_a_page_are_notes_not_headings():
    doc = speechparse.parse(FOOTNOTED)
    assert [section.marker + section.heading for section in doc.body] == ["一、深刻认识重要意义", "二、扎实做好各项任务"]
    footnotes = [node.text[:2] for section in doc.body for node in section.children
                 if isinstance(node, Note) and node.kind == "footnote"]
    assert footnotes == ["①习", "②《", "③参"]


def test_a_footnote_whose_mark_follows_the_quotation_it_cites_is_a_footnote():
    doc = speechparse.parse("\n\n".join([
        "在全县农村工作会议上的讲话", "同志们：", "一、关于突出重点的问题",
        "毛主席指出：“没有正确的政治观点，就等于没有灵魂。”①我们做农村工作，首先要把思想工作摆在第一位。",
        "①《毛泽东著作选读（甲种本）》，人民出版社1965年第2版，第477页。", "我们要把这个道理讲清楚。", "二、关于工作方法的问题",
        "县委书记要下乡蹲点。"]))
    assert [section.marker + section.heading for section, _ in sections(doc)] == ["一、关于突出重点的问题", "二、关于工作方法的问题"]
    assert [node.kind for node in doc.body[0].children if isinstance(node, Note)] == ["footnote"]


def test_a_circled_item_after_a_quotation_that_cites_nothing_stays_a_heading():
    text = "\n\n".join(["标题", "同志们：", "他说：“要抓好三件事。”①加强学习。要深入学习。", "①加强学习。要深入学习。",
                         "②改进作风。要转变作风。"])
    assert [section.marker for section in speechparse.parse(text).body if hasattr(section, "marker")] == ["①", "②"]


def test_a_circled_item_whose_mark_is_not_in_the_text_above_stays_a_heading():
    text = FOOTNOTED.replace("工作①。", "工作。").replace("上来②。", "上来。")
    first = speechparse.parse(text).body[0]
    assert [child.marker for child in first.children if hasattr(child, "marker")] == ["①", "②"]


def test_a_circled_item_that_cites_nothing_stays_a_heading_even_after_its_mark():
    text = "\n\n".join(["标题", "同志们：", "工作有三个重点①②：", "①加强学习。要深入学习。", "②改进作风。要转变作风。"])
    assert [section.marker for section in speechparse.parse(text).body if hasattr(section, "marker")] == ["①", "②"]


def test_footnote_notes_validate_against_the_json_schema():
    import json
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("speechparse").joinpath("schema/speechparse-ast.schema.json").read_text("utf-8"))
    exported = json.loads(speechparse.dumps(speechparse.parse(FOOTNOTED)))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(exported)) == []


def test_circled_items_citing_books_after_a_preview_that_enumerates_them_stay_headings():
    text = "\n\n".join(["学习计划", "同志们：", "一、学习内容", "主要学习内容包括①学习党章②学习理论，请大家认真学习。",
                        "①认真学习《中国共产党章程》。要逐条学习。", "②深入学习《习近平谈治国理政》。要联系实际。"])
    children = speechparse.parse(text).body[0].children
    assert [getattr(node, "marker", None) for node in children] == [None, "①", "②"]


PER_LINE = ["一、认清形势", "当前我县经济运行总体平稳，但也存在一些", "2", "突出问题，需要高度重视。", "各项工作有序推进。",
            "要加强领导。", "要狠抓落实。", "3", "要严格考核。"]


SITE_HEAD = "百度文库 - 好好学习，天天向上"
PAGED = "\n\n".join([SITE_HEAD, "-1", "个金客户经理管理考核暂行办法", "第一章 总则", "第一条 为规范个金客户经理的管理，",
                     SITE_HEAD, "-2", "特制定本办法。", "第二条 本办法适用于分行各支行。", SITE_HEAD, "-3",
                     "第三条 本办法由分行负责解释。"])


def test_a_pdfs_running_head_over_its_first_pages_number_is_no_title():
    doc = speechparse.parse(PAGED)
    assert [(node.kind, node.text) for node in doc.front[:2]] == [("page", SITE_HEAD), ("page", "-1")]
    assert (doc.meta.title, doc.meta.subtitle) == ("个金客户经理管理考核暂行办法", None)


def test_page_numbers_after_a_dash_beside_a_running_head_are_page_notes_and_cut_no_paragraph():
    doc = speechparse.parse(PAGED, drop=["page"])
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Paragraph)] == [
        "第一条 为规范个金客户经理的管理，特制定本办法。", "第二条 本办法适用于分行各支行。", "第三条 本办法由分行负责解释。"]


def test_a_four_digit_page_number_over_the_next_pages_first_line_keeps_the_two_apart():
    head = "立法會 ─ 2013年 1月 16日"  # a council's transcript: its head, then the page number right over the page's first line
    blocks = ["會議過程正式紀錄", "主席：現在開會。", "政府會增加房屋土地供應。", head, "3437\n(八 ) 交通運輸", "我們要做好工作。",
              "要發展公共交通。", "要改善道路。", head, "3438\n(九 ) 醫療", "要改善醫療服務。"]
    doc = speechparse.parse("\n\n".join(blocks))
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Note)] == [head, "3437", head, "3438"]
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("(八 )", "交通運輸"), ("(九 )", "醫療")]


def test_a_year_alone_above_the_title_is_no_page_number():
    doc = speechparse.parse("2013\n在县安全生产工作会议上的讲话\n同志们：\n今天召开会议。\n")
    assert not any(isinstance(node, Note) and node.kind == "page" for node in doc.front)


def test_a_pdfs_bare_number_above_the_title_is_a_page_number_not_part_of_the_title():
    doc = speechparse.parse("1\n在县安全生产工作会议上的讲话\n同志们：\n今天召开会议。\n")
    assert (doc.front[0].kind, doc.front[0].text, doc.meta.title) == ("page", "1", "在县安全生产工作会议上的讲话")


def test_bare_numbers_running_as_pages_through_the_text_are_page_notes():
    doc = speechparse.parse("在全县工作会议上的讲话\n同志们：\n" + "\n".join(PER_LINE) + "\n")
    [section] = doc.body
    assert [(node.kind, node.text) for node in section.children if isinstance(node, Note)] == [("page", "2"), ("page", "3")]


def test_dropping_bare_page_numbers_joins_the_paragraph_they_cut():
    doc = speechparse.parse("在全县工作会议上的讲话\n同志们：\n" + "\n".join(PER_LINE) + "\n", drop=["page"])
    [section] = doc.body
    assert section.children[0].text == "当前我县经济运行总体平稳，但也存在一些突出问题，需要高度重视。"


@pytest.mark.parametrize("numbers", [("2", "5"), ("3", "2"), ("2",)])
def test_bare_numbers_that_do_not_run_as_pages_stay_text(numbers: tuple[str, ...]):
    lines = [*PER_LINE]
    lines[2], lines[7] = numbers[0], numbers[1] if len(numbers) > 1 else "要继续努力。"
    doc = speechparse.parse("在全县工作会议上的讲话\n同志们：\n" + "\n".join(lines) + "\n")
    assert not any(isinstance(node, Note) for node in walk(doc.body))


def test_the_numbers_of_a_tables_rows_one_after_another_stay_text():
    doc = speechparse.parse("在全县工作会议上的讲话\n同志们：\n获奖名单如下：\n1\n张三\n2\n李四\n3\n王五\n要继续努力。\n")
    assert not any(isinstance(node, Note) for node in walk(doc.body))


def test_notes_under_a_rule_at_the_end_are_endnotes_not_headings():
    doc = speechparse.parse(OPENING + "一、认清形势\n\n当前经济运行总体平稳①，但也存在一些问题。\n\n二、强化措施\n\n各部门要抓好落实。"
                            "\n\n————————————\n\n①数据来源：县统计局。\n")
    assert [section.marker for section in doc.body] == ["一、", "二、"]
    assert [(node.kind, node.text) for node in doc.back] == [("endnotes", "————————————"), ("endnotes", "①数据来源：县统计局。")]


def test_a_footnote_citing_a_data_source_is_a_footnote():
    doc = speechparse.parse(OPENING + "一、认清形势\n\n当前经济运行总体平稳①，但也存在一些问题。\n\n①数据来源：县统计局。\n\n"
                            "要坚持稳中求进。\n\n二、强化措施\n\n各部门要抓好落实。\n")
    [first, _] = doc.body
    assert [(node.kind, node.text) for node in first.children if isinstance(node, Note)] == [("footnote", "①数据来源：县统计局。")]


CHUNK = "我们要坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，" * 8  # ~250 characters, cut mid-sentence


def chunk_document(*chunks: str) -> str:
    return "\n".join(f"{number}、{chunk}" for number, chunk in enumerate(chunks, 1))


def test_a_document_sites_preview_chunk_numbers_are_chrome_notes_not_headings():
    doc = speechparse.parse(chunk_document(CHUNK + "按现行汇率计", "算折合美元。" + CHUNK, "完。"))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node, _ in walk(doc.body)] == [
        ("Paragraph", None), ("Note", "chrome"), ("Paragraph", None), ("Note", "chrome"), ("Paragraph", None)]
    assert [node.text for node in doc.front] == ["1、"]


def test_chunks_are_joined_again_where_their_numbers_are_dropped():
    doc = speechparse.parse(chunk_document(CHUNK + "按现行汇率计", "算折合美元。"), drop=("chrome",))
    assert [node.text for node in doc.body] == [CHUNK + "按现行汇率计算折合美元。"]


def chunk_dump(*chunks: str) -> str:
    """A retrieval pipeline's dump of a PDF's text: each chunk under its mark, cut anywhere."""
    return "\n\n".join(f"[chunk_{number:03d}]\n{chunk}" for number, chunk in enumerate(chunks))


def test_a_text_splitters_chunk_marks_are_chrome_notes_never_the_title_or_text():
    doc = speechparse.parse(chunk_dump("政府工作报告\n\n各位代表：\n\n一、工作回顾\n\n过去一年，我们大拼经济，大抓发展，",
                                       "企业预期更稳、信心更强。"))
    assert [type(node).__name__ for node in doc.front] == ["Note", "Title", "Salutation"]
    assert (doc.front[0].kind, doc.front[0].text, doc.meta.title) == ("chrome", "[chunk_000]", "政府工作报告")
    [section] = doc.body
    assert [(type(node).__name__, node.text) for node in section.children] == [
        ("Paragraph", "过去一年，我们大拼经济，大抓发展，"), ("Note", "[chunk_001]"), ("Paragraph", "企业预期更稳、信心更强。")]


def test_the_sentence_a_chunk_mark_cuts_is_joined_again_where_the_marks_are_dropped():
    doc = speechparse.parse(chunk_dump("同志们：\n\n过去一年，我们大拼经济，大抓发展，", "企业预期更稳、信心更强。"), drop=("chrome",))
    assert [node.text for node in doc.body] == ["过去一年，我们大拼经济，大抓发展，企业预期更稳、信心更强。"]


@pytest.mark.parametrize("items", [
    (CHUNK + "。", CHUNK + "。"),  # each item ends its sentence
    ("加强组织领导", "落实工作责任"),  # short
])
def test_a_numbered_list_stays_numbered(items):
    doc = speechparse.parse("同志们：\n" + chunk_document(*items))
    assert not any(isinstance(node, Note) for node, _ in walk(doc.body))


def test_a_page_number_a_converter_numbered_as_a_list_item_is_a_page_note_not_a_heading():
    doc = speechparse.parse("\n".join(["1. — 1 —", "杭州市人民政府文件", "杭政函〔2024〕16 号", "关于做好工作的通知",
                                        "各区、县（市）人民政府：", BODY_LINE, "2. — 2 —", BODY_LINE]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "page"), ("Note", "letterhead"), ("Note", "reference"), ("Title", None), ("Salutation", None)]
    assert [getattr(node, "kind", None) for node in doc.body] == [None, "page", None]


OPENING_TEXT = "今天，我们在这里召开上半年经济形势分析会，主要目的是总结分析上半年经济运行情况，全面部署下半年经济工作。"


def test_a_sites_excerpt_of_the_text_above_the_text_is_a_chrome_note():
    title = "在上半年经济形势分析会上的讲话"
    teaser = (title + "同志们：" + OPENING_TEXT * 2)[:100]
    doc = speechparse.parse("\n".join([title, teaser, f"{title} 同志们： {OPENING_TEXT * 2}", BODY_LINE]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Note", "chrome"), ("Salutation", None)]  # the excerpt, the title's repeat
    assert doc.front[1].text == teaser
    assert doc.body[0].text == OPENING_TEXT * 2


def test_a_title_line_the_next_paragraph_repeats_as_it_begins_is_no_excerpt():
    title = "在上半年经济形势分析会上的讲话"
    doc = speechparse.parse("\n".join([title, title + "同志们：" + OPENING_TEXT, BODY_LINE]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Salutation"]
    assert doc.front[0].lines == (title, title)  # the title, then its repeat


YAML_HEADER = ["---", "layout: post", 'title: "国家主席习近平发表二〇二四年新年贺词"', "date: 2024-07-08", "tags: [文学]", "---"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_markdown_files_yaml_front_matter_is_a_chrome_note_before_the_title(separator):
    doc = speechparse.parse("\n".join(YAML_HEADER) + "\n\n" + separator.join(["二〇二四年新年贺词", "大家好！", BODY_LINE * 3]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][-2:] == [
        ("Note", "chrome"), ("Title", None)]
    notes = [node.text for node in doc.front if isinstance(node, Note)]
    assert "".join(notes).replace(" ", "") == "".join(YAML_HEADER).replace(" ", "")
    assert doc.meta.title == "二〇二四年新年贺词"


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_crawlers_record_at_the_top_is_chrome_before_the_texts_own_title(separator):
    record = ["标题：高阳县2018年政府工作报告", "发文单位：高阳县人民政府", "发文时间：2018-01-31",
              "来源URL：https://gaoyang.gov.cn/info_show.asp?infoid=5665", "正文："]
    doc = speechparse.parse(separator.join(record) + "\n\n" + "\n\n".join(["政府工作报告", "各位代表：", BODY_LINE * 3]))
    assert [getattr(node, "kind", None) for node in doc.front][-2:] == [None, None]
    assert all(node.kind == "chrome" for node in doc.front[:-2])
    assert (doc.meta.title, doc.meta.salutation) == ("政府工作报告", "各位代表")


def test_a_files_description_of_the_text_and_the_heading_announcing_it_are_chrome_before_its_own_title():
    description = ["# 源材料（真实世界材料 · 未经改写）", "- **标题**：2024年度审计工作报告", "- **报告人**：审计署审计长 侯凯",
                   "- **抓取时间**：2026-09-11 12:25", "---", "## 正文（原样保留）"]
    doc = speechparse.parse("\n\n".join([*description, "2024年度审计工作报告", "——2025年6月24日在全国人大常委会会议上",
                                         "委员长、各位委员：", BODY_LINE * 3]))
    assert [getattr(node, "kind", None) for node in doc.front] == ["chrome"] * 6 + [None, None, None]
    assert (doc.meta.title, doc.meta.date, doc.meta.salutation) == ("2024年度审计工作报告", "2025-06-24", "委员长、各位委员")


def test_a_heading_naming_the_full_text_with_no_description_above_it_is_no_description():
    doc = speechparse.parse("\n\n".join(["# 政府工作报告", "## 全文", "各位代表：", BODY_LINE * 3]))
    assert not [node for node in doc.front if isinstance(node, Note) and node.kind == "chrome"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_crawlers_record_with_fields_of_its_own_gives_title_date_and_speaker_the_text_does_not(separator):
    record = ["id: 316b9510c8", "标题：在全市工作会议上的讲话", "日期：2023-3-1", "是否是时间段：false", "作者：王建国", "来源：",
              "标签：会议,发言,江青,姚文元,毛泽东,彭真,周扬,北京文革,上海文革,两条路线斗争,武斗,人民内部矛盾,文艺战线,红卫兵运动,革命大批判",
              "书籍：某市通讯第四期", "正文："]
    doc = speechparse.parse(separator.join(record) + "\n\n" + "\n\n".join(["同志们：", BODY_LINE * 3]))
    assert {node.kind for node in doc.front[:-1]} == {"chrome"}
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker, doc.meta.salutation) == (
        "在全市工作会议上的讲话", "2023-03-01", "王建国", "同志们")


def test_the_texts_own_title_and_date_lines_come_before_a_crawlers_record():
    record = ["标题：在全市工作会议上的讲话", "日期：2023-3-1", "作者：王建国", "正文："]
    doc = speechparse.parse("\n\n".join([*record, "在全市工作会议上的讲话（摘要）", "（2023年3月2日）", "同志们：", BODY_LINE * 3]))
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker) == ("在全市工作会议上的讲话（摘要）", "2023-03-02", "王建国")


def test_a_texts_own_title_field_and_byline_field_are_no_crawlers_record():
    doc = speechparse.parse("标题：关于做好春节期间安全工作的通知\n\n作者：张三\n\n各区县人民政府：\n\n" + BODY_LINE * 3)
    assert not any(getattr(node, "kind", None) == "chrome" for node in doc.front)


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_rule_at_the_top_over_prose_whose_first_line_has_a_fields_shape_stays_text(separator):
    lines = ["---", "Note: 本文根据录音整理", "同志们：", BODY_LINE, "---"]
    doc = speechparse.parse(separator.join(lines) + "\n\n" + BODY_LINE * 2)
    assert not [node for node in doc.front if isinstance(node, Note) and node.kind == "chrome"]
    assert BODY_LINE in [node.text for node in doc.body]


def test_a_rule_at_the_top_with_text_that_is_no_field_under_it_stays_text():
    doc = speechparse.parse("---\n\n标题：二〇二四年新年贺词\n\n---\n\n大家好！" + BODY_LINE * 3)
    assert not any(isinstance(node, Note) for node in doc.front)


def test_a_tables_figures_beside_its_labels_are_no_page_numbers():
    doc = speechparse.parse("\n".join(["选举结果如下：", "张三", "得票", "280", "李四", "得票", "275", "王五", "得票", "270",
                                       "以上同志当选。"]))
    assert not [node for node, _ in walk(doc.body) if isinstance(node, Note)]


def test_a_yaml_header_with_a_chinese_or_quoted_key_is_chrome():
    doc = speechparse.parse("\n".join(["---", "title: 二〇二四年新年贺词", "分类: 讲话稿", '"date": 2024-01-01', "---", "",
                                       "二〇二四年新年贺词", "", "大家好！", "", BODY_LINE * 3]))
    assert doc.meta.title == "二〇二四年新年贺词"
    assert {node.kind for node in doc.front if isinstance(node, Note)} == {"chrome"}


def test_a_lectures_header_is_no_crawlers_record():
    doc = speechparse.parse("\n\n".join(["题目：新时代的教育", "报告人：张明教授", "时间：2024年5月12日", "地点：学校大礼堂",
                                        "同学们：", BODY_LINE * 3]))
    assert not [node for node in doc.front if isinstance(node, Note) and node.kind == "chrome"]


def test_front_matter_that_lost_its_opening_rule_is_still_a_chrome_note_before_the_title():
    doc = speechparse.parse('title: "北大毕业致辞"\ndate: 2016-07-07 20:40:14\ntags:\n- 感触\ncategories: 思维\n---\n\n'
                            "在北京大学2015年毕业典礼上的致辞\n\n亲爱的同学们：\n\n" + BODY_LINE * 3)
    assert doc.meta.title == "在北京大学2015年毕业典礼上的致辞"
    assert {node.kind for node in doc.front if isinstance(node, Note)} == {"chrome"}


def test_years_alone_on_their_lines_through_a_review_are_no_page_numbers():
    paragraphs = ["今年我们做了很多工作。", "要继续努力。", "还要更加努力。", "取得了新成效。"]
    text = "\n\n".join(["回顾五年来的工作", *(line for year in ("2016", "2017", "2018") for line in (year, *paragraphs))])
    assert not any(isinstance(node, Note) and node.kind == "page" for node, _ in walk(speechparse.parse(text).body))


def test_a_zero_alone_above_the_title_is_a_page_number():
    doc = speechparse.parse("0\n施政報告：結語\n\n今年我們做了很多工作，取得了很大成績。\n")
    assert (doc.front[0].kind, doc.meta.title) == ("page", "施政報告：結語")


def test_a_page_number_with_dashes_above_the_text_is_no_subtitle():
    doc = speechparse.parse("- 2 -\n\n今天我们召开全市工作会议，主要任务是总结过去一年的工作，分析当前形势，部署今年的重点任务，动员全市上下共同努力。")
    assert (doc.front[0].kind, doc.meta.subtitle) == ("page", None)


def test_a_live_transcripts_time_stamp_after_the_sentence_ends_the_paragraph():
    doc = speechparse.parse("李克强答中外记者问\n\n先请李克强总理给大家讲几句话。[10:29]\n\n[李克强]：\n\n刚才我听主持人说，大家很辛苦。\n")
    assert [node.text for node in doc.body] == ["先请李克强总理给大家讲几句话。[10:29]", "[李克强]：", "刚才我听主持人说，大家很辛苦。"]
    assert doc.joins == ()


CONTINUED = ["二、主要措施", "（一）搭建平台", "1、创新创业软平台", "每月一讲。", "— 5 —", "（一）搭建平台", "2、创新创业硬平台",
             "建设实践基地。", "（二）组织保障", "成立领导小组。"]


def test_a_heading_repeated_at_the_top_of_a_page_that_goes_on_its_part_is_a_running_head():
    doc = speechparse.parse("\n\n".join(CONTINUED))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "二、主要措施"), (2, "（一）搭建平台"), (3, "1、创新创业软平台"), (3, "2、创新创业硬平台"), (2, "（二）组织保障")]
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Note)] == ["— 5 —", "（一）搭建平台"]


def test_the_same_heading_under_another_part_is_a_section_of_its_own():
    doc = speechparse.parse("\n\n".join(["一、主要成效", "（一）搭建平台", "平台建成。", "二、下步打算", "（一）搭建平台",
                                         "继续建设。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "一、主要成效"), (2, "（一）搭建平台"), (1, "二、下步打算"), (2, "（一）搭建平台")]


def test_a_field_label_of_a_meetings_minutes_is_never_joined_to_the_value_above_it():
    doc = speechparse.parse("\n".join(["部务会会议记录", "出席人员：", "张道伟、徐军光", "请假人员：", "潘姿安", "列席人员：",
                                        "李国栋、朱芳", "一、学习会议精神", "会议传达学习了有关精神。"]))
    assert [node.text for node in doc.body[:6]] == ["出席人员：", "张道伟、徐军光", "请假人员：", "潘姿安", "列席人员：", "李国栋、朱芳"]


def test_two_label_lines_in_a_row_are_fields_never_joined_even_in_a_hard_wrapped_text():
    doc = speechparse.parse("一、报名方式\n有意向报名参加竞赛的同学请加入QQ群，在群中了解\n更多比赛信息。\n联系人：焦阳\n联系电话：15838368565\n")
    [section] = doc.body
    assert [node.text for node in section.children] == [
        "有意向报名参加竞赛的同学请加入QQ群，在群中了解更多比赛信息。", "联系人：焦阳", "联系电话：15838368565"]
