"""``speechparse validate`` and ``speechparse rule``: formats, exit codes, fixing, configuration."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEED

from speechparse.cli import main
from speechparse.rules.registry import rules

BROKEN = "在全区工作会议上的讲话\r\n\r\n(2018年9月20日)\r\n\r\n同志们：\r\n\r\n我们要坚持稳中求进,推动发展。\r\n"
FIXED = "在全区工作会议上的讲话\r\n\r\n（2018年9月20日）\r\n\r\n同志们：\r\n\r\n我们要坚持稳中求进，推动发展。\r\n"
CLEAN = "在全区工作会议上的讲话\n\n同志们：\n\n我们要坚持稳中求进。\n"
WARNING_ONLY = "在全区工作会议上的讲话\n\n同志们：\n\n全年增长６％。\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_bytes(BROKEN.encode("gb18030"))
    return path


def test_concise_lines_and_exit_code_one(broken):
    result = run("validate", str(broken))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"{broken}:3:1: SP501 [*] Date line is in half-width brackets (…)"
    assert lines[1] == f"{broken}:7:10: SP401 [*] Half-width ',' in Chinese text"
    assert lines[2].startswith("Found 2 problems (2 errors).")


def test_clean_file_exits_zero(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 0 and "All checks passed!" in result.output


def test_fail_on_decides_whether_warnings_fail(tmp_path):
    path = tmp_path / "warn.txt"
    path.write_text(WARNING_ONLY, encoding="utf-8")
    assert run("validate", str(path)).exit_code == 0
    assert run("validate", str(path), "--fail-on", "warning").exit_code == 1


def test_missing_file_and_bad_options_exit_two(tmp_path):
    assert run("validate", str(tmp_path / "nope.txt")).exit_code == 2
    assert run("validate", "-", "--select", "XX9", input=CLEAN).exit_code == 2
    assert run("validate", "-", "--fix", "--diff", input=CLEAN).exit_code == 2


def test_stdin_is_read_with_dash():
    result = run("validate", "-", input=BROKEN)
    assert result.exit_code == 1 and result.output.startswith("-:3:1: SP501")


def test_full_format_underlines_by_display_width(broken):
    result = run("validate", str(broken), "--output-format", "full", "--select", "SP401")
    lines = result.output.splitlines()
    assert lines[2] == "7 | 我们要坚持稳中求进,推动发展。"
    assert lines[3] == "  | " + " " * 18 + "^ SP401"  # nine CJK characters are 18 columns
    assert lines[5] == "  = help: Replace with ，"


def test_json_report_has_a_stable_shape(broken):
    data = json.loads(run("validate", str(broken), "--output-format", "json").output)
    assert list(data) == ["version", "tool", "summary", "diagnostics", "errors"]
    assert data["version"] == "1.1" and data["tool"]["name"] == "speechparse"
    assert data["summary"] == {"files": 1, "unreadable": 0, "diagnostics": 2, "error": 2, "warning": 0, "info": 0,
                               "fixable": 2, "fixed": 0}
    assert data["errors"] == []
    first = data["diagnostics"][0]
    assert list(first) == ["path", "code", "name", "severity", "message", "location", "end_location", "fix"]
    assert first["location"] == {"line": 3, "column": 1, "offset": 15}
    assert first["fix"]["applicability"] == "safe"
    assert first["fix"]["edits"][0] == {"content": "（", "location": {"line": 3, "column": 1, "offset": 15},
                                        "end_location": {"line": 3, "column": 2, "offset": 16}}


def test_sarif_has_the_required_2_1_0_fields(broken):
    data = json.loads(run("validate", str(broken), "--output-format", "sarif").output)
    assert data["version"] == "2.1.0" and data["$schema"].endswith("sarif-2.1.0.json")
    run_ = data["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "speechparse" and driver["version"] and driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == list(rules())
    for rule in driver["rules"]:
        assert {"id", "name", "shortDescription", "fullDescription", "defaultConfiguration"} <= set(rule)
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    result = run_["results"][1]
    assert result["ruleId"] == "SP401" and result["level"] == "error" and result["message"]["text"]
    assert driver["rules"][result["ruleIndex"]]["id"] == "SP401"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == str(broken)
    assert location["region"] == {"startLine": 7, "startColumn": 10, "endLine": 7, "endColumn": 11}


def test_github_annotations(broken):
    lines = run("validate", str(broken), "--output-format", "github").output.splitlines()
    assert lines[1] == f"::error file={broken},line=7,col=10,endLine=7,endColumn=11,title=SP401::" \
                       "Half-width ',' in Chinese text"


def test_fix_keeps_a_big5_files_encoding(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes("施政報告\n\n各位議員：\n\n20年來,國家的發展取得舉世矚目的成就,國際地位不斷提高。\n".encode("big5"))
    result = run("validate", str(path), "--fix")
    assert result.exit_code == 0 and "Fixed 2 problems." in result.output
    assert path.read_bytes().decode("big5") == "施政報告\n\n各位議員：\n\n20年來，國家的發展取得舉世矚目的成就，國際地位不斷提高。\n"


def test_fix_writes_atomically_keeping_encoding_and_newlines(broken):
    result = run("validate", str(broken), "--fix")
    assert result.exit_code == 0 and "Fixed 2 problems." in result.output
    assert broken.read_bytes() == FIXED.encode("gb18030")
    assert [p.name for p in broken.parent.iterdir()] == ["speech.txt"]  # no temporary file left


def test_fix_leaves_a_read_only_file_as_it_is_and_fixes_the_others(tmp_path):
    locked, open_ = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (locked, open_):
        path.write_bytes(BROKEN.encode("gb18030"))
    locked.chmod(0o444)
    result = run("validate", str(tmp_path), "--fix")
    assert result.exit_code == 2
    assert f"speechparse validate: {locked}: cannot write: read-only file\n" in result.stderr
    assert locked.read_bytes() == BROKEN.encode("gb18030")
    assert locked.stat().st_mode & 0o777 == 0o444
    assert open_.read_bytes() == FIXED.encode("gb18030")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temporary file left


def test_fix_keeps_a_utf8_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BROKEN.encode("utf-8"))
    run("validate", str(path), "--fix")
    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode("utf-8")


def test_unsafe_fixes_only_with_the_flag(tmp_path):
    path = tmp_path / "quotes.txt"
    path.write_text(CLEAN.replace("稳中求进", '"稳中求进"'), encoding="utf-8")
    assert run("validate", str(path), "--fix").exit_code == 1
    assert '"稳中求进"' in path.read_text(encoding="utf-8")
    assert run("validate", str(path), "--fix", "--unsafe-fixes").exit_code == 0
    assert "“稳中求进”" in path.read_text(encoding="utf-8")


def test_diff_writes_nothing_and_exits_one(broken):
    result = run("validate", str(broken), "--diff")
    assert result.exit_code == 1
    assert "-(2018年9月20日)\r\n+（2018年9月20日）\r\n" in result.stdout_bytes.decode("utf-8")
    assert "Would fix 2 problems." in result.output
    assert broken.read_bytes() == BROKEN.encode("gb18030")


def test_select_and_ignore(broken):
    assert "SP401" not in run("validate", str(broken), "--ignore", "SP4").output
    output = run("validate", str(broken), "--select", "SP5").output
    assert "SP501" in output and "SP401" not in output


def test_config_is_found_from_the_input_directory_upward(tmp_path, broken):
    (tmp_path / "pyproject.toml").write_text('[tool.speechparse]\nignore = ["SP501"]\n'
                                             '[tool.speechparse.severity]\nSP401 = "info"\n', encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 0
    assert "SP501" not in result.output and "(1 info)" in result.output


def test_speechparse_toml_and_explicit_config(tmp_path, broken):
    (tmp_path / "speechparse.toml").write_text('select = ["SP501"]\n', encoding="utf-8")
    assert "SP401" not in run("validate", str(broken)).output
    other = tmp_path / "other.toml"
    other.write_text('profile = "nonsense"\n', encoding="utf-8")
    result = run("validate", str(broken), "--config", str(other))
    assert result.exit_code == 2 and "unknown profile" in result.output


def test_gongwen_profile_is_stricter(tmp_path):
    path = tmp_path / "pad.txt"
    path.write_text(CLEAN.replace("我们要", "2018年09月05日我们要"), encoding="utf-8")
    assert run("validate", str(path)).exit_code == 0
    assert run("validate", str(path), "--profile", "gongwen").exit_code == 1


def test_seed_through_the_command_line():
    result = run("validate", str(SEED))
    assert result.exit_code == 1
    assert [line.split(": ")[1].split()[0] for line in result.output.splitlines()[:6]] == ["SP501"] + ["SP408"] * 5


def test_rule_command_prints_the_doc():
    result = run("rule", "SP201")
    assert result.exit_code == 0
    assert result.output.startswith("# SP201 cn-marker-delimiter\n")
    assert "**Why is this bad?**" in result.output and "GB/T 15834-2011 Appendix B.3.2" in result.output
    assert run("rule", "cn-marker-delimiter").output == result.output
    assert run("rule", "SP999").exit_code == 2
    assert run("rule", "--all").output.count("\n### SP") == len(rules())


@pytest.fixture
def one_unreadable(tmp_path, broken):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00abc\x81")
    return bad


def test_an_input_that_cannot_be_read_is_never_reported_as_checked(one_unreadable):
    result = run("validate", str(one_unreadable))
    assert result.exit_code == 2
    assert "All checks passed!" not in result.output
    assert "1 file could not be read (see above): not checked.\nNothing was checked.\n" in result.output


def test_the_json_report_lists_the_inputs_that_could_not_be_read(one_unreadable, broken):
    data = json.loads(run("validate", str(one_unreadable), str(broken), "--output-format", "json").stdout)
    assert (data["summary"]["files"], data["summary"]["unreadable"]) == (1, 1)
    assert data["errors"] == [{"path": str(one_unreadable), "message": "not valid utf-16-le after its byte-order mark (byte 4)"}]


def test_the_sarif_report_says_an_input_was_not_checked(one_unreadable):
    data = json.loads(run("validate", str(one_unreadable), "--output-format", "sarif").stdout)
    invocation = data["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": str(one_unreadable)}


def test_sarif_uris_are_percent_encoded(tmp_path):
    path = tmp_path / "讲话 稿.txt"
    path.write_text("在全区工作会议上的讲话\n\n同志们：\n\n我们要坚持稳中求进,推动高质量发展。\n", encoding="utf-8")
    data = json.loads(run("validate", str(path), "--output-format", "sarif").output)
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("/%E8%AE%B2%E8%AF%9D%20%E7%A8%BF.txt")


def test_an_unknown_encoding_is_a_usage_error_before_any_file_is_read(broken):
    result = run("validate", str(broken), "--encoding", "klingon")
    assert result.exit_code == 2
    assert "'klingon' is not a text encoding Python knows" in result.output
    assert "All checks passed!" not in result.output


def test_the_summary_counts_safe_fixes_and_the_hidden_unsafe_ones_apart(tmp_path):
    path = tmp_path / "speech.txt"
    path.write_text("在全市工作会议上的讲话\n\n同志们，\n\n围绕“率先建成小康\"的目标,实现了开局。\n", encoding="utf-8")
    output = run("validate", str(path)).output
    assert "[*] 1 fixable with --fix (2 hidden fixes can be enabled with --unsafe-fixes).\n" in output
    assert f"{path}:5:10: SP402 Straight quote \" closes “\n" in output  # (no [*]: its fix is unsafe)


def test_the_diff_of_a_cr_only_file_marks_no_line_as_unended(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_bytes("在全市工作会议上的讲话\r\r同志们：\r\r我们要坚持稳中求进,推动高质量发展。\r".encode())
    assert "No newline at end of file" not in run("validate", str(path), "--diff").output


def test_the_diff_alone_goes_to_standard_output_so_it_applies_as_a_patch(broken):
    result = run("validate", str(broken), "--diff")
    assert result.stdout.startswith(f"--- {broken}\n+++ {broken}\n@@ ")
    assert "Would fix" not in result.stdout and "Would fix 2 problems." in result.stderr
