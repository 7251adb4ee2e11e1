"""``speechparse.convert_record``: the pipeline entry point never raises, and its records are exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.conversion import record_line
from speechparse.exporters.json import to_dict

SPEECH = "一、总体要求\n\n要坚持稳中求进。\n"


def assert_record_shape(record: dict, source: str) -> None:
    assert record["source"] == source
    if record["ok"]:
        assert set(record) == {"source", "ok", "document"}
    else:
        assert set(record) == {"source", "ok", "error"} and isinstance(record["error"], str) and record["error"]
    json.loads(record_line(record))  # always serialisable, on one line
    assert "\n" not in record_line(record)


def test_text_gives_the_json_tree():
    record = speechparse.convert_record(SPEECH, "a.txt")
    assert record == {"source": "a.txt", "ok": True, "document": to_dict(speechparse.parse(SPEECH, path="a.txt"))}


def test_bytes_are_decoded_and_named_by_source():
    record = speechparse.convert_record(SEED.read_bytes(), "seed.txt")
    assert record["document"]["source"]["path"] == "seed.txt"
    assert record["document"]["meta"]["title"] == "在全区意识形态工作会议上的讲话"


def test_encoding_overrides_detection():
    record = speechparse.convert_record(SPEECH.encode("utf-16-le"), "x", encoding="utf-16-le")
    assert record["ok"] and record["document"]["source"]["encoding"] == "utf-16-le"


def test_other_formats_give_the_exported_text():
    assert speechparse.convert_record(SPEECH, "x", to="text") == {
        "source": "x", "ok": True, "document": speechparse.render_text(speechparse.parse(SPEECH))}


def test_undecodable_bytes_are_a_decode_error_record():
    record = speechparse.convert_record(b"text \x81 \x81 \xff\xff", "bad.txt")
    assert record["ok"] is False and record["error"].startswith("decode: cannot decode")


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"to": "nonsense"}, "UnknownFormatError: unknown output format 'nonsense'"),
    ({"encoding": "no-such-codec"}, "decode: unknown encoding 'no-such-codec'"),
])
def test_bad_options_are_error_records(kwargs: dict, error: str):
    record = speechparse.convert_record(b"x", "x", **kwargs)
    assert record["ok"] is False and record["error"].startswith(error)


@pytest.mark.parametrize("value", [None, 42, ["一、"], {"text": "x"}, Path("a.txt"), bytearray(b"x")])
def test_anything_but_str_or_bytes_is_an_error_record(value):
    record = speechparse.convert_record(value, "x")
    assert record == {"source": "x", "ok": False,
                      "error": f"TypeError: convert_record() takes str or bytes, not {type(value).__name__}"}


def test_sources_that_are_not_text_are_named_anyway():
    assert speechparse.convert_record("x", Path("dir/a.txt"))["source"] == "dir/a.txt"
    assert speechparse.convert_record("x", b"a\xff.txt")["source"] == "a\udcff.txt"
    assert speechparse.convert_record("x", 7)["source"] == "7"


def test_undecodable_file_name_still_gives_a_valid_line():
    line = record_line(speechparse.convert_record("x", b"a\xff.txt"))
    line.encode("utf-8")  # no lone surrogate left
    assert json.loads(line)["source"] == "a\udcff.txt"


def test_an_internal_failure_is_an_error_record(monkeypatch: pytest.MonkeyPatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("speechparse.api.parse", explode)
    assert speechparse.convert_record("x", "x") == {"source": "x", "ok": False, "error": "RuntimeError: boom"}


def test_an_exception_that_cannot_be_printed_is_still_reported(monkeypatch: pytest.MonkeyPatch):
    class Unprintable(Exception):
        def __str__(self):
            raise ValueError("no")

    def explode(*args, **kwargs):
        raise Unprintable

    monkeypatch.setattr("speechparse.api.parse", explode)
    assert speechparse.convert_record("x", "x")["error"] == "Unprintable: (unprintable message)"


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_converts(text: str):
    record = speechparse.convert_record(text, "t")
    assert record["ok"] is True
    assert_record_shape(record, "t")


@settings(max_examples=150, deadline=None)
@given(st.binary(), st.sampled_from(["json", "text"]))
def test_any_bytes_give_a_record_and_never_raise(data: bytes, to: str):
    assert_record_shape(speechparse.convert_record(data, "b", to=to), "b")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十、（）()1234567890.。：:；，要是第\n 　\u200b\r\t#"))
def test_heading_soup_converts(text: str):
    record = speechparse.convert_record(text, "soup")
    assert record["ok"] is True
    assert_record_shape(record, "soup")
