"""The real documents of ../shared/corpus: lossless, never a fallback, and scored against the gold."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, GOLD, REAL, needs_corpus, real_documents

import speechparse
from speechparse.exporters.json import to_dict

INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
#: Characters per line above which a document is flattened (its paragraphs run together on a few lines).
FLATTENED_LINE = 800


def visible(text: str) -> str:
    """The text without whitespace and invisible (zero-width) characters: what losslessness is about."""
    return INVISIBLE.sub("", text)


def node_texts(value) -> list[str]:
    """Every text-bearing field of a JSON export, in document order."""
    texts: list[str] = []
    if isinstance(value, dict):
        node_type = value.get("type")
        if node_type == "title":
            texts.extend(value["lines"])
        elif node_type == "section":
            texts.append(value["prefix"] + value["marker"] + value["heading"] + value["suffix"])
        elif node_type in ("subtitle", "date_line", "speaker", "salutation"):
            texts.append(value["raw"])
        elif node_type in ("paragraph", "note", "conclusion", "closing", "signature"):
            texts.append(value["text"])
        for child in value.get("children", ()):
            texts.extend(node_texts(child))
    return texts


@pytest.fixture(scope="module", params=real_documents(), ids=lambda path: path.name)
def parsed(request):
    data = request.param.read_bytes()
    return data.decode("utf-8"), speechparse.parse(data, path=str(request.param))


@needs_corpus
def test_structure_is_recognised_without_fallback(parsed):
    _, doc = parsed
    assert not [d for d in doc.diagnostics if d.code == "SP099"]


@needs_corpus
def test_render_text_is_lossless(parsed):
    text, doc = parsed
    assert visible(speechparse.render_text(doc)) == visible(text)


@needs_corpus
def test_json_nodes_hold_every_character_once_in_order(parsed):
    text, doc = parsed
    exported = to_dict(doc)
    parts = [t for node in exported["front"] + exported["body"] + exported["back"] for t in node_texts(node)]
    assert visible("".join(parts)) == visible(text)


@needs_corpus
def test_node_spans_point_at_their_text(parsed):
    text, doc = parsed
    for node, _ in speechparse.ast.walk(doc.body):
        if isinstance(node, speechparse.ast.Paragraph) and not any(j.span.start >= node.span.start and
                                                                 j.span.end <= node.span.end for j in doc.joins):
            assert visible(text[node.span.start:node.span.end]) == visible(node.text)


def scores(gold: Path, real: Path, options: str = "") -> tuple[dict, str]:
    """The corpus scorer's totals for the documents of ``real`` against the gold files of ``gold``, and its report
    (``options``: more options of the convert command)."""
    command = f"{sys.executable} -m speechparse convert {{in}} {options} --to json"
    result = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), str(gold), str(real), "--cmd", command, "--json"],
        capture_output=True, text=True, timeout=300, check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stdout


@needs_corpus
def test_gold_scores_meet_the_targets():
    totals, report = scores(GOLD, REAL)
    assert totals["failed"] == 0
    assert totals["F1"] >= 0.90, report
    assert totals["level_acc"] >= 0.90, report
    assert totals["meta_acc"] >= 0.85, report


def printed_copy(text: str, width: int, page_lines: int, indent: bool = True) -> str:
    """``text`` as a PDF's text gives it: each paragraph's first line indented with two ideographic spaces (or, as
    pdftotext gives it, not), its lines wrapped at ``width`` characters, a page number (— 1 —) after every
    ``page_lines`` lines, wherever it falls."""
    lines: list[str] = []
    page = 1
    for paragraph in filter(None, (line.strip() for line in text.splitlines())):
        first = True
        while paragraph:
            take = width - 2 if first and indent else width
            lines.append(("\u3000\u3000" if first and indent else "") + paragraph[:take])
            paragraph, first = paragraph[take:], False
            if len(lines) % (page_lines + 1) == page_lines:
                lines.append(f"— {page} —")
                page += 1
    return "\n".join(lines) + "\n"


@needs_corpus
@pytest.mark.parametrize("indent", [True, False], ids=["indented", "unindented"])
@pytest.mark.parametrize("width", [28, 36, 44])
def test_gold_scores_hold_on_printed_copies_wrapped_at_a_width(tmp_path, width, indent):
    """The gold documents set as a PDF's text (not those flattened onto a few lines, which no page sets so) score
    nearly as the originals: the wrapped lines are joined again by the reader, the front matter is found."""
    for gold in GOLD.glob("*.json"):
        text = (REAL / gold.name.replace(".json", ".txt")).read_text(encoding="utf-8")
        if len(text) / max(1, len(text.splitlines())) <= FLATTENED_LINE:
            (tmp_path / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
            (tmp_path / gold.name.replace(".json", ".txt")).write_text(printed_copy(text, width, 40, indent), encoding="utf-8")
    totals, report = scores(tmp_path, tmp_path)
    assert totals["failed"] == 0
    assert totals["F1"] >= 0.95, report
    assert totals["level_acc"] >= 0.90, report
    assert totals["meta_acc"] >= 0.90, report


def web_page(text: str) -> str:
    """``text`` as a government site shows it: its lines as paragraphs of the page's article, under the site's menu, its
    breadcrumb and the post's fields, over its footer."""
    paragraphs = "\n".join(f"<p>{html.escape(line.strip().lstrip('#').strip())}</p>" for line in text.splitlines() if line.strip())
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>讲话_某某市人民政府门户网站</title></head><body>\n"
            "<div class=\"header\"><a href=\"/\">首页</a> | <a href=\"/zw\">政务公开</a> | <a href=\"/hd\">互动交流</a></div>\n"
            "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/ldjh\">领导讲话</a></div>\n"
            "<div class=\"article\"><div class=\"info\">发布时间：2023-03-01 09:30 来源：市政府办公室 【字体：大 中 小】</div>\n"
            f"<div class=\"content\">\n{paragraphs}\n</div></div>\n"
            "<div class=\"footer\">主办单位：某某市人民政府办公室 版权所有 ICP备12345678号</div></body></html>\n")


