"""The same speech laid out differently (line breaks, blank lines, indents, flattened, encoding)
parses to the same metadata and the same outline."""

from __future__ import annotations

import json
import re

import pytest
from conftest import GOLD, REAL, needs_corpus

import speechparse
from speechparse.ast import sections


def gold_files() -> list[str]:
    return sorted(json.loads(path.read_text(encoding="utf-8"))["file"] for path in GOLD.glob("*.json")) if GOLD.is_dir() else []


def front_lines_together(text: str) -> bytes:
    """Blank lines between paragraphs, except among the lines before the first sentence (title,
    subtitle, date, speaker), which are set one under the other."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    front = next((i for i, line in enumerate(paragraphs) if re.search("[。！？!?：:；;]", line)), 0)
    return ("\n".join(paragraphs[:front]) + "\n\n" + "\n\n".join(paragraphs[front:])).encode("utf-8")


LAYOUTS = {
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "gb18030": lambda text: text.encode("gb18030"),
    "one-per-line": lambda text: re.sub(r"\n\s*\n+", "\n", text).encode("utf-8"),
    "blank-lines": lambda text: re.sub(r"\n+", "\n\n", text).encode("utf-8"),
    "indented": lambda text: "\n".join("\u3000\u3000" + line if line.strip() else line for line in text.split("\n")).encode("utf-8"),
    "front-lines-together": front_lines_together,
    "flattened": lambda text: "\u3000\u3000".join(line.strip() for line in text.split("\n") if line.strip()).encode("utf-8"),
}


def summary(doc: speechparse.ast.Document) -> tuple:
    meta = doc.meta
    return (meta.title, meta.subtitle, meta.date, meta.speaker, meta.salutation,
            [(depth, s.marker, s.number, s.heading) for s, depth in sections(doc)])


@needs_corpus
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", gold_files())
def test_layout_does_not_change_the_structure(name, layout):
    text = (REAL / name).read_text(encoding="utf-8")
    assert summary(speechparse.parse(LAYOUTS[layout](text))) == summary(speechparse.parse(text.encode("utf-8")))


def test_a_sentence_a_line_break_leaves_at_an_english_phrase_stays_one_paragraph():
    doc = speechparse.parse("在全市工作会议上的讲话\n\n同志们：\n\n大家都知道\nChatGPT and other models 的出现，改变了我们的工作方式。\n\n要积极应对。")
    assert doc.body[0].text == "大家都知道ChatGPT and other models 的出现，改变了我们的工作方式。"


def test_a_reporters_sentence_opening_a_line_is_no_dateline():
    doc = speechparse.parse("在全市工作会议上的讲话\n\n同志们：\n\n今天上午，据\n本报记者了解到的消息，会议已经召开。\n\n要积极应对。")
    assert (doc.body[0].text, doc.joins) == ("今天上午，据本报记者了解到的消息，会议已经召开。", ())
