"""The command line as users run it: real processes, worker pools under fork and spawn, a terminal, signals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REAL, ROOT, SEED, needs_corpus, real_documents

import speechparse

SPEECH = "关于做好工作的讲话\n\n同志们：\n\n一、总体要求\n\n要坚持稳中求进。\n\n二、重点任务\n\n要抓好落实。\n"
TIMEOUT = 60


def speechparse_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "speechparse", *args]


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None, cwd: Path = ROOT):
    return subprocess.run(speechparse_cmd(*args), input=input, capture_output=True, timeout=TIMEOUT, cwd=cwd,
                          env={**os.environ, **(env or {})})


def make_corpus(root: Path, count: int) -> Path:
    """``count`` synthetic speeches, ten to a folder, each with a dozen sections."""
    body = "".join(f"{n}、第{n}部分\n\n要把第{n}项工作抓紧抓实，确保取得实效。" * 3 + "\n\n" for n in "一二三四五六七八九十")
    for index in range(count):
        folder = root / f"d{index // 10:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{index:05d}.txt").write_text(f"第{index}号讲话\n\n同志们：\n\n{body}", encoding="utf-8")
    return root


# ---- basics -----------------------------------------------------------------------------------------------


def test_python_dash_m_prints_the_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode() in {f"speechparse, version {speechparse.__version__} (compiled: {answer})\n"
                                      for answer in ("yes", "no")}


def test_starting_the_cli_imports_neither_the_parser_nor_the_worker_machinery():
    heavy = ("lark", "lxml", "multiprocessing", "speechparse.api", "speechparse.ast", "speechparse.exporters")
    code = f"import sys, speechparse.cli; print([name for name in {heavy!r} if name in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT)
    assert result.stdout == b"[]\n"


def test_stdin_to_stdout_in_a_real_process():
    result = run("convert", "-", "--to", "json", input=SPEECH.encode("gb18030"))
    assert result.returncode == 0 and result.stderr == b""
    document = json.loads(result.stdout)
    assert (document["source"]["path"], document["source"]["encoding"]) == ("<stdin>", "gb18030")
    assert [node["heading"] for node in document["body"]] == ["总体要求", "重点任务"]


def test_convert_one_file_is_what_the_corpus_scorer_reads():
    result = run("convert", str(SEED.relative_to(ROOT)), "--to", "json")
    path = str(SEED.relative_to(ROOT))
    assert result.stdout == (speechparse.dumps(speechparse.parse(SEED.read_bytes(), path=path)) + "\n").encode()


def run_script(code: str, *args: str) -> subprocess.CompletedProcess:
    """``code`` then the console script's ``run()`` with ``args``, in a new process."""
    script = f"import sys\n{code}\nsys.argv = ['speechparse', *{list(args)!r}]\nfrom speechparse.cli import run\nrun()\n"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=TIMEOUT, cwd=ROOT)


def test_the_console_script_runs_exit_handlers_before_it_ends(tmp_path: Path):
    marker = tmp_path / "ran"
    result = run_script(f"import atexit, pathlib\natexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')",
                        "--version")
    assert (result.returncode, marker.read_text()) == (0, "yes")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the default start method on Linux")
def test_a_batch_with_workers_on_linux_forks_them_without_multiprocessing(tmp_path: Path):
    corpus = make_corpus(tmp_path / "in", 4)
    code = "import atexit\natexit.register(lambda: print('multiprocessing' in sys.modules, file=sys.stderr))"
    result = run_script(code, "convert", str(corpus), "-o", str(tmp_path / "out"), "--jobs", "2", "--quiet")
    assert (result.returncode, result.stderr) == (0, b"False\n")
    assert len(list((tmp_path / "out").rglob("*.json"))) == 4


@pytest.mark.parametrize(("args", "status"), [(["--version"], 0), (["convert", "MISSING.txt"], 1),
                                              (["convert"], 2), (["nonsense"], 2)])
