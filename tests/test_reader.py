"""Reading: decoding, line breaks, whitespace, and the three paragraph layouts."""

from __future__ import annotations

import codecs
import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.ast import Span, sections
from speechparse.errors import DecodeError
from speechparse.readers import base
from speechparse.readers import text as reader_text
from speechparse.readers.base import SourceText
from speechparse.readers.text import (
    WHITESPACE,
    ZERO_WIDTH,
    decode,
    has_space,
    has_zero_width,
    read_blocks,
    read_source,
    space_runs,
)

SAMPLE = "在全区工作会议上的讲话\n\n同志们：\n\n今天开会。"


def texts(text: str) -> list[str]:
    return [block.text for block in read_blocks(SourceText(text))]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("gb18030"), "gb18030"),
    ],
)
def test_bytes_are_decoded_and_the_encoding_recorded(data, encoding):
    text, used = decode(data)
    assert (text, used) == (SAMPLE, encoding)
    assert speechparse.parse(data).source.encoding == encoding


TRADITIONAL = "施政報告：結語\n\n各位議員：\n\n20年來，國家的發展取得舉世矚目的成就，國際地位不斷提高。\n"


@pytest.mark.parametrize("encoding", ["big5", "cp950"])
def test_big5_bytes_that_gb18030_would_read_as_mojibake_are_read_as_big5(encoding):
    text, used = decode(TRADITIONAL.encode(encoding))
    assert (text, used) == (TRADITIONAL, "cp950")


def test_gb18030_text_with_a_japanese_name_in_it_stays_gb18030():
    data = (SAMPLE + "今天我们请来了日本的ささき先生和さとう先生。" + SAMPLE * 5).encode("gb18030")
    assert decode(data)[1] == "gb18030"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), None),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), None),
        (SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), None),
        (SAMPLE.encode("gb18030"), None),
    ],
)
def test_the_source_hash_is_the_sha256_of_the_decoded_text_in_utf8(data, encoding):
    expected = hashlib.sha256(SAMPLE.encode("utf-8")).hexdigest()
    assert speechparse.parse(data, encoding=encoding).source.sha256 == expected


def test_a_bom_kept_by_an_explicit_utf8_encoding_is_part_of_the_hashed_text():
    data = codecs.BOM_UTF8 + SAMPLE.encode("utf-8")
    assert speechparse.parse(data, encoding="utf-8").source.sha256 == hashlib.sha256(data).hexdigest()


def test_whitespace_is_exactly_the_regex_whitespace_class_and_the_zero_width_characters():
    reference = re.compile(rf"[\s{ZERO_WIDTH}]")
    differing = [hex(code) for code in range(0x10000) if bool(WHITESPACE.match(chr(code))) != bool(reference.match(chr(code)))]
    assert differing == []


def test_undecodable_bytes_raise_one_documented_error():
    with pytest.raises(DecodeError, match="cannot decode"):
        decode("讲话".encode() + b"\x80")


def test_explicit_encoding_overrides_detection():
    assert decode("中文".encode("big5"), "big5") == ("中文", "big5")


def test_unknown_encoding_name_is_a_decode_error():
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"abc", "no-such-codec")


