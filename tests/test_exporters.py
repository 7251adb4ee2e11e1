"""What every format promises: registered by name, deterministic, well-formed and lossless on awkward text."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pytest
import yaml
from conftest import ROOT, SEED, TRICKY, visible
from lxml import etree
from markdown_it import MarkdownIt

import speechparse
from speechparse.errors import UnknownFormatError
from speechparse.exporters import EXPORTERS, EXTENSIONS, export, get_exporter
from speechparse.exporters.base import ExportWarning
from speechparse.exporters.chars import replace

FORMATS = ["json", "tei", "md", "text", "jsonl", "pandoc"]


def test_formats_and_extensions_are_registered():
    assert sorted(EXPORTERS) == sorted(FORMATS)
    assert EXTENSIONS == {"json": ".json", "tei": ".tei.xml", "md": ".md", "text": ".txt", "jsonl": ".jsonl",
                          "pandoc": ".pandoc.json"}
    assert all(get_exporter(name).format == name for name in FORMATS)


def test_unknown_format_names_the_known_ones():
    with pytest.raises(UnknownFormatError, match="known: json, jsonl, md, pandoc, tei, text"):
        export(speechparse.parse("正文。\n"), "docx")


def test_lxml_is_imported_only_for_tei():
    code = ("import sys, speechparse; from speechparse.exporters import export; d = speechparse.parse('一、要求\\n');"
            "[export(d, f) for f in ('json', 'md', 'text', 'jsonl', 'pandoc')]; print('lxml' in sys.modules);"
            "export(d, 'tei'); print('lxml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["False", "True"]


def test_outputs_are_byte_identical_across_processes():
    code = ("import sys, speechparse; from speechparse.exporters import export;"
            f"d = speechparse.parse(open({str(SEED)!r}, 'rb').read(), path='seed.txt');"
            f"sys.stdout.buffer.write(b''.join(export(d, f).encode() for f in {FORMATS!r}))")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")]
    assert runs[0] == runs[1] and len(runs[0]) > 50_000


# ---- a document with markup characters, control characters and astral CJK -------------------------


@pytest.fixture(scope="module")
def tricky():
    doc = speechparse.parse(TRICKY)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        return {name: export(doc, name) for name in FORMATS}


def test_tricky_tei_is_well_formed_and_lossless_up_to_marked_replacements(tricky):
    root = etree.fromstring(tricky["tei"].encode("utf-8"))
    text = "".join(root.find("{http://www.tei-c.org/ns/1.0}text").itertext())
    assert visible(text) == replace(visible(TRICKY))


def test_tricky_markdown_is_lossless_up_to_nul(tricky):
    head, _, body = tricky["md"][4:].partition("\n---\n")
    assert yaml.safe_load(head)["title"] == "标题&<>\"'𠮷"
    inline = [tok for tok in MarkdownIt("commonmark").parse(body) if tok.type == "inline"]
    assert visible("".join(c.content for tok in inline for c in tok.children)) == visible(TRICKY.replace("\x00", "\ufffd"))


def test_tricky_json_formats_parse_and_keep_everything(tricky):
    assert speechparse.load(tricky["json"]).meta.title == "标题&<>\"'𠮷"
    assert all(json.loads(line)["id"] for line in tricky["jsonl"].splitlines())
    assert json.loads(tricky["pandoc"])["blocks"]
    assert visible(tricky["text"]) == visible(TRICKY)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_encodes_as_utf8_and_ends_with_a_newline_or_brace(tricky, fmt):
    data = tricky[fmt].encode("utf-8")
    assert "𠮷".encode() in data
    assert data.endswith((b"\n", b"}"))
