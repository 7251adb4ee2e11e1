"""Flat JSON Lines: one parseable record per node, parents that resolve, paths that match the tree."""

from __future__ import annotations

import json

import pytest
from conftest import TRICKY, visible

import speechparse
from speechparse.ast import sections, walk
from speechparse.exporters import export
from speechparse.exporters.text import heading_line


def records(doc) -> list[dict]:
    return [json.loads(line) for line in export(doc, "jsonl").splitlines()]


@pytest.fixture(scope="module")
def exported(documents):
    return {name: (text, doc, records(doc)) for name, text, doc in documents}


def test_one_record_per_node_and_item(exported):
    for name, (_, doc, recs) in exported.items():
        body = [node for node, _ in walk(doc.body)]
        items = sum(len(getattr(node, "items", ())) for node in body)
        assert len(recs) == len(doc.front) + len(body) + items + len(doc.back), name


def test_ids_are_unique_and_every_parent_comes_before_its_children(exported):
    for name, (_, _, recs) in exported.items():
        seen: dict[str, dict] = {}
        for rec in recs:
            assert rec["id"] not in seen, name
            assert rec["parent"] is None or rec["parent"] in seen, (name, rec["id"])
            seen[rec["id"]] = rec


def test_depth_and_path_follow_the_parent(exported):
    for name, (_, _, recs) in exported.items():
        by_id = {rec["id"]: rec for rec in recs}
        for rec in recs:
            parent = by_id.get(rec["parent"])
            assert rec["depth"] == (parent["depth"] + 1 if parent else 1), (name, rec["id"])
            inherited = parent["path"] if parent else []
            own = [rec["text"]] if rec["type"] == "section" else []
            assert rec["path"] == inherited + own, (name, rec["id"])


def test_section_records_are_the_tree_in_order(exported):
    for name, (_, doc, recs) in exported.items():
        got = [(rec["depth"], rec["path"][-1], rec["marker"], rec["number"]) for rec in recs if rec["type"] == "section"]
        assert got == [(depth, heading_line(s), s.marker, s.number) for s, depth in sections(doc)], name


def test_texts_of_the_records_are_the_whole_document(exported):
    lossy = [name for name, (text, _, recs) in exported.items()
             if visible("".join(rec["text"] for rec in recs if rec["type"] != "enum_item")) != visible(text)]
    assert lossy == []


def test_enumeration_items_are_slices_of_their_paragraph(exported):
    enumeration = speechparse.parse("今年重点抓好三件事：一是抓学习；二是抓落实；三是抓作风。")
    checked = 0
    for recs in [records(enumeration), *(recs for _, _, recs in exported.values())]:
        by_id = {rec["id"]: rec for rec in recs}
        for rec in recs:
            if rec["type"] == "enum_item":
                assert rec["text"] in by_id[rec["parent"]]["text"]
                assert rec["text"].startswith(rec["marker"])
                checked += 1
    assert checked >= 3


def test_seed_records(exported):
    text, _doc, recs = exported["ideology-work-speech.txt"]
    assert recs[0] == {
        "id": "t1", "parent": None, "depth": 1, "path": [], "region": "front", "type": "title",
        "text": "在全区意识形态工作会议上的讲话",
        "span": {"start": 2, "end": 17, "line": 3, "column": 1, "end_line": 3, "end_column": 16},
        "source": "ideology-work-speech.txt",
    }
    section = next(rec for rec in recs if rec["id"] == "s2.1")
    assert (section["parent"], section["depth"], section["path"], section["run_in"]) == (
        "s2", 2, ["二、抓住工作重点，推动建设具有强大凝聚力和引领力的社会主义意识形态",
                  "一要坚持不懈用习近平新时代中国特色社会主义思想武装头脑。"], True)
    child = recs[recs.index(section) + 1]
    assert (child["type"], child["parent"], child["path"]) == ("paragraph", "s2.1", section["path"])
    assert [rec["region"] for rec in recs][-1] == "back"
    span = child["span"]
    assert visible(text[span["start"]:span["end"]]) == visible(child["text"])


def test_control_characters_and_astral_cjk_survive_as_json():
    doc = speechparse.parse(TRICKY)
    out = export(doc, "jsonl")
    recs = [json.loads(line) for line in out.splitlines()]
    assert visible("".join(rec["text"] for rec in recs if rec["type"] != "enum_item")) == visible(TRICKY)
    assert "𠮷" in out and "\\u0001" in out


def test_a_record_stays_one_line_for_readers_that_split_at_unicode_line_ends():
    doc = speechparse.parse("- 3 -\t- 3 -\t- 3 -\t”- 3 -2．（2018年9月20日）\x85⑵一、")  # (atheris found it)
    exported = export(doc, "jsonl")
    assert "\\u0085" in exported and "\x85" not in exported
    assert [json.loads(line) for line in exported.splitlines()] == [json.loads(line) for line in exported.split("\n") if line]
    assert json.loads(exported.splitlines()[-1])["text"].endswith("日）\x85⑵一、")