def test_a_path_is_read_and_recorded(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_bytes(SAMPLE.encode("gb18030"))
    doc = speechparse.parse(path)
    assert (doc.source.path, doc.source.encoding, doc.meta.salutation) == (str(path), "gb18030", "同志们")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_newline_convention_gives_the_same_paragraphs(newline):
    assert texts(SAMPLE.replace("\n", newline)) == ["在全区工作会议上的讲话", "同志们：", "今天开会。"]


def test_crlf_is_recorded_as_the_newline():
    assert speechparse.parse(SAMPLE.replace("\n", "\r\n")).source.newline == "\r\n"


def test_indents_nbsp_and_zero_width_characters_are_whitespace():
    text = "\u3000\u3000一、总体要求\n\n\xa0\xa0要坚持\u200b稳中求进。\n"
    assert texts(text) == ["一、总体要求", "要坚持稳中求进。"]


def test_a_line_of_zero_width_characters_is_no_paragraph_break():
    text = "增长74.4\n\u200b\n万亿元。\n\n下一段。"
    assert texts(text) == ["增长74.4万亿元。", "下一段。"]


def test_blank_line_layout_joins_lines_broken_inside_a_paragraph():
    text = "党的十八届六中全会\n正式明确\n核心地位。\n\n第二段。\n\n第三段。"
    assert texts(text) == ["党的十八届六中全会正式明确核心地位。", "第二段。", "第三段。"]


@pytest.mark.parametrize("before", ["", "\n\n"], ids=["at-the-start", "after-blank-lines"])
def test_title_speaker_and_date_lines_set_one_under_the_other_stay_apart(before):
    text = before + "在全县党建工作会议上的讲话\n县委书记  赵六\n（2022年3月1日）\n\n同志们：\n\n今天开会。\n\n散会。"
    assert texts(text) == ["在全县党建工作会议上的讲话", "县委书记 赵六", "（2022年3月1日）", "同志们：", "今天开会。", "散会。"]
    meta = speechparse.parse(text).meta
    assert (meta.title, meta.speaker, meta.date) == ("在全县党建工作会议上的讲话", "赵六", "2022-03-01")


def test_a_title_broken_before_its_last_character_is_joined():
    assert texts("政府工作报\n告\n\n各位代表：\n\n现在报告。\n\n请审议。")[0] == "政府工作报告"


def test_a_first_block_ending_a_sentence_is_one_paragraph_however_short_its_lines():
    assert texts("今天召开全市\n工作会议\n主要任务是部署。\n\n第二段。\n\n第三段。")[0] == "今天召开全市工作会议主要任务是部署。"


def test_short_lines_after_the_first_block_are_joined_as_a_broken_paragraph():
    text = "标题\n\n要坚持以\n新时代思想\n为指导\n\n第二段。\n\n第三段。"
    assert texts(text) == ["标题", "要坚持以新时代思想为指导", "第二段。", "第三段。"]


def test_latin_words_broken_across_lines_keep_a_space():
    assert texts("Public domain\nfalse\n\n结束。\n\n完。") == ["Public domain false", "结束。", "完。"]


def test_one_paragraph_per_line_layout():
    text = "标题\n同志们：\n第一段。\n第二段。\n第三段。"
    assert texts(text) == ["标题", "同志们：", "第一段。", "第二段。", "第三段。"]


def test_flattened_text_splits_at_double_ideographic_spaces():
    body = "第一段内容很长。" * 120
    text = f"同志们：\u3000\u3000{body}\u3000\u3000一、总体要求\u3000\u3000{body}"
    assert [t[:6] for t in texts(text)] == ["同志们：", "第一段内容很", "一、总体要求", "第一段内容很"]


def test_flattened_text_whose_single_spaces_part_sentences_splits_at_every_space():
    body = "第一段内容很长，要坚持稳中求进。" * 20
    text = " ".join(["在全区工作会议上的讲话", "同志们：", body, body, "一、总体要求", body, body, body, "二、重点任务", body, body])
    assert [t[:6] for t in texts(text)] == ["在全区工作会", "同志们：", *["第一段内容很"] * 2, "一、总体要求",
                                            *["第一段内容很"] * 3, "二、重点任务", *["第一段内容很"] * 2]


def test_flattened_text_whose_paragraphs_two_no_break_spaces_part_splits_at_them_not_inside_a_byline():
    body = "第一段内容很长，要坚持稳中求进。" * 20
    text = "\xa0\xa0".join(["在全区工作会议上的讲话", "区委书记、区长 王 琛", "同志们：", body, body, "一、总体要求", body,
                               body, body, "二、重点任务", body, body])
    assert [t[:7] for t in texts(text)] == ["在全区工作会议", "区委书记、区长", "同志们：", *["第一段内容很长"] * 2, "一、总体要求",
                                            *["第一段内容很长"] * 3, "二、重点任务", *["第一段内容很长"] * 2]
    assert texts(text)[1] == "区委书记、区长 王 琛"


def test_flattened_pdf_copy_whose_spaces_are_its_line_ends_is_not_split_at_them():
    line = "要坚持稳中求进工作总基调，全面贯彻新发展理念，加快构建"
    text = " ".join([line] * 60 + ["新发展格局。"])
    assert len(texts(text)) == 1


def test_letter_spaced_heading_is_not_split():
    assert texts("## 引\u3000\u3000言\n正文。\n另一段。") == ["## 引 言", "正文。", "另一段。"]


def test_spaces_inside_a_line_collapse_to_one():
    assert texts("王 \xa0琛\n同志们：\n好。") == ["王 琛", "同志们：", "好。"]


def test_anchors_map_every_character_back_to_the_source():
    text = "\u3000\u3000一、总体\n要求\n\n  要坚持稳中求进。"
    for block in read_blocks(SourceText(text)):
        for offset, char in enumerate(block.text):
            if char != " ":
                assert text[block.source_offset(offset)] == char


def test_a_slice_of_a_block_maps_its_characters_to_the_same_source_offsets():
    one_piece = base.RawBlock("一、总体要求。要坚持", ((0, 2),))
    two_pieces = base.RawBlock("要坚持稳中求进工作总基调。", ((0, 10), (7, 18)))  # two lines joined
    for block in (one_piece, two_pieces):
        for start, end in ((0, 3), (3, len(block.text)), (5, 9), (len(block.text), len(block.text))):
            part = block.slice(start, end)
            assert part.text == block.text[start:end]
            assert [part.source_offset(i) for i in range(len(part.text))] == [
                block.source_offset(start + i) for i in range(end - start)]
            assert part.start == block.source_offset(start)


def test_empty_and_whitespace_only_input_give_an_empty_document():
    for text in ("", "  \n\u3000\n\t\r\n", "\u200b\ufeff"):
        doc = speechparse.parse(text)
        assert (doc.front, doc.body, doc.back) == ((), (), ())


def test_lone_surrogates_in_a_str_become_replacement_characters_and_are_reported():
    doc = speechparse.parse("一、总体\ud800要求\n\n内容。")
    assert doc.body[0].heading == "总体\ufffd要求"
    assert [d.code for d in doc.diagnostics] == ["SP003"]
    speechparse.dumps(doc).encode("utf-8")


def test_html_residue_in_plain_text_is_kept_and_reported():
    text = "<DIV align=center><FONT size=2>在全市工作会议上的讲话</FONT></DIV>\n<DIV><FONT size=2></FONT> </DIV>\n<DIV>同志们：</DIV>\n<DIV>今天开会。</DIV>"
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.salutation) == ("在全市工作会议上的讲话", "同志们")
    assert doc.front[0].lines == ("<DIV align=center><FONT size=2>在全市工作会议上的讲话</FONT></DIV>",)
    assert {d.code for d in doc.diagnostics} == {"SP004"}


