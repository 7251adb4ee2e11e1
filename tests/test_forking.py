"""Forked worker processes and their pipes (``speechparse.forking``), the pool's fork start method."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from speechparse import forking

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def echo(connection: forking.Connection) -> None:
    while True:
        try:
            connection.send(connection.recv())
        except EOFError:
            return


def test_a_message_goes_both_ways_whole():
    parent, child = forking.duplex()
    process = forking.Process(echo, (child,), close_in_child=(parent,))
    process.start()
    child.close()
    big = {"text": "讲话" * 200_000, "numbers": list(range(1000))}  # far more than a pipe holds
    parent.send(big)
    assert parent.recv() == big
    parent.close()
    process.join()
    assert process.exitcode == 0


def test_bytes_arrive_as_sent_and_in_order():
    reader, writer = forking.one_way()
    for data in (b"", b"a", bytes(range(256)) * 100):
        writer.send_bytes(data)
    assert [reader.recv_bytes() for _ in range(3)] == [b"", b"a", bytes(range(256)) * 100]


def test_the_end_of_the_pipe_is_an_eof_and_a_ready_connection():
    reader, writer = forking.one_way()
    writer.close()
    assert forking.wait([reader], timeout=1) == [reader]
    with pytest.raises(EOFError):
        reader.recv()


def test_wait_names_only_the_connections_with_something_to_read():
    quiet, _quiet_writer = forking.one_way()
    talking, talking_writer = forking.one_way()
    talking_writer.send(1)
    assert forking.wait([quiet, talking], timeout=1) == [talking]
    assert (quiet.poll(0), talking.poll(0)) == (False, True)


def test_writing_to_a_closed_connection_is_an_os_error():
    reader, writer = forking.one_way()
    writer.close()
    with pytest.raises(OSError):
        writer.send(1)
    reader.close()


def test_a_pipe_whose_reader_is_gone_refuses_the_write():
    reader, writer = forking.one_way()
    reader.close()
    with pytest.raises(BrokenPipeError):
        writer.send(1)


def fail() -> None:
    raise ValueError("broken worker")


def test_a_target_that_raises_ends_its_process_with_status_1_and_its_traceback():
    code = ("from speechparse import forking\nfrom tests.test_forking import fail\n"
            "process = forking.Process(fail)\nprocess.start()\nprocess.join()\nprint(process.exitcode)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30,
                            cwd=os.path.dirname(os.path.dirname(__file__)))
    assert result.stdout == "1\n"
    assert "ValueError: broken worker" in result.stderr


def test_a_killed_process_is_no_longer_alive():
    process = forking.Process(time.sleep, (30,))
    process.start()
    assert process.is_alive()
    process.kill()
    process.join()
    assert (process.is_alive(), process.exitcode) == (False, -signal.SIGKILL)


def test_output_buffered_before_the_fork_is_written_once_and_the_childs_is_flushed():
    code = ("import sys\nfrom speechparse import forking\nsys.stdout.write('before ')\n"
            "process = forking.Process(print, ('child',))\nprocess.start()\nprocess.join()\nprint('parent')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30,
                            env={**os.environ, "PYTHONUNBUFFERED": ""})
    assert sorted(result.stdout.split()) == ["before", "child", "parent"]


def test_a_connection_no_longer_referenced_closes_its_pipe():
    reader, writer = forking.one_way()
    fds = [reader.read_fd, writer.write_fd]
    del reader, writer
    for fd in fds:
        with pytest.raises(OSError):
            os.fstat(fd)
