"""The .docx reader: Word documents built with python-docx parse to exactly the expected tree."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx_builder import SECOND_LIST, SpeechDocx, seed_docx
from outline import outline

import speechparse
from speechparse.ast import Closing, DateLine, Paragraph, Salutation, Speaker, Subtitle, Title, sections
from speechparse.errors import ReaderError
from speechparse.readers import read
from speechparse.readers.docx_numbering import format_number


def parse_docx(builder: SpeechDocx) -> speechparse.ast.Document:
    return speechparse.parse(builder.bytes(), from_="docx")


def heading_rows(doc) -> list[tuple[int, str, int | None, str]]:
    return [(depth, s.marker, s.number, s.heading) for s, depth in sections(doc)]


@pytest.fixture(scope="module")
def report():
    """A report with every feature: title, salutation, Word-numbered headings on three levels,
    bold lead sentences, a table, a footnote and a comment."""
    b = SpeechDocx()
    b.title("关于加强基层治理的报告")
    b.paragraph("同志们：")
    b.paragraph("今天召开会议，主要任务是部署基层治理工作。")
    b.numbered("总体要求")
    b.paragraph("基层治理是国家治理的基石。")
    b.numbered("重点任务")
    b.numbered("健全组织体系", 1)
    b.bold_lead("坚持党建引领。", "要把党的领导贯穿基层治理全过程。")
    b.bold_lead("夯实基层基础。", "要推动资源下沉。")
    b.numbered("完善服务机制", 1)
    b.numbered("便民服务", 2)
    b.with_footnote("要推进一站式服务。", "见《关于推进一站式服务的意见》。")
    b.numbered("网格管理", 2)
    b.comment("要做实网格。", "此处可展开")
    b.paragraph("谢谢大家！")
    return parse_docx(b)


def test_word_numbering_is_rendered_and_decides_the_section_tree(report):
    assert heading_rows(report) == [
        (1, "一、", 1, "总体要求"),
        (1, "二、", 2, "重点任务"),
        (2, "（一）", 1, "健全组织体系"),
        (3, "", None, "坚持党建引领"),
        (3, "", None, "夯实基层基础"),
        (2, "（二）", 2, "完善服务机制"),
        (3, "1.", 1, "便民服务"),
        (3, "2.", 2, "网格管理"),
    ]


def test_report_front_and_back_matter(report):
    assert [type(node) for node in report.front] == [Title, Salutation]
    assert (report.meta.title, report.meta.salutation, report.meta.closing) == ("关于加强基层治理的报告", "同志们", "谢谢大家！")
    assert [type(node) for node in report.back] == [Closing]


def test_bold_lead_sentence_is_a_run_in_heading_with_the_rest_as_its_paragraph(report):
    lead = next(s for s, _ in sections(report) if s.heading == "坚持党建引领")
    assert (lead.family, lead.marker, lead.run_in, lead.suffix) == ("lead", "", True, "。")
    assert lead.children == (Paragraph(lead.children[0].span, "要把党的领导贯穿基层治理全过程。"),)


def test_footnote_and_comment_are_not_body_text_but_reported(report):
    texts = [node.text for node, _ in speechparse.ast.walk(report.body) if isinstance(node, Paragraph)]
    assert "要推进一站式服务。" in texts and "要做实网格。" in texts
    assert not any("意见》" in text or "展开" in text for text in texts)
    assert [(d.code, d.message) for d in report.diagnostics if d.code == "SP010"] == [
        ("SP010", "not read as body text: 1 comment, 1 footnote")
    ]


def test_spans_are_paragraph_number_and_offset_inside_the_paragraph(report):
    lead = next(s for s, _ in sections(report) if s.heading == "坚持党建引领")
    rest = lead.children[0]
    assert (lead.heading_span.line, lead.heading_span.column) == (8, 1)
    assert (rest.span.line, rest.span.column, rest.span.end_line, rest.span.end_column) == (8, 8, 8, 24)
    numbered = next(s for s, _ in sections(report) if s.heading == "健全组织体系")
    assert (numbered.span.line, numbered.span.column) == (7, 1)
    assert report.source.reader == "docx"


def test_synthetic_text_has_one_line_per_word_paragraph_with_numbers_rendered():
    b = SpeechDocx()
    b.numbered("总体要求")
    b.paragraph()
    b.numbered("主要目标", 1)
    reading = read(b.bytes(), "docx")
    assert reading.source.text == "一、总体要求\n\n（一）主要目标"


def test_lower_levels_restart_under_each_higher_item():
    b = SpeechDocx()
    for top in ("甲项工作", "乙项工作"):
        b.numbered(top)
        b.numbered("第一点", 1)
        b.paragraph("要抓好落实。")
        b.numbered("第二点", 1)
        b.paragraph("要加强督导。")
    markers = [(depth, s.marker) for s, depth in sections(parse_docx(b))]
    assert markers == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"), (2, "（一）"), (2, "（二）")]


def test_heading_styles_numbered_by_word_are_headings_with_their_numbers():
    b = SpeechDocx()
    b.number_heading_styles()
    b.doc.add_heading("总体要求", level=1)
    b.paragraph("要坚持稳中求进。")
    b.doc.add_heading("重点任务", level=1)
    b.doc.add_heading("扩大内需", level=2)
    b.paragraph("要提振消费。")
    b.doc.add_heading("保障措施", level=2)
    b.paragraph("要加强协调。")
    reading = read(b.bytes(), "docx")
    assert [(block.text, "heading" in block.hints) for block in reading.blocks][:3] == [
        ("一、总体要求", True), ("要坚持稳中求进。", False), ("二、重点任务", True),
    ]
    assert heading_rows(speechparse.parse(b.bytes(), from_="docx")) == [
        (1, "一、", 1, "总体要求"), (1, "二、", 2, "重点任务"), (2, "（一）", 1, "扩大内需"), (2, "（二）", 2, "保障措施"),
    ]


def test_a_list_with_a_start_override_starts_again():
    b = SpeechDocx()
    b.numbered("上半年工作")
    b.paragraph("上半年完成了目标。")
    b.numbered("下半年安排")
    b.paragraph("下半年要继续努力。")
    b.numbered("附件说明", num_id=SECOND_LIST)
    b.paragraph("附件另发。")
    assert [s.marker for s, _ in sections(parse_docx(b))] == ["一、", "二、", "一、"]


def test_centered_title_and_byline_in_one_paragraph_with_line_breaks():
    b = SpeechDocx()
    b.lines("坚持稳中求进", "——在全县经济工作会议上的讲话", center=True)
    b.lines("县委书记 李明", "（2023年12月20日）", center=True)
    b.paragraph("同志们：")
    b.paragraph("这次会议的任务是总结今年工作。")
    doc = parse_docx(b)
    assert [type(node) for node in doc.front] == [Title, Subtitle, Speaker, DateLine, Salutation]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.speaker, doc.meta.speaker_role, doc.meta.date) == (
        "坚持稳中求进", "在全县经济工作会议上的讲话", "李明", "县委书记", "2023-12-20")
    assert [(node.span.line, node.span.column) for node in doc.front[:4]] == [(1, 1), (1, 8), (2, 1), (2, 9)]


def test_a_manual_line_break_inside_a_sentence_is_joined_and_named_as_such():
    b = SpeechDocx()
    b.paragraph("同志们：")
    b.lines("这次会议的任务是", "总结今年工作。")
    doc = parse_docx(b)
    assert doc.body[0].text == "这次会议的任务是总结今年工作。"
    assert [d.message for d in doc.diagnostics if d.code == "SP001"] == [
        "paragraph broken by a manual line break joined: …会议的任务是|总结今年工作…"
    ]


def test_a_bold_line_is_a_heading_where_the_text_alone_would_not_make_it_one():
    b = SpeechDocx()
    b.paragraph("今年的工作取得了新进展。")
    b.paragraph("坚持和加强党的全面领导", bold=True)
    b.paragraph("要旗帜鲜明讲政治。")
    b.paragraph("这是全年工作的根本保证。")
    assert heading_rows(parse_docx(b)) == [(1, "", None, "坚持和加强党的全面领导")]
    plain = SpeechDocx()
    plain.paragraph("今年的工作取得了新进展。")
    plain.paragraph("坚持和加强党的全面领导")
    plain.paragraph("要旗帜鲜明讲政治。")
    plain.paragraph("这是全年工作的根本保证。")
    assert heading_rows(parse_docx(plain)) == []


def test_table_cells_are_paragraphs_in_reading_order():
    b = SpeechDocx()
    b.paragraph("主要指标如下。")
    b.table([["指标", "目标"], ["覆盖率", "百分之九十"]])
    b.paragraph("要确保完成。")
    reading = read(b.bytes(), "docx")
    assert [(block.text, "table" in block.hints) for block in reading.blocks] == [
        ("主要指标如下。", False), ("指标", True), ("目标", True), ("覆盖率", True), ("百分之九十", True),
        ("要确保完成。", False),
    ]


def test_table_cells_are_not_joined_as_broken_paragraphs():
    b = SpeechDocx()
    b.paragraph("主要指标如下。")
    b.table([["指标", "目标"], ["覆盖率", "百分之九十"]])
    b.paragraph("要确保完成。")
    doc = parse_docx(b)
    assert [node.text for node in doc.body] == ["主要指标如下。", "指标", "目标", "覆盖率", "百分之九十", "要确保完成。"]


def test_the_seed_typed_into_word_parses_like_the_text_seed(seed_text):
    from_word = speechparse.parse(seed_docx(seed_text), from_="docx")
    from_text = speechparse.parse(seed_text)
    assert from_word.meta == from_text.meta
    assert outline(from_word) == outline(from_text)
    assert [(j.before, j.after) for j in from_word.joins] == [(j.before, j.after) for j in from_text.joins]
    assert len(from_word.joins) == 5


@pytest.mark.parametrize(
    ("number", "fmt", "expected"),
    [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (21, "chineseCountingThousand", "二十一"), (105, "chineseCounting", "一百零五"),
        (3, "ideographTraditional", "丙"), (3, "decimalEnclosedCircle", "③"), (2, "decimalEnclosedParen", "⑵"),
        (12, "decimal", "12"), (4, "upperRoman", "IV"), (2, "lowerLetter", "b"), (3, "chineseLegalSimplified", "叁"),
        (7, "someFutureFormat", "7"),
    ],
)
def test_word_number_formats(number, fmt, expected):
    assert format_number(number, fmt) == expected


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"just some text, not a zip", "not a Word .docx file: not a zip archive"),
        (_zip({"hello.txt": b"hi"}), "not a Word document: the zip archive has no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document xmlns:w='x'><w:body>"}), "damaged Word .docx file: word/document.xml is not well-formed XML"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "not a .docx: a legacy Word .doc or an encrypted document"),
    ],
)
def test_garbage_gives_one_line_reader_error(data, message):
    with pytest.raises(ReaderError) as caught:
        speechparse.parse(data, from_="docx")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_truncated_docx_gives_one_line_reader_error(seed_text):
    data = seed_docx(seed_text)
    with pytest.raises(ReaderError, match=r"^damaged Word \.docx file: incomplete or corrupt zip archive") as caught:
        speechparse.parse(data[: len(data) // 2], from_="docx")
    assert "\n" not in str(caught.value)


def test_an_excel_workbook_is_not_a_word_document():
    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
    with pytest.raises(ReaderError, match="not a Word document: its main part is a 'workbook', not a 'document'"):
        speechparse.parse(_zip({"_rels/.rels": rels, "xl/workbook.xml": workbook}), from_="docx")



def test_a_word_table_of_contents_is_contents_notes_before_the_title():
    b = SpeechDocx()
    b.table_of_contents("目录", [("一、2023年工作回顾", 1), ("二、2024年工作安排", 5)])
    b.title("政府工作报告")
    for text in ("各位代表：", "现在报告工作。", "一、2023年工作回顾", "过去一年稳中向好。", "二、2024年工作安排", "今年抓好三件事。"):
        b.paragraph(text)
    doc = speechparse.parse(b.bytes(), from_="docx")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "contents"), ("Note", "contents"), ("Note", "contents"), ("Title", None), ("Salutation", None)]
    assert [node.text for node in doc.front[:3]] == ["目录", "一、2023年工作回顾 1", "二、2024年工作安排 5"]
    assert [section.marker + section.heading for section in doc.body if hasattr(section, "heading")] == [
        "一、2023年工作回顾", "二、2024年工作安排"]
