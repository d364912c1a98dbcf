"""A record in its own window (a procurement, an agreement): a header and tabs of panels.

Each tab is a panel with ``reload()`` and a ``changed`` signal. A change in one panel re-reads the record
for the header at once; the other tabs are marked stale and read again when they are next shown, so a
window with seven tabs does not run seven reloads after every edit. Panels that read much (an agreement's
thousands of sales lines) are added with ``add_lazy_panel``: built when their tab is first shown (or when
``panels[key]`` asks for them), so the window opens at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError
from stic_desktop.services import audit
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.history_dialog import add_history_items
from stic_desktop.ui.widgets.row_menu import install_row_menu
from stic_desktop.ui.widgets.screen import resize_to_fit


class HistoryPanel(QWidget):
    """Historik: every audited change of the record, newest first, with readable field names."""

    changed = Signal()

    def __init__(self, context: AppContext, entity: str, record_id: int, field_labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.entity, self.record_id, self.field_labels = context, entity, record_id, field_labels
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tidpunkt"), self.tr("Vem"), self.tr("Ändring"), self.tr("Före"),
                                   self.tr("Efter")])
        self.tree.setAlternatingRowColors(True)
        install_row_menu(self.tree)
        for column, width in enumerate((150, 160, 220, 180)):
            self.tree.setColumnWidth(column, width)
        self.empty_label = QLabel(self.tr("Inga ändringar är loggade för den här posten ännu. Allt som ändras härifrån "
                                          "loggas med vem och när."))
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        try:
            entries = audit.history(self.context.db, self.entity, self.record_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        add_history_items(self.tree, self.entity, entries, self.field_labels)
        self.empty_label.setVisible(not entries)


class _Panels(dict):
    """key -> panel; a lazy panel not built yet is built when it is looked up."""

    def __init__(self, window: RecordWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        if key not in self._window._lazy:
            raise KeyError(key)
        return self._window._build_lazy(key)


class RecordWindow(QDialog):
    """Subclasses set ``size_key``, add their panels with ``add_panel``, call ``finish`` and implement
    ``load_record`` and ``show_header``."""

    status_message = Signal(str)
    size_key = ""
    default_size = QSize(1100, 740)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are typed by users ("R&D <b>")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.panels: dict[str, QWidget] = _Panels(self)
        self._lazy: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}  # key -> (tab holder, factory)
        self._held: dict[QWidget, QWidget] = {}  # tab holder -> the lazy panel built in it
        self._stale: set[QWidget] = set()
        self.message_label = QLabel()
        self.message_label.setObjectName("hint")
        self.message_label.setWordWrap(True)
        rights.guard(self, context)  # every panel's add/change/remove buttons follow the login

    def add_panel(self, key: str, panel: QWidget, text: str) -> QWidget:
        self.panels[key] = panel
        self.tabs.addTab(panel, text)
        self._connect(panel)
        return panel

    def add_lazy_panel(self, key: str, factory: Callable[[], QWidget], text: str) -> None:
        """A tab whose panel ``factory()`` builds (and reads) when the tab is first shown."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._lazy[key] = (holder, factory)
        self.tabs.addTab(holder, text)

    def _connect(self, panel: QWidget) -> None:
        panel.changed.connect(lambda p=panel: self._panel_changed(p))
        status = getattr(panel, "status_message", None)
        if status is not None:
            status.connect(self.show_message)

    def _build_lazy(self, key: str) -> QWidget:
        holder, factory = self._lazy.pop(key)
        panel = factory()
        holder.layout().addWidget(panel)
        rights.apply(panel, self.context)
        panel.show()  # a child added to a shown tab would otherwise appear only after the next event-loop turn
        dict.__setitem__(self.panels, key, panel)
        self._held[holder] = panel
        self._connect(panel)
        return panel

    def _panel_in(self, widget: QWidget | None) -> QWidget | None:
        """The panel a tab shows, building a lazy one now."""
        for key, (holder, _factory) in list(self._lazy.items()):
            if holder is widget:
                return self._build_lazy(key)
        return self._held.get(widget, widget)

    def finish(self, action: QPushButton) -> None:
        """Lays the window out once the panels are added; ``action`` sits beside the status line."""
        self.tabs.currentChanged.connect(self._tab_changed)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(action)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        size = QSettings().value(self.size_key)
        resize_to_fit(self, size if isinstance(size, QSize) else self.default_size)
        self.show_header()

    # -- for subclasses ------------------------------------------------------------------
    def load_record(self) -> None:
        """Reads ``self.record`` again (raises UserError when it is gone)."""
        raise NotImplementedError

    def show_header(self) -> None:
        raise NotImplementedError

    # -- behaviour -----------------------------------------------------------------------
    def _reread(self) -> bool:
        try:
            self.load_record()
        except UserError as error:  # removed meanwhile
            messages.show_error(self, error)
            self.reject()
            return False
        self.show_header()
        return True

    def _panel_changed(self, source: QWidget) -> None:
        """The header follows at once; the other tabs are read again when they are shown."""
        if self._reread():
            self._stale.update(p for p in self.panels.values() if p is not source)
            current = self._held.get(self.tabs.currentWidget(), self.tabs.currentWidget())
            if current in self._stale and current is not source:
                self._refresh(current)

    def _refresh(self, panel: QWidget) -> None:
        self._stale.discard(panel)
        panel.reload()

    def _tab_changed(self, index: int) -> None:
        panel = self._panel_in(self.tabs.widget(index))
        if panel in self._stale:
            self._refresh(panel)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.status_message.emit(text)

    def done(self, result: int) -> None:
        QSettings().setValue(self.size_key, self.size())
        super().done(result)


def open_record_window(window_class: type[RecordWindow], context: AppContext, record_id: int, parent: QWidget,
                       status=None) -> bool:
    """Opens a record in its window (modal); False when it could not, e.g. it was deleted meanwhile."""
    try:
        window = window_class(context, record_id, parent)
    except UserError as error:
        messages.show_error(parent, error)
        return False
    if status is not None:
        window.status_message.connect(status)
    window.exec()
    return True
