"""A one-line progress bar on standard error, for terminals only (imported only then)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click

from ..batch import Summary

WIDTH = 30
#: Seconds between redraws.
INTERVAL = 0.1


class Progress:
    """``with Progress(total, summary) as bar:`` … ``bar.update()`` after each document;
    ``bar.echo(message)`` prints a line above the bar.  The bar is erased on exit."""

    def __init__(self, total: int, summary: Summary, stream: TextIO | None = None) -> None:
        self.total = total
        self.summary = summary
        self.stream = stream or sys.stderr
        self.drawn = 0.0

    def __enter__(self) -> Progress:
        self._draw()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._clear()

    def update(self) -> None:
        if time.monotonic() - self.drawn >= INTERVAL:
            self._draw()

    def echo(self, message: str, err: bool = True) -> None:
        self._clear()
        click.echo(message, file=self.stream)
        self._draw()

    def _draw(self) -> None:
        summary = self.summary
        finished = summary.done + summary.failed
        filled = WIDTH * finished // self.total if self.total else WIDTH
        elapsed = time.monotonic() - summary.started
        rate = f"{finished / elapsed:.1f}/s" if elapsed > 0 else ""
        failed = f", {summary.failed} failed" if summary.failed else ""
        self.stream.write(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {finished}/{self.total} {rate}{failed}\x1b[K")
        self.stream.flush()
        self.drawn = time.monotonic()

    def _clear(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()