def test_a_title_with_html_entities_left_in_it_is_the_title_its_entities_read_in_the_metadata_only():
    line = "<h4>关于开展第五届&ldquo;挑战杯&rdquo;大赛的通知</h4>"
    doc = speechparse.parse("\n".join([line, "<p>根据学校安排，现将相关事宜通知如下：</p>", "<p><strong>一、大赛简介</strong></p>",
                                       "<p>大赛是一种竞赛活动。</p>"]))
    assert (doc.meta.title, doc.front[0].lines) == ("关于开展第五届“挑战杯”大赛的通知", (line,))
    assert [section.heading for section, _ in sections(doc)] == ["大赛简介"]


def test_a_space_entity_alone_is_never_the_title():
    doc = speechparse.parse("&nbsp;\n")
    assert (doc.front, doc.meta.title) == ((), None)


def test_a_line_of_tags_and_space_entities_alone_is_markup_before_the_next_paragraph_not_text():
    text = ("<p>同志们：</p>\n<p>今天开会，主要任务是部署工作。</p>\n<p>&nbsp;</p>\n<p style=\"text-align: right;\">&nbsp; &nbsp;"
            "某某县人民政府</p>\n<p style=\"text-align: right;\">2021年6月10日</p>\n<div class=\"clear\">&nbsp;</div>")
    doc = speechparse.parse(text)
    assert [type(node).__name__ for node in doc.body] == ["Paragraph"]
    assert [type(node).__name__ for node in doc.back] == ["Signature", "DateLine"]
    assert (doc.meta.date, doc.meta.speaker) == ("2021-06-10", None)
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_a_pages_body_stored_on_one_line_is_cut_after_each_html_block_and_keeps_every_character():
    paragraph = "<p style=\"text-indent: 2em;\">" + "各地区各部门要加强组织领导，狠抓工作落实。" * 40 + "</p>"
    blocks = ["<p style=\"text-align: center;\"><span>国务院办公厅关于推进政务新媒体健康有序发展的意见</span></p>",
              "<p>各省、自治区、直辖市人民政府：</p>", paragraph, "<p><strong>一、总体要求</strong></p>", paragraph,
              "<p style=\"text-align: right;\">国务院办公厅&nbsp;&nbsp;&nbsp;</p>", "<p style=\"text-align: right;\">2018年12月7日&nbsp;</p>"]
    text = " ".join(blocks)
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.salutation, doc.meta.date) == (
        "国务院办公厅关于推进政务新媒体健康有序发展的意见", "各省、自治区、直辖市人民政府", "2018-12-07")
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "总体要求")]
    assert [type(node).__name__ for node in doc.back] == ["Signature", "DateLine"]
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_spaces_inside_the_tags_of_a_pages_body_on_one_line_part_no_paragraphs():
    style = ("<p style=\"font-family: 宋体;white-space: normal;line-height: 47px;text-indent: 28px;"
             "background-color: rgb(255, 255, 255)\">")
    text = (style + " " * 23 + "<span style=\"font-size: 18px;\"><strong> 上半年全市经济运行情况分析</strong></span></p>"
            + style + "今年以来，全市经济运行总体平稳，主要指标好于预期。" * 30 + "</p>" + style + "一、地方经济带动GDP实现正增长</p>"
            + style + "上半年全市实现地区生产总值1228亿元，同比增长1.5%。" * 30 + "</p>")
    doc = speechparse.parse(text)
    assert doc.meta.title == "上半年全市经济运行情况分析"
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "地方经济带动GDP实现正增长")]
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_html_source_with_tags_on_lines_of_their_own_keeps_each_closing_tag_with_the_text_it_closes():
    text = "\n".join(["<p style=\"text-align:center\">", "    在全市工作会议上的讲话", "</p>", "<p>", "    同志们：", "</p>",
                     "<p>", "    今天开会。", "</p>", "<table><tbody><tr><td><p>", "举报人姓名", "</p></td>", "<td><p>",
                     "身份证号码", "</p></td></tr></tbody></table>", "<p>", "    要坚持稳中求进。", "</p>"])
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.salutation) == ("在全市工作会议上的讲话", "同志们")
    assert doc.front[0].lines == ("<p style=\"text-align:center\">在全市工作会议上的讲话</p>",)
    assert list(sections(doc)) == []  # (a table's cells are no headings)
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_html_source_with_a_tags_attributes_over_lines_keeps_the_tag_with_the_text_after_it():
    text = "\n".join(['<table width="800" style="', "margin: 0 auto;", '" cellspacing="0" border="0">', "<tbody>",
                     '<h1 style="display:none;">某某局关于做好冬季防火工作的通知', "</h1>", "<p>各省能源局：</p>",
                     "<p>　　为做好冬季防火工作，现通知如下。</p>"])
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.salutation) == ("某某局关于做好冬季防火工作的通知", "各省能源局")
    assert doc.front[0].lines == ('<table width="800" style="margin: 0 auto;" cellspacing="0" border="0"><tbody>'
                                  '<h1 style="display:none;">某某局关于做好冬季防火工作的通知</h1>',)
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


