"""The command line runs in a subprocess from the checkout, on real SQLite files in tmp_path."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from clitools import run_cli


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    result = run_cli("seed-demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_file(_seeded_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of a database that ``seed-demo`` made (small size: 26 municipalities)."""
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(_seeded_template, target)
    return target


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_cli
