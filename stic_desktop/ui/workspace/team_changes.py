"""In the team database, a worker thread listens for colleagues' committed changes (PostgreSQL LISTEN/NOTIFY)
and the pages showing those kinds of record reload, within a second or so."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from stic_desktop.services.workspace import team
from stic_desktop.ui.context import AppContext


class ChangeListener(QObject):
    """Follows the context's database: listens while it is the team database, stops when it goes."""

    changed = Signal(list)  # the kinds of record (audit entity names) a commit touched

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self._db = None
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self.changed.connect(self._tell_pages)  # queued: emitted from the worker thread
        context.database_changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        db = self.context.db
        if self._thread is not None and self._db is db:
            return
        self.stop()
        self._db = db
        if db is None or not getattr(db, "is_team", False):
            return
        self._stop = stop = threading.Event()

        def tell(kinds) -> None:  # on the listening thread
            if stop.is_set():
                return
            try:
                self.changed.emit(sorted(kinds))
            except RuntimeError:  # the window (and this listener) went while a change was arriving
                stop.set()

        self._thread = threading.Thread(target=team.listen_for_changes, name="stic-listen", args=(db, tell, stop),
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
        self._stop = self._thread = None

    def _tell_pages(self, kinds: list) -> None:
        for kind in kinds:
            self.context.data_changed.emit(kind)
