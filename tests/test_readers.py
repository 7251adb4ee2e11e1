"""Choosing a reader: by name, by extension, by content; the library entry points."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import REAL, ROOT, needs_corpus
from docx_builder import SpeechDocx, seed_docx

import speechparse
from speechparse.errors import ReaderError, UnknownFormatError
from speechparse.readers import detect, read

ZIP = b"PK\x03\x04rest"
DOCX = SpeechDocx().bytes()


@pytest.mark.parametrize(
    ("path", "data", "reader"),
    [
        ("speech.docx", b"", "docx"),
        ("page.HTML", b"", "html"),
        ("page.htm", b"", "html"),
        ("page.xhtml", b"", "html"),
        ("speech.txt", b"<DIV>html residue</DIV>", "txt"),
        ("speech.txt", DOCX, "txt"),
        ("speech", DOCX, "docx"),
        (None, DOCX, "docx"),
        (None, ZIP, "txt"),
        (None, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1legacy", "txt"),
        ("old.DOC", b"", "docx"),
        (None, b"<p>stdin</p>", "txt"),
        ("notes.md", b"# title", "txt"),
        ("page.txt", b'<%@ page language="java" contentType="text/html; charset=GBK"%>\n<!DOCTYPE HTML PUBLIC>\n<html>', "html"),
        ("page.txt", b'\n<?php\ninclude("../include/function.php");\n?>\n<html>\n<head>', "html"),
        ("page.txt", b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HTML PUBLIC>\n<html>', "html"),
        ("page.txt", b'<?php include("head.php"); ?>\n<div>a fragment</div>', "txt"),
        ("page.txt", b"<?php never closed\n<html>", "txt"),
    ],
)
def test_detection_by_extension_then_content(path, data, reader):
    assert detect(path, data) == reader


def test_from_overrides_detection_and_accepts_aliases():
    assert read("<p>一段话。</p>", "htm", path="x.txt").info.reader == "html"
    assert read("<p>一段话。</p>", "text", path="x.html").info.reader == "text"


def test_unknown_input_format_is_a_usage_error():
    with pytest.raises(UnknownFormatError, match="unknown input format 'pdf' \\(choose from txt, docx, html\\)"):
        read("x", "pdf")


def test_a_word_document_cannot_be_given_as_text():
    with pytest.raises(ReaderError, match="must be given as bytes or a path"):
        speechparse.parse("PK...", from_="docx")


def test_parse_reads_a_path_with_the_reader_of_its_extension(tmp_path):
    builder = SpeechDocx()
    builder.title("在全县工作会议上的讲话")
    builder.paragraph("同志们：")
    builder.paragraph("今天的会议很重要。")
    (tmp_path / "speech.docx").write_bytes(builder.bytes())
    (tmp_path / "page.html").write_text("<h1>在全县工作会议上的讲话</h1><p>同志们：</p><p>今天的会议很重要。</p>", "utf-8")
    docs = [speechparse.parse(tmp_path / name) for name in ("speech.docx", "page.html")]
    assert [(doc.source.reader, doc.meta.title, doc.meta.salutation) for doc in docs] == [
        ("docx", "在全县工作会议上的讲话", "同志们"), ("html", "在全县工作会议上的讲话", "同志们"),
    ]
    assert docs[0].source.path == str(tmp_path / "speech.docx")


def test_text_input_is_read_as_before():
    doc = speechparse.parse("一、总体要求\n\n要坚持稳中求进。\n".encode())
    assert (doc.source.reader, doc.source.encoding) == ("text", "utf-8")
    assert [section.heading for section, _ in speechparse.ast.sections(doc)] == ["总体要求"]


@needs_corpus
def test_a_txt_file_holding_html_stays_text():
    doc = speechparse.parse(REAL / "065.txt")
    assert doc.source.reader == "text"
    assert "<DIV" in speechparse.render_text(doc)


def test_convert_record_reads_a_docx_by_its_source_name():
    builder = SpeechDocx()
    builder.paragraph("同志们：")
    builder.paragraph("今天的会议很重要。")
    record = speechparse.convert_record(builder.bytes(), "speech.docx")
    assert record["ok"] and record["document"]["source"]["reader"] == "docx"
    broken = speechparse.convert_record(b"PK\x03\x04 broken", "speech.docx")
    assert (broken["ok"], broken["error"][:38]) == (False, "ReaderError: damaged Word .docx file: ")


def test_word_and_html_documents_export_valid_json_that_loads_back(seed_text):
    schema = json.loads((ROOT / "speechparse" / "schema" / "speechparse-ast.schema.json").read_text("utf-8"))
    html = "<h1>在全区工作会议上的讲话</h1><p>同志们：</p><p><b>坚持学习。</b>要学深悟透。</p><p>要抓好落实。</p>"
    for doc in (speechparse.parse(seed_docx(seed_text), from_="docx"), speechparse.parse(html, from_="html")):
        data = speechparse.dumps(doc)
        jsonschema.validate(json.loads(data), schema)
        assert speechparse.load(data) == doc


def test_a_server_pages_template_that_closes_the_html_element_at_its_end_is_a_whole_page():
    template = '<?php\n    require("../header.php")\n?>\n<div id="news">\n<h3>关于印发某某指南的通知</h3>\n</div>\n</body>\n</html>\n'
    assert detect("page.txt", template) == "html"
    assert detect("page.txt", template.encode()) == "html"
    assert detect("page.txt", template.replace("</html>", "")) == "txt"  # (a fragment of a page: text with residue)
    assert detect("notes.txt", "在全市大会上的讲话\n同志们：\n</html>\n") == "txt"  # (a page opens with a tag)


FRAGMENT = ('<div class="wrap">\n <table>\n  <tr><td><b>标　　题：</b></td><td>国务院关于某某的决定</td></tr>\n'
            '  <tr><td><b>发文字号：</b></td><td>国发〔2018〕43号</td></tr>\n </table>\n'
            ' <div>各省、自治区、直辖市人民政府：</div>\n <div>现决定如下。</div>\n</div>\n')


def test_a_pages_body_laid_out_in_a_table_and_cut_out_of_it_is_read_as_html():
    assert detect("page.txt", FRAGMENT) == "html"
    assert detect("page.txt", FRAGMENT.encode()) == "html"
    doc = speechparse.parse(FRAGMENT.encode(), path="page.txt")
    assert "标　　题：" not in (doc.meta.title or "") and doc.meta.salutation == "各省、自治区、直辖市人民政府"


def test_lines_of_a_text_marked_up_one_by_one_stay_text_with_residue():
    text = '<DIV align=center>在全校教代会上的讲话</DIV>\n<DIV>老师们：</DIV>\n<DIV>今天我们召开大会。</DIV>\n</div>'
    assert detect("speech.txt", text) == "txt"


def test_comments_before_a_markdown_title_are_no_html_page_and_are_skipped_in_linear_time():
    comments = "".join(f"<!-- 注释 {index} -->\n" for index in range(30))
    assert detect("a.md", comments + "# 在全市大会上的讲话") == "txt"
    assert detect("a.txt", "<!-- saved -->\n<!DOCTYPE html>\n<html>") == "html"
