"""TEI export: valid against tei_all, lossless, and mapped as output-formats.md §7 says."""

from __future__ import annotations

import warnings

import pytest
from conftest import SHARED, TRICKY, visible
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import speechparse
from speechparse.ast import (
    Closing,
    Conclusion,
    DateLine,
    Document,
    EnumItem,
    Note,
    Paragraph,
    Salutation,
    Section,
    Signature,
    Span,
    Speaker,
    Subtitle,
    Title,
    sections,
)
from speechparse.exporters import export
from speechparse.exporters import tei as tei_writer
from speechparse.exporters.base import ExportOptions, ExportWarning
from speechparse.exporters.text import heading_line

SCHEMA = SHARED / "schemas" / "tei_all.rng"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
SPAN = Span(0, 1, 1, 1, 1, 2)


@pytest.fixture(scope="session")
def tei_schema():
    if not SCHEMA.is_file():
        pytest.skip(f"TEI schema not found at {SCHEMA}")
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


@pytest.fixture(scope="session")
def exported(documents):
    """name → (input, Document, TEI root), for the seed and the real corpus."""
    return {name: (text, doc, etree.fromstring(export(doc, "tei").encode("utf-8"))) for name, text, doc in documents}


def text_value(root) -> str:
    return "".join(root.find("t:text", NS).itertext())


def tei(doc: Document, **settings) -> etree._Element:
    return etree.fromstring(export(doc, "tei", **settings).encode("utf-8"))


def problems(schema, root) -> list[str]:
    return [] if schema.validate(root) else [str(error) for error in schema.error_log][:3]


# ---- the corpus ----------------------------------------------------------------------------------


def test_every_document_validates_against_tei_all(tei_schema, exported):
    invalid = {name: problems(tei_schema, root) for name, (_, _, root) in exported.items()}
    assert {name: errors for name, errors in invalid.items() if errors} == {}
    assert len(exported) >= 2


def test_text_element_holds_every_visible_character_of_the_input_once(exported):
    lossy = [name for name, (text, _, root) in exported.items() if visible(text_value(root)) != visible(text)]
    assert lossy == []


def test_xml_ids_are_unique_in_every_document(exported):
    for name, (_, _, root) in exported.items():
        ids = [element.get(XML_ID) for element in root.iter() if element.get(XML_ID)]
        assert len(ids) == len(set(ids)), name


def test_every_section_is_a_div_opened_by_its_head_with_the_marker_as_label(exported):
    for name, (_, doc, root) in exported.items():
        divs = root.findall(".//t:div[@type='section']", NS)
        assert [(div[0].tag, div.findtext("t:head/t:label", "", NS)) for div in divs] == [
            (f"{{{NS['t']}}}head", s.marker) for s, _ in sections(doc)], name


# ---- the seed ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(exported):
    return exported["ideology-work-speech.txt"]


def test_header_of_the_seed(seed):
    _, _, root = seed
    header = root.find("t:teiHeader", NS)
    assert header.findtext("t:fileDesc/t:titleStmt/t:title", namespaces=NS) == "在全区意识形态工作会议上的讲话"
    assert header.findtext("t:fileDesc/t:titleStmt/t:author", namespaces=NS) == "王晓峰"
    assert header.findtext("t:fileDesc/t:titleStmt/t:meeting", namespaces=NS) == "全区意识形态工作会议"
    assert header.find("t:fileDesc/t:sourceDesc/t:bibl/t:ptr", NS).get("target") == "ideology-work-speech.txt"
    application = header.find("t:encodingDesc/t:appInfo/t:application", NS)
    assert (application.get("ident"), application.get("version")) == ("speechparse", speechparse.__version__)
    assert header.find("t:profileDesc/t:creation/t:date", NS).get("when") == "2018-09-20"
    assert header.find("t:profileDesc/t:langUsage/t:language", NS).get("ident") == "zh-Hans"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hans"


def test_opener_of_the_seed_keeps_the_date_as_written(seed):
    _, _, root = seed
    body = root.find("t:text/t:body", NS)
    assert body.findtext("t:head[@type='main']", namespaces=NS) == "在全区意识形态工作会议上的讲话"
    opener = body.find("t:opener", NS)
    date = opener.find("t:dateline/t:docDate", NS)
    assert (date.get("when"), date.text) == ("2018-09-20", "(2018年9月20日)")
    assert opener.findtext("t:byline/t:docAuthor", namespaces=NS) == "王晓峰"
    assert opener.findtext("t:salute", namespaces=NS) == "同志们："