def test_the_console_script_keeps_the_commands_exit_status(args: list[str], status: int):
    assert run_script("", *args).returncode == status


def test_under_a_profiler_the_console_script_ends_as_usual_so_the_report_is_written(tmp_path: Path):
    report = tmp_path / "cli.prof"
    result = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(report), "-m", "speechparse", "--version"],
                            capture_output=True, timeout=TIMEOUT, cwd=ROOT)
    assert result.returncode == 0 and report.stat().st_size > 0


def test_drop_travels_to_the_workers_of_a_batch(tmp_path: Path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for index in range(4):
        (corpus / f"{index}.txt").write_text(SPEECH.replace("要坚持稳中求进。", "要坚持稳中\n— 2 —\n求进。"), encoding="utf-8")
    result = run("convert", str(corpus), "-o", str(tmp_path / "out"), "--drop", "page", "--jobs", "2", "--quiet")
    assert result.returncode == 0
    for output in sorted((tmp_path / "out").glob("*.json")):
        document = json.loads(output.read_text(encoding="utf-8"))
        assert [d["code"] for d in document["diagnostics"]] == ["SP001", "SP006"]
        assert "— 2 —" not in output.read_text(encoding="utf-8").split('"diagnostics"')[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the default start method on Linux")
def test_a_batch_whose_workers_cannot_start_is_converted_in_one_process_with_a_warning(tmp_path: Path):
    corpus = make_corpus(tmp_path / "in", 3)
    code = "import os\ndef refuse():\n    raise BlockingIOError(11, 'Resource temporarily unavailable')\nos.fork = refuse"
    result = run_script(code, "convert", str(corpus), "-o", str(tmp_path / "out"), "--jobs", "2", "--quiet")
    assert result.returncode == 0
    assert result.stderr == (b"speechparse: warning: cannot start worker processes (resource temporarily "
                             b"unavailable): converting in this process\n")
    assert len(list((tmp_path / "out").rglob("*.json"))) == 3


def test_the_console_script_flushes_buffered_output_before_it_ends():
    result = run_script("sys.stdout.write('buffered ')", "convert", "-", "--to", "text")
    assert result.returncode == 0 and result.stdout.startswith(b"buffered ")


def test_a_string_given_to_sys_exit_is_printed_and_exits_1():
    result = run_script("import click\nclick.Group.main = lambda self, **kwargs: sys.exit('stopped')", "--version")
    assert (result.returncode, result.stderr) == (1, b"stopped\n")


def test_output_left_unflushed_on_a_closed_pipe_exits_120_as_python_does(tmp_path: Path):
    code = ("import io, os\nread, write = os.pipe()\nos.close(read)\n"
            "sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(write, 'w')))\nsys.stdout.write('x')")
    result = run_script(code, "convert", str(SEED), "-o", str(tmp_path / "out.json"))
    assert (result.returncode, (tmp_path / "out.json").exists()) == (120, True)


@pytest.mark.parametrize("args", [
    ["convert", "EMPTY"], ["convert", "JUNK"], ["convert", "DIR", "-o", "OUT"], ["outline", "DIR"],
    ["outline", "JUNK"], ["convert", "JUNK", "--to", "nonsense"], ["convert", "EMPTY", "--encoding", "bogus"],
    ["convert", "JUNK", "DIR", "MISSING", "-o", "OUT.jsonl"], ["outline", "MISSING"], ["convert"], ["nonsense"],
])
def test_no_traceback_on_any_bad_input(tmp_path: Path, args: list[str]):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "junk.txt").write_bytes(b"\x81\x20" * 100)
    names = {"EMPTY": "empty.txt", "JUNK": "junk.bin", "DIR": "dir", "MISSING": "missing.txt", "OUT": "out",
             "OUT.jsonl": "out.jsonl"}
    result = run(*(names.get(arg, arg) for arg in args), cwd=tmp_path)
    assert result.returncode in (0, 1, 2)
    assert b"Traceback" not in result.stderr + result.stdout


# ---- worker processes ---------------------------------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_jobs_2_gives_the_bytes_of_jobs_1(tmp_path: Path, method: str):
    one = run("convert", str(REAL), "-o", str(tmp_path / "one.jsonl"), "--jobs", "1")
    two = run("convert", str(REAL), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2",
              env={"SPEECHPARSE_START_METHOD": method})
    assert (one.returncode, two.returncode) == (0, 0), two.stderr
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert len((tmp_path / "two.jsonl").read_bytes().splitlines()) == len(real_documents())


@needs_corpus
def test_jobs_0_mirrors_the_real_corpus_like_jobs_1(tmp_path: Path):
    assert run("convert", str(REAL), "-o", str(tmp_path / "one"), "--to", "text").returncode == 0
    assert run("convert", str(REAL), "-o", str(tmp_path / "all"), "--to", "text", "--jobs", "0").returncode == 0
    for path in real_documents():
        assert (tmp_path / "one" / path.name).read_bytes() == (tmp_path / "all" / path.name).read_bytes()


def test_spawned_workers_read_stdin_through_the_parent(tmp_path: Path):
    make_corpus(tmp_path / "in", 3)
    result = run("convert", "-", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2",
                 input=SPEECH.encode(), env={"SPEECHPARSE_START_METHOD": "spawn"})
    assert result.returncode == 0, result.stderr
    first = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert (first["source"], first["document"]["meta"]["title"]) == ("<stdin>", "关于做好工作的讲话")


# ---- progress: on a terminal only ---------------------------------------------------------------------------


def test_progress_bar_goes_to_a_terminal_stderr_and_never_to_stdout(tmp_path: Path):
    make_corpus(tmp_path / "in", 20)
    controller, terminal = os.openpty()
    process = subprocess.Popen(speechparse_cmd("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out")),
                               stdout=subprocess.PIPE, stderr=terminal, cwd=ROOT)
    os.close(terminal)
    stdout, _ = process.communicate(timeout=TIMEOUT)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the terminal's other side is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert (process.returncode, stdout) == (0, b"")
    assert b"\r[....." in shown and b"/20 " in shown and b"\x1b[K" in shown
    assert shown.rstrip().endswith(b"s") and b"20 converted, 0 failed, 0 skipped in " in shown


