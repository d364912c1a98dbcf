"""stic_desktop.cli.maintenance: check and backup, and refused files left byte-for-byte unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from clitools import assert_one_error_line, listed, row_counts, sha256

# The database file itself (its bytes, header, helper files, permissions, locks, restore): SQLite only.
pytestmark = pytest.mark.sqlite_only


def test_check_a_good_database(cli, demo_file: Path) -> None:
    result = cli("check", "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert "integrity_check: ok" in result.stdout and "foreign_key_check: ok" in result.stdout
    assert "Databasen är i ordning." in result.stdout


def _not_stic_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('kanelbulle')")
    conn.close()


def _text_file(path: Path) -> None:
    path.write_text("Det här är ingen databas.\n", encoding="utf-8")


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # keep the header page, scramble the rest
        data[page * page_size : page * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


SPOILERS = {"not-stic": _not_stic_sqlite, "text": _text_file, "newer": _newer_schema, "corrupt": _corrupt}
REASONS = {"not-stic": "inte en STIC-databas", "text": "inte en STIC-databas", "newer": "nyare version", "corrupt": "skadad"}


@pytest.mark.parametrize("kind", SPOILERS)
@pytest.mark.parametrize(
    "argv",
    [["check"], ["list", "municipalities"], ["export", "municipalities", "-o", "OUT.xlsx"],
     ["import", "municipalities", "IN.csv"], ["seed-demo"], ["backup", "-o", "OUT.bak"]],
    ids=lambda argv: argv[0],
)
def test_refused_file_is_left_unchanged(cli, demo_file: Path, tmp_path: Path, kind: str, argv: list[str]) -> None:
    if kind in ("not-stic", "text"):
        demo_file.unlink()
    SPOILERS[kind](demo_file)
    (tmp_path / "IN.csv").write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    checksum = sha256(demo_file)
    argv = [str(tmp_path / a) if a.startswith(("OUT", "IN.")) else a for a in argv]
    assert_one_error_line(cli(*argv, "--db", demo_file), REASONS[kind])
    assert sha256(demo_file) == checksum
    assert not (tmp_path / "OUT.xlsx").exists() and not (tmp_path / "OUT.bak").exists()


def test_backup_makes_a_file_check_passes(cli, demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopia.sqlite3"
    result = cli("backup", "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    assert cli("check", "--db", target).returncode == 0
    assert row_counts(target) == row_counts(demo_file)
    assert listed(target) == listed(demo_file)


def test_backup_never_overwrites(cli, demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopia.sqlite3"
    target.write_text("viktig fil", encoding="utf-8")
    assert_one_error_line(cli("backup", "--db", demo_file, "-o", target), "finns redan")
    assert target.read_text(encoding="utf-8") == "viktig fil"