def test_a_line_opening_with_a_bracket_and_no_tags_name_is_text_not_a_tag_over_lines():
    doc = speechparse.parse("\n\n".join(["一、总体要求", "<2 的企业比例明显下降，", "要坚持稳中求进。>", "二、重点任务", "要抓好落实。"]))
    assert [(section.marker, section.heading, section.prefix) for section, _ in sections(doc)] == [
        ("一、", "总体要求", ""), ("二、", "重点任务", "")]
    assert [node.text for node in doc.body[0].children] == ["<2 的企业比例明显下降，要坚持稳中求进。>"]


def test_a_pdfs_text_with_spaces_between_its_characters_reads_as_if_it_had_none():
    lines = ["关于某市2025年预算执行情况的报告", "各位代表：", "受市人民政府委托，现提出报告，请予审议。", "一、2025年预算执行情况",
             "2025年是收官之年，全市财政运行总体平稳。", "（一）一般公共预算收支情况。", "全市收入完成207亿元，增长3.2%。",
             "（二）政府性基金预算收支情况。", "全市基金收入224.1亿元。一是积极争取资金。二是盘活资产。"]
    spaced = "\n".join("  ".join(line) for line in lines)
    plain, doc = speechparse.parse("\n".join(lines)), speechparse.parse(spaced)
    assert [block.text for block in reader_text.read_source(spaced)[1]] == lines
    assert (doc.meta.title, doc.meta.salutation) == (plain.meta.title, plain.meta.salutation) == (lines[0], "各位代表")
    assert [(s.marker, s.heading) for s, _ in sections(doc)] == [(s.marker, s.heading) for s, _ in sections(plain)] == [
        ("一、", "2025年预算执行情况"), ("（一）", "一般公共预算收支情况"), ("（二）", "政府性基金预算收支情况")]