def test_section_divs_nest_like_the_ast(seed):
    _, doc, root = seed
    got = []
    for div in root.iter(f"{{{NS['t']}}}div"):
        if div.get("type") == "section":
            depth = sum(1 for parent in div.iterancestors() if parent.get("type") == "section") + 1
            head = div.find("t:head", NS)
            got.append((depth, div.get("n"), div.get("subtype"), head.findtext("t:label", namespaces=NS),
                        "".join(head.itertext())))
    want = [(depth, str(s.number), s.family, s.marker, heading_line(s)) for s, depth in sections(doc)]
    assert got == want
    assert [div.get(XML_ID) for div in root.iterfind(".//t:div[@type='section']", NS)][:5] == [
        "s1", "s2", "s2.1", "s2.2", "s2.3"]


def test_conclusion_goes_in_a_closing_div_after_the_last_section(seed):
    _, doc, root = seed
    body = root.find("t:text/t:body", NS)
    last = body[-1]
    assert (last.tag, last.get("type")) == (f"{{{NS['t']}}}div", "closing")
    assert [p.text for p in last.findall("t:p", NS)] == [doc.back[0].text]


def test_no_source_pointers_unless_asked(seed):
    _, _, root = seed
    assert [element for element in root.iter() if element.get("source")] == []


def test_source_pointers_are_rfc5147_ranges_of_the_input(seed):
    text, doc, _ = seed
    root = tei(doc, source_pointers=True, source_name="speech 1.txt")
    paragraphs = root.findall(".//t:p[@source]", NS)
    assert len(paragraphs) == len(root.findall(".//t:text//t:p", NS)) > 5
    for p in paragraphs:
        name, _, fragment = p.get("source").partition("#char=")
        start, end = map(int, fragment.split(","))
        assert name == "speech%201.txt"
        assert visible(text[start:end]) == visible("".join(p.itertext()))


# ---- mapping of what the corpus may lack -----------------------------------------------------------


def test_markup_between_a_marker_and_its_heading_is_a_residue_seg_after_the_label():
    doc = speechparse.parse("# 年度述职报告\n\n## 一、总结\n\n1. **积极的情绪**\n\n感觉这一年情绪积极。\n\n2. **投入**\n\n很投入。")
    head = tei(doc).findall(".//t:div/t:div/t:head", NS)[0]
    assert [(child.tag.split("}")[1], child.get("type"), child.text, child.tail) for child in head] == [
        ("label", None, "1.", None), ("seg", "residue", "**", "积极的情绪**")]


def test_inline_enumeration_becomes_labelled_segs():
    text = "一是加强学习；二是改进作风。"
    items = (EnumItem(SPAN, 0, 7, "一是", 1, "verb"), EnumItem(SPAN, 7, 14, "二是", 2, "verb"))
    p = tei(Document(body=(Paragraph(SPAN, text, items),))).find(".//t:body/t:p", NS)
    segs = p.findall("t:seg", NS)
    assert [(s.get("type"), s.get("subtype"), s.get("n"), s.findtext("t:label", namespaces=NS), "".join(s.itertext()))
            for s in segs] == [("enum", "verb", "1", "一是", "一是加强学习；"), ("enum", "verb", "2", "二是", "二是改进作风。")]
    assert [s.get(XML_ID) for s in segs] == ["p1.i1", "p1.i2"]


def test_control_characters_become_marked_replacement_characters_and_a_warning(tei_schema):
    doc = speechparse.parse(TRICKY)
    with pytest.warns(ExportWarning, match=r"tei: 3 character\(s\).*U\+0000, U\+0001, U\+0008"):
        root = tei(doc)
    glyphs = root.findall(".//t:text//t:g", NS)
    assert [(g.get("type"), g.get("n"), g.text) for g in glyphs] == [
        ("control", "U+0001", "\ufffd"), ("control", "U+0000", "\ufffd"), ("control", "U+0008", "\ufffd")]
    assert "U+0000, U+0001, U+0008" in "".join(root.find(".//t:encodingDesc/t:editorialDecl", NS).itertext())
    assert problems(tei_schema, root) == []
    mapped = TRICKY.replace("\x01", "\ufffd").replace("\x00", "\ufffd").replace("\x08", "\ufffd")
    assert visible(text_value(root)) == visible(mapped)


def test_a_clean_document_gives_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        export(speechparse.parse("一、总体要求\n\n要坚持稳中求进。\n"), "tei")


def test_the_language_tag_is_zh_hant_for_a_document_in_traditional_characters():
    traditional = "\n\n".join(["我們這個會議", "一、總體要求", "要堅持穩中求進，這是我們的工作總基調。"] * 3000)
    root = tei(speechparse.parse(traditional))
    assert root.get(tei_writer.XML_LANG) == "zh-Hant"
    assert [(e.get("ident"), e.text) for e in root.iterfind(".//t:langUsage/t:language", NS)] == [
        ("zh-Hant", "現代漢語（繁體）")]


