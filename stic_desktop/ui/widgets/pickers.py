"""Small pieces the meeting dialogs and tabs share: a searchable person picker, Swedish clock times,
file choosers and the one question that needs free text (why the minutes are reopened).

The choosers are module-level functions so tests can replace them instead of driving native dialogs.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFileDialog, QInputDialog, QSizePolicy, QWidget

from stic_desktop.core import filenames
from stic_desktop.services.meetings import meetings
from stic_desktop.services.people import memberships

# the meeting's history shows these fields by name too (the service labels only what a user types)
HISTORY_LABELS = {
    **meetings.FIELD_LABELS,
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "Status"),  # HistoryDialog translates the labels it shows
    "reason": QT_TRANSLATE_NOOP("HistoryDialog", "Skäl"),
    "sequence": QT_TRANSLATE_NOOP("HistoryDialog", "Kalenderversion"),
    "uid": QT_TRANSLATE_NOOP("HistoryDialog", "Kalender-id"),
    "invitation_sent_at": QT_TRANSLATE_NOOP("HistoryDialog", "Kallelsen skickad"),
    "adjusted_at": QT_TRANSLATE_NOOP("HistoryDialog", "Justerat"),
}


# --- people -------------------------------------------------------------------------------------

def person_choices(db) -> list[tuple[int, str]]:
    """(id, "Name – organisation") of every active person, by name."""
    return [(c.id, f"{c.name} – {c.organisation}" if c.organisation else c.name) for c in memberships.person_choices(db)]


Choices = list[tuple[int, str]]


class PersonCombo(QComboBox):
    """Type part of a name to find a person; ``person_id()`` is None until one is chosen.

    ``choices`` may be a function: the list (every active person: 20,000 in the huge demo) is then read when
    the combo is first used (focus, popup, a lookup), and until then it holds only the person shown.
    """

    def __init__(self, choices: Choices | Callable[[], Choices], none_text: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("meetings", "Skriv en del av namnet…"))
        self._none_text = none_text
        self._pending = choices if callable(choices) else None
        if none_text is not None:
            self.addItem(none_text, None)
        for person_id, text in [] if callable(choices) else choices:
            self.addItem(text, person_id)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def _load_choices(self) -> None:
        """Reads the pending choices once; the person shown stays chosen, without a signal."""
        if self._pending is None:
            return
        pending, self._pending = self._pending, None
        choices = pending()
        current = self.currentData() if self.currentIndex() >= 0 else None
        start = 0 if self._none_text is None else 1
        shown = [(self.itemData(i), self.itemText(i)) for i in range(start, self.count())]
        self.blockSignals(True)
        try:
            while self.count() > start:
                self.removeItem(start)
            for person_id, text in choices:
                self.addItem(text, person_id)
            for person_id, text in shown:  # someone not offered (inactive) keeps their place
                if self.findData(person_id) < 0:
                    self.addItem(text, person_id)
            if current is not None:
                self.setCurrentIndex(self.findData(current))
            elif self._none_text is not None and self.currentIndex() <= 0:
                self.setCurrentIndex(0)
        finally:
            self.blockSignals(False)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._load_choices()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self._load_choices()
        super().showPopup()

    def set_person(self, person_id: int | None, name: str = "") -> None:
        """Selects the person; someone not offered any more (inactive) is added so the value is kept."""
        if person_id is None:
            if self._none_text is not None:
                self.setCurrentIndex(0)
            else:
                self.setCurrentIndex(-1)
                self.setEditText("")
            return
        index = self.findData(person_id)
        if index < 0 and not name:
            self._load_choices()  # the name shown comes from the choices
            index = self.findData(person_id)
        if index < 0:
            self.addItem(name or str(person_id), person_id)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def person_id(self) -> int | None:
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index)
        self._load_choices()  # typed text is looked up among everyone
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return self.itemData(found)
        by_name = [i for i in range(self.count()) if self.itemData(i) is not None
                   and self.itemText(i).split(" – ")[0].casefold() == text.casefold()]
        return self.itemData(by_name[0]) if len(by_name) == 1 else None

    def typed_unknown(self) -> bool:
        """Something was typed that is not a person in the list."""
        text = self.currentText().strip()
        return bool(text) and text != self._none_text and self.person_id() is None


# --- files --------------------------------------------------------------------------------------
# Every open/save file dialog goes through these; each remembers the last folder per purpose in
# QSettings ("folders/<purpose>"). The ask_* functions are the bare native dialogs (tests replace them).

EXPORT = "export"  # documents and lists saved for the user
IMPORT = "import"  # spreadsheets and attachments read in
_LEGACY_KEYS = {EXPORT: "export/folder", IMPORT: "import/folder"}  # where older versions kept them


def remembered_folder(purpose: str) -> Path:
    """The folder last chosen for ``purpose`` (the home folder at first)."""
    settings = QSettings()
    value = settings.value(f"folders/{purpose}") or settings.value(_LEGACY_KEYS.get(purpose, "folders/-"))
    return Path(str(value)) if value else Path.home()


def remember_folder(purpose: str, folder: Path) -> None:
    QSettings().setValue(f"folders/{purpose}", str(folder))


def ask_open_file_names(parent: QWidget, title: str, folder: str, filter_text: str, many: bool) -> list[str]:
    if many:
        return QFileDialog.getOpenFileNames(parent, title, folder, filter_text)[0]
    path = QFileDialog.getOpenFileName(parent, title, folder, filter_text)[0]
    return [path] if path else []


def ask_save_file_name(parent: QWidget, title: str, path: str, filter_text: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, path, filter_text)[0]


def ask_existing_directory(parent: QWidget, title: str, folder: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, folder)


def save_file_name(parent: QWidget, title: str, suggested: str, filter_text: str = "", purpose: str = EXPORT,
                   start: Path | None = None) -> Path | None:
    """Where to save a file called ``suggested``; opens in ``start`` or the folder last used for ``purpose``."""
    path = ask_save_file_name(parent, title, str((start or remembered_folder(purpose)) / suggested), filter_text)
    if not path:
        return None
    remember_folder(purpose, Path(path).parent)
    return Path(path)


def open_file_names(parent: QWidget, title: str, filter_text: str = "", purpose: str = IMPORT,
                    start: Path | None = None) -> list[Path]:
    paths = ask_open_file_names(parent, title, str(start or remembered_folder(purpose)), filter_text, True)
    if paths:
        remember_folder(purpose, Path(paths[0]).parent)
    return [Path(p) for p in paths]


def open_file_name(parent: QWidget, title: str, filter_text: str = "", purpose: str = IMPORT,
                   start: Path | None = None) -> Path | None:
    paths = ask_open_file_names(parent, title, str(start or remembered_folder(purpose)), filter_text, False)
    if not paths:
        return None
    remember_folder(purpose, Path(paths[0]).parent)
    return Path(paths[0])


def existing_folder(parent: QWidget, title: str, purpose: str = EXPORT, start: Path | None = None) -> Path | None:
    path = ask_existing_directory(parent, title, str(start or remembered_folder(purpose)))
    if not path:
        return None
    remember_folder(purpose, Path(path))
    return Path(path)


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """Free text (None when cancelled)."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


