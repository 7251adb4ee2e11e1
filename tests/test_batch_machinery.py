"""The shared batch machinery: input expansion and reading, atomic writes, the ordered worker pool, the summary."""

from __future__ import annotations

import os
import signal
import stat
import time
from contextlib import closing
from functools import partial
from pathlib import Path, PurePosixPath

import pytest

from speechparse.atomic import atomic_output, remove_temp_files, write_atomic, written_in_place
from speechparse.batch import (
    Interrupted,
    Summary,
    exit_status,
    interrupts_as_exceptions,
    ordered_map,
    start_method,
    worker_count,
)
from speechparse.conversion import Converted, Options, Task, crashed, remove_leftovers
from speechparse.inputs import InputError, InputFile, expand, read_input
from speechparse.pool import BATCH, WINDOW, TaskFailed, WorkerCrashed, _Run

# ---- inputs -------------------------------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ["b.txt", "a.txt", "a/z.txt", "a/y.md", "c/d/e.txt", "a.txt.bak"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    return tmp_path


def test_directories_are_walked_in_sorted_order_for_the_pattern(tree: Path):
    assert [(item.path, item.relative) for item in expand([str(tree)])] == [
        (str(tree / "a" / "z.txt"), "a/z.txt"), (str(tree / "a.txt"), "a.txt"), (str(tree / "b.txt"), "b.txt"),
        (str(tree / "c" / "d" / "e.txt"), "c/d/e.txt"),
    ]


def test_pattern_with_a_folder_matches_from_the_right(tree: Path):
    assert [item.relative for item in expand([str(tree)], "d/*.txt")] == ["c/d/e.txt"]


@pytest.mark.parametrize("pattern", ["*.txt", "*.TXT", "?.txt", "[ab].txt", "*.txt*", "z.txt", "*", "[!a]*"])
def test_a_one_part_pattern_takes_the_files_pathlib_matches(tree: Path, pattern: str):
    expected = [name for name in ["a/y.md", "a/z.txt", "a.txt", "a.txt.bak", "b.txt", "c/d/e.txt"]
                if PurePosixPath(name).match(pattern)]
    assert [item.relative for item in expand([str(tree)], pattern)] == expected


@pytest.mark.parametrize("pattern", ["", ".", "./"])
def test_a_pattern_that_names_no_file_is_refused(tree: Path, pattern: str):
    with pytest.raises(ValueError, match="matches no file name"):
        list(expand([str(tree)], pattern))


def test_files_and_stdin_are_kept_as_given_in_order(tree: Path):
    assert list(expand(["missing.txt", "-", str(tree / "b.txt")])) == [
        InputFile("missing.txt", "missing.txt"), InputFile("-", "stdin"), InputFile(str(tree / "b.txt"), "b.txt"),
    ]


def test_excluded_directory_is_not_walked(tree: Path):
    assert [item.relative for item in expand([str(tree)], exclude=str(tree / "c"))] == ["a/z.txt", "a.txt", "b.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_a_directory_is_left_out_but_read_when_named(tree: Path):
    os.mkfifo(tree / "pipe.txt")
    assert "pipe.txt" not in [item.relative for item in expand([str(tree)])]
    assert [item.relative for item in expand([str(tree / "pipe.txt")])] == ["pipe.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_broken_link_in_a_directory_is_listed_so_that_reading_it_reports_it(tree: Path):
    (tree / "gone.txt").symlink_to(tree / "nowhere.txt")
    [item] = [item for item in expand([str(tree)]) if item.relative == "gone.txt"]
    with pytest.raises(InputError, match="no such file or directory"):
        read_input(item)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symbolic_links_to_directories_are_not_followed(tree: Path):
    (tree / "loop").symlink_to(tree, target_is_directory=True)
    assert [item.relative for item in expand([str(tree)], "*")].count("loop") == 1  # listed, not walked


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root lists any directory")
def test_directory_that_cannot_be_listed_is_an_input_with_its_problem(tree: Path):
    (tree / "c").chmod(0)
    try:
        [item] = [item for item in expand([str(tree)]) if item.problem]
        assert (item.path, item.problem) == (str(tree / "c"), "cannot list directory: permission denied")
    finally:
        (tree / "c").chmod(0o755)


def test_read_input_gives_bytes_or_a_short_reason(tree: Path):
    assert read_input(InputFile(str(tree / "b.txt"), "b.txt")) == b"b.txt"
    assert read_input(InputFile("-", "stdin"), b"given") == b"given"
    with pytest.raises(InputError) as missing:
        read_input(InputFile(str(tree / "nope"), "nope"))
    assert (missing.value.path, missing.value.reason) == (str(tree / "nope"), "no such file or directory")
    with pytest.raises(InputError, match=r"is a directory$"):
        read_input(InputFile(str(tree / "a"), "a"))
    with pytest.raises(InputError, match=r"cannot list directory: x$"):
        read_input(InputFile("d", "d", "cannot list directory: x"))


# ---- atomic writes ---------------------------------------------------------------------------------------------


def test_write_atomic_writes_with_the_mode_open_would_give(tmp_path: Path):
    write_atomic(tmp_path / "out.json", b"data")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "out.json").read_bytes() == b"data"
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o666 & ~umask
    assert os.listdir(tmp_path) == ["out.json"]


def test_write_atomic_replaces_or_refuses_an_existing_file(tmp_path: Path):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        write_atomic(target, b"new", overwrite=False)
    assert (target.read_bytes(), os.listdir(tmp_path)) == (b"old", ["out.json"])
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt(), Interrupted(15)])
def test_an_error_while_writing_leaves_neither_target_nor_temporary_file(tmp_path: Path, error: BaseException):
    with pytest.raises(type(error)), atomic_output(tmp_path / "all.jsonl") as handle:
        handle.write(b"half a line")
        raise error
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(("path", "in_place"), [("/dev/null", True), ("/dev/stdout", True), ("/proc/self/fd/1", True),
                                              ("/dev/no-such-device", True)])
