"""An export never overwrites a database: `-o` naming the database (or any SQLite file) is refused, exit 1,
and the file is left byte for byte as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from clitools import assert_one_error_line, sha256

from stic_desktop.core.filenames import refuse_database_target
from stic_desktop.errors import UserError

# The database file itself (its bytes, header, helper files, permissions, locks, restore): SQLite only.
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(("name", "argv"), [
    ("x.pdf", ["export", "municipalities"]),
    ("x.xlsx", ["export", "municipalities"]),
    ("x.json", ["export", "person-data", "1"]),
    ("x.pdf", ["export", "proposal-list"]),
    ("x.ics", ["export", "ics", "MEETING"]),
    ("x.pdf", ["export", "meeting-pack", "MEETING"]),
    ("x.pdf", ["export", "invitation", "MEETING"]),
])
def test_an_export_onto_the_database_is_refused_and_changes_nothing(cli, demo_file: Path, tmp_path: Path,
                                                                      name: str, argv: list[str]) -> None:
    database = tmp_path / name
    shutil.copyfile(demo_file, database)
    if "MEETING" in argv:
        meetings = json.loads(cli("list", "meetings", "--db", database, "--json").stdout)
        argv = [str(meetings[0]["id"]) if a == "MEETING" else a for a in argv]
    before = sha256(database)
    result = cli(*argv, "--db", database, "-o", database)
    assert_one_error_line(result, "är en databas")
    assert sha256(database) == before


def test_an_export_onto_another_sqlite_file_or_a_companion_is_refused(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "annan.pdf"
    shutil.copyfile(demo_file, other)
    for target in (other, tmp_path / "annan.pdf-wal", tmp_path / "annan.pdf.lock"):
        with pytest.raises(UserError, match="är en databas eller hör till en"):
            refuse_database_target(target)
    ordinary = tmp_path / "rapport.pdf"
    ordinary.write_bytes(b"%PDF-1.7")
    refuse_database_target(ordinary)  # an ordinary earlier export may be replaced
    refuse_database_target(tmp_path / "ny.pdf")
