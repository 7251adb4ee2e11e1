"""A process pool that yields results in input order and survives the death of a worker.

Each worker has a pipe of its own, so the parent always knows which tasks a worker holds: when
one dies (killed, out of memory) its pipe ends, the task it was running is given to ``on_crash``
and its other tasks to a new worker; ``on_abandoned`` can then remove what it left half-done.
(``concurrent.futures`` cannot do this: a worker killed
while it sends a result can hang the whole executor, CPython issue 105829.)
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from .batch import CAUGHT_SIGNALS

T = TypeVar("T")
R = TypeVar("R")

#: Tasks sent to a worker before it answers the first (keeps it busy while results travel back).
AHEAD = 2
#: Results held for reordering, per worker, before feeding stops until the oldest task is done.
WINDOW = 16


class WorkerCrashed(RuntimeError):
    """A worker died while running a task, and no ``on_crash`` was given."""


class TaskFailed(RuntimeError):
    """The mapped function raised in a worker: the message names the exception."""


@dataclass(frozen=True, slots=True)
class _Failure:
    """The answer of a task that raised; :class:`TaskFailed` is raised when its turn comes."""

    message: str


@dataclass
class _Worker:
    process: Any
    connection: Connection
    pending: deque[int] = field(default_factory=deque)


@dataclass
class _Run(Generic[T, R]):
    """The state of one :meth:`Pool.map`: tasks sent and not answered, answers not yet yielded."""

    items: Iterator[tuple[int, T]]
    limit: int  #: tasks and held answers together, at most
    tasks: dict[int, T] = field(default_factory=dict)
    done: dict[int, R | _Failure] = field(default_factory=dict)
    requeued: deque[int] = field(default_factory=deque)  #: tasks of a dead worker, to send again
    next_out: int = 0
    exhausted: bool = False

    def take(self) -> int | None:
        """The index of the next task to send, if any may be sent now."""
        if self.requeued:
            return self.requeued.popleft()
        if self.exhausted or len(self.tasks) + len(self.done) >= self.limit:
            return None
        index, item = next(self.items, (-1, None))
        if index < 0:
            self.exhausted = True
            return None
        self.tasks[index] = item
        return index


class Pool(Generic[T, R]):
    """``jobs`` workers running ``function``; see :meth:`map`.  Use as a context manager."""

    def __init__(self, function: Callable[[T], R], jobs: int, *, context: Any = None,
                 warm_up: Callable[[], Any] | None = None, on_crash: Callable[[T], R] | None = None,
                 on_abandoned: Callable[[T, int], Any] | None = None) -> None:
        self.function = function
        self.context = context or multiprocessing.get_context()
        self.on_crash = on_crash
        self.on_abandoned = on_abandoned  #: called with a task and the id of the worker that died holding it
        forking = self.context.get_start_method() == "fork"
        if forking and warm_up is not None:
            warm_up()  # built once here, inherited by every worker: they need not run it again
            warm_up = None
        self.warm_up = warm_up  #: what a started worker runs first (spawned workers build their own state)
        self.workers: list[_Worker] = []
        try:
            with _frozen(forking):
                for _ in range(jobs):
                    self._start()
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> Pool[T, R]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def map(self, items: Iterable[T]) -> Iterator[R]:
        """``function(item)`` for each item, in input order, with a bounded number in flight.

        Left early (closed, or an exception), it stops the workers that still hold tasks."""
        run: _Run[T, R] = _Run(enumerate(items), WINDOW * len(self.workers))
        try:
            while True:
                for worker in list(self.workers):
                    self._feed(worker, run)
                while run.next_out in run.done:
                    result = run.done.pop(run.next_out)
                    if isinstance(result, _Failure):
                        raise TaskFailed(result.message)
                    yield result
                    run.next_out += 1
                if run.exhausted and not run.tasks:
                    return
                for connection in wait([worker.connection for worker in self.workers if worker.pending]):
                    self._collect(next(w for w in self.workers if w.connection is connection), run)
        finally:
            self._abandon(run)

    def stop(self) -> None:
        """End the workers now: a task being run is abandoned."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.kill()
        for worker in self.workers:
            worker.process.join()
            worker.connection.close()
        self.workers = []

    def _abandon(self, run: _Run[T, R]) -> None:
        """Stop the workers if any holds a task, then report each such task to ``on_abandoned``."""
        held = [(run.tasks[index], worker.process.pid) for worker in self.workers for index in worker.pending]
        if not held:
            return
        self.stop()
        if self.on_abandoned is not None:
            for item, pid in held:
                self.on_abandoned(item, pid)

    def _feed(self, worker: _Worker, run: _Run[T, R]) -> None:
        while len(worker.pending) < AHEAD and (index := run.take()) is not None:
            try:
                worker.connection.send((index, run.tasks[index]))
            except OSError:  # the worker is gone; with tasks pending, _collect sees its pipe end
                run.requeued.appendleft(index)
                if not worker.pending:
                    self._replace(worker)
                return
            worker.pending.append(index)

    def _collect(self, worker: _Worker, run: _Run[T, R]) -> None:
        try:
            index, ok, value = worker.connection.recv()
        except (EOFError, OSError):  # died: its first task is the one it was running
            crashed = worker.pending.popleft()
            run.requeued.extend(worker.pending)
            pid = worker.process.pid
            self._replace(worker)
            item = run.tasks.pop(crashed)
            if self.on_abandoned is not None:
                self.on_abandoned(item, pid)
            run.done[crashed] = self._crashed(item)
            return
        worker.pending.popleft()
        del run.tasks[index]
        run.done[index] = value if ok else _Failure(value)

    def _start(self) -> None:
        parent_end, child_end = multiprocessing.Pipe()
        process = self.context.Process(target=_serve, args=(child_end, self.function, os.getpid(), self.warm_up),
                                       daemon=True, name="speechparse-worker")
        process.start()
        child_end.close()
        self.workers.append(_Worker(process, parent_end))

    def _replace(self, worker: _Worker) -> None:
        worker.process.join()
        worker.connection.close()
        self.workers.remove(worker)
        self._start()

    def _crashed(self, item: T) -> R:
        if self.on_crash is None:
            raise WorkerCrashed("a worker process died (killed, or out of memory?)")
        return self.on_crash(item)


@contextmanager
def _frozen(freeze: bool) -> Iterator[None]:
    """While workers are forked: this process's objects in the collector's permanent generation,
    so that the workers' collections never scan (and so never copy) the memory they share."""
    if not freeze:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _serve(connection: Connection, function: Callable[[Any], Any], parent: int,
           warm_up: Callable[[], Any] | None) -> None:
    """A worker: answer ``(index, item)`` with ``(index, True, result)`` or ``(index, False, error)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in CAUGHT_SIGNALS:  # handlers inherited through fork must not raise here
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="speechparse-watchdog").start()
    if warm_up is not None:
        warm_up()
    while True:
        try:
            index, item = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer = (index, True, function(item))
        except Exception as error:
            answer = (index, False, f"{type(error).__name__}: {error}")
        connection.send(answer)


def _exit_with_parent(parent: int) -> None:
    """A worker's watchdog: a parent killed with SIGKILL cannot stop its workers, so they stop themselves."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
