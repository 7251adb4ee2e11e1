"""``speechparse outline``: the heading tree with line numbers, as text and JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import SEED

from speechparse.cli import main

SEED_TREE = """\
 3  在全区意识形态工作会议上的讲话
15  ├── 一、提高政治站位，认真贯彻落实党中央关于意识形态工作的决策部署，切实增强做好意识形态工作的责任感、紧迫感、使命感
21  ├── 二、抓住工作重点，推动建设具有强大凝聚力和引领力的社会主义意识形态
25  │   ├── 一要坚持不懈用习近平新时代中国特色社会主义思想武装头脑
27  │   ├── 二要持续用力巩固壮大主流舆论
31  │   ├── 三要敢于和善于开展思想舆论斗争
33  │   ├── 四要下大力气抓好网络意识形态工作
35  │   └── 五要切实加强意识形态阵地管理
39  └── 三、要坚持党的全面领导，确保意识形态工作责任制落地落实
"""


def outline(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, ["outline", *args], input=input)


def test_seed_outline_is_drawn_like_tree_with_line_numbers():
    result = outline(str(SEED))
    assert (result.exit_code, result.stdout) == (0, SEED_TREE)


def test_seed_outline_as_json_nests_sections_with_ids_and_lines():
    tree = json.loads(outline(str(SEED), "--format", "json").stdout)
    assert (tree["source"], tree["title"], tree["line"]) == (str(SEED), "在全区意识形态工作会议上的讲话", 3)
    assert [(s["id"], s["marker"], s["line"], len(s["children"])) for s in tree["sections"]] == [
        ("s1", "一、", 15, 0), ("s2", "二、", 21, 5), ("s3", "三、", 39, 0)]
    first = tree["sections"][1]["children"][0]
    assert first == {"id": "s2.1", "depth": 2, "line": 25, "marker": "一要", "number": 1, "family": "verb",
                     "heading": "坚持不懈用习近平新时代中国特色社会主义思想武装头脑", "run_in": True, "children": []}


def test_untitled_document_is_rooted_at_its_name():
    result = outline("-", input="一、总体要求\n\n要坚持。\n\n（一）基本原则\n\n要稳。\n".encode())
    assert result.stdout == "   <stdin>\n1  └── 一、总体要求\n5      └── （一）基本原则\n"


def test_document_without_headings_is_its_root_alone():
    assert outline("-", input="要坚持稳中求进。\n".encode()).stdout == "<stdin>\n"


def test_missing_file_and_directory_exit_1_with_reason(tmp_path):
    assert outline(str(tmp_path / "no.txt")).stderr == f"speechparse: {tmp_path / 'no.txt'}: no such file or directory\n"
    result = outline(str(tmp_path))
    assert (result.exit_code, result.stderr) == (1, f"speechparse: {tmp_path}: is a directory\n")


def test_undecodable_input_exits_1():
    result = outline("-", input=b"text \x81 \x81 \xff\xff")
    assert result.exit_code == 1 and result.stderr.startswith("speechparse: <stdin>: cannot decode")


def test_outline_reads_a_file_as_html_when_asked(tmp_path):
    page = tmp_path / "page.aspx"  # an extension that says nothing of HTML
    page.write_text("<html><body><h1>在全市工作会议上的讲话</h1><p>同志们：</p><h2>一、认清形势</h2><p>要提高认识，统一思想。</p>"
                    "<h2>二、狠抓落实</h2><p>要压实责任，抓好落实。</p></body></html>", encoding="utf-8")
    result = outline(str(page), "--from", "html", "--format", "json")
    assert result.exit_code == 0
    tree = json.loads(result.stdout)
    assert (tree["title"], [section["heading"] for section in tree["sections"]]) == ("在全市工作会议上的讲话", ["认清形势", "狠抓落实"])


def test_a_damaged_word_document_gives_one_line_and_no_traceback(tmp_path):
    damaged = tmp_path / "speech.doc"
    damaged.write_bytes("<html><body>在全市大会上的讲话</body></html>".encode())
    result = CliRunner().invoke(main, ["outline", str(damaged)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "not a Word .docx file" in result.output