def test_a_line_spaced_out_in_a_text_that_is_not_keeps_its_spaces():
    text = "\n\n".join(["在全市工作会议上的讲话", "同志们：", "我 们 要 做 好 工 作", "要坚持稳中求进工作总基调。" * 5])
    assert "我 们 要 做 好 工 作" in [block.text for block in reader_text.read_source(text)[1]]


def test_a_line_opening_with_a_closing_mark_continues_the_line_before():
    text = "毛主席说：“\n这是完全必要的。\n”为了认识这个论断，我们要学习。\n\n下一段。\n\n再一段。"
    assert texts(text) == ["毛主席说：“这是完全必要的。”为了认识这个论断，我们要学习。", "下一段。", "再一段。"]


def test_flattened_text_splits_at_runs_of_spaces_left_by_lost_indents():
    body = "第一段内容很长。" * 120
    text = f"同志们：    {body}    一、总体要求    {body}"
    assert [t[:6] for t in texts(text)] == ["同志们：", "第一段内容很", "一、总体要求", "第一段内容很"]


@pytest.mark.parametrize("space", [*ZERO_WIDTH, " ", "\u3000", "\t", "\xa0", "\u2028"])
def test_a_line_with_any_whitespace_or_zero_width_character_is_not_taken_as_one_piece(space):
    assert has_space(f"甲{space}乙")


def test_a_line_without_whitespace_is_taken_as_one_piece():
    assert not has_space("甲乙，丙丁。")


@pytest.mark.parametrize("chunk", [1, 2, 3, 1 << 20])
@pytest.mark.parametrize("text", ["", "甲", "\n", "甲\n", "\n\n甲\n乙", "甲\r\n乙\r丙\u2028丁\u2029戊\n", "一\n二\n\n三\n" * 5])
def test_line_starts_are_the_offsets_after_every_line_break(monkeypatch, text, chunk):
    monkeypatch.setattr(base, "SPLIT_CHUNK", chunk)
    expected = [0, *(match.end() for match in re.finditer(r"\r\n|\r|\n|\u2028|\u2029", text))]
    assert list(SourceText(text).line_starts) == expected


@pytest.mark.parametrize("chunk", [1, 2, 3, 1 << 20])
@pytest.mark.parametrize("text", ["", "甲", "\n", "甲\n", "\n\n甲\n乙", "　甲 \n\n 乙。\n丙", "一\n二\n\n三\n" * 5])
def test_lines_split_once_give_the_line_starts_and_blocks_of_the_line_by_line_reading(monkeypatch, text, chunk):
    monkeypatch.setattr(base, "SPLIT_CHUNK", chunk)
    source, blocks = read_source(text)
    assert list(source.line_starts) == list(SourceText(text).line_starts)
    assert blocks == read_blocks_line_by_line(text)


def read_blocks_line_by_line(text: str) -> list:
    """The blocks when every line is cut from the text by its start and end (the way read_blocks
    reads, and read_source reads texts with CR or zero-width characters)."""
    return read_blocks(SourceText(text))


@pytest.mark.parametrize("list_lines", [0, 1 << 16])
def test_positions_are_the_same_whether_line_starts_are_a_list_or_an_array(monkeypatch, list_lines):
    monkeypatch.setattr(base, "LIST_LINES", list_lines)
    source = SourceText("一、总体要求\n\n要坚持。\r\n谢谢！")
    assert [source.span(start, end) for start, end in [(0, 6), (8, 12), (14, 17)]] == [
        Span(0, 6, 1, 1, 1, 7), Span(8, 12, 3, 1, 3, 5), Span(14, 17, 4, 1, 4, 4)]


