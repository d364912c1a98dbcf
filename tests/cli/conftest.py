"""The command line runs in a subprocess from the checkout, on real SQLite files in tmp_path."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from clitools import run_cli


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    result = run_cli("seed-demo", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="session")
def _seeded_pg_template(pg_server) -> str:
    name = pg_server.create(name="stic_demo_template")
    result = run_cli("seed-demo", "--db", pg_server.url(name))
    assert result.returncode == 0, result.stderr
    return name


@pytest.fixture
def demo_file(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """A fresh copy of a database that ``seed-demo`` made (small size: 26 municipalities): a file, or on the
    [postgresql] variant a team database (its postgresql:// address)."""
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = server.create(template=request.getfixturevalue("_seeded_pg_template"))
        yield server.url(name)
        server.drop(name)
        return
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("_seeded_template"), target)
    yield target


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_cli
