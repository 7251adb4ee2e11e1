"""Running one function over many inputs: worker processes, results in input order, signals, a summary.

    with interrupts_as_exceptions(), closing(ordered_map(work, items, jobs=4, warm_up=warm)) as results:
        for item, result in zip(items, results):
            ...                                   # in the order of ``items``, whatever finished first
    # KeyboardInterrupt (SIGINT) or Interrupted (SIGTERM, SIGHUP): workers are stopped; exit_status(error)

``work`` and ``warm_up`` must be picklable (module-level functions, or ``functools.partial`` of
them) so that they work under every start method (fork, spawn, forkserver).  The start method is
the platform's default unless ``SPEECHPARSE_START_METHOD`` names another.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Environment variable naming the multiprocessing start method (fork, spawn, forkserver).
START_METHOD_VARIABLE = "SPEECHPARSE_START_METHOD"
#: Tasks submitted ahead of the one whose result is awaited, per worker.
AHEAD_PER_WORKER = 8
#: Signals turned into :class:`Interrupted` (SIGINT already raises ``KeyboardInterrupt``).
_CAUGHT = tuple(name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def worker_count(jobs: int, tasks: int) -> int:
    """Workers to start for ``--jobs`` (0: one per available CPU), never more than ``tasks``."""
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(jobs, tasks))


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int = 1, *,
                warm_up: Callable[[], Any] | None = None, start_method: str | None = None) -> Iterator[R]:
    """``function(item)`` for each item, yielded in input order.

    With ``jobs`` ≤ 1 everything runs in this process.  Otherwise ``jobs`` worker processes each
    call ``warm_up()`` once (build caches: the parser), ignore SIGINT (the parent decides), and exit
    if the parent dies.  A bounded number of tasks is in flight, so memory stays flat on any number
    of items.  Closing the generator (or an exception in the caller's loop, with
    ``contextlib.closing``) cancels what is pending and kills the workers.
    ``concurrent.futures.process.BrokenProcessPool`` is raised if a worker dies (killed, out of memory).
    """
    if jobs <= 1:
        yield from map(function, items)
        return
    method = start_method or os.environ.get(START_METHOD_VARIABLE) or None
    context = multiprocessing.get_context(method)
    if warm_up is not None and context.get_start_method() == "fork":
        warm_up()  # built once here, inherited by every worker
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init,
                                   initargs=(os.getpid(), warm_up))
    try:
        iterator = iter(items)
        pending: deque[Future[R]] = deque(
            executor.submit(function, item) for item in islice(iterator, jobs * AHEAD_PER_WORKER)
        )
        while pending:
            result = pending.popleft().result()
            for item in islice(iterator, 1):
                pending.append(executor.submit(function, item))
            yield result
    finally:
        _stop(executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    """Cancel pending tasks and end the workers now (a running task is not waited for)."""
    executor.shutdown(wait=False, cancel_futures=True)
    kill = getattr(executor, "kill_workers", None)  # Python ≥ 3.14
    if kill is not None:
        kill()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        if process.is_alive():
            process.kill()


def _worker_init(parent: int, warm_up: Callable[[], Any] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in _CAUGHT:  # handlers inherited through fork raise in the parent only
        signal.signal(getattr(signal, name), signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="speechparse-watchdog").start()
    if warm_up is not None:
        warm_up()


def _exit_with_parent(parent: int) -> None:
    """A worker's watchdog: a parent killed with SIGKILL cannot stop its workers, so they stop themselves."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


# ---- signals ------------------------------------------------------------------------------------------


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP received: raised like ``KeyboardInterrupt`` so that ``finally`` blocks run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def exit_status(error: KeyboardInterrupt) -> int:
    """The conventional exit status after a signal: 128 + its number (130 for Ctrl-C, 143 for SIGTERM)."""
    return 128 + (error.signum if isinstance(error, Interrupted) else signal.SIGINT)


@contextmanager
def interrupts_as_exceptions() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`Interrupted` for the duration (SIGINT already raises
    ``KeyboardInterrupt``).  Does nothing outside the main thread, where Python cannot catch signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {name: signal.signal(getattr(signal, name), _raise) for name in _CAUGHT}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _raise(signum: int, frame: object) -> None:
    raise Interrupted(signum)


# ---- summary --------------------------------------------------------------------------------------------


@dataclass
class Summary:
    """Counts of a batch and its duration: ``Summary().line("converted")`` →
    ``12 converted, 1 failed, 0 skipped in 0.84 s``."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)

    def line(self, verb: str) -> str:
        elapsed = time.monotonic() - self.started
        return f"{self.done} {verb}, {self.failed} failed, {self.skipped} skipped in {elapsed:.2f} s"
