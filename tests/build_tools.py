"""What the wheel and bundle tests share: a litter-free copy of the checkout to build from, and running a program
that must succeed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
LITTER = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist", "*.sqlite3*", "*.bak-*")


def copy_sources(names: tuple[str, ...], tree: Path) -> Path:
    """The checkout's files and folders ``names`` copied into ``tree`` without build litter (so building there
    leaves the checkout clean); returns ``tree``."""
    for name in names:
        source = CHECKOUT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=LITTER)
        else:
            shutil.copy2(source, tree / name)
    return tree


def checked(*args: object, cwd: Path, env: dict[str, str] | None = None,
            timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """Run the program; fail the test with its output unless it exits 0."""
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                            timeout=timeout)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result