@needs_corpus
def test_gold_scores_hold_on_the_documents_as_a_government_sites_pages(tmp_path):
    """The gold documents (not the flattened one) as a site's pages, read with ``--from html``, score as the originals."""
    for gold in GOLD.glob("*.json"):
        text = (REAL / gold.name.replace(".json", ".txt")).read_text(encoding="utf-8")
        if len(text) / max(1, len(text.splitlines())) <= FLATTENED_LINE:
            (tmp_path / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
            (tmp_path / gold.name.replace(".json", ".txt")).write_text(web_page(text), encoding="utf-8")
    totals, report = scores(tmp_path, tmp_path, "--from html")
    assert totals["failed"] == 0
    assert totals["F1"] >= 0.95, report
    assert totals["level_acc"] >= 0.90, report
    assert totals["meta_acc"] >= 0.95, report


#: A WeChat post's header and footer around a text, and chrome a page leaves in the middle of it.
POST_HEADER = ["点击上方蓝字关注我们", "原创 宣传部 某某发布 2023-03-01 08:30 发表于浙江", "收录于合集 #领导讲话 12个"]
POST_FOOTER = ["来源：某某日报", "编辑：张三", "审核：李四", "往期回顾", "· 全市召开经济工作会议", "· 市长调研重点项目", "阅读原文",
               "分享收藏点赞在看"]
MIDDLE_CHROME = ["相关阅读：", "· 全市召开经济工作会议", "· 市长调研重点项目", "上一页 1 2 3 下一页"]


def posted(text: str) -> str:
    """``text`` as a post gives it: the post's header and footer around it, a list of links and a pager after the
    first paragraph past its middle that ends a sentence, each a paragraph of its own as the text sets them (a
    blank line between them where the text's paragraphs have one)."""
    lines = text.strip().splitlines()
    middle = next((index for index in range(len(lines) // 2, len(lines)) if lines[index].rstrip().endswith("。")), len(lines))
    parted = "\n\n" in text
    chrome = [part for line in MIDDLE_CHROME for part in ("", line)] + [""] if parted else MIDDLE_CHROME
    lines[middle + 1: middle + 1] = chrome
    footer = ["", *POST_FOOTER] if parted else POST_FOOTER
    return "\n".join([*POST_HEADER, *([""] if parted else []), *lines, *footer]) + "\n"


@needs_corpus
def test_gold_scores_hold_on_the_documents_posted_with_a_posts_chrome(tmp_path):
    """The gold documents (not the flattened one) inside a post's header and footer, with a list of links and a pager
    in their middle, score as the originals."""
    for gold in GOLD.glob("*.json"):
        text = (REAL / gold.name.replace(".json", ".txt")).read_text(encoding="utf-8")
        if len(text) / max(1, len(text.splitlines())) <= FLATTENED_LINE:
            (tmp_path / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
            (tmp_path / gold.name.replace(".json", ".txt")).write_text(posted(text), encoding="utf-8")
    totals, report = scores(tmp_path, tmp_path)
    assert totals["failed"] == 0
    assert totals["F1"] >= 0.95, report
    assert totals["level_acc"] >= 0.90, report
    assert totals["meta_acc"] >= 0.95, report
