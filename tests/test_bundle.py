"""The PyInstaller bundle (build.spec) runs headless with everything the program loads lazily.

Builds the one-folder bundle from a copy of the tree (so the checkout gets no build/ or dist/),
then runs the bundled command-line program from outside the checkout: --version, selftest (imports
the lazy modules, finds fonts and migrations, writes each document kind), seed-demo, check and a PDF.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from build_tools import checked, copy_sources

from stic_desktop import __version__

pytestmark = pytest.mark.slow

SOURCES = ("build.spec", "stic_desktop", "resources", "db")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = copy_sources(SOURCES, tmp_path_factory.mktemp("tree"))
    out = tmp_path_factory.mktemp("bundle")
    checked(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", out / "dist",
         "--workpath", out / "work", "build.spec", cwd=tree, timeout=1800)
    folder = out / "dist" / "stic-desktop"
    assert (folder / "_internal" / "stic_desktop" / "_migrations" / "seed" / "procurement_thresholds.csv").is_file()
    return folder


@pytest.fixture
def bundled(bundle: Path, tmp_path: Path):
    program = bundle / ("stic-desktop.exe" if os.name == "nt" else "stic-desktop")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", STIC_DESKTOP_DATA_DIR=str(tmp_path / "data"))

    def run(*args: object) -> subprocess.CompletedProcess[str]:
        return checked(program, *args, cwd=tmp_path, env=env, timeout=300)

    return run


def test_bundle_has_a_window_program_and_a_command_line_program(bundle: Path) -> None:
    names = {p.name for p in bundle.iterdir()}
    suffix = ".exe" if os.name == "nt" else ""
    assert {f"STIC Desktop{suffix}", f"stic-desktop{suffix}"} <= names


def test_bundled_version_and_selftest(bundled) -> None:
    assert bundled("--version").stdout.strip() == f"STIC Desktop {__version__}"
    report = bundled("selftest").stdout
    assert "Självtestet lyckades." in report
    assert "FEL" not in report
    assert "motespaket.pdf" in report and "DejaVuSans.ttf" in report and "stic_en.qm" in report
    assert "anbudsoppningsprotokoll.pdf" in report and "ramavtal.pdf" in report and "provisionsrapport.xlsx" in report


def test_bundled_program_seeds_checks_and_prints(bundled, tmp_path: Path) -> None:
    db = tmp_path / "paketerad.sqlite3"
    bundled("seed-demo", "--db", db)
    assert "Databasen är i ordning." in bundled("check", "--db", db).stdout
    pdf = tmp_path / "medlemmar.pdf"
    bundled("export", "municipalities", "--db", db, "-o", pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVu" in data
