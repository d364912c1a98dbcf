"""stic_desktop.cli: the parser, exit codes, error mapping and what start-up imports."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest
from clitools import CHECKOUT, assert_one_error_line, sha256

from stic_desktop.cli import run


def test_version(cli) -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout == "STIC Desktop 0.1.0\n"


def test_version_imports_nothing_heavy() -> None:
    code = (
        "import sys; from stic_desktop.cli import run; run(['--version']);"
        "print(sorted(m for m in ('PySide6', 'sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'pypdf') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=CHECKOUT, capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "frobnicates"],
        ["import", "frobnicates", "x.csv"],
        ["export", "people", "-o", "x.pdf"],
        ["export"],
        ["export", "municipalities"],  # -o is required
        ["seed-demo", "--size", "enorm"],
        ["frobnicate"],
        ["--no-such-option"],
    ],
)
def test_bad_usage_exits_2(cli, argv: list[str], tmp_path: Path) -> None:
    result = cli("--db", tmp_path / "x.sqlite3", *argv)
    assert result.returncode == 2
    assert "användning:" in result.stderr and "usage:" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_db_may_come_before_the_command(cli, demo_file: Path) -> None:
    assert cli("--db", demo_file, "list", "municipalities").returncode == 0


@pytest.mark.parametrize(
    "argv",
    [["list", "municipalities"], ["export", "municipalities", "-o", "OUT.xlsx"], ["check"], ["backup", "-o", "OUT.bak"]],
)
def test_reading_commands_refuse_a_missing_database_without_creating_it(cli, argv: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    argv = [str(tmp_path / a) if a.startswith("OUT") else a for a in argv]
    assert_one_error_line(cli(*argv, "--db", missing), "finns inte")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_default_database_is_in_the_user_data_folder(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    assert_one_error_line(cli("list", "municipalities"), "finns inte")
    assert cli("seed-demo").returncode == 0
    assert (tmp_path / "data" / "stic.sqlite3").is_file()
    assert cli("check").returncode == 0


@pytest.mark.parametrize("argv", [["list", "municipalities"], ["check"], ["seed-demo"], ["backup", "-o", "copy.sqlite3"]])
def test_db_pointing_to_a_folder_is_refused(cli, argv: list[str], tmp_path: Path) -> None:
    assert_one_error_line(cli(*argv, "--db", tmp_path), "mapp")


@pytest.mark.sqlite_only  # a read-only file
@pytest.mark.parametrize("argv", [["seed-demo"], ["import", "municipalities", "IN.csv"]])
def test_read_only_file_is_refused_and_unchanged(cli, argv: list[str], demo_file: Path, tmp_path: Path) -> None:
    (tmp_path / "IN.csv").write_text("kommunkod;namn\n9901;Ny\n", encoding="utf-8")
    argv = [str(tmp_path / a) if a == "IN.csv" else a for a in argv]
    before = sha256(demo_file)
    demo_file.chmod(0o444)
    try:
        assert_one_error_line(cli(*argv, "--db", demo_file), "skrivskyddad")
        assert cli("check", "--db", demo_file).returncode == 0  # checking only reads, so it may
        assert cli("list", "municipalities", "--db", demo_file).returncode == 0  # and so may listing
    finally:
        demo_file.chmod(0o644)
    assert sha256(demo_file) == before


def test_no_command_opens_the_window(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []
    fake_app = types.ModuleType("stic_desktop.app")
    fake_app.run_gui = lambda db_path, demo: calls.append((db_path, demo)) or 0
    monkeypatch.setitem(sys.modules, "stic_desktop.app", fake_app)
    assert run([]) == 0
    assert run(["--db", str(tmp_path / "a.sqlite3"), "--demo"]) == 0
    assert calls == [(None, False), (tmp_path / "a.sqlite3", True)]


def test_user_error_in_process_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(["check", "--db", str(tmp_path / "none.sqlite3")]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and captured.err.startswith("Fel: ")