def test_lxml_refuses_exactly_the_characters_xml_forbids_as_text_tail_and_attribute():
    """The writer sets text as it is and reads again only what lxml refuses (see ``_Writer``)."""
    from speechparse.exporters.chars import XML_FORBIDDEN

    codes = [*range(0x3100), *range(0xD7F0, 0xE010), *range(0xFFF0, 0x10010), 0x10FFFF]
    element = etree.SubElement(etree.Element("a"), "b")
    refused: dict[str, list[int]] = {"text": [], "tail": [], "attribute": []}
    for code in codes:
        value = f"中{chr(code)}文"
        for where, assign in (("text", lambda v: setattr(element, "text", v)),
                              ("tail", lambda v: setattr(element, "tail", v)),
                              ("attribute", lambda v: element.set("n", v))):
            try:
                assign(value)
            except ValueError:
                refused[where].append(code)
    forbidden = [code for code in codes if XML_FORBIDDEN.search(chr(code))]
    assert len(forbidden) == 29 + 2048 + 2
    assert refused == {"text": forbidden, "tail": forbidden, "attribute": forbidden}


# ---- any tree: hypothesis builds documents the parser may produce one day --------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=6)
_leaf = st.one_of(
    st.builds(Paragraph, st.just(SPAN), _text),
    st.builds(Note, st.just(SPAN), st.sampled_from(["editorial", "source", "chrome", "endnotes", "page"]), _text),
    st.builds(DateLine, st.just(SPAN), _text, st.sampled_from([None, "2018-09-20", "2018-09"])),
    st.builds(Salutation, st.just(SPAN), _text, _text),
)
_blocks = st.recursive(
    st.lists(_leaf, max_size=3),
    lambda children: st.lists(st.one_of(_leaf, st.builds(
        Section, st.just(SPAN), st.just(SPAN), st.sampled_from(["cn", "verb", ""]), _text,
        st.one_of(st.none(), st.integers(1, 9)), _text, children=children.map(tuple))), max_size=4),
    max_leaves=12,
)
_back = st.lists(st.one_of(
    st.builds(Conclusion, st.just(SPAN), _text), st.builds(Closing, st.just(SPAN), _text),
    st.builds(Signature, st.just(SPAN), _text), st.builds(DateLine, st.just(SPAN), _text, st.none()),
    st.builds(Note, st.just(SPAN), st.sampled_from(["source", "page"]), _text)), max_size=5)
_front = st.lists(st.one_of(
    st.builds(Title, st.just(SPAN), st.lists(_text, min_size=1, max_size=2).map(tuple), _text),
    st.builds(Subtitle, st.just(SPAN), _text, _text), st.builds(DateLine, st.just(SPAN), _text, st.none()),
    st.builds(Speaker, st.just(SPAN), _text, _text), st.builds(Salutation, st.just(SPAN), _text, _text),
    st.builds(Note, st.just(SPAN), st.sampled_from(["chrome", "page"]), _text)), max_size=5)


def _all_text(doc: Document) -> str:
    from speechparse.exporters.outline import entries

    return "".join(entry.text for entry in entries(doc) if not isinstance(entry.node, EnumItem))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=_front, body=_blocks, back=_back)
def test_any_arrangement_of_blocks_is_valid_and_lossless(tei_schema, front, body, back):
    from speechparse.exporters.chars import replace

    doc = Document(front=tuple(front), body=tuple(body), back=tuple(back))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        root = tei(doc)
    assert problems(tei_schema, root) == []
    assert visible(text_value(root)) == visible(replace(_all_text(doc)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=_front, body=_blocks, back=_back)
def test_libxml2_layout_is_the_indentation_used_for_deep_trees(front, body, back):
    doc = Document(front=tuple(front), body=tuple(body), back=tuple(back))
    trees = [tei_writer._Writer(doc, ExportOptions()).build() for _ in range(2)]
    assert tei_writer._serialise(trees[0], 0) == tei_writer._serialise(trees[1], tei_writer._PRETTY_DEPTH + 1)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=_front, body=_blocks, back=_back)
def test_only_blocks_are_left_for_libxml2_to_indent(front, body, back):
    doc = Document(front=tuple(front), body=tuple(body), back=tuple(back))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        root = tei_writer._Writer(doc, ExportOptions(source_name="speech.txt")).build()
    element_only = root.xpath("descendant-or-self::*[*][not(text())]")
    assert {etree.QName(element).localname for element in element_only} <= tei_writer._BLOCKS


def test_sections_nested_deeper_than_libxml2_indents_are_indented_in_full():
    section = Section(SPAN, SPAN, "cn", "一、", 1, "最深", children=(Paragraph(SPAN, "段落"),))
    for _ in range(39):
        section = Section(SPAN, SPAN, "cn", "一、", 1, "标题", children=(section,))
    output = export(Document(body=(section,)), "tei")
    assert "\n" + " " * 2 * 43 + "<p" in output  # the innermost section's paragraph, 43 levels down
