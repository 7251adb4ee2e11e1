"""Readers: every input format becomes the same paragraph stream (pandoc's readers → one AST).

``read(source, from_)`` picks a reader by name (``txt``, ``docx``, ``html``) or detects it:

* by extension: ``.docx`` → docx (``.doc`` too, for its clear error); ``.html``, ``.htm``, ``.xhtml`` → html;
* by content, when the extension says nothing else (stdin, no extension): a zip archive holding
  ``word/document.xml`` → docx; and with any other extension (``.txt`` too, as a crawler saves a page), a whole
  HTML page (``<!DOCTYPE html`` or ``<html`` at its start, after comments and a server page's preambles,
  ``<?php … ?>``, ``<%@ … %>``), or a page that opens with a tag and closes the ``html`` element at its end (a server
  page's template, its head in a file it includes: ``<?php require("header.php") ?>`` / ``<div…>`` … ``</html>``)
  → html;
* everything else → text.  A ``.txt`` file that holds HTML residue is text: the text reader keeps
  every character of it.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from pathlib import Path

from .. import recache
from ..ast import Diagnostic
from ..errors import ReaderError, UnknownFormatError
from .reading import Reading, source_info
from .text import decode, read_source

#: Reader names (as given to ``--from``) and their aliases.
READERS = {"txt": "txt", "text": "txt", "docx": "docx", "html": "html", "htm": "html", "xhtml": "html"}
EXTENSIONS = {".docx": "docx", ".doc": "docx", ".html": "html", ".htm": "html", ".xhtml": "html"}
ZIP_MAGIC = b"PK\x03\x04"
LONE_SURROGATE = recache.compile("[\ud800-\udfff]")
#: How a whole HTML page starts, after a byte-order mark, spaces and comments; how many of a file's first characters
#: (or bytes) are looked at for it.
HTML_PAGE = recache.compile(r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
HTML_SNIFF = 1024
#: How a whole page ends: its html element closed, then nothing but spaces (and comments).
HTML_PAGE_END = recache.compile(r"</html>(?:\s|<!--.*?-->)*\Z", re.IGNORECASE | re.DOTALL)
#: A page's body cut out of it and laid out in a table (a crawl's stored fragment of a 信息公开 page, its fields and text
#: in cells): a block element's tags open and close the file, a table's cell among its first tags. (Lines of a text
#: marked up one by one, <DIV align=center>…</DIV>, are plain text with residue: the text reader's.)
FRAGMENT_START = recache.compile(r"<(?:div|table|body|section|article)\b", re.IGNORECASE)
FRAGMENT_CELL = recache.compile(r"<td\b", re.IGNORECASE)
FRAGMENT_END = recache.compile(r"</(?:div|table|body|section|article)>\s*\Z", re.IGNORECASE)
#: What may stand before a whole page's first tag, each skipped to its end: a comment, an XML declaration or a
#: processing instruction (<?xml …?>, <?php … ?>), a server page's directive or code (<%@ page … %>, <% … %>).
PAGE_PREAMBLES = (("<!--", "-->"), ("<?", "?>"), ("<%", "%>"))

__all__ = ["EXTENSIONS", "READERS", "Reading", "detect", "read", "read_text"]


def _html_page(head: str) -> bool:
    """Whether ``head``, a file's first characters (bytes read as Latin-1, without a UTF-8 byte-order mark), opens a
    whole HTML page: ``<!DOCTYPE html`` or ``<html`` after spaces, comments and a server page's preambles (see
    ``PAGE_PREAMBLES``; skipped one by one: no pattern backtracks over them)."""
    text = head.removeprefix("\ufeff").lstrip()
    while preamble := next(((opener, closer) for opener, closer in PAGE_PREAMBLES if text.startswith(opener)), None):
        opener, closer = preamble
        end = text.find(closer, len(opener))
        if end < 0:
            return False
        text = text[end + len(closer):].lstrip()
    return HTML_PAGE.match(text) is not None


def _page_end(data: bytes | str, head: str) -> bool:
    """Whether ``data``, a file that opens with a tag (``head``: its first characters, spaces skipped), closes a page's
    ``html`` element at its end (see ``HTML_PAGE_END``), or is a page's body laid out in a table, cut out of it (see
    ``FRAGMENT_START``: <div class="wrap"><table>…<td>…</div>)."""
    tail = data[-HTML_SNIFF:]
    if isinstance(tail, bytes):
        tail = tail.decode("latin-1")
    return HTML_PAGE_END.search(tail) is not None or (
        FRAGMENT_START.match(head) is not None and FRAGMENT_CELL.search(head) is not None
        and FRAGMENT_END.search(tail) is not None)


def detect(path: str | None, data: bytes | str | None = None) -> str:
    """The reader for a file: by extension, then by content (see the module docstring)."""
    suffix = Path(path).suffix.lower() if path else ""
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = data[:HTML_SNIFF] if data is not None else ""
    if isinstance(head, bytes):
        head = head.removeprefix(codecs.BOM_UTF8)
        head = head.decode("latin-1") if head.lstrip()[:1] == b"<" else ""  # (the quick test: a page opens with <)
    opening = head.removeprefix("\ufeff").lstrip() if head else ""
    if head and (_html_page(head) or (opening[:1] == "<" and _page_end(data, opening))):
        return "html"  # a whole page, whatever its name says (but .docx and .html, by their extension above)
    if suffix != ".txt" and isinstance(data, bytes) and _is_word_package(data):
        return "docx"
    return "txt"


def _is_word_package(data: bytes) -> bool:
    if not data.startswith(ZIP_MAGIC):
        return False
    import zipfile  # (only for a zip's bytes: 5-8 ms of a process's start-up otherwise)

    try:
        return "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except Exception:  # any damage: not recognisably a Word package, so read as text
        return False


def read(
    source: str | bytes | os.PathLike,
    from_: str | None = None,
    *,
    encoding: str | None = None,
    path: str | None = None,
) -> Reading:
    """Read a document given as text, bytes or a path, with reader ``from_`` or the detected one."""
    if isinstance(source, os.PathLike):
        path = path or os.fspath(source)
        source = Path(source).read_bytes()
    if not isinstance(source, (str, bytes)):
        raise TypeError(f"read() takes str, bytes or a path, not {type(source).__name__}")
    name = reader_name(from_) if from_ else detect(path, source)
    if name == "docx":
        if isinstance(source, str):
            raise ReaderError("a Word document must be given as bytes or a path, not as text")
        from .docx import read_docx

        return read_docx(source, path)
    if name == "html":
        from .html import read_html

        return read_html(source, path, encoding)
    if isinstance(source, bytes):
        text, used = decode(source, encoding)
        return read_text(text, encoding=used, path=path, decoded=True, utf8=_utf8_of(source, used))
    return read_text(source, encoding=encoding or "utf-8", path=path)


def _utf8_of(data: bytes, encoding: str) -> bytes | None:
    """The UTF-8 encoding of the text decoded from ``data`` (``data`` without its BOM), if it was UTF-8."""
    if encoding == "utf-8":
        return data
    if encoding == "utf-8-sig":
        return data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    return None


def read_text(text: str, *, encoding: str = "utf-8", path: str | None = None, reader: str = "text",
              decoded: bool = False, utf8: bytes | None = None) -> Reading:
    """Plain text as a reading.  Lone surrogates, which are no characters, become U+FFFD; text that
    a strict decoder made (``decoded``) cannot hold any.  ``utf8``: the text's UTF-8 encoding, if known."""
    text, repaired = (text, 0) if decoded else LONE_SURROGATE.subn("\ufffd", text)
    notes = (
        (Diagnostic("SP003", f"{repaired} lone surrogate code point(s) replaced by U+FFFD", None, "warning"),)
        if repaired else ()
    )
    source, blocks = read_source(text)
    return Reading(source, blocks, source_info(text, path=path, encoding=encoding, reader=reader, utf8=utf8), notes)


def reader_name(name: str) -> str:
    """The canonical reader name of ``name`` (``text`` → ``txt``, ``htm`` → ``html``)."""
    try:
        return READERS[name.lower()]
    except KeyError:
        raise UnknownFormatError(f"unknown input format {name!r} (choose from txt, docx, html)") from None
