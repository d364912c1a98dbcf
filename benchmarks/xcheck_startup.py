"""An independent check of the start-up ratio: a plain X server (Xvfb) and ``xwininfo`` polling for the window.

``python -m benchmarks.xcheck_startup [--db PATH] [--runs 5]`` starts the program as a user does
(``python -m stic_desktop --db COPY``) and, alternating, a bare PySide6 window; for each it measures the
time from launch until the X server reports the window viewable, then ends the process. Prints both
medians and their ratio, to compare with ``python -m benchmarks`` (benchmarks/startup.py), which times the
first frame drawn inside the process. Needs Xvfb and xwininfo (x11-utils).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("Bare PySide6")
window.resize(1180, 740)
window.show()
app.exec()
"""


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    """A new Xvfb on the first free display number from 90; waits until it answers."""
    number = next(n for n in range(90, 400) if not Path(f"/tmp/.X{n}-lock").exists())
    display = f":{number}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.perf_counter() + 30
    while subprocess.run(["xwininfo", "-display", display, "-root"], capture_output=True).returncode != 0:
        if time.perf_counter() > deadline or server.poll() is not None:
            raise RuntimeError(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    return server, display


def _viewable(display: str, title: str) -> bool:
    result = subprocess.run(["xwininfo", "-display", display, "-name", title], capture_output=True, text=True)
    return result.returncode == 0 and "IsViewable" in result.stdout


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (Linux), 0 where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _time_to_window(command: list[str], title: str, env: dict[str, str], timeout_s: float = 60) -> tuple[float, float]:
    """Seconds from launch until the window is viewable, and the CPU seconds the process had used by then
    (less dependent on how busy the machine is; it includes what ran between the paint and the poll)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        while time.perf_counter() - started < timeout_s:
            if _viewable(env["DISPLAY"], title):
                return time.perf_counter() - started, _cpu_seconds(process.pid)
            if process.poll() is not None:
                raise RuntimeError(f"{command[:3]} ended before its window was shown: {process.stderr.read()[-2000:]}")
        raise TimeoutError(f"no window {title!r} within {timeout_s} s")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # no exit backup: only the start is measured
        process.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.xcheck_startup", description=__doc__)
    parser.add_argument("--db", type=Path, help="a STIC database to open (a copy is used; default: a new small demo)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="stic-xcheck-") as folder:
        folder_path = Path(folder)
        db = folder_path / "stic.sqlite3"
        env = dict(os.environ, STIC_DESKTOP_DATA_DIR=str(folder_path / "data"), XDG_CONFIG_HOME=str(folder_path / "config"),
                   PYTHONPYCACHEPREFIX=str(folder_path / "pycache"), PYTHONPATH=str(root))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled modules are kept, as an installed program has them
        env.pop("QT_QPA_PLATFORM", None)
        if args.db is not None:
            shutil.copy(args.db, db)
        else:
            subprocess.run([sys.executable, "-m", "stic_desktop", "--db", str(db), "seed-demo"], env=env, check=True,
                           capture_output=True)
        server, display = _start_xvfb()
        env["DISPLAY"] = display
        ours_command = [sys.executable, "-m", "stic_desktop", "--db", str(db)]
        bare_command = [sys.executable, "-c", BARE]
        try:
            _time_to_window(bare_command, "Bare PySide6", env)  # compiles and caches, not counted
            _time_to_window(ours_command, "STIC Desktop", env)
            bare, ours, bare_cpu, ours_cpu = [], [], [], []
            for _ in range(args.runs):
                for times, cpus, command, title in ((bare, bare_cpu, bare_command, "Bare PySide6"),
                                                    (ours, ours_cpu, ours_command, "STIC Desktop")):
                    seconds, cpu = _time_to_window(command, title, env)
                    times.append(seconds)
                    cpus.append(cpu)
        finally:
            server.terminate()
            server.wait(timeout=30)
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    print(f"Xvfb + xwininfo, {args.runs} omgångar växelvis (median)")
    print(f"Tomt PySide6-fönster synligt:   {bare_s:.3f} s  {[round(v, 3) for v in bare]}")
    print(f"STIC Desktop-fönstret synligt:  {ours_s:.3f} s  {[round(v, 3) for v in ours]}")
    print(f"Kvot:                           {ours_s / bare_s:.2f} ×  (mål ≤ 1.5 ×)")
    bare_cpu_s, ours_cpu_s = statistics.median(bare_cpu), statistics.median(ours_cpu)
    print(f"Processorns tid till fönstret:  {bare_cpu_s:.3f} s / {ours_cpu_s:.3f} s, kvot {ours_cpu_s / bare_cpu_s:.2f} ×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