def test_zero_width_characters_are_looked_for_only_in_documents_that_have_them():
    assert has_zero_width("甲\ufeff乙") and not has_zero_width("甲 乙")
    assert has_space("甲 乙", zero_width=False) and not has_space("甲乙", zero_width=False)


LINE_PIECES = st.lists(st.sampled_from(["甲", "乙。", "ab", "12", "，", " ", "\u3000", "\u200b", "”", "（一）", "#"]),
                       min_size=1, max_size=6).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(LINE_PIECES, st.sampled_from(["\n", "\n\n", "\r\n"])), max_size=12))
def test_lines_joined_directly_are_the_blocks_the_normaliser_makes(lines):
    text = "".join(line + end for line, end in lines)
    fast = read_blocks(SourceText(text))
    original = reader_text.joined_lines
    reader_text.joined_lines = lambda *args: None
    try:
        slow = read_blocks(SourceText(text))
    finally:
        reader_text.joined_lines = original
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(LINE_PIECES, st.sampled_from(["\n", "\n\n", "\n\n\n"])), max_size=12))
def test_lines_split_once_are_the_lines_cut_one_by_one(lines):
    text = "".join(line + end for line, end in lines)
    assert read_source(text)[1] == read_blocks(SourceText(text)) == read_blocks_line_by_line(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲a。 \u3000\t\xa0\x0b\x1c\u2003\u202f", max_size=30), st.data())
def test_runs_of_whitespace_found_by_splitting_are_the_runs_the_pattern_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [match.span() for match in WHITESPACE.finditer(text, start, end)]
    assert list(space_runs(text, start, end, zero_width=False)) == expected


def test_zero_width_characters_count_as_whitespace_in_runs_when_the_text_holds_them():
    assert list(space_runs("甲\u200b乙 丙", 0, 5, zero_width=True)) == [(1, 2), (3, 4)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="a字 \n\r\u2028", max_size=40), st.data())
def test_a_span_has_the_positions_of_its_ends(text, data):
    source = SourceText(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = source.span(start, end)
    assert (span.line, span.column, span.end_line, span.end_column) == (*source.position(start), *source.position(end))


@pytest.mark.parametrize(("line", "block"), [("一、总　　结", "一、总 结"), ("（二）引　　言", "（二）引 言"), ("3. 结　　论", "3. 结 论")])
def test_a_letter_spaced_heading_after_its_marker_stays_one_paragraph(line, block):
    assert texts(f"{line}\n\n内容。")[0] == block


def test_two_ideographic_spaces_after_a_marker_and_a_word_still_separate_paragraphs():
    assert texts("一、好　　今年我们要继续加强各项工作。")[:2] == ["一、好", "今年我们要继续加强各项工作。"]


def test_utf16_starting_with_a_nul_is_not_mistaken_for_utf32():
    """FF FE 00 00 opens UTF-32-LE, and UTF-16-LE with a NUL first (found by hypothesis)."""
    doc = speechparse.parse("\x00同志们：\n\n要坚持稳中求进。".encode("utf-16"))
    assert doc.source.encoding == "utf-16"
    assert [node.text for node in doc.body] == ["要坚持稳中求进。"]


def test_the_line_break_that_ends_a_short_text_is_no_blank_line_between_paragraphs():
    text = "1\n在县安全生产工作会议上的讲话\n同志们：\n今天召开会议。\n"
    assert [block.text for block in read_source(text)[1]] == ["1", "在县安全生产工作会议上的讲话", "同志们：", "今天召开会议。"]


def test_a_date_alone_on_its_line_is_a_paragraph_of_its_own_in_blank_line_text():
    text = "现予印发，请遵照执行。\n\n太湖县人民政府\n2019年1月17日\n\n太湖县人民政府工作规则\n\n一、根据有关规定，制定本规则。\n"
    assert [block.text for block in read_source(text)[1]] == [
        "现予印发，请遵照执行。", "太湖县人民政府", "2019年1月17日", "太湖县人民政府工作规则", "一、根据有关规定，制定本规则。"]
