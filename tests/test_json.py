"""The JSON export: documented schema, stable shape, read back to the same tree."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources

import jsonschema
import pytest
from conftest import SEED, real_documents

import speechparse
from speechparse.ast import EnumItem, Paragraph, Span
from speechparse.errors import SchemaVersionError
from speechparse.exporters import json as json_exporter
from speechparse.exporters.json import node_dict, span_dict, to_dict

SPAN = Span(0, 6, 1, 1, 1, 7)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("speechparse").joinpath("schema/speechparse-ast.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_ships_in_the_package_and_is_valid_draft_2020_12(validator):
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", [SEED, *real_documents()], ids=lambda path: path.name)
def test_exports_validate_against_the_schema(validator, path):
    exported = json.loads(speechparse.dumps(speechparse.parse(path)))
    errors = sorted(validator.iter_errors(exported), key=str)
    assert not errors, errors[0].message


def test_a_document_numbered_in_decimals_validates_and_reads_back(validator):
    doc = speechparse.parse("\n\n".join(["某市数字经济发展规划", "1 总体要求", "1.1 指导思想", "坚持创新驱动。", "1.2 发展目标",
                                         "规模显著提升。", "2 重点任务", "2.1 建设数字基础设施", "加快网络建设。"]))
    exported = json.loads(speechparse.dumps(doc))
    assert [child["family"] for child in exported["body"][0]["children"]] == ["decimal", "decimal"]
    assert not list(validator.iter_errors(exported))
    assert speechparse.load(speechparse.dumps(doc)) == doc


def test_a_heading_with_markup_after_its_marker_validates_and_reads_back(validator):
    doc = speechparse.parse("# 年度述职报告\n\n## 一、总结\n\n1. **积极的情绪**：感觉这一年情绪积极。\n\n2. **投入**\n\n很投入。")
    exported = json.loads(speechparse.dumps(doc))
    assert [(child["heading_prefix"], child["heading"], child["suffix"]) for child in exported["body"][0]["children"]
            if child["type"] == "section"] == [("**", "积极的情绪", "**："), ("**", "投入", "**")]
    assert not list(validator.iter_errors(exported))
    assert speechparse.load(speechparse.dumps(doc)) == doc


@pytest.mark.parametrize("path", [SEED, *real_documents()], ids=lambda path: path.name)
def test_load_reads_back_the_same_tree(path):
    doc = speechparse.parse(path)
    assert speechparse.load(speechparse.dumps(doc)) == doc


def test_top_level_shape_and_version():
    exported = json.loads(speechparse.dumps(speechparse.parse(SEED)))
    assert list(exported) == ["schema_name", "schema_version", "generator", "source", "meta", "front", "body", "back",
                              "joins", "diagnostics"]
    assert (exported["schema_name"], exported["schema_version"]) == ("speechparse.ast", "1.6.0")


def test_sections_carry_id_depth_and_path():
    exported = json.loads(speechparse.dumps(speechparse.parse(SEED)))
    second = [node for node in exported["body"] if node["type"] == "section"][1]
    item = next(node for node in second["children"] if node["type"] == "section")
    assert (second["id"], second["depth"], second["marker"], second["number"]) == ("s2", 1, "二、", 2)
    assert (item["id"], item["depth"], item["path"]) == (
        "s2.1", 2, ["二、抓住工作重点，推动建设具有强大凝聚力和引领力的社会主义意识形态", "一要坚持不懈用习近平新时代中国特色社会主义思想武装头脑"]
    )


def test_chinese_is_written_as_is_not_escaped():
    assert "同志们" in speechparse.dumps(speechparse.parse(SEED))


def test_a_newer_minor_version_is_readable_and_another_major_is_not():
    exported = json.loads(speechparse.dumps(speechparse.parse(SEED)))
    exported["schema_version"] = "1.9.0"
    assert speechparse.load(exported).meta.title == "在全区意识形态工作会议上的讲话"
    exported["schema_version"] = "2.0.0"
    with pytest.raises(SchemaVersionError):
        speechparse.load(exported)


def test_two_runs_give_the_same_bytes():
    assert speechparse.dumps(speechparse.parse(SEED)) == speechparse.dumps(speechparse.parse(SEED))


def test_the_schema_command_prints_the_shipped_schema(validator):
    from click.testing import CliRunner

    from speechparse.cli import main

    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == validator.schema


@pytest.mark.parametrize("items", [(), (EnumItem(SPAN, 0, 3, "一是", 1, "verb"), EnumItem(SPAN, 3, 6, "二是", 2, "verb"))])
def test_a_paragraph_is_written_with_its_fields_in_order(items):
    paragraph = Paragraph(SPAN, "一是甲二是乙", items)
    assert list(node_dict(paragraph)) == ["type", *(field.name for field in dataclasses.fields(Paragraph))]
    assert node_dict(paragraph)["items"] == [
        {"type": "enum_item", "span": span_dict(SPAN), **{field.name: getattr(item, field.name)
                                                            for field in dataclasses.fields(EnumItem)
                                                            if field.name != "span"}}
        for item in items
    ]


@pytest.mark.parametrize("path", [SEED, *real_documents()[:12]], ids=lambda path: path.name)
def test_the_one_line_text_is_exactly_json_dumps_of_the_dictionary(path):
    doc = speechparse.parse(path.read_bytes())
    assert speechparse.dumps(doc) == json.dumps(to_dict(doc), ensure_ascii=False)


@pytest.mark.parametrize("text", [
    "",  # no body at all
    "同志们：\n\n要坚持稳中求进。\n\n谢谢大家！",  # paragraphs only, a back matter
    "一、总体要求\n\n（一）稳中求进\n\n正文。\n\n二、重点任务\n\n正文。\n\n结束。",  # nested and numbered sections
], ids=["empty", "paragraphs", "sections"])
def test_the_one_line_text_made_a_body_node_at_a_time_is_json_dumps_of_the_whole(text, monkeypatch):
    monkeypatch.setattr(json_exporter, "PIECEWISE_FROM", 0)  # as for a long document
    doc = speechparse.parse(text)
    assert speechparse.dumps(doc) == json.dumps(to_dict(doc), ensure_ascii=False)


def test_a_long_document_s_one_line_text_is_json_dumps_of_the_whole():
    doc = speechparse.parse("\n\n".join(["一、总体要求", "要坚持稳中求进。" * 2000] * 20))
    assert doc.source.length >= json_exporter.PIECEWISE_FROM
    assert speechparse.dumps(doc) == json.dumps(to_dict(doc), ensure_ascii=False)


def test_a_long_section_is_written_a_child_at_a_time_as_json_dumps_of_the_whole():
    subsections = [f"（{numeral}）分项\n\n" + "要坚持稳中求进。" * 600 for numeral in "一二三四五六七八九十"]
    doc = speechparse.parse("一、总体要求\n\n" + "\n\n".join(subsections * 3))
    pieces: list[str] = []
    json_exporter._write_pieces(doc, pieces.append)
    whole = json.dumps(to_dict(doc), ensure_ascii=False)
    assert "".join(pieces) == whole == speechparse.dumps(doc)
    assert len(doc.body) == 1 and len(whole) > 150_000
    assert max(map(len, pieces)) < 10_000  # a subsection (≈ 5,000 characters) at a time, not the whole section


def test_joins_and_diagnostics_are_written_a_few_at_a_time_as_json_dumps_of_the_whole(monkeypatch):
    monkeypatch.setattr(json_exporter, "PIECEWISE_FROM", 0)
    monkeypatch.setattr(json_exporter, "PIECE_ITEMS", 2)
    doc = speechparse.parse("一、总体要求\n\n要坚持稳中\n\n求进，加强\n\n团结，推进\n\n改革。\n\n二、重点\n\n正文。")
    assert len(doc.joins) == len(doc.diagnostics) == 3
    assert speechparse.dumps(doc) == json.dumps(to_dict(doc), ensure_ascii=False)


def test_indented_text_is_json_dumps_of_the_dictionary_indented():
    doc = speechparse.parse(SEED.read_bytes())
    assert speechparse.dumps(doc, indent=2) == json.dumps(to_dict(doc), ensure_ascii=False, indent=2)