class ScratchFolder:
    """Temporary files for previews; removed when the owner closes."""

    def __init__(self) -> None:
        self._path: Path | None = None
        self._count = 0

    def file(self, name: str) -> Path:
        """A new path for ``name``, made safe (a stored attachment's name may not be; a preview still open
        keeps its own file)."""
        if self._path is None:
            self._path = Path(tempfile.mkdtemp(prefix="stic-preview-"))  # owner-only (0700)
            atexit.register(self.remove)  # previews hold personal data: gone at exit even if the owner never closed
        self._count += 1
        folder = self._path / str(self._count)
        folder.mkdir()
        return folder / filenames.safe_name(name)

    def remove(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None


def choose_person(parent: QWidget, title: str, label: str, choices: list[tuple[int, str]],
                  exclude: set[int] | None = None) -> int | None:
    """A searchable list of people in a small dialog; the id chosen, or None when cancelled."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(440)
    text = QLabel(label)
    text.setWordWrap(True)
    combo = PersonCombo([c for c in choices if c[0] not in (exclude or set())])
    combo.set_person(None)
    error = QLabel()
    error.setObjectName("fieldError")
    error.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("meetings", "Välj"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("meetings", "Avbryt"))

    def accept() -> None:
        if combo.person_id() is None:
            error.setText(QCoreApplication.translate("meetings", "Välj en person i listan."))
            error.show()
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(combo)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return combo.person_id() if dialog.exec() else None
