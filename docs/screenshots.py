"""Takes the README's screenshots from a real window: ``xvfb-run -a python docs/screenshots.py``.

Uses a throw-away database with the small demo data and a throw-away settings folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout


def main(out: Path = HERE) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="stic-shots-"))
    os.environ["STIC_DESKTOP_DATA_DIR"] = str(scratch)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from stic_desktop.app import create_application
    from stic_desktop.demo import seed as demo
    from stic_desktop.services.municipalities import municipalities
    from stic_desktop.services.people import staff
    from stic_desktop.services.workspace import database
    from stic_desktop.ui.context import AppContext
    from stic_desktop.ui.main_window import MainWindow
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog

    app = create_application()
    db = database.open_database(scratch / "demo.sqlite3")
    demo.seed_demo(db, "small")
    staff.set_current_user(db, staff.list_staff(db)[0].id)
    window = MainWindow(AppContext(db))
    window.resize(1200, 740)
    window._update_user_label()
    window.show()
    window.page("municipalities").select_record(municipalities.list_municipalities(db)[16].id)

    def shoot() -> None:
        window.grab().save(str(out / "main-window.png"))
        record = municipalities.list_municipalities(db)[16]
        dialog = MunicipalityDialog(window.context, record, window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "municipality-dialog.png"))
        dialog.inputs["municipality_code"].setText("12a4")
        dialog.inputs["org_number"].setText("212000-0143")
        dialog.inputs["left_on"].setText("2001-01-01")
        dialog.inputs["joined_on"].setText("2012-01-01")
        dialog.save()
        app.processEvents()
        dialog.adjustSize()
        app.processEvents()
        dialog.grab().save(str(out / "municipality-dialog-errors.png"))
        dialog.reject()
        window.close()
        app.quit()

    QTimer.singleShot(400, shoot)
    app.exec()
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
