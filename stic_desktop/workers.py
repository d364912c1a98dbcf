"""Slow service calls (PDFs, imports, backups) run here, off the GUI thread.

A job is a plain function; if it returns a generator, each item it yields is a progress step
``(done, total, text)`` and its return value is the result. Cancelling closes the generator,
so a transaction open inside it rolls back.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[Job] = set()  # keeps jobs alive until their thread is done


class Cancelled(Exception):
    """The user cancelled; nothing was saved."""


class Job(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> Job:
        """Connect to the signals first; the job is forgotten after the last of them ran."""
        _running.add(self)
        self.succeeded.connect(self._forget)
        self.failed.connect(self._forget)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
            if inspect.isgenerator(result):
                result = self._drain(result)
        except BaseException as exc:  # reported to the GUI thread, never lost in a worker
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _forget(self, _outcome: object) -> None:
        _running.discard(self)

    def _drain(self, steps) -> Any:
        while True:
            if self._cancel.is_set():
                steps.close()
                raise Cancelled("Avbrutet. Inget sparades.")
            try:
                done, total, text = next(steps)
            except StopIteration as stop:
                return stop.value
            self.progress.emit(done, total, text)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()
