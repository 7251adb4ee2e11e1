"""Running one function over many inputs: worker processes, results in input order, signals, a summary.

    with interrupts_as_exceptions(), closing(ordered_map(work, items, jobs=4, warm_up=warm)) as results:
        for item, result in zip(items, results):
            ...                                   # in the order of ``items``, whatever finished first
    # KeyboardInterrupt (SIGINT) or Interrupted (SIGTERM, SIGHUP): workers are stopped; exit_status(error)

``work`` and ``warm_up`` must be picklable (module-level functions, or ``functools.partial`` of
them) so that they work under every start method (fork, spawn, forkserver).  The start method is
fork on Linux (workers made by :mod:`speechparse.forking`, the parser built once before) and the
platform's default elsewhere, unless ``SPEECHPARSE_START_METHOD`` names another.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import field
from typing import Any, TypeVar

from .codecache import dataclass

T = TypeVar("T")
R = TypeVar("R")

#: Environment variable naming the multiprocessing start method (fork, spawn, forkserver).
START_METHOD_VARIABLE = "SPEECHPARSE_START_METHOD"
#: Signals turned into :class:`Interrupted` (SIGINT already raises ``KeyboardInterrupt``).
CAUGHT_SIGNALS = tuple(name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def worker_count(jobs: int, tasks: int) -> int:
    """Workers to start for ``--jobs`` (0: one per available CPU), never more than ``tasks``."""
    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(jobs, tasks))


def start_method() -> str:
    """The start method named by ``SPEECHPARSE_START_METHOD``, else fork on Linux, else the
    platform's default; :class:`ValueError` if this platform has no such method.

    Fork is taken on Linux whatever Python's default (forkserver from Python 3.14): the workers
    are forked before any thread is started, and inherit the parser instead of building it."""
    name = os.environ.get(START_METHOD_VARIABLE) or None
    if name is None and sys.platform.startswith("linux"):
        return "fork"
    import multiprocessing  # only where workers are started, and not for fork on Linux

    if name is None:
        return multiprocessing.get_start_method()
    if name not in multiprocessing.get_all_start_methods():
        known = ", ".join(multiprocessing.get_all_start_methods())
        raise ValueError(f"{START_METHOD_VARIABLE}={name!r} is not a start method here (known: {known})")
    return name


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int = 1, *,
                warm_up: Callable[[], Any] | None = None, on_crash: Callable[[T], R] | None = None,
                on_abandoned: Callable[[T, int], Any] | None = None, method: str | None = None,
                window: int | None = None, first: Sequence[int] = (),
                on_no_workers: Callable[[OSError], Any] | None = None) -> Iterator[R]:
    """``function(item)`` for each item, yielded in input order.

    With ``jobs`` ≤ 1 everything runs in this process.  Otherwise ``jobs`` worker processes (see
    :mod:`speechparse.pool`) each call ``warm_up()`` once (to build caches: the parser), ignore
    SIGINT (the parent decides), and exit if the parent dies.  The result for an item whose worker
    died (killed, out of memory) is ``on_crash(item)``, and the batch goes on with a new worker;
    without ``on_crash``, :class:`speechparse.pool.WorkerCrashed` is raised.  A bounded number of
    items is in flight, so memory stays flat on any number of items.  Closing the generator (or an
    exception in the caller's loop, with ``contextlib.closing``) kills the workers.  Once a worker
    that died or was killed holding an item has exited, ``on_abandoned(item, pid)`` can remove what
    it left half-done (files named with its pid).  ``method`` is the start method (default:
    :func:`start_method`).  ``window`` bounds the results held, per worker, while an earlier item
    is still running (default :data:`speechparse.pool.WINDOW`): small results can afford a large
    window, so that one long item does not stop the other workers.  The items at the indexes
    ``first`` are sent to the workers before the others (see :meth:`speechparse.pool.Pool.map`).
    When the system refuses to start the workers (no more processes, no memory), the items are
    mapped in this process after ``on_no_workers(error)``; without it the :class:`OSError` is raised.
    """
    if jobs <= 1:
        yield from map(function, items)
        return
    from .pool import WINDOW, Pool

    try:
        pool = Pool(function, jobs, method=method or start_method(), warm_up=warm_up, on_crash=on_crash,
                    on_abandoned=on_abandoned)
    except OSError as error:
        if on_no_workers is None:
            raise
        on_no_workers(error)
        yield from map(function, items)
        return
    with pool:
        yield from pool.map(items, WINDOW if window is None else window, first)


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
    previous = {name: signal.signal(getattr(signal, name), _raise) for name in CAUGHT_SIGNALS}
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
