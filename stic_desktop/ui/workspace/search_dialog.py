"""Search everywhere (Ctrl+K): type, see hits of every kind, Enter opens the record.

The index (services.search: a private SQLite file with a full-text index) is built in a worker right after
start-up (MainWindow) and brought up to date in a worker after each change (only the changed records are
read again); typing is accepted while it builds and searched as soon as it is there. Its file is removed
when another database is opened, when it is built anew, and when the program ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from stic_desktop import logs
from stic_desktop.services.workspace import search
from stic_desktop.services.workspace.search import SearchHit, SearchIndex
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.labels import labelled
from stic_desktop.ui.widgets.table_model import Column, RecordTableModel
from stic_desktop.ui.widgets.tables import make_table_view, on_open
from stic_desktop.workers import Job


class SearchIndexCache(QObject):
    """The index for the open database: built once, updated after each change, built anew for another file."""

    ready = Signal(object)  # SearchIndex, after each build or update

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.index: SearchIndex | None = None
        self._job: Job | None = None
        self._again = False  # data changed while a job ran: update once more when it is done
        self._generation = 0  # a job for a database no longer open is ignored
        self.quiet = True  # failures of a build nobody waits for are only logged
        context.data_changed.connect(self.changed)
        context.database_changed.connect(self.invalidate)

    def invalidate(self, *_args) -> None:
        """Another database: the index is built anew on the next request and the old file removed (at once,
        or when the update still writing it is done)."""
        if self.index is not None and self._job is None:
            self.index.close()
        self.index, self._job, self._again = None, None, False
        self._generation += 1

    def changed(self, *_args) -> None:
        """Records changed: update the index in the background (a build under way is updated after it)."""
        if self._job is not None:
            self._again = True
        elif self.index is not None:
            self._start(search.update_index, self.context.db, self.index)

    def request(self) -> None:
        """Start building unless an index is there or being built; ``ready`` fires when it is."""
        if self.index is not None and self._job is None:
            self.ready.emit(self.index)
            return
        if self._job is None:
            self._start(search.build_index, self.context.db)

    def _start(self, fn, *args) -> None:
        generation, source = self._generation, self.index  # an update writes the current index's file
        self._job = Job(fn, *args)
        self._job.succeeded.connect(lambda index: self._built(index, generation, source))
        self._job.failed.connect(lambda error: self._failed(error, generation, source))
        self._job.start()

    def _built(self, index: SearchIndex, generation: int, source: SearchIndex | None) -> None:
        if generation != self._generation:  # for a database no longer open: its files go
            index.close()
            if source is not None:
                source.close()
            return
        self._job = None
        if source is not None and source.file is not index.file:
            source.close()  # built anew (another database behind the same name, or a bulk change)
        self.index = index
        if self._again:
            self._again = False
            self.changed()
        self.ready.emit(index)

    def _failed(self, error: BaseException, generation: int, source: SearchIndex | None) -> None:
        if generation != self._generation:
            if source is not None:
                source.close()
            return
        self._job = None
        if self.quiet:
            logs.log_exception(error, "search index")
            return
        messages.show_error(self.context.parent() if isinstance(self.context.parent(), QWidget) else None, error)


class SearchDialog(QDialog):
    """Emits ``chosen`` with the hit to open and closes."""

    chosen = Signal(object)  # SearchHit

    def __init__(self, cache: SearchIndexCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sök överallt"))
        self.resize(760, 460)
        self.cache = cache
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Sök kommuner, personer, grupper, möten, beslut, förslag och upphandlingar…"))
        self.edit.setClearButtonEnabled(True)
        self.model = RecordTableModel([
            Column(self.tr("Typ"), labelled(lambda hit: hit.kind_label)),
            Column(self.tr("Namn"), lambda hit: hit.title),
            Column(self.tr("Detaljer"), lambda hit: hit.detail),
        ], self)
        self.table = make_table_view(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search box
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 300)
        header.setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self.run_search)
        self.edit.installEventFilter(self)
        on_open(self.table, lambda index: self._open(index.row()))
        cache.ready.connect(self._index_ready)
        cache.quiet = False  # someone waits now: a failure is told
        self.status.setText(self.tr("Skriv för att söka. ↑ ↓ väljer, Enter öppnar, Esc stänger."))
        cache.request()
        if cache.index is None:
            self.status.setText(self.tr("Bygger sökindex…"))

    def _index_ready(self, _index: SearchIndex) -> None:
        self.run_search(self.edit.text())

    def run_search(self, text: str) -> None:
        index = self.cache.index
        if index is None:
            self.cache.request()
            return
        hits = index.search(text)
        self.model.set_rows(hits)
        if hits:
            self.table.selectRow(0)
            self.status.setText(self.tr("%1 träffar. Enter öppnar.").replace("%1", str(len(hits))))
        else:
            self.status.setText(self.tr("Inga träffar.") if text.strip() else self.tr("Skriv för att söka."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self._current_row())
                return True
        return super().eventFilter(watched, event)

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            self.table.selectRow(max(0, min(count - 1, self._current_row() + step)))

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            hit: SearchHit = self.model.record(row)
            self.accept()
            self.chosen.emit(hit)
