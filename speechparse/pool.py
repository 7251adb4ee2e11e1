"""A process pool that yields results in input order and survives the death of a worker.

Each worker has a pipe of its own, so the parent always knows which tasks a worker holds: when
one dies (killed, out of memory) its pipe ends, the task it was running is given to ``on_crash``
and its other tasks to a new worker; ``on_abandoned`` can then remove what it left half-done.
(``concurrent.futures`` cannot do this: a worker killed
while it sends a result can hang the whole executor, CPython issue 105829.)

Tasks travel in batches, and a worker writes each answer to its pipe as soon as it has it, but
wakes the parent (through a second pipe, the one the parent waits on) only once a batch is done,
after 50 ms (so a long task holds back no answer), or before the answers it has not announced
could fill the pipe.  So the parent wakes once per batch, not once per task, and still has every
answer written before a worker died.

Under the fork start method the workers and their pipes are made by :mod:`speechparse.forking`
(``multiprocessing`` is not imported); under spawn and forkserver by :mod:`multiprocessing`.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager, suppress
from dataclasses import field
from typing import Any, Generic, TypeVar

from . import forking
from .batch import CAUGHT_SIGNALS
from .codecache import dataclass
from .forking import Connection

T = TypeVar("T")
R = TypeVar("R")

#: Tasks sent to a worker in one message; it gets the next batch while it runs this one.
BATCH = 8
#: Results held for reordering, per worker, before feeding stops until the oldest task is done
#: (the default of :meth:`Pool.map`; small results can afford more).
WINDOW = 16
#: Bytes of answers a worker writes before it wakes the parent to read them (well below what a
#: pipe holds, so a worker never blocks on answers the parent has not been told about).
ANNOUNCE_BYTES = 16 * 1024
#: Seconds after which answers are announced even in the middle of a batch.
ANNOUNCE_AFTER = 0.05


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
    connection: Connection  #: tasks to the worker, answers from it
    announcements: Connection  #: how many answers are ready to read: what the parent waits on
    pending: deque[int] = field(default_factory=deque)


@dataclass
class _Run(Generic[T, R]):
    """The state of one :meth:`Pool.map`: tasks sent and not answered, answers not yet yielded."""

    items: Iterator[tuple[int, T]]
    limit: int  #: tasks and held answers together, at most
    total: int | None  #: the number of items, if known
    first: deque[tuple[int, T]] = field(default_factory=deque)  #: items to send before the others
    early: set[int] = field(default_factory=set)  #: the indexes of those, skipped in ``items``
    tasks: dict[int, T] = field(default_factory=dict)
    done: dict[int, R | _Failure] = field(default_factory=dict)
    requeued: deque[int] = field(default_factory=deque)  #: tasks of a dead worker, to send again
    next_out: int = 0
    exhausted: bool = False
    taken: int = 0  #: items taken from ``items``

    def take(self) -> int | None:
        """The index of the next task to send, if any may be sent now."""
        if self.requeued:
            return self.requeued.popleft()
        if self.exhausted or len(self.tasks) + len(self.done) >= self.limit:
            return None
        if self.first:
            index, item = self.first.popleft()
        else:
            index, item = next(self.items, (-1, None))
            while index in self.early:
                index, item = next(self.items, (-1, None))
            if index < 0:
                self.exhausted = True
                return None
        self.tasks[index] = item
        self.taken += 1
        return index

    def batch_size(self, workers: int) -> int:
        """Tasks to send at once: fewer as the end nears, so that the workers finish together
        (one at a time when the number of items is unknown)."""
        if self.total is None:
            return 1
        left = self.total - self.taken + len(self.requeued)
        return max(1, min(BATCH, left // (4 * workers)))


class Pool(Generic[T, R]):
    """``jobs`` workers running ``function``; see :meth:`map`.  Use as a context manager."""

    def __init__(self, function: Callable[[T], R], jobs: int, *, method: str = "fork",
                 warm_up: Callable[[], Any] | None = None, on_crash: Callable[[T], R] | None = None,
                 on_abandoned: Callable[[T, int], Any] | None = None) -> None:
        self.function = function
        self.method = method  #: fork (:mod:`speechparse.forking`), or a start method of :mod:`multiprocessing`
        self.on_crash = on_crash
        self.on_abandoned = on_abandoned  #: called with a task and the id of the worker that died holding it
        by_fork = method == "fork"
        if by_fork:
            self.wait: Callable[[list[Any]], list[Any]] = forking.wait
        else:
            from multiprocessing.connection import wait  # the one that also waits on Windows' pipes

            self.wait = wait
        if by_fork and warm_up is not None:
            warm_up()  # built once here, inherited by every worker: they need not run it again
            warm_up = None
        self.warm_up = warm_up  #: what a started worker runs first (spawned workers build their own state)
        self.workers: list[_Worker] = []
        try:
            with _frozen(by_fork):
                for _ in range(jobs):
                    self._start()
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> Pool[T, R]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def map(self, items: Iterable[T], window: int = WINDOW, first: Sequence[int] = ()) -> Iterator[R]:
        """``function(item)`` for each item, in input order, with a bounded number in flight and
        at most ``window`` results per worker held while an earlier task runs.

        The items at the indexes ``first`` (of a sequence of items) are sent before the others, in
        that order: the longest tasks, so that the workers do not end waiting for one of them.  At
        most ``window`` of them are taken, so that their answers can always be held.

        Left early (closed, or an exception), it stops the workers that still hold tasks."""
        total = len(items) if isinstance(items, Sized) else None
        run: _Run[T, R] = _Run(enumerate(items), (2 * BATCH + window) * len(self.workers), total)
        if first:
            chosen = list(dict.fromkeys(first))[:window]
            run.first.extend((index, items[index]) for index in chosen)  # type: ignore[index]
            run.early.update(chosen)
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
                for ready in self.wait([worker.announcements for worker in self.workers if worker.pending]):
                    self._collect(next(w for w in self.workers if w.announcements is ready), run)
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
            worker.announcements.close()
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
        """Send the worker a batch if it holds no more than the one it is running."""
        size = run.batch_size(len(self.workers))
        if len(worker.pending) > size:
            return
        batch: list[int] = []
        while len(batch) < size and (index := run.take()) is not None:
            batch.append(index)
        if not batch:
            return
        # Held before it is sent: a signal that interrupts the sending (SIGTERM raises in this
        # process) may come after the worker has the batch, and what it then leaves half-written
        # must be found by _abandon.
        worker.pending.extend(batch)
        try:
            worker.connection.send([(index, run.tasks[index]) for index in batch])
        except OSError:  # the worker is gone; with tasks pending, _collect sees its pipe end
            for _ in batch:
                worker.pending.pop()
            run.requeued.extendleft(reversed(batch))
            if not worker.pending:
                self._replace(worker)

    def _collect(self, worker: _Worker, run: _Run[T, R]) -> None:
        """Read the answers the worker announced; if it died, those it wrote before it died."""
        try:
            for _ in range(worker.announcements.recv()):
                self._answer(worker, run, worker.connection.recv())
            return
        except (EOFError, OSError):
            pass
        with suppress(EOFError, OSError):  # died: the answers it wrote before are in the pipe
            while worker.pending and worker.connection.poll(0):
                self._answer(worker, run, worker.connection.recv())
        if not worker.pending:  # it died after its last answer
            self._replace(worker)
            return
        crashed = worker.pending.popleft()  # its first unanswered task is the one it was running
        run.requeued.extend(worker.pending)
        pid = worker.process.pid
        self._replace(worker)
        item = run.tasks.pop(crashed)
        if self.on_abandoned is not None:
            self.on_abandoned(item, pid)
        run.done[crashed] = self._crashed(item)

    @staticmethod
    def _answer(worker: _Worker, run: _Run[T, R], answer: tuple[int, bool, Any]) -> None:
        index, ok, value = answer
        worker.pending.popleft()
        del run.tasks[index]
        run.done[index] = value if ok else _Failure(value)

    def _start(self) -> None:
        arguments = (self.function, self.warm_up)
        if self.method == "fork":
            parent_end, child_end = forking.duplex()
            announcements, announcer = forking.one_way()
            process: Any = forking.Process(_serve, (child_end, announcer, *arguments),
                                           close_in_child=(parent_end, announcements))
        else:
            import multiprocessing

            parent_end, child_end = multiprocessing.Pipe()
            announcements, announcer = multiprocessing.Pipe(duplex=False)
            process = multiprocessing.get_context(self.method).Process(
                target=_serve, args=(child_end, announcer, *arguments), daemon=True, name="speechparse-worker")
        process.start()
        child_end.close()
        announcer.close()
        self.workers.append(_Worker(process, parent_end, announcements))

    def _replace(self, worker: _Worker) -> None:
        worker.process.join()
        worker.connection.close()
        worker.announcements.close()
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


def _serve(connection: Connection, announcements: Connection, function: Callable[[Any], Any],
           warm_up: Callable[[], Any] | None) -> None:
    """A worker: answer each ``(index, item)`` of a batch with ``(index, True, result)`` or
    ``(index, False, error)``, and announce the answers written (see the module's docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in CAUGHT_SIGNALS:  # handlers inherited through fork must not raise here
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, daemon=True, name="speechparse-watchdog").start()
    announcer = _Announcer(announcements)
    threading.Thread(target=announcer.announce_every, args=(ANNOUNCE_AFTER,), daemon=True,
                     name="speechparse-announcer").start()
    if warm_up is not None:
        warm_up()
    while True:
        try:
            batch = connection.recv()
        except (EOFError, OSError):
            return
        for index, item in batch:
            try:
                answer = (index, True, function(item))
            except Exception as error:
                answer = (index, False, f"{type(error).__name__}: {error}")
            announcer.write(connection, pickle.dumps(answer, pickle.HIGHEST_PROTOCOL))
        announcer.announce()


