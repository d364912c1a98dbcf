"""``selftest``: proves that an installed or bundled program has every part it loads only when used.

A PyInstaller bundle misses what its analysis cannot see (modules imported inside functions, fonts,
migrations, translations); a user would only find out on the day they first print. This command
imports those modules, finds the shipped files and writes each kind of document once into a
temporary folder, then prints one line per check. Exit 0 when all passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Imported by the program only inside functions, so a bundler's analysis may miss them.
LAZY_MODULES = (
    "reportlab.platypus", "reportlab.pdfbase.ttfonts", "pypdf", "pikepdf", "openpyxl", "icalendar", "holidays", "alembic.command",
    "alembic.runtime.migration", "sqlalchemy.dialects.sqlite", "zoneinfo", "tzdata",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtSvg",
)


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[], str]  # returns a short detail; raises on failure


def _modules() -> str:
    for name in LAZY_MODULES:
        importlib.import_module(name)
    return f"{len(LAZY_MODULES)} moduler"


def _fonts() -> str:
    from stic_desktop.documents.pdf import register_fonts
    from stic_desktop.paths import resource

    fonts = sorted(resource("fonts").glob("*.ttf"))
    if not fonts:
        raise FileNotFoundError("inga typsnitt i resources/fonts")
    register_fonts()
    from stic_desktop.documents.pdfa import srgb_profile

    if srgb_profile()[36:40] != b"acsp":
        raise ValueError("resources/color/sRGB.icc är ingen ICC-profil")
    return ", ".join(font.name for font in fonts) + ", sRGB.icc"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from stic_desktop.paths import resources_dir

    folder = resources_dir() / "translations"
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    for file in files:
        if not QTranslator().load(str(file)):
            raise ValueError(f"{file.name} kan inte läsas")
    return ", ".join(f.name for f in files) or "inga översättningsfiler (bara svenska)"


def _migrations() -> str:
    from stic_desktop.paths import seed_file
    from stic_desktop.storage.database import HEAD_REVISION
    from stic_desktop.storage.migrations import head_revision

    head = head_revision()
    if head != HEAD_REVISION:
        raise ValueError(f"migreringarnas senaste version är {head}, programmet väntar sig {HEAD_REVISION}")
    for name in ("stockholm_county_municipalities.csv", "procurement_thresholds.csv"):
        if not seed_file(name).is_file():
            raise FileNotFoundError(name)
    return f"schema {head}"


def _timezone() -> str:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime(2026, 7, 1, 12, tzinfo=ZoneInfo("Europe/Stockholm")).strftime("Europe/Stockholm (UTC%z på sommaren)")


def _documents() -> str:
    """A small demo database and one file of each kind, each read back."""
    from stic_desktop.cli import document_kinds
    from stic_desktop.demo.seed import seed_demo
    from stic_desktop.services.workspace.database import open_database

    with tempfile.TemporaryDirectory(prefix="stic-selftest-") as name:
        folder = Path(name)
        db = open_database(folder / "selftest.sqlite3")
        try:
            seed_demo(db, "small")
            written = [kind.write(db, folder) for kind in document_kinds.KINDS]
        finally:
            db.close()
        for path in written:
            document_kinds.verify(path)
    return ", ".join(path.name for path in written)


CHECKS = (
    Check("Moduler som laddas vid behov", _modules),
    Check("Typsnitt", _fonts),
    Check("Översättningar", _translations),
    Check("Migreringar och startdata", _migrations),
    Check("Tidszon", _timezone),
    Check("Dokument", _documents),
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("selftest", help="kontrollera att programmet är komplett",
                                 description="Laddar moduler, typsnitt, översättningar och migreringar och skriver "
                                             "varje dokumenttyp en gång till en tillfällig mapp.")
    parser.add_argument("--verbose", action="store_true", help="visa hela felutskriften när en kontroll misslyckas")
    parser.set_defaults(handler=_selftest)


def _selftest(args: argparse.Namespace) -> int:
    failed = 0
    for check in CHECKS:
        try:
            detail = check.run()
        except Exception as exc:  # every failure is reported, then the next check runs
            failed += 1
            print(f"FEL  {check.name}: {type(exc).__name__}: {exc}")
            if args.verbose:
                traceback.print_exc(file=sys.stdout)
        else:
            print(f"OK   {check.name}: {detail}")
    print("Självtestet lyckades." if not failed else f"Självtestet misslyckades: {failed} av {len(CHECKS)} kontroller.")
    return 1 if failed else 0
