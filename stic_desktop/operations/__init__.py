"""Operations: one module per long user action (prepare the mailing, build a meeting pack, archive the
minutes, export a document to a file, ...).

Each operation is a step generator: it reads what it needs in one read transaction (a ``*_data`` function
in ``services/<area>/``), renders with the pure renderers in ``documents/``, writes files to temporary names
beside their targets (``operations.files``), records what it did in one write transaction, and only then
moves the files into place. Every ``yield`` is a progress step ``(done, total, text)``; closing the generator
(what ``workers.Job`` does when the user presses Avbryt) records nothing and leaves no file behind. The
return value is an ``Outcome`` that says which kinds of records changed, so the pages showing them refresh
(Anki's ``CollectionOp`` is the model). The command line runs the same generators with ``run_to_end``.

Operations never import Qt widgets; the UI reaches them through ``ui.widgets.jobs.run_job``.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

Step = tuple[int, int, str]  # (done, total, text): one progress step
T = TypeVar("T")


@dataclass(frozen=True)
class Outcome:
    """What an operation did: the kinds of records it changed (e.g. ``"meeting"``, ``"archive"``), the files
    it wrote, a short Swedish summary, and whatever else the caller may show."""

    changed: frozenset[str] = frozenset()
    files: tuple[Path, ...] = ()
    message: str = ""
    skipped: tuple[str, ...] = ()  # what was left out, e.g. invitees without an e-mail address
    record: Any = None  # e.g. the archived document


def run_to_end(steps: Generator[Step, None, T]) -> T:
    """Runs a step generator to its end and returns its result (the command line has no progress bar)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
