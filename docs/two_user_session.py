"""Two staff members in the team database at once, in two real program windows (issue 14), with screenshots.

``xvfb-run -a -s "-screen 0 1400x900x24" python docs/two_user_session.py OUT_FOLDER`` (from the checkout root):
starts a throwaway PostgreSQL server (tests/pg_server.py), ``server init``, moves the small demo in, adds the
logins ``chef`` (regionchef) and ``handl`` (handläggare), then starts the program twice (``app.run_gui`` with
the team address, each with its own data and settings folder) and drives each window from inside its process:
both open the same municipality in Kommuner and change its name; ``chef`` saves first; ``handl``'s list
refreshes through LISTEN/NOTIFY (screenshot), then ``handl`` saves and gets the conflict message
(screenshot), keeps editing (its text is still in the form: screenshot).

PNGs in OUT_FOLDER: 1-chef-form.png, 2-handl-form.png, 3-handl-list-refreshed.png, 4-handl-conflict.png,
5-handl-form-kept.png, 6-chef-list.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "hemligt-123"
USERS = {"chef": "regionchef", "handl": "handläggare"}


def _wait_for(path: Path, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path.name} did not appear")
        time.sleep(0.1)


def window(user: str, url: str, out: Path) -> None:
    """One program window as ``user``, driven by timers from inside the process."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from stic_desktop import app
    from stic_desktop.ui import main_window
    from stic_desktop.ui.municipalities.dialog import MunicipalityDialog

    original = main_window.MainWindow.__init__
    state: dict = {}

    def init(self, context):
        original(self, context)
        state["window"] = self
        context.database_changed.connect(lambda: QTimer.singleShot(1500, start))

    def later(ms, step):
        QTimer.singleShot(ms, step)

    def poll(path: Path, step):
        if path.exists():
            step()
        else:
            later(100, lambda: poll(path, step))

    def start():
        win = state["window"]
        win.move(0 if user == "chef" else 40, 0 if user == "chef" else 40)
        page = win.page("municipalities")
        win.navigation.setCurrentRow(win.pages.indexOf(page))
        page.table.selectRow(0)
        record = page.selected_records()[0]
        state["page"], state["name"] = page, record.name
        dialog = MunicipalityDialog(win.context, record, win)
        dialog.inputs["name"].setText(f"{record.name} ({'ändrat av chef' if user == 'chef' else 'ändrat av handl'})")
        dialog.show()
        state["dialog"] = dialog
        later(500, opened)

    def opened():
        state["dialog"].grab().save(str(out / f"{'1-chef' if user == 'chef' else '2-handl'}-form.png"))
        (out / f"ready-{user}").touch()
        if user == "chef":
            poll(out / "ready-handl", save_first)
        else:
            poll(out / "saved-chef", after_colleague)

    def save_first():
        state["dialog"].save()
        (out / "saved-chef").touch()
        later(1500, lambda: (state["window"].grab().save(str(out / "6-chef-list.png")), poll(out / "done-handl", quit)))

    def after_colleague():
        later(2500, show_refreshed)  # LISTEN/NOTIFY: the list reloads within a second or two

    def show_refreshed():
        state["dialog"].hide()
        state["window"].grab().save(str(out / "3-handl-list-refreshed.png"))
        first = state["page"].model.record(0)
        (out / "handl-list.txt").write_text(first.name, encoding="utf-8")
        state["dialog"].show()
        later(300, save_second)

    def save_second():
        later(800, grab_conflict)
        state["dialog"].save()  # the conflict message is modal: grab_conflict runs inside its loop
        later(500, grab_kept)

    def grab_conflict():
        box = QApplication.activeModalWidget()
        if box is None or box is state["dialog"]:
            later(200, grab_conflict)
            return
        box.grab().save(str(out / "4-handl-conflict.png"))
        (out / "conflict.txt").write_text(box.text(), encoding="utf-8")
        keep = [b for b in box.buttons() if b.text() == "Fortsätt redigera"]
        (keep[0] if keep else box.buttons()[-1]).click()  # the form keeps what was typed

    def grab_kept():
        state["dialog"].grab().save(str(out / "5-handl-form-kept.png"))
        (out / "handl-form.txt").write_text(state["dialog"].inputs["name"].text(), encoding="utf-8")
        (out / "done-handl").touch()
        quit()

    def quit():
        os._exit(0)  # screenshots taken; no offline copy needed

    main_window.MainWindow.__init__ = init
    app.run_gui(url)


def main(out: Path) -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_server import Server, find_bindir

    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.suffix in (".png", ".txt", "") and old.is_file():
            old.unlink()
    server = Server(find_bindir()).start()
    try:
        name = server.create(name="stic_team")
        admin = server.url(name)
        cli = [sys.executable, "-m", "stic_desktop"]
        env = dict(os.environ, STIC_DESKTOP_DATA_DIR=str(out / "admin-data"))
        demo = out / "admin-data" / "demo.sqlite3"
        demo.parent.mkdir(exist_ok=True)
        demo.unlink(missing_ok=True)
        for args, stdin in ((["seed-demo", "--db", str(demo)], None), (["server", "init", "--db", admin], None),
                            (["server", "move-in", str(demo), "--db", admin], None),
                            *((["server", "add-user", user, "--role", role, "--db", admin], PASSWORD + "\n")
                              for user, role in USERS.items())):
            subprocess.run(cli + args, check=True, cwd=ROOT, env=env, input=stdin, text=True, capture_output=True)
        processes = []
        for user in USERS:
            env = dict(os.environ, STIC_DESKTOP_DATA_DIR=str(out / f"{user}-data"), HOME=str(out / f"{user}-home"))
            processes.append(subprocess.Popen(
                [sys.executable, __file__, "--window", user, server.url(name, user, PASSWORD), str(out)],
                cwd=ROOT, env=env))
        codes = [p.wait(timeout=180) for p in processes]
        print("exit codes", codes)
        for text in ("handl-list.txt", "conflict.txt", "handl-form.txt"):
            path = out / text
            print(f"{text}: {path.read_text(encoding='utf-8') if path.exists() else '(missing)'}")
        return max(codes)
    finally:
        server.stop()


if __name__ == "__main__":
    if sys.argv[1] == "--window":
        sys.path.insert(0, str(ROOT))
        window(sys.argv[2], sys.argv[3], Path(sys.argv[4]))
    else:
        sys.exit(main(Path(sys.argv[1]).resolve()))
