"""The README's Python example runs as written, on a demo database, and prints the county's municipalities;
the newcomer's steps (virtualenv, system libraries, the export that makes kommuner.xlsx) are in it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_python_example_runs(demo_db, tmp_path):
    (example,) = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
    demo_db.close()
    shutil.copyfile(demo_db.path, tmp_path / "demo.sqlite3")
    result = subprocess.run([sys.executable, "-c", example], cwd=tmp_path, capture_output=True, text=True,
                            encoding="utf-8", timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 26 and "0180 Stockholm member" in lines


def test_a_newcomer_is_told_what_to_install_first():
    assert "python3 -m venv .venv" in README and "externally-managed-environment" in README
    assert "libxcb-cursor0" in README
    export = README.index("export municipalities --db demo.sqlite3 -o kommuner.xlsx")
    assert export < README.index("import municipalities kommuner.xlsx")  # the file the import example reads
    assert "/work/" not in README and "DESIGN.md" not in README
