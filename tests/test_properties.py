"""Properties over generated speech-like text: never a traceback, lossless, JSON round trip."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_corpus import visible

import speechparse
from speechparse.ast import walk

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
PUNCT = st.sampled_from(list("，。；：！？、“”‘’（）《》()[]——…,.;:!?\"'"))
ODD = st.sampled_from(["\x00", "\x01", "\x0b", "\x1f", "\x7f", "𠮷", "\u200b", "\ufeff", "&", "<", ">", "\ud7ff", "\u3000", "\xa0"])
MARKERS = st.sampled_from(
    ["一、", "二、", "十一、", "（一）", "(二)", "1.", "2、", "3．", "（1）", "(2)", "①", "②", "第一部分", "第一，", "第二，",
     "一要", "二要", "一是", "二是", "首先，", "其次，", "最后，", "一", "二", "## ", "<DIV>", "——", "（2018年9月20日）",
     "同志们：", "谢谢大家！", "场景一：", "第一个问题：", "— 2 —", "- 3 -", "第4页", "·5·", "上一篇："]
)
SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u3000\u3000", "  ", "\n\u3000\u3000", "\n\n\n"])

sentence = st.lists(st.one_of(CJK, CJK, CJK, PUNCT, ODD), min_size=0, max_size=40).map("".join)
paragraph = st.tuples(st.one_of(st.just(""), MARKERS), sentence).map("".join)
document = st.lists(st.tuples(paragraph, SEPARATORS).map("".join), max_size=30).map("".join)


def check(text: str) -> speechparse.ast.Document:
    doc = speechparse.parse(text)
    assert not [d for d in doc.diagnostics if d.code == "SP099"], doc.diagnostics
    assert visible(speechparse.render_text(doc)) == visible(text)
    for node, _ in walk(doc.body):
        assert 0 <= node.span.start <= node.span.end <= len(text)
    assert speechparse.load(speechparse.dumps(doc)) == doc
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_generated_speech_like_documents(text):
    check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_dropping_notes_removes_exactly_the_reported_text(text):
    doc = speechparse.parse(text, drop=["page", "chrome"])
    assert not [d for d in doc.diagnostics if d.code == "SP099"], doc.diagnostics
    dropped = sorted((d.span.start, d.span.end) for d in doc.diagnostics if d.code == "SP006")
    kept, position = [], 0
    for start, end in dropped:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    assert visible(speechparse.render_text(doc)) == visible("".join(kept))
    assert not [node for node, _ in walk(doc.body) if getattr(node, "kind", None) in ("page", "chrome")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    check(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_a_document_or_a_decode_error(data):
    try:
        doc = speechparse.parse(data)
    except speechparse.DecodeError as error:
        assert str(error)
    else:
        assert isinstance(doc, speechparse.ast.Document)


def test_deeply_nested_markers_parse():
    markers = ["一、", "（一）", "1.", "（1）", "①", "第一，", "一要", "首先，"]
    text = "\n\n".join(f"{m}标题{i}。内容。" for i, m in enumerate(markers * 13))
    check(text)


def test_huge_line_parses():
    check("同志们：" + "很长的一句话，" * 100_000 + "。")


def test_a_50_megabyte_document_parses_losslessly(seed_text):
    text = seed_text * (50_000_000 // len(seed_text.encode("utf-8")) + 1)
    doc = speechparse.parse(text.encode("utf-8"))
    assert not [d for d in doc.diagnostics if d.code == "SP099"]
    assert len(doc.joins) == 5 * text.count("(2018年9月20日)")
    assert visible(speechparse.render_text(doc)) == visible(text)