def test_names_under_dev_and_proc_are_written_in_place(path: str, in_place: bool):
    assert written_in_place(path) is in_place


def test_names_in_dev_shm_are_replaced_not_written_in_place():
    assert (written_in_place("/dev/shm/out/speech.json"), written_in_place("/dev/shm")) == (False, True)


@pytest.mark.skipif(not os.access("/dev/shm", os.W_OK), reason="no writable /dev/shm")
def test_a_file_in_dev_shm_is_written_atomically_and_never_clobbered():
    import tempfile

    with tempfile.TemporaryDirectory(dir="/dev/shm") as directory:
        target = Path(directory) / "speech.json"
        target.write_bytes(b"old")
        with pytest.raises(FileExistsError):
            write_atomic(target, b"new", overwrite=False)
        write_atomic(target, b"new")
        assert (target.read_bytes(), os.listdir(directory)) == (b"new", ["speech.json"])


def test_regular_files_and_missing_paths_are_replaced_not_written_in_place(tmp_path: Path):
    (tmp_path / "file").write_bytes(b"old")
    assert (written_in_place(tmp_path / "file"), written_in_place(tmp_path / "missing")) == (False, False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_written_into_and_stays_a_pipe(tmp_path: Path):
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"through the pipe")
    reader.join(timeout=10)
    assert (received, stat.S_ISFIFO(os.lstat(fifo).st_mode)) == ([b"through the pipe"], True)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_stays_a_link_and_the_file_it_points_to_is_replaced(tmp_path: Path):
    (tmp_path / "real.json").write_bytes(b"old")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    write_atomic(tmp_path / "link.json", b"new")
    assert (os.path.islink(tmp_path / "link.json"), (tmp_path / "real.json").read_bytes()) == (True, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_failed_replacement_keeps_the_old_file(tmp_path: Path):
    (tmp_path / "out").mkdir()  # a directory cannot be replaced by a file
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path / "out", b"new")
    assert os.listdir(tmp_path) == ["out"]


# ---- the ordered worker pool -------------------------------------------------------------------------------------


def slow_square(x: int) -> int:
    import time

    time.sleep(0.02 * (x % 3))  # later items often finish first
    return x * x


def test_worker_count():
    assert (worker_count(1, 100), worker_count(4, 2), worker_count(3, 0)) == (1, 2, 1)
    assert worker_count(0, 10_000) == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_results_come_in_input_order_under_every_start_method(method: str):
    with closing(ordered_map(slow_square, range(40), 2, method=method)) as results:
        assert list(results) == [x * x for x in range(40)]


def test_one_job_runs_in_this_process():
    assert list(ordered_map(partial(pow, 2), range(5), 1)) == [1, 2, 4, 8, 16]


def refuse_to_fork(self) -> None:
    raise BlockingIOError(11, "Resource temporarily unavailable")


def test_when_no_worker_can_be_started_the_items_are_mapped_here_after_the_callback(monkeypatch: pytest.MonkeyPatch):
    from speechparse import forking

    monkeypatch.setattr(forking.Process, "start", refuse_to_fork)
    refused: list[OSError] = []
    assert list(ordered_map(partial(pow, 2), range(5), 2, method="fork", on_no_workers=refused.append)) == [
        1, 2, 4, 8, 16]
    assert [error.errno for error in refused] == [11]