class _Announcer:
    """A worker's announcements: how many answers it has written that the parent has not been told of."""

    def __init__(self, announcements: Connection) -> None:
        self.announcements = announcements
        self.lock = threading.Lock()
        self.count = 0  #: answers written, not announced
        self.size = 0  #: their bytes

    def write(self, connection: Connection, answer: bytes) -> None:
        """Write an answer; announce it first if the unannounced answers would fill the pipe."""
        with self.lock:
            if self.size + len(answer) > ANNOUNCE_BYTES:
                self.announcements.send(self.count + 1)  # it and those before it: the parent reads as it is written
                connection.send_bytes(answer)
                self.count = self.size = 0
                return
            connection.send_bytes(answer)
            self.count += 1
            self.size += len(answer)

    def announce(self) -> None:
        with self.lock:
            if self.count:
                self.announcements.send(self.count)
                self.count = self.size = 0

    def announce_every(self, seconds: float) -> None:
        """Announce answers that have waited ``seconds``: a long task holds back none written before it."""
        while True:
            time.sleep(seconds)
            with suppress(OSError):
                self.announce()


def _exit_with_parent() -> None:
    """A worker's watchdog: a parent killed with SIGKILL cannot stop its workers, so they stop
    themselves when their parent process changes (the pool's process under fork and spawn, the
    fork server under forkserver, which ends with the pool's process)."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
