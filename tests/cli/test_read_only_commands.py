"""Read-only commands never create or change a file, and a database that cannot be used is described as
what it is (locked, no permission, where), never as damaged.

Permission cases run the command as an unprivileged user (uid 65534) when the tests run as root, since
root ignores permission bits; the files are compared byte for byte and the folder listed before/after.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from clitools import CHECKOUT, assert_one_error_line, run_cli, sha256

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits"),
              pytest.mark.sqlite_only]  # the database file itself: its permissions, helper files and locks
# Root ignores permission bits; without these capabilities it obeys them like any user.
WITHOUT_OVERRIDE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Path]:
    """A work folder; its sub-folders are made writable again afterwards so pytest can remove them."""
    yield tmp_path
    for path in [tmp_path, *tmp_path.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)


def as_user(shared: Path, *args: object) -> subprocess.CompletedProcess[str]:
    """The command line, obeying permission bits even when the tests run as root."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permission bits are not enforced")
        prefix = WITHOUT_OVERRIDE
    return subprocess.run(
        [*prefix, sys.executable, "-m", "stic_desktop", *map(str, args)], cwd=CHECKOUT, capture_output=True,
        text=True, encoding="utf-8", timeout=300, check=False,
    )


def copy_demo(demo_file: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    target = folder / "stic.sqlite3"
    shutil.copyfile(demo_file, target)
    return target


def test_check_on_a_read_only_file_leaves_nothing_and_later_writes_work(demo_file: Path, shared: Path) -> None:
    db = copy_demo(demo_file, shared / "db")
    db.chmod(0o444)
    before = snapshot(db.parent)
    result = as_user(shared, "check", "--db", db)
    assert result.returncode == 0, result.stderr
    assert snapshot(db.parent) == before  # no read-only -shm or -wal left behind
    listed = as_user(shared, "list", "municipalities", "--db", db, "--json")
    assert listed.returncode == 0 and '"Stockholm"' in listed.stdout, listed.stderr
    assert snapshot(db.parent) == before
    db.chmod(0o644)
    (shared / "IN.csv").write_text("kommunkod;namn\n9901;Nyköping-test\n", encoding="utf-8")
    imported = as_user(shared, "import", "municipalities", shared / "IN.csv", "--db", db)
    assert imported.returncode == 0, imported.stderr  # the write works once the file is writable again


def test_read_only_commands_work_in_a_read_only_folder_and_leave_it_unchanged(demo_file: Path, shared: Path) -> None:
    db = copy_demo(demo_file, shared / "db")
    out = shared / "out"
    out.mkdir()
    db.parent.chmod(0o555)
    before = snapshot(db.parent)
    for argv in (["check"], ["list", "people"], ["export", "municipalities", "-o", out / "m.xlsx"],
                 ["backup", "-o", out / "copy.sqlite3"]):
        result = as_user(shared, *argv, "--db", db)
        assert result.returncode == 0, (argv, result.stderr)
        assert snapshot(db.parent) == before, argv
    assert (out / "m.xlsx").stat().st_size > 0 and (out / "copy.sqlite3").stat().st_size > 0


def test_a_write_in_a_read_only_folder_names_the_folder_not_damage(demo_file: Path, shared: Path) -> None:
    db = copy_demo(demo_file, shared / "db")
    (shared / "IN.csv").write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    db.parent.chmod(0o555)
    before = snapshot(db.parent)
    result = as_user(shared, "import", "municipalities", shared / "IN.csv", "--db", db)
    assert_one_error_line(result, "skrivskyddad", str(db.parent))
    assert "skadad" not in result.stderr and "säkerhetskopia" not in result.stderr
    assert snapshot(db.parent) == before


def test_a_read_only_shm_left_behind_is_named_not_called_damage(demo_file: Path, shared: Path) -> None:
    db = copy_demo(demo_file, shared / "db")
    shm = db.with_name(db.name + "-shm")
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o444)
    (shared / "IN.csv").write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    before = snapshot(db.parent)
    result = as_user(shared, "import", "municipalities", shared / "IN.csv", "--db", db)
    assert_one_error_line(result, "hjälpfilen", str(shm), "skrivskyddad", "inte skadad")
    assert snapshot(db.parent) == before


def test_a_locked_database_is_reported_as_locked(demo_file: Path, tmp_path: Path) -> None:
    before = sha256(demo_file)
    other = sqlite3.connect(demo_file, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE municipalities SET name = name")
        result = run_cli("list", "municipalities", "--db", demo_file)
        assert_one_error_line(result, "låst av ett annat program", "inte skadad")
        assert "Återställ" not in result.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sha256(demo_file) == before


def test_a_write_while_another_connection_holds_begin_immediate(demo_file: Path, tmp_path: Path) -> None:
    (tmp_path / "IN.csv").write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    other = sqlite3.connect(demo_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        listed = run_cli("list", "municipalities", "--db", demo_file, "--json")
        assert listed.returncode == 0, listed.stderr  # readers are not blocked by a writer (WAL)
        result = run_cli("import", "municipalities", tmp_path / "IN.csv", "--db", demo_file)
        assert_one_error_line(result, "används just nu av ett annat program", "Inget ändrades")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "9901" not in run_cli("list", "municipalities", "--db", demo_file).stdout


@pytest.mark.parametrize("argv", [["list", "municipalities"], ["export", "municipalities", "-o", "OUT.xlsx"],
                                  ["check"], ["backup", "-o", "OUT.sqlite3"]])
def test_a_zero_byte_file_is_never_turned_into_a_database(argv: list[str], tmp_path: Path) -> None:
    empty = tmp_path / "folder" / "empty.sqlite3"
    empty.parent.mkdir()
    empty.touch()
    argv = [str(tmp_path / a) if a.startswith("OUT.") else a for a in argv]
    result = run_cli(*argv, "--db", empty)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in empty.parent.iterdir()) == ["empty.sqlite3"]
    assert not any(tmp_path.glob("OUT.*"))


def test_a_database_with_its_revision_row_deleted_is_refused_unchanged(demo_file: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_file) as conn:
        conn.execute("DELETE FROM alembic_version")
    (tmp_path / "IN.csv").write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    before = sha256(demo_file)
    for argv in (["list", "municipalities"], ["import", "municipalities", tmp_path / "IN.csv"], ["check"]):
        assert_one_error_line(run_cli(*argv, "--db", demo_file), "schemaversionen saknas")
        assert sha256(demo_file) == before


def test_a_database_with_a_dropped_table_is_refused_with_its_name(demo_file: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_file) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE suppliers")
    before = sha256(demo_file)
    for argv in (["list", "suppliers"], ["list", "municipalities"], ["export", "municipalities", "-o", tmp_path / "m.pdf"]):
        assert_one_error_line(run_cli(*argv, "--db", demo_file), "tabellen suppliers saknas")
    checked = run_cli("check", "--db", demo_file)
    assert checked.returncode == 1 and "Tabeller som saknas: suppliers" in checked.stdout
    assert "Traceback" not in checked.stderr
    assert sha256(demo_file) == before


def test_an_older_database_is_not_migrated_by_a_read_only_command(tmp_path: Path) -> None:
    from stic_desktop.storage import database as dbmod

    old = tmp_path / "old.sqlite3"
    dbmod._create(old)
    dbmod.migrate(old, "0005")
    for helper in tmp_path.glob("old.sqlite3-*"):
        helper.unlink()
    before = sha256(old)
    assert_one_error_line(run_cli("list", "municipalities", "--db", old), "äldre schemaversion", "orörd")
    assert sha256(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite3"]
