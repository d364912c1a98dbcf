"""Start-up paints the window before importing SQLAlchemy, the models, the services or any page module;
the database is opened and the overview read afterwards, in workers (stic_desktop/app.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from stic_desktop.ui import pages

BLOCK_MODULES = {"stic_desktop.ui.agreements.blocks", "stic_desktop.ui.commission.sales_blocks",
                 "stic_desktop.ui.procurement.blocks"}  # they register their blocks on the overview
SCRIPT = r"""
import hashlib, json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from stic_desktop import app
from stic_desktop.ui import main_window

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
app.create_application()
digest = hashlib.sha1(str(Path(sys.argv[1]).resolve()).encode()).hexdigest()[:16]
QSettings().setValue(f"users/{digest}", int(sys.argv[3]))  # the user chosen last time: no dialog

seen = {}
original = main_window.MainWindow.__init__

def init(self, context):
    original(self, context)
    # first_painted is emitted in the loop's next turn after the frame was drawn: before anything else runs
    self.first_painted.connect(lambda: seen.setdefault(
        "painted", sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "stic_desktop")))))

main_window.MainWindow.__init__ = init

def finish():
    windows = [w for w in app.QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow)]
    if windows and windows[0].context.db is not None and windows[0].page("overview").snapshot is not None:
        seen["user"] = windows[0].user_label.text()
        seen["current"] = windows[0].pages.currentWidget().page_id
        windows[0].close()
        app.QApplication.instance().quit()

timer = QTimer()
timer.timeout.connect(finish)
timer.start(20)
code = app.run_gui(Path(sys.argv[1]))
print(json.dumps({"code": code, **seen}))
"""


def test_the_window_is_painted_before_sqlalchemy_and_the_pages_are_imported(tmp_path: Path, demo_db):
    from stic_desktop.services.people import staff

    member = staff.list_staff(demo_db)[0]
    demo_db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # a fresh process: this one has imported everything
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_db.path), str(tmp_path / "settings"), str(member.id)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    painted = seen["painted"]
    assert not [m for m in painted if m.startswith("sqlalchemy")]
    assert not [m for m in painted if m.startswith(("stic_desktop.models", "stic_desktop.storage",
                                                    "stic_desktop.services"))]
    page_modules = {spec.load().__module__ for spec in pages.PAGES} | BLOCK_MODULES  # imported here, not there
    assert len(page_modules) == len(pages.PAGES) + 3 and not page_modules & set(painted)
    # … and afterwards the database was opened, the overview read and the user restored.
    assert seen["current"] == "overview" and member.name in seen["user"]


def test_a_refused_file_still_shows_the_question_after_the_window(tmp_path: Path, qapp, monkeypatch):
    from stic_desktop import app

    not_stic = tmp_path / "text.sqlite3"
    not_stic.write_text("hej")
    asked: list[str] = []
    monkeypatch.setattr(app, "_ask_for_another", lambda message: asked.append(message))  # the user closes
    try:
        assert app.run_gui(not_stic) == 1
    finally:
        qapp.setStyleSheet("")
    assert asked and "inte en STIC-databas" in asked[0]
    assert not_stic.read_text() == "hej"
