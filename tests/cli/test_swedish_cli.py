"""The command line speaks Swedish throughout: argparse's own words, a hint for a mistyped kind, Swedish names
as aliases; an existing output file is kept unless --force; seed-demo says what it added; without a display
the window's command says so in Swedish instead of Qt aborting."""

from __future__ import annotations

import os
import subprocess
import sys

from clitools import CHECKOUT, assert_one_error_line, run_cli, sha256

from stic_desktop.cli import no_display_reason


def test_help_usage_and_errors_are_swedish():
    result = run_cli("-h")
    assert result.returncode == 0
    assert result.stdout.startswith("användning: stic-desktop")
    assert "visa den här hjälpen och avsluta" in result.stdout and "visa programmets version" in result.stdout
    assert "usage:" not in result.stdout and "show this help" not in result.stdout
    assert "list (lista)" in result.stdout and "export (exportera)" in result.stdout
    missing = run_cli("export", "municipalities")
    assert missing.returncode == 2
    assert "fel: de här argumenten krävs: -o/--output" in missing.stderr and "error" not in missing.stderr
    unknown = run_cli("--nope")
    assert unknown.returncode == 2 and "fel: okända argument: --nope" in unknown.stderr


def test_a_mistyped_kind_gets_a_hint_and_swedish_names_work(demo_file, tmp_path):
    typo = run_cli("export", "kommunr", "-o", tmp_path / "x.xlsx", "--db", demo_file)
    assert typo.returncode == 2
    assert "ogiltigt val: 'kommunr'" in typo.stderr and "Menade du municipalities?" in typo.stderr
    english = run_cli("list", "municipalities", "--db", demo_file, "--json")
    swedish = run_cli("lista", "kommuner", "--db", demo_file, "--json")
    assert swedish.returncode == 0 and swedish.stdout == english.stdout and english.stdout.count('"name"') == 26
    exported = run_cli("exportera", "kommuner", "-o", tmp_path / "kommuner.xlsx", "--db", demo_file)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "kommuner.xlsx").stat().st_size > 0


def test_an_existing_file_is_overwritten_only_with_force(demo_file, tmp_path):
    target = tmp_path / "kommuner.xlsx"
    target.write_bytes(b"mitt eget ark")
    before = sha256(target)
    refused = run_cli("export", "municipalities", "-o", target, "--db", demo_file)
    assert_one_error_line(refused, f"Filen {target} finns redan", "--force")
    assert sha256(target) == before
    forced = run_cli("export", "municipalities", "-o", target, "--db", demo_file, "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes().startswith(b"PK")  # an .xlsx now


def test_seed_demo_says_what_it_added(tmp_path):
    result = run_cli("seed-demo", "--db", tmp_path / "demo.sqlite3")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("Demodata: 26 kommuner, 3 STIC-medarbetare, ")
    for word in ("personer", "grupper", "möten", "förslag", "upphandlingar", "leverantörer", "avtal",
                 "försäljningsrader"):
        assert f" {word}" in line
    assert " 0 möten" not in line and " 0 avtal" not in line


def test_without_a_display_the_window_command_says_so_in_swedish():
    assert no_display_reason({}, "linux").startswith("Ingen skärm hittades")
    assert no_display_reason({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_reason({}, "win32") is None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "stic_desktop"], cwd=CHECKOUT, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "Ingen skärm hittades" in result.stderr and "stic-desktop --help" in result.stderr
        assert "qt.qpa" not in result.stderr
