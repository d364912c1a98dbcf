"""Helpers for the command-line tests: run ``python -m stic_desktop`` from the checkout, read results."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]


def run_cli(*args: object, cwd: Path = CHECKOUT) -> subprocess.CompletedProcess[str]:
    """``python -m stic_desktop ARGS`` with the checkout's package; stdout/stderr as text."""
    return subprocess.run(
        [sys.executable, "-m", "stic_desktop", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )


@contextmanager
def database_file(path: Path) -> Iterator:
    """The database file at ``path`` (made if missing) open for filling before a command runs on it; closed after."""
    from stic_desktop.services.workspace.database import open_database

    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


def sha256(path: Path | str) -> str:
    """The file's digest; for a team database (postgresql://...) a digest of every table's rows, so "left
    unchanged" means the same on both backends."""
    if isinstance(path, str):
        from backend_tools import plain, table_names

        digest = hashlib.sha256()
        with plain(path) as conn:
            for table in table_names(path):
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
                digest.update(f"{table}:{sorted(map(repr, rows))}".encode())
        return digest.hexdigest()
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def listed(db: Path) -> list[dict]:
    result = run_cli("list", "municipalities", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def row_counts(db: Path | str) -> dict[str, int]:
    if isinstance(db, str):  # a team database: postgresql://...
        from backend_tools import row_counts as counts

        return counts(db)
    with sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def assert_one_error_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit 1, exactly one 'Fel: ...' line on stderr naming the problem, and no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fel: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
