"""Worker processes made with ``os.fork``, and pipes between them: what :mod:`speechparse.pool` needs
of :mod:`multiprocessing` under the fork start method, without importing it (9 ms per batch run).

A :class:`Connection` sends picklable objects (or bytes) as messages, each preceded by its length,
over one pipe in each direction; :func:`wait` tells which connections can be read, or have ended.
The messages are those of :class:`multiprocessing.connection.Connection` in content, not in
framing: both ends of a pipe must be made here.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any

#: Bytes of the length that precedes each message.
HEADER = 8
#: Messages shorter than this are written with their length in one call; longer ones are not copied.
SMALL = 64 * 1024


class Connection:
    """One end of a pipe pair: reads from ``read_fd``, writes to ``write_fd`` (either may be absent)."""

    def __init__(self, read_fd: int | None, write_fd: int | None) -> None:
        self.read_fd = read_fd
        self.write_fd = write_fd

    def send(self, value: Any) -> None:
        self.send_bytes(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def send_bytes(self, data: bytes) -> None:
        header = len(data).to_bytes(HEADER, "big")
        if len(data) < SMALL:
            self._write(header + data)
        else:  # not copied to prepend the header
            self._write(header)
            self._write(data)

    def recv(self) -> Any:
        return pickle.loads(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        return self._read(int.from_bytes(self._read(HEADER), "big"))

    def poll(self, timeout: float = 0.0) -> bool:
        """Whether a message (or the end of the pipe) can be read within ``timeout`` seconds."""
        return bool(wait([self], timeout))

    def fileno(self) -> int:
        if self.read_fd is None:
            raise OSError("connection is closed or write-only")
        return self.read_fd

    def close(self) -> None:
        for fd in {self.read_fd, self.write_fd} - {None}:
            os.close(fd)
        self.read_fd = self.write_fd = None

    def __del__(self) -> None:
        with suppress(OSError):
            self.close()

    def _write(self, data: bytes) -> None:
        if self.write_fd is None:
            raise OSError("connection is closed or read-only")
        view = memoryview(data)
        while view:
            view = view[os.write(self.write_fd, view):]

    def _read(self, size: int) -> bytes:
        if self.read_fd is None:
            raise OSError("connection is closed or write-only")
        chunks = []
        while size:
            chunk = os.read(self.read_fd, size)
            if not chunk:
                raise EOFError("the other end of the pipe is closed")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)


def duplex() -> tuple[Connection, Connection]:
    """Two connected ends: what one sends, the other receives, both ways."""
    down_read, down_write = os.pipe()
    up_read, up_write = os.pipe()
    return Connection(up_read, down_write), Connection(down_read, up_write)


def one_way() -> tuple[Connection, Connection]:
    """A reading end and a writing end."""
    read, write = os.pipe()
    return Connection(read, None), Connection(None, write)


def wait(connections: Sequence[Any], timeout: float | None = None) -> list[Any]:
    """The connections (anything with ``fileno()``) that can be read without blocking, or whose
    other end is closed, waiting at most ``timeout`` seconds (None: until one is)."""
    poller = select.poll()
    by_fd: dict[int, Any] = {}
    for connection in connections:
        by_fd[connection.fileno()] = connection
        poller.register(connection.fileno(), select.POLLIN)
    return [by_fd[fd] for fd, _ in poller.poll(None if timeout is None else timeout * 1000)]


class Process:
    """``target(*args)`` in a child made with ``os.fork``; the child ends with status 0, or 1 if
    ``target`` raised (its traceback on standard error).  ``close_in_child``: this process's ends
    of the child's pipes, closed in the child so that only this process holds them."""

    def __init__(self, target: Callable[..., Any], args: tuple = (), close_in_child: Sequence[Connection] = ()) -> None:
        self.target = target
        self.args = args
        self.close_in_child = close_in_child
        self.pid: int | None = None
        self.exitcode: int | None = None

    def start(self) -> None:
        _flush_standard_streams()  # else the child would write again what they hold
        pid = os.fork()
        if pid:
            self.pid = pid
            return
        status = 1
        try:
            for connection in self.close_in_child:
                connection.close()
            self.target(*self.args)
            status = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            _flush_standard_streams()
            os._exit(status)

    def is_alive(self) -> bool:
        return self._reap(os.WNOHANG) is None

    def join(self) -> None:
        self._reap(0)

    def kill(self) -> None:
        if self.exitcode is None and self.pid is not None:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def _reap(self, options: int) -> int | None:
        """The exit code once the child has ended (waiting for it unless ``os.WNOHANG``), else None."""
        if self.exitcode is None and self.pid is not None:
            try:
                pid, status = os.waitpid(self.pid, options)
            except ChildProcessError:
                pid, status = self.pid, 0
            if pid:
                self.exitcode = os.waitstatus_to_exitcode(status)
        return self.exitcode


def _flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):
            if stream is not None:
                stream.flush()
