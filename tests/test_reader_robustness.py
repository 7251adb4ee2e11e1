"""Damaged and hostile input: a reader raises ReaderError (one line) or reads, never anything else."""

from __future__ import annotations

import pytest
from docx_builder import seed_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.errors import ReaderError
from speechparse.readers import read

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
HTML_PIECES = [
    "<p>", "</p>", "<div align=center>", "</div>", "<br>", "<b>", "</b>", "&nbsp;", "&amp", "&#x4e00;", "&#99999999;",
    "<script>", "</script>", "<nav>", "</nav>", "<!--", "-->", "<td>", "<tr>", "<table>", "<li>", "<pre>", "\n", "\r\n",
    "　", "一、总体要求", "同志们：", "要坚持。", "<", ">", "&", '"', "<p style='text-align:center'>", "<h2>", "</h2>",
    "<header>", "<article>", "<!DOCTYPE html>", "<a href='x>'>",
    "<a href='/menu'>", "</a>", "<ul>", "</ul>", "<h4>", "今天开会，讲三点，要落实。", "上一篇：",  # a page's menus and article
]


@pytest.fixture(scope="module")
def docx_bytes(seed_text) -> bytes:
    return seed_docx(seed_text)


@SETTINGS
@given(data=st.data())
def test_a_damaged_docx_reads_or_raises_one_line_reader_error(docx_bytes, data):
    damaged = bytearray(docx_bytes)
    cut = data.draw(st.integers(0, len(damaged)))
    for _ in range(data.draw(st.integers(0, 8))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    try:
        speechparse.parse(bytes(damaged[:cut] if data.draw(st.booleans()) else damaged), from_="docx")
    except ReaderError as error:
        assert "\n" not in str(error)


@SETTINGS
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=60).map("".join))
def test_any_html_reads_with_every_character_inside_the_source(html):
    reading = read(html, "html")
    for block in reading.blocks:
        assert 0 <= block.start <= block.end <= len(html)
        assert block.text == block.text.strip() and block.text
    speechparse.parse(html, from_="html")
