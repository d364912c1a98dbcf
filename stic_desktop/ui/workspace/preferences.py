"""Per-user preferences kept in QSettings that start-up needs before any window exists (the data folder).

Light on purpose: ``app.py`` imports it before the main window, and the settings dialog edits it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from stic_desktop.errors import UserError

DATA_FOLDER_KEY = "paths/data_folder"
DATA_DIR_VARIABLE = "STIC_DESKTOP_DATA_DIR"  # read by stic_desktop.paths.user_data_dir


def configured_data_folder() -> Path | None:
    value = QSettings().value(DATA_FOLDER_KEY)
    return Path(value) if value else None


def apply_data_folder() -> None:
    """At start-up the chosen data folder becomes the program's; an explicit environment setting wins."""
    folder = configured_data_folder()
    if folder is not None and DATA_DIR_VARIABLE not in os.environ:
        os.environ[DATA_DIR_VARIABLE] = str(folder)


def check_data_folder(folder: Path) -> Path:
    """The folder exists (or can be made) and the program may write in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".stic-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        message = QCoreApplication.translate(
            "preferences", "Mappen %1 kan inte användas som datamapp: %2. Inställningen ändrades inte.")
        raise UserError(message.replace("%1", str(folder)).replace("%2", str(exc.strerror or exc))) from None
    return folder


def save_data_folder(folder: Path) -> Path:
    QSettings().setValue(DATA_FOLDER_KEY, str(check_data_folder(folder)))
    return folder
