"""Pandoc JSON: the AST's outline in pandoc's shapes, tokenised like pandoc, and read by pandoc when installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from conftest import TRICKY, visible

import speechparse
from speechparse.ast import Title, sections
from speechparse.exporters import export
from speechparse.exporters.base import PANDOC_API
from speechparse.exporters.outline import join_lines
from speechparse.exporters.pandoc import api_version, inlines
from speechparse.exporters.text import heading_line

PANDOC = shutil.which("pandoc")
needs_pandoc = pytest.mark.skipif(PANDOC is None, reason="pandoc not installed (.ci/run installs it with apt-get)")


def pandoc_json(doc, **settings) -> dict:
    return json.loads(export(doc, "pandoc", **settings))


def walk_json(value):
    """Every pandoc element ({"t": …}) in document order."""
    if isinstance(value, dict):
        if "t" in value:
            yield value
        for item in value.values():
            yield from walk_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk_json(item)


def plain(words: list) -> str:
    """The text of a list of inlines (Space as a space)."""
    return "".join(w["c"] if w["t"] == "Str" else " " if w["t"] == "Space" else plain(w["c"][1]) for w in words)


def headers(value: dict) -> list[tuple[int, str, str]]:
    return [(b["c"][0], b["c"][1][0], plain(b["c"][2])) for b in value["blocks"] if b["t"] == "Header"]


def expected_headers(doc) -> list[tuple[int, str, str]]:
    title = [(1, "t1", join_lines(node.lines)) for node in doc.front if isinstance(node, Title)]
    ids = [rec for rec in map(json.loads, export(doc, "jsonl").splitlines()) if rec["type"] == "section"]
    return title + [(depth + 1, rec["id"], heading_line(s).strip())
                    for (s, depth), rec in zip(sections(doc), ids, strict=True) if depth + 1 <= 6]


@pytest.fixture(scope="module")
def exported(documents):
    return {name: (text, doc, pandoc_json(doc)) for name, text, doc in documents}


def test_headers_are_the_title_and_the_section_outline(exported):
    for name, (_, doc, value) in exported.items():
        assert headers(value) == expected_headers(doc), name


def test_default_api_version_is_current_pandoc_types_and_configurable(exported):
    _, doc, value = exported["ideology-work-speech.txt"]
    assert value["pandoc-api-version"] == list(PANDOC_API) == [1, 23, 1]
    assert pandoc_json(doc, pandoc_api=(1, 22))["pandoc-api-version"] == [1, 22]
    assert api_version("1.22.2.1") == (1, 22, 2, 1)
    with pytest.raises(ValueError, match="not a pandoc API version"):
        api_version("1")


def test_text_is_str_runs_separated_by_single_spaces(exported):
    for name, (_, _, value) in exported.items():
        for element in walk_json(value):
            if element["t"] == "Str":
                assert element["c"] and not re.search(r"[ \t\r\n]", element["c"]), name
            if element["t"] in ("Para", "Header"):
                words = element["c"] if element["t"] == "Para" else element["c"][2]
                kinds = [w["t"] for w in words]
                assert "Space" not in (kinds[:1] + kinds[-1:]) and "Space,Space" not in ",".join(kinds), name


def test_tokenising_like_pandoc():
    assert inlines("1. 这不是 列表") == [{"t": "Str", "c": "1."}, {"t": "Space"}, {"t": "Str", "c": "这不是"},
                                       {"t": "Space"}, {"t": "Str", "c": "列表"}]
    assert inlines("  全角　空格 \t") == [{"t": "Str", "c": "全角　空格"}]
    assert inlines("") == []


def test_every_visible_character_is_in_the_blocks(exported):
    def text(value):
        return "".join(e["c"] for e in walk_json(value["blocks"]) if e["t"] == "Str")

    assert [name for name, (source, _, value) in exported.items() if visible(text(value)) != visible(source)] == []


def test_front_matter_nodes_are_styled_divs_and_metadata_is_meta(exported):
    _, _, value = exported["ideology-work-speech.txt"]
    divs = [(b["c"][0][0], b["c"][0][1], dict(b["c"][0][2]).get("custom-style")) for b in value["blocks"][:4]
            if b["t"] == "Div"]
    assert divs == [("d1", ["dateline"], "Date"), ("sp1", ["byline"], "Author"), ("sa1", ["salutation"], "Salutation")]
    assert plain(value["meta"]["title"]["c"]) == "在全区意识形态工作会议上的讲话"
    assert plain(value["meta"]["date"]["c"]) == "2018-09-20"
    assert list(value["meta"]) == sorted(value["meta"])


def test_tricky_characters_are_kept_as_json():
    value = pandoc_json(speechparse.parse(TRICKY))
    text = "".join(e["c"] for e in walk_json(value["blocks"]) if e["t"] == "Str")
    assert visible(text) == visible(TRICKY)


# ---- pandoc itself -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def installed_api() -> tuple[int, int]:
    """The pandoc-types version pandoc was compiled with (it reads JSON with the same major.minor only)."""
    version = subprocess.run([PANDOC, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"pandoc-types (\d+)\.(\d+)", version)
    if match:
        return int(match.group(1)), int(match.group(2))
    major = int(re.search(r"pandoc (\d+)", version).group(1))
    return PANDOC_API[:2] if major >= 3 else (1, 22)


def run_pandoc(value: str, to: str) -> str:
    result = subprocess.run([PANDOC, "-f", "json", "-t", to], input=value.encode("utf-8"), capture_output=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8")


@needs_pandoc
def test_pandoc_reads_the_seed_and_keeps_every_heading(exported, installed_api):
    _, doc, _ = exported["ideology-work-speech.txt"]
    markdown = run_pandoc(export(doc, "pandoc", pandoc_api=installed_api), "markdown")
    got = [(len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#+) (.*?)(?: \{#.*\})?$", markdown, re.M)]
    assert got == [(level, text) for level, _, text in expected_headers(doc)]


@needs_pandoc
def test_pandoc_html_has_the_outline_and_the_styles(exported, installed_api):
    _, doc, _ = exported["ideology-work-speech.txt"]
    html = run_pandoc(export(doc, "pandoc", pandoc_api=installed_api), "html")
    levels = [int(level) for level in re.findall(r"<h(\d)[\s>]", html)]
    assert levels == [level for level, _, _ in expected_headers(doc)]
    assert 'data-custom-style="Salutation"' in html and "同志们：" in html


@needs_pandoc
def test_pandoc_reads_markup_and_control_characters(installed_api):
    html = run_pandoc(export(speechparse.parse(TRICKY), "pandoc", pandoc_api=installed_api), "html")
    assert "标题&amp;&lt;&gt;" in html and "𠮷" in html
