"""Pausing the cyclic garbage collector while a large acyclic structure is built."""

from __future__ import annotations

import gc
from types import TracebackType


class paused_gc:  # lower case: used as ``with paused_gc():``, like the function it replaced
    """Pause the cyclic garbage collector: parsing and exporting allocate many small acyclic
    objects, and collections in between make the cost grow faster than the input.  What was
    made is long-lived (a document, its export): it goes to the oldest generation at once
    instead of being scanned by the next young collection.

    A class rather than a generator-based context manager: it is entered twice for every
    document parsed, and costs a third as much."""

    __slots__ = ("enabled",)

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        gc.freeze()
        gc.unfreeze()
        if self.enabled:
            gc.enable()
