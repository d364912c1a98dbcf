"""The wheel carries resources/ and db/ as package data, and the installed program works on its own.

Builds the wheel from a copy of the tree (so the checkout gets no build/ or *.egg-info litter),
offline (--no-build-isolation uses the setuptools of the test extra), installs it into a fresh
venv and runs the installed program from outside the checkout.
"""

from __future__ import annotations

import json
import os
import site
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from build_tools import CHECKOUT, checked, copy_sources

pytestmark = pytest.mark.slow

SOURCES = ("pyproject.toml", "README.md", "stic_desktop", "resources", "db")
BUILD_ONLY = (".ts", ".ico")  # the translators' source and the Windows executable's icon (build.spec)
REQUIRED = (
    "stic_desktop/_resources/fonts/DejaVuSans.ttf",
    "stic_desktop/_resources/fonts/DejaVuSans-Oblique.ttf",
    "stic_desktop/_resources/fonts/DejaVu-LICENSE.txt",
    "stic_desktop/_resources/color/sRGB.icc",  # the PDF/A output intent
    "stic_desktop/_resources/color/sRGB-LICENSE.txt",
    "stic_desktop/_migrations/env.py",
    "stic_desktop/_migrations/versions/0001_initial.py",
    "stic_desktop/_migrations/seed/stockholm_county_municipalities.csv",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = copy_sources(SOURCES, tmp_path_factory.mktemp("tree"))
    before = sorted(p.name for p in CHECKOUT.iterdir())
    wheelhouse = tmp_path_factory.mktemp("wheelhouse")
    checked(sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation", "--no-index", "-w", wheelhouse, cwd=tree)
    assert sorted(p.name for p in CHECKOUT.iterdir()) == before
    (built,) = wheelhouse.glob("stic_desktop-*.whl")
    return built


def test_wheel_contains_resources_migrations_and_every_module(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in REQUIRED if name not in names]
    expected = {f"stic_desktop/{p.relative_to(CHECKOUT / 'stic_desktop').as_posix()}" for p in (CHECKOUT / "stic_desktop").rglob("*.py")}
    for folder, packaged in (("resources", "_resources"), ("db", "_migrations")):
        expected |= {
            f"stic_desktop/{packaged}/{p.relative_to(CHECKOUT / folder).as_posix()}"
            for p in (CHECKOUT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in BUILD_ONLY
        }
    missing += sorted(expected - names)  # a new subpackage must be listed in pyproject.toml
    assert not missing, f"missing from the wheel: {missing}"
    assert "stic_desktop/_resources/translations/stic_en.qm" in names
    shipped_sources = sorted(n for n in names if n.endswith(BUILD_ONLY))
    assert not shipped_sources, f"only used when building or translating, not at run time: {shipped_sources}"


def _see_dependencies_of_this_interpreter(python: Path, env: dict[str, str], cwd: Path) -> None:
    """Lists the site-packages of the interpreter running the tests in a .pth file of the new venv: its
    dependencies (and pip) are importable there offline, whether the tests run in a virtualenv (where
    ``--system-site-packages`` would see the base interpreter's folders, not this one's) or not. A .pth entry
    comes after the venv's own site-packages, so the installed wheel wins over any copy in these folders,
    and .pth files inside them (an editable install's finder) are not run."""
    paths = sysconfig.get_paths()
    folders = [*site.getsitepackages(), paths["purelib"], paths["platlib"]]
    if site.ENABLE_USER_SITE:
        folders.append(site.getusersitepackages())
    folders = [f for f in dict.fromkeys(os.path.abspath(f) for f in folders) if os.path.isdir(f)]
    own = checked(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=cwd, env=env).stdout.strip()
    (Path(own) / "_tests_see_dependencies.pth").write_text("".join(f"{f}\n" for f in folders), encoding="utf-8")


def test_installed_wheel_creates_checks_and_prints_with_its_own_files(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    checked(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PIP_ROOT_USER_ACTION"] = "ignore"
    _see_dependencies_of_this_interpreter(python, env, tmp_path)
    # This interpreter's pip (seen through the .pth file) installs into the venv; --ignore-installed so a copy
    # installed where the tests run (by the README's `pip install .`, or `pip install -e .`) does not count.
    checked(python, "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed", "-q", wheel, cwd=tmp_path, env=env)

    where = checked(python, "-c", "import stic_desktop, stic_desktop.paths as p; print(stic_desktop.__file__); print(p.resources_dir())",
                 cwd=tmp_path, env=env).stdout.splitlines()
    assert all(Path(line).resolve().is_relative_to(venv.resolve()) for line in where), where

    db = tmp_path / "installerad.sqlite3"
    checked(python, "-m", "stic_desktop", "seed-demo", "--db", db, cwd=tmp_path, env=env)
    assert "Databasen är i ordning." in checked(python, "-m", "stic_desktop", "check", "--db", db, cwd=tmp_path, env=env).stdout
    listed = json.loads(checked(python, "-m", "stic_desktop", "list", "municipalities", "--db", db, "--json", cwd=tmp_path, env=env).stdout)
    assert len(listed) == 26
    pdf = tmp_path / "medlemmar.pdf"
    checked(python, "-m", "stic_desktop", "export", "municipalities", "--db", db, "-o", pdf, cwd=tmp_path, env=env)
    assert pdf.read_bytes().startswith(b"%PDF") and b"DejaVu" in pdf.read_bytes()

    script = bin_dir / ("stic-desktop.exe" if os.name == "nt" else "stic-desktop")
    assert checked(script, "--version", cwd=tmp_path, env=env).stdout == "STIC Desktop 0.1.0\n"
