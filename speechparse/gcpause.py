"""Pausing the cyclic garbage collector while a large acyclic structure is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: parsing and exporting allocate many small acyclic
    objects, and collections in between make the cost grow faster than the input.  What was
    made is long-lived (a document, its export): it goes to the oldest generation at once
    instead of being scanned by the next young collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()