def test_without_the_callback_a_refused_worker_is_an_error(monkeypatch: pytest.MonkeyPatch):
    from speechparse import forking

    monkeypatch.setattr(forking.Process, "start", refuse_to_fork)
    with pytest.raises(BlockingIOError):
        list(ordered_map(partial(pow, 2), range(5), 2, method="fork"))


def test_closing_early_stops_the_workers():
    results = ordered_map(slow_square, range(1000), 2, method="fork")
    assert next(results) == 0
    results.close()  # must not wait for the other 999


def die_on_7(x: int) -> int:
    if x == 7:
        os._exit(3)  # as if killed, or out of memory
    return x


def fail_on_3(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_a_dead_worker_costs_only_its_task(method: str):
    results = ordered_map(die_on_7, range(30), 2, on_crash=lambda x: -x, method=method)
    assert list(results) == [*range(7), -7, *range(8, 30)]


def test_a_dead_worker_without_on_crash_raises():
    with pytest.raises(WorkerCrashed), closing(ordered_map(die_on_7, range(30), 2, method="fork")) as results:
        list(results)


def test_an_exception_in_a_worker_is_raised_in_order():
    results = ordered_map(fail_on_3, range(30), 2, method="fork")
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(TaskFailed, match="ValueError: three"):
        next(results)


def test_temporary_files_of_one_process_and_target_are_removed(tmp_path: Path):
    names = [".a[1].json.123.0f0f.tmp", ".a[1].json.1234.0f0f.tmp", ".a[1].json.456.0f0f.tmp", ".b.json.123.0f0f.tmp",
             "a[1].json"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    remove_temp_files(tmp_path / "a[1].json", 123)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(names[1:])


def write_then_die(task: Task) -> Converted:
    """Start the output as a worker does (an atomic temporary file), then get killed in the middle."""
    with atomic_output(task.target) as handle:
        handle.write(b"half a document")
        handle.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("unreachable")


def write_then_hang(task: Task) -> Converted:
    """Start the output as a worker does, then hang (until the pool kills the worker)."""
    if task.item.path == "fast":
        return Converted(True)
    with atomic_output(task.target) as handle:
        handle.write(b"half a document")
        handle.flush()
        time.sleep(60)
    raise AssertionError("unreachable")


def output_task(tmp_path: Path, name: str) -> Task:
    return Task(InputFile(name, name), target=str(tmp_path / f"{name}.json"))


def test_a_worker_killed_while_writing_leaves_no_temporary_file(tmp_path: Path):
    results = ordered_map(write_then_die, [output_task(tmp_path, "a")], 2, on_crash=partial(crashed, options=Options()),
                          on_abandoned=remove_leftovers, method="fork")
    [result] = list(results)
    assert not result.ok and "worker process died" in result.error
    assert list(tmp_path.iterdir()) == []


def test_workers_stopped_while_writing_leave_no_temporary_file(tmp_path: Path):
    abandoned = []

    def remove(task: Task, pid: int) -> None:
        abandoned.append(task.item.path)
        remove_leftovers(task, pid)

    tasks = [Task(InputFile("fast", "fast")), output_task(tmp_path, "slow")]
    results = ordered_map(write_then_hang, tasks, 2, on_abandoned=remove, method="fork")
    assert next(results).ok
    deadline = time.monotonic() + 30
    while not list(tmp_path.iterdir()):  # the temporary file of "slow" is being written
        assert time.monotonic() < deadline
        time.sleep(0.01)
    results.close()
    assert (abandoned, list(tmp_path.iterdir())) == (["slow"], [])


def test_a_signal_while_a_batch_is_sent_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """SIGTERM raises in the parent wherever it is; in the middle of sending a batch, the worker may
    already have it (and start writing): the batch counts as held, so its leftovers are removed."""
    from speechparse import forking

    send = forking.Connection.send

    def send_then_interrupted(connection: forking.Connection, value: object) -> None:
        send(connection, value)
        if isinstance(value, list) and value:  # a batch of tasks: wait until it is being written
            deadline = time.monotonic() + 30
            while not list(tmp_path.iterdir()):
                assert time.monotonic() < deadline
                time.sleep(0.01)
            raise KeyboardInterrupt

    monkeypatch.setattr(forking.Connection, "send", send_then_interrupted)
    abandoned = []

    def remove(task: Task, pid: int) -> None:
        abandoned.append(task.item.path)
        remove_leftovers(task, pid)

    with pytest.raises(KeyboardInterrupt):
        list(ordered_map(write_then_hang, [output_task(tmp_path, "slow")], 2, on_abandoned=remove, method="fork"))
    assert (abandoned, list(tmp_path.iterdir())) == (["slow"], [])


def test_an_unknown_start_method_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SPEECHPARSE_START_METHOD", "teleport")
    with pytest.raises(ValueError, match="SPEECHPARSE_START_METHOD='teleport' is not a start method here"):
        start_method()


def test_exit_status_is_128_plus_the_signal():
    assert (exit_status(KeyboardInterrupt()), exit_status(Interrupted(signal.SIGTERM))) == (130, 143)


def test_sigterm_raises_interrupted_inside_the_block_only():
    with pytest.raises(Interrupted) as caught, interrupts_as_exceptions():
        os.kill(os.getpid(), signal.SIGTERM)  # the handler runs before the next line
    assert caught.value.signum == signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_summary_line():
    summary = Summary(done=12, failed=1, skipped=3)
    assert summary.line("converted").startswith("12 converted, 1 failed, 3 skipped in ")
    assert summary.line("converted").endswith(" s")


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path):
    target = tmp_path / "speech.txt"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert (target.read_bytes(), target.stat().st_mode & 0o777) == (b"new", 0o640)


def test_a_read_only_file_is_not_replaced(tmp_path: Path):
    target = tmp_path / "speech.txt"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only file"):
        write_atomic(target, b"new")
    assert (target.read_bytes(), [p.name for p in tmp_path.iterdir()]) == (b"old", ["speech.txt"])


def test_a_new_file_in_place_of_none_is_written_whatever_the_mode_of_others(tmp_path: Path):
    (tmp_path / "other.txt").write_bytes(b"x")
    (tmp_path / "other.txt").chmod(0o444)
    write_atomic(tmp_path / "speech.txt", b"new", overwrite=False)
    assert (tmp_path / "speech.txt").read_bytes() == b"new"


def big_answer(x: int) -> str:
    return str(x) * (50_000 * (x % 3))


def test_answers_larger_than_a_pipe_holds_arrive_whole_and_in_order():
    with closing(ordered_map(big_answer, range(30), 2, method="fork")) as results:
        assert list(results) == [big_answer(x) for x in range(30)]


def sleep_on_0(x: int) -> int:
    if x == 0:
        time.sleep(3)
    return x


def test_an_answer_is_not_held_back_by_a_long_task_after_it_in_the_same_batch():
    started = time.monotonic()
    with closing(ordered_map(sleep_on_0, [*range(1, 4), 0], 2, method="fork")) as results:
        assert [next(results) for _ in range(3)] == [1, 2, 3]
        assert time.monotonic() - started < 2.5


def pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_a_few_long_tasks_go_to_different_workers():
    with closing(ordered_map(pid_after, [0.3, 0.3], 2, method="fork")) as results:
        assert len(set(results)) == 2


def test_batches_shrink_as_the_end_nears():
    run = _Run(enumerate(range(100)), limit=1000, total=100)
    sizes = []
    while run.taken < 100:
        sizes.append(run.batch_size(2))
        for _ in range(sizes[-1]):
            run.take()
    assert sizes[0] == BATCH and sizes[-1] == 1 and sizes == sorted(sizes, reverse=True)


def finished_after_first(x: int) -> tuple[int, float]:
    if x == 0:
        time.sleep(1.5)
    return os.getpid(), time.monotonic()


def done_while_the_first_ran(window: int | None) -> int:
    """How many of 300 quick tasks the other worker finished while the long first one ran."""
    with closing(ordered_map(finished_after_first, range(300), 2, method="fork", window=window)) as results:
        answers = list(results)
    (first_pid, first_end), others = answers[0], answers[1:]
    return sum(pid != first_pid and end < first_end for pid, end in others)


def test_with_a_large_window_a_long_first_task_does_not_stop_the_other_worker():
    assert done_while_the_first_ran(window=1000) >= 300 - 2 * BATCH


def test_the_default_window_bounds_the_results_held_behind_a_long_task():
    assert done_while_the_first_ran(window=None) <= 2 * (2 * BATCH + WINDOW)


def started(x: int) -> float:
    time.sleep(0.01)
    return time.monotonic()


def test_the_items_named_first_start_before_the_others():
    with closing(ordered_map(started, list(range(40)), 2, method="fork", window=100, first=[39, 20])) as results:
        starts = list(results)
    assert len(starts) == 40
    assert max(starts[39], starts[20]) < sorted(starts)[4]  # among the very first to start (two workers)


def test_at_most_a_window_of_items_go_first():
    with closing(ordered_map(started, list(range(30)), 2, method="fork", window=2, first=[29, 28, 27, 26])) as results:
        assert len(list(results)) == 30
