"""``speechparse convert`` through click's runner: destinations, batches, refusals, failures, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REAL, SEED, needs_corpus, real_documents

import speechparse
from speechparse.cli import main
from speechparse.exporters.json import to_dict

SPEECH = "关于做好工作的讲话\n\n同志们：\n\n一、总体要求\n\n要坚持稳中求进。\n\n二、重点任务\n\n要抓好落实。\n"
BAD_BYTES = b"text \x81 \x81 \xff\xff"  # no byte-order mark, not UTF-8, not GB18030


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, ["convert", *args], input=input)


def expected_json(path: str) -> bytes:
    return (speechparse.dumps(speechparse.parse(Path(path).read_bytes(), path=path)) + "\n").encode()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """in/a.txt, in/sub/b.txt (UTF-8) and in/sub/c.txt (GB18030), plus a file the glob leaves out."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(SPEECH, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(SPEECH.replace("总体", "基本"), encoding="utf-8")
    (root / "sub" / "c.txt").write_bytes(SPEECH.encode("gb18030"))
    (root / "notes.md").write_text("不是讲话", encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


# ---- one document -------------------------------------------------------------------------------------


def test_one_file_prints_exactly_the_json_export_with_a_final_newline():
    result = run(str(SEED), "--to", "json")
    assert result.exit_code == 0
    assert result.stdout_bytes == expected_json(str(SEED))
    assert result.stderr == ""


def test_stdin_to_stdout_as_text():
    result = run("-", "--to", "text", input=SPEECH.encode("gb18030"))
    assert (result.exit_code, result.stdout) == (0, speechparse.render_text(speechparse.parse(SPEECH)))


def test_stdin_document_is_named_stdin_in_the_json():
    result = run("-", input=SPEECH.encode())
    assert json.loads(result.stdout)["source"]["path"] == "<stdin>"


def test_one_file_to_an_output_file(tmp_path: Path):
    result = run(str(SEED), "-o", "seed.json")
    assert (result.exit_code, result.stdout) == (0, "")
    assert (tmp_path / "seed.json").read_bytes() == expected_json(str(SEED))


def test_one_file_into_an_existing_directory_takes_the_format_extension(tmp_path: Path):
    (tmp_path / "out").mkdir()
    assert run(str(SEED), "-o", "out", "--to", "text").exit_code == 0
    assert (tmp_path / "out" / "ideology-work-speech.txt").is_file()


def test_one_file_to_a_jsonl_file_is_one_record(tmp_path: Path):
    assert run(str(SEED), "-o", "one.jsonl").exit_code == 0
    [line] = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record == {"source": str(SEED), "ok": True, "document": to_dict(speechparse.parse(SEED, path=str(SEED)))}


def test_encoding_override_applies_to_the_input():
    result = run("-", "--to", "text", "--encoding", "utf-16", input=SPEECH.encode("utf-16-le"))
    assert result.exit_code == 0 and "总体要求" in result.stdout


def test_failed_single_document_exits_1_with_path_and_reason():
    result = run("missing.txt")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "speechparse: missing.txt: no such file or directory\n"


# ---- batches --------------------------------------------------------------------------------------------


def test_directory_to_a_mirrored_tree(corpus: Path, tmp_path: Path):
    result = run(str(corpus), "-o", "out")
    assert result.exit_code == 0, result.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*"))
    assert written == ["a.json", "sub", "sub/b.json", "sub/c.json"]
    assert (tmp_path / "out" / "sub" / "b.json").read_bytes() == expected_json(str(corpus / "sub" / "b.txt"))
    assert result.stdout == ""
    assert result.stderr.startswith("3 converted, 0 failed, 0 skipped in ")


def test_glob_chooses_the_files_taken_from_directories(corpus: Path, tmp_path: Path):
    assert run(str(corpus), "--glob", "*.md", "-o", "out", "--to", "text").exit_code == 0
    assert [p.name for p in (tmp_path / "out").rglob("*")] == ["notes.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_existing_pipe_as_output_is_written_into_without_overwrite(tmp_path: Path):
    import threading

    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(SPEECH, encoding="utf-8")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run(str(tmp_path / "a.txt"), "-o", str(fifo), "--to", "text")
    reader.join(timeout=10)
    assert result.exit_code == 0 and received[0].startswith("关于做好工作的讲话".encode())


def test_a_glob_that_names_no_file_is_a_usage_error(corpus: Path, tmp_path: Path):
    result = run(str(corpus), "--glob", ".", "-o", "out")
    assert result.exit_code == 2 and "'.' matches no file name" in result.stderr
    assert not (tmp_path / "out").exists()


def test_drop_applies_to_jsonl_records_too(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SPEECH + "\n— 2 —\n", encoding="utf-8")
    assert run(str(tmp_path / "in"), "-o", "all.jsonl", "--drop", "page").exit_code == 0
    [record] = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    notes = [node for part in ("front", "body", "back") for node in record["document"][part] if node["type"] == "note"]
    assert notes == [] and [d["code"] for d in record["document"]["diagnostics"]] == ["SP006"]


def test_drop_names_only_the_kinds_that_can_be_dropped(corpus: Path):
    result = run(str(corpus / "a.txt"), "--drop", "editorial")
    assert result.exit_code == 2 and "'editorial' is not one of 'page', 'chrome'" in result.stderr


def test_directory_to_one_jsonl_file_in_input_order(corpus: Path, tmp_path: Path):
    assert run(str(corpus), "-o", "all.jsonl").exit_code == 0
    records = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    sources = [str(corpus / "a.txt"), str(corpus / "sub" / "b.txt"), str(corpus / "sub" / "c.txt")]
    assert [(r["source"], r["ok"]) for r in records] == [(s, True) for s in sources]
    assert records[2]["document"]["source"]["encoding"] == "gb18030"


def test_several_files_and_stdin_together(corpus: Path, tmp_path: Path):
    result = run(str(corpus / "a.txt"), "-", "-o", "out", "--to", "text", input=SPEECH.encode())
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt", "stdin.txt"]


def test_text_outputs_have_the_text_extension(corpus: Path, tmp_path: Path):
    assert run(str(corpus), "-o", "out", "--to", "text").exit_code == 0
    assert (tmp_path / "out" / "sub" / "c.txt").read_text(encoding="utf-8").startswith("关于做好工作的讲话\n")


def test_jobs_2_writes_the_same_bytes_as_jobs_1(corpus: Path, tmp_path: Path):
    assert run(str(corpus), "-o", "one.jsonl", "--jobs", "1").exit_code == 0
    assert run(str(corpus), "-o", "two.jsonl", "--jobs", "2").exit_code == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_empty_directory_warns_succeeds_and_writes_nothing(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    result = run("empty", "-o", "all.jsonl")
    assert result.exit_code == 0
    assert "no input files matching *.txt" in result.stderr
    assert not (tmp_path / "all.jsonl").exists()


def test_output_directory_inside_the_input_directory_is_not_read_as_input(corpus: Path):
    assert run(str(corpus), "-o", str(corpus / "out"), "--to", "text").exit_code == 0
    result = run(str(corpus), "-o", str(corpus / "out"), "--to", "text", "--overwrite")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [  # (the first run's outputs are .txt too: said, not taken)
        f"speechparse: 3 file(s) matching *.txt under the output directory {corpus / 'out'} are not taken as inputs",
        result.stderr.splitlines()[-1]]
    assert result.stderr.splitlines()[-1].startswith("3 converted,")
    assert not (corpus / "out" / "out").exists()


# ---- failures do not stop the batch ----------------------------------------------------------------------


def test_undecodable_and_missing_files_are_reported_and_the_rest_converted(corpus: Path, tmp_path: Path):
    (corpus / "bad.txt").write_bytes(BAD_BYTES)
    result = run(str(corpus), "missing.txt", "-o", "out")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"speechparse: {corpus / 'bad.txt'}: cannot decode")
    assert lines[1] == "speechparse: missing.txt: no such file or directory"
    assert lines[2].startswith("3 converted, 2 failed, 0 skipped in ")
    assert sorted(p.name for p in (tmp_path / "out").rglob("*.json")) == ["a.json", "b.json", "c.json"]


def test_failed_documents_are_error_records_in_jsonl(corpus: Path, tmp_path: Path):
    (corpus / "bad.txt").write_bytes(BAD_BYTES)
    assert run(str(corpus), "missing.txt", "-o", "all.jsonl").exit_code == 1
    records = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["ok"]) for r in records] == [
        (str(corpus / "a.txt"), True), (str(corpus / "bad.txt"), False), (str(corpus / "sub" / "b.txt"), True),
        (str(corpus / "sub" / "c.txt"), True), ("missing.txt", False),
    ]
    assert records[1]["error"].startswith("decode: cannot decode")
    assert records[4] == {"source": "missing.txt", "ok": False, "error": "read: no such file or directory"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fail_fast_stops_at_the_first_failure(corpus: Path, tmp_path: Path, jobs: str):
    (corpus / "0-bad.txt").write_bytes(b"x" * 10_000_000 + BAD_BYTES)  # slow to fail: the others are done first
    result = run(str(corpus), "-o", "out", "--fail-fast", "--jobs", jobs)
    assert result.exit_code == 1
    assert "stopped at the first failure (--fail-fast)" in result.stderr
    assert "0 converted, 1 failed, 0 skipped" in result.stderr
    assert not list((tmp_path / "out").rglob("*.json"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_directory_where_a_file_is_expected_is_reported(corpus: Path, tmp_path: Path):
    (corpus / "link.txt").symlink_to(corpus / "sub", target_is_directory=True)  # matches *.txt, not followed
    result = run(str(corpus), "-o", "out")
    assert result.exit_code == 1
    assert f"speechparse: {corpus / 'link.txt'}: is a directory\n" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("3 converted, 1 failed, 0 skipped")


def test_permission_denied_is_reported_as_a_reason(corpus: Path, monkeypatch: pytest.MonkeyPatch):
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if str(file).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    result = run(str(corpus), "-o", "out")
    assert result.exit_code == 1
    assert f"speechparse: {corpus / 'sub' / 'b.txt'}: permission denied\n" in result.stderr


def test_a_file_in_a_folder_that_cannot_be_searched_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    locked = tmp_path / "locked" / "speech.txt"
    real_stat, real_open = os.stat, open

    def denied(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("os.stat", lambda path, *a, **k: denied(path) if "locked" in str(path) else real_stat(path, *a, **k))
    monkeypatch.setattr("builtins.open", lambda file, *a, **k: denied(file) if "locked" in str(file)
                        else real_open(file, *a, **k))
    result = run(str(locked))
    assert result.exit_code == 1
    assert result.stderr == f"speechparse: {locked}: permission denied\n"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_reported(corpus: Path):
    (corpus / "a.txt").chmod(0)
    result = run(str(corpus), "-o", "out")
    assert result.exit_code == 1
    assert f"speechparse: {corpus / 'a.txt'}: permission denied\n" in result.stderr


@pytest.mark.parametrize("content", [b"", b"\x00" * 64, os.urandom(2048), b"\n\n\n", "　　\u200b".encode()])
def test_odd_content_never_gives_a_traceback(tmp_path: Path, content: bytes):
    (tmp_path / "odd.txt").write_bytes(content)
    result = run("odd.txt")
    assert result.exit_code in (0, 1)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


# ---- refusals: exit 2, nothing written ------------------------------------------------------------------


def test_existing_outputs_make_the_run_refuse(corpus: Path, tmp_path: Path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text("mine", encoding="utf-8")
    result = run(str(corpus), "-o", "out")
    assert result.exit_code == 2
    assert "1 output(s) exist already (out/a.json): give --overwrite" in result.stderr
    assert (tmp_path / "out" / "a.json").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "out" / "sub").exists()


def test_skip_existing_keeps_them_and_counts_them(corpus: Path, tmp_path: Path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text("mine", encoding="utf-8")
    result = run(str(corpus), "-o", "out", "--skip-existing")
    assert result.exit_code == 0
    assert result.stderr.startswith("2 converted, 0 failed, 1 skipped in ")
    assert (tmp_path / "out" / "a.json").read_text(encoding="utf-8") == "mine"


def test_overwrite_replaces_them(corpus: Path, tmp_path: Path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text("mine", encoding="utf-8")
    assert run(str(corpus), "-o", "out", "--overwrite").exit_code == 0
    assert (tmp_path / "out" / "a.json").read_bytes() == expected_json(str(corpus / "a.txt"))


def test_overwrite_leaves_a_read_only_output_and_writes_the_others(corpus: Path, tmp_path: Path):
    (tmp_path / "out").mkdir()
    locked = tmp_path / "out" / "a.json"
    locked.write_text("mine", encoding="utf-8")
    locked.chmod(0o444)
    result = run(str(corpus), "-o", "out", "--overwrite")
    assert result.exit_code == 1
    assert "cannot write out/a.json: read-only file" in result.stderr
    assert locked.read_text(encoding="utf-8") == "mine"
    assert (tmp_path / "out" / "sub" / "b.json").read_bytes() == expected_json(str(corpus / "sub" / "b.txt"))


def test_existing_jsonl_file_is_refused_too(corpus: Path, tmp_path: Path):
    (tmp_path / "all.jsonl").write_text("old\n", encoding="utf-8")
    assert run(str(corpus), "-o", "all.jsonl").exit_code == 2
    assert (tmp_path / "all.jsonl").read_text(encoding="utf-8") == "old\n"


def test_skip_existing_with_an_existing_jsonl_file_skips_everything(corpus: Path, tmp_path: Path):
    (tmp_path / "all.jsonl").write_text("old\n", encoding="utf-8")
    result = run(str(corpus), "-o", "all.jsonl", "--skip-existing")
    assert result.exit_code == 0
    assert result.stderr.startswith("0 converted, 0 failed, 3 skipped in ")
    assert (tmp_path / "all.jsonl").read_text(encoding="utf-8") == "old\n"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("layout", ["output_is_a_link_to_the_input", "input_is_a_link_to_the_output",
                                    "output_folder_holds_a_link_to_the_input"])
def test_an_output_that_is_an_input_through_a_symbolic_link_is_refused(tmp_path: Path, layout: str):
    source = tmp_path / "in" / "speech.txt"
    source.parent.mkdir()
    source.write_text(SPEECH, encoding="utf-8")
    if layout == "output_is_a_link_to_the_input":
        (tmp_path / "in" / "latest.txt").symlink_to("speech.txt")
        args = [str(source), "--to", "text", "-o", str(tmp_path / "in" / "latest.txt")]
    elif layout == "input_is_a_link_to_the_output":
        (tmp_path / "alias.txt").symlink_to(source)
        args = [str(tmp_path / "alias.txt"), "--to", "text", "-o", str(source)]
    else:
        (tmp_path / "out").mkdir()
        (tmp_path / "out" / "speech.txt").symlink_to(source)
        args = [str(source.parent), "--to", "text", "-o", str(tmp_path / "out")]
    result = run(*args, "--overwrite")
    assert result.exit_code == 2
    assert "is an input: it would be overwritten" in result.stderr
    assert source.read_text(encoding="utf-8") == SPEECH


def test_output_onto_the_input_itself_is_refused(corpus: Path):
    result = run(str(corpus), "-o", str(corpus), "--to", "text", "--overwrite")
    assert result.exit_code == 2
    assert "is an input: it would be overwritten" in result.stderr
    assert (corpus / "a.txt").read_text(encoding="utf-8") == SPEECH


def test_single_output_file_onto_its_input_is_refused(corpus: Path):
    result = run(str(corpus / "a.txt"), "-o", str(corpus / "a.txt"), "--to", "text", "--overwrite")
    assert result.exit_code == 2
    assert (corpus / "a.txt").read_text(encoding="utf-8") == SPEECH


def test_two_inputs_with_the_same_output_are_refused(corpus: Path, tmp_path: Path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(SPEECH, encoding="utf-8")
    result = run(str(corpus / "a.txt"), str(other / "a.txt"), "-o", "out")
    assert result.exit_code == 2
    assert "would both be written to out/a.json" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_same_file_given_twice_is_converted_once(corpus: Path):
    result = run(str(corpus / "a.txt"), str(corpus / "a.txt"), "-o", "out")
    assert result.exit_code == 0
    assert result.stderr.startswith("1 converted,")


# ---- usage errors: exit 2 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["a.txt", "b.txt"], "several documents need -o DIR"),
    (["a.txt", "--to", "nonsense"], "Invalid value for '--to'"),
    (["a.txt", "--encoding", "no-such-codec"], "is not a text encoding"),
    (["a.txt", "--encoding", "rot13"], "is not a text encoding"),
    (["a.txt", "-o", "x", "--overwrite", "--skip-existing"], "exclude each other"),
    (["a.txt", "--jobs", "-1"], "Invalid value for '-j' / '--jobs'"),
    (["-", "-", "-o", "out"], "can be given only once"),
    ([], "Missing argument"),
])
def test_usage_errors_exit_2_with_a_message(args: list[str], message: str):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_an_unknown_start_method_is_a_usage_error(corpus: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SPEECHPARSE_START_METHOD", "teleport")
    result = run(str(corpus), "-o", "out", "--jobs", "2")
    assert result.exit_code == 2 and "is not a start method here" in result.stderr


# ---- the real corpus ------------------------------------------------------------------------------------


@needs_corpus
def test_real_corpus_to_a_mirrored_tree_equals_single_conversions(tmp_path: Path):
    assert run(str(REAL), "-o", "out", "--jobs", "2").exit_code == 0
    documents = real_documents()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [p.stem + ".json" for p in documents]
    for path in documents:
        assert (tmp_path / "out" / f"{path.stem}.json").read_bytes() == run(str(path)).stdout_bytes, path


@needs_corpus
def test_real_corpus_to_one_jsonl_file(tmp_path: Path):
    assert run(str(REAL), "-o", "corpus.jsonl").exit_code == 0
    lines = (tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    documents = real_documents()
    assert [json.loads(line)["source"] for line in lines] == [str(path) for path in documents]
    for line, path in zip(lines, documents, strict=True):
        record = json.loads(line)
        assert record["ok"] is True
        assert record["document"] == to_dict(speechparse.parse(path.read_bytes(), path=str(path)))


def test_a_directory_of_word_files_with_a_damaged_one(tmp_path: Path, seed_text: str):
    from docx_builder import seed_docx

    (tmp_path / "word").mkdir()
    (tmp_path / "word" / "a.docx").write_bytes(seed_docx(seed_text))
    (tmp_path / "word" / "b.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = run("word", "--glob", "*.docx", "-o", "word.jsonl", "--jobs", "2")
    assert result.exit_code == 1
    assert f"speechparse: {Path('word') / 'b.docx'}: ReaderError: damaged Word .docx file" in result.stderr
    good, bad = (json.loads(line) for line in (tmp_path / "word.jsonl").read_text(encoding="utf-8").splitlines())
    assert (good["document"]["source"]["reader"], good["document"]["meta"]["title"]) == (
        "docx", "在全区意识形态工作会议上的讲话")
    assert bad["ok"] is False and bad["error"].startswith("ReaderError: damaged Word .docx file")


def test_inputs_far_larger_than_the_median_are_converted_first_largest_first(tmp_path):
    from speechparse.cli.convert import Job, largest_first
    from speechparse.inputs import InputFile

    sizes = [100, 120, 5000, 90, 110, 800, 100, 0]
    jobs = []
    for index, size in enumerate(sizes):
        path = tmp_path / f"{index}.txt"
        path.write_bytes(b"x" * size)
        jobs.append(Job(InputFile(str(path), path.name), str(tmp_path / f"{index}.json")))
    jobs.append(Job(InputFile("-", "-"), None))
    assert largest_first(jobs) == [2, 5]


@pytest.mark.parametrize(("name", "start"), [("speech.tei.xml", "<?xml"), ("speech.md", "---"), ("speech.txt", "在全区"),
                                             ("speech.pandoc.json", '{"pandoc-api-version"'), ("speech.json", '{"schema_name"')])
def test_an_output_files_extension_chooses_the_format_when_to_is_not_given(tmp_path: Path, name: str, start: str):
    target = tmp_path / name
    assert run(str(SEED), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(start)


def test_an_explicit_to_wins_over_the_output_files_extension(tmp_path: Path):
    target = tmp_path / "speech.md"
    assert run(str(SEED), "--to", "json", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith('{"schema_name"')


@pytest.mark.parametrize("version", ["9.9", "1.21", "2.0"])
def test_a_pandoc_api_version_the_exporter_does_not_write_is_a_usage_error(version: str):
    result = run(str(SEED), "--to", "pandoc", "--pandoc-api", version)
    assert result.exit_code == 2
    assert f"pandoc API {version} is not written: 1.23 (pandoc 3) or 1.22 (pandoc 2.x)" in result.stderr


def test_files_under_an_output_directory_inside_the_input_tree_are_counted_as_not_taken(tmp_path: Path):
    for folder in (tmp_path / "corpus", tmp_path / "corpus" / "2019"):
        folder.mkdir(exist_ok=True)
        (folder / "a.txt").write_text(SPEECH, encoding="utf-8")
    result = run(str(tmp_path / "corpus"), "-o", str(tmp_path / "corpus" / "2019"), "--to", "md")
    assert result.exit_code == 0
    assert (f"speechparse: 1 file(s) matching *.txt under the output directory {tmp_path / 'corpus' / '2019'} are not "
            "taken as inputs\n") in result.stderr


def test_an_output_whose_directory_is_a_file_says_not_a_directory(tmp_path: Path):
    (tmp_path / "afile").write_text("", encoding="utf-8")
    result = run(str(SEED), "-o", str(tmp_path / "afile" / "x.json"))
    assert result.exit_code == 1
    assert result.stderr == f"speechparse: {SEED}: cannot write {tmp_path / 'afile' / 'x.json'}: not a directory\n"