def test_no_progress_bar_when_stderr_is_a_pipe(tmp_path: Path):
    make_corpus(tmp_path / "in", 20)
    result = run("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.stderr.startswith(b"20 converted, 0 failed, 0 skipped in ")
    assert b"\r" not in result.stderr


# ---- interruption: nothing half-written ----------------------------------------------------------------------


def start_batch(tmp_path: Path, output: str, count: int = 1500, method: str = "fork") -> tuple[subprocess.Popen, Path]:
    source = make_corpus(tmp_path / "in", count)
    process = subprocess.Popen(speechparse_cmd("convert", str(source), "-o", str(tmp_path / output), "--jobs", "2"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
                               env={**os.environ, "SPEECHPARSE_START_METHOD": method})
    return process, source


def wait_for(condition, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert process.poll() is None, "the batch ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)


def files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def outputs(root: Path) -> list[Path]:
    """The files under an output name (temporary files are hidden)."""
    return [path for path in files(root) if not path.name.startswith(".")]


def assert_complete(outputs: list[Path], source: Path, out: Path) -> None:
    for path in outputs:
        original = source / path.relative_to(out).with_suffix(".txt")
        assert path.read_bytes() == (speechparse.dumps(speechparse.parse(original.read_bytes(),
                                                                         path=str(original))) + "\n").encode()


def group_ends(process: subprocess.Popen) -> bool:
    """The batch's process group (parent and workers) is gone within the timeout."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(("signum", "status", "to_group"), [
    (signal.SIGINT, 130, True),  # Ctrl-C: the terminal signals the whole foreground group
    (signal.SIGTERM, 143, False),  # kill PID: the parent alone
])
def test_interrupted_tree_leaves_only_complete_outputs_and_no_temp_files(tmp_path: Path, signum, status, to_group):
    process, source = start_batch(tmp_path, "out")
    out = tmp_path / "out"
    wait_for(lambda: len(outputs(out)) >= 5, process)
    (os.killpg if to_group else os.kill)(process.pid, signum)
    _, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == status
    assert b"Traceback" not in stderr and b"speechparse: interrupted: " in stderr
    written = outputs(out)
    assert 5 <= len(written) < 1500
    assert files(out) == written, "no temporary file is left"
    assert_complete(written, source, out)
    assert group_ends(process)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_jsonl_leaves_nothing(tmp_path: Path, signum):
    process, _ = start_batch(tmp_path, "all.jsonl")
    wait_for(lambda: any(path.stat().st_size > 0 for path in tmp_path.glob(".all.jsonl.*.tmp")), process)
    os.killpg(process.pid, signum)
    process.communicate(timeout=TIMEOUT)
    assert process.returncode == 128 + signum
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in"]


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_sigkill_never_leaves_a_partial_file_under_an_output_name(tmp_path: Path, method: str):
    process, source = start_batch(tmp_path, "out", method=method)
    out = tmp_path / "out"
    wait_for(lambda: len(outputs(out)) >= 5, process)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=TIMEOUT)
    assert group_ends(process), "workers must exit when their parent is killed"
    assert_complete(outputs(out), source, out)
    leftovers = [path for path in files(out) if path.name.startswith(".")]
    assert all(path.name.endswith(".tmp") for path in leftovers) and len(leftovers) <= 1


def test_a_worker_that_dies_fails_its_document_and_the_batch_goes_on(tmp_path: Path):
    psutil = pytest.importorskip("psutil")
    process, source = start_batch(tmp_path, "out")
    out = tmp_path / "out"
    wait_for(lambda: len(outputs(out)) >= 5, process)
    workers = psutil.Process(process.pid).children()
    assert len(workers) == 2
    workers[0].kill()
    _, stderr = process.communicate(timeout=TIMEOUT)
    lines = stderr.decode().splitlines()
    if process.returncode == 0:  # the worker was between two documents: none was lost, a new worker took over
        assert lines == [lines[-1]] and lines[-1].startswith("1500 converted, 0 failed, 0 skipped in ")
        assert len(outputs(out)) == 1500
    else:
        assert process.returncode == 1
        [failure, summary] = lines
        reason = ": the worker process died while converting it (killed, or out of memory?)"
        assert failure.startswith("speechparse: ") and failure.endswith(reason)
        assert summary.startswith("1499 converted, 1 failed, 0 skipped in ")
        failed = Path(failure.removeprefix("speechparse: ").removesuffix(reason))
        # killed between publishing that document's output and reporting it, the worker leaves it complete
        written = (out / failed.relative_to(source)).with_suffix(".json").exists()
        assert len(outputs(out)) == 1499 + written
    assert_complete(outputs(out), source, out)
    assert files(out) == outputs(out)
    assert group_ends(process)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full to write to")
@pytest.mark.parametrize("command", [("convert", "examples/ideology-work-speech.txt", "--to", "text"),
                                     ("outline", "examples/ideology-work-speech.txt"), ("schema",)])
def test_a_standard_output_that_cannot_be_written_is_a_one_line_error_with_status_120(command):
    with open("/dev/full", "wb") as full:
        result = subprocess.run(speechparse_cmd(*command), stdout=full, stderr=subprocess.PIPE, timeout=TIMEOUT, cwd=ROOT)
    assert result.returncode == 120
    assert result.stderr.decode() == "speechparse: standard output: no space left on device\n"
