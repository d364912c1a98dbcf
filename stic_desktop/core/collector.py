"""Pausing Python's cycle collector while a large, acyclic result is built.

Building tens of thousands of rows (a list page at the huge size, a 20,000-row sales import in a worker)
allocates hundreds of thousands of objects that stay alive until the work is done and are garbage to no
cycle. Meanwhile the collector's full passes walk all of them, repeatedly, holding the GIL: 40 % of a list's
time, and 30–70 ms event-loop stalls while an import runs in a worker (the GUI thread waits for the GIL).
Their garbage is freed by reference counting as usual; cycles are found by the next pass afterwards.

The collector's switch is one for the whole process, so pauses from several threads nest: it is enabled
again when the last one ends, and only if it was enabled when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block (nor in other threads meanwhile)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
