"""``list archive`` shows each archived document's retention; ``export archive -o FOLDER [--year YYYY]``
writes the Arkivexport and refuses a non-empty folder with one line and exit 1."""

from __future__ import annotations

import json
from pathlib import Path

from clitools import assert_one_error_line, database_file


def archive_two(path: Path) -> None:
    from stic_desktop.services import archive

    with database_file(path) as db:
        archive.archive_document(db, "minutes", "meeting", 1, "Protokoll.pdf", b"%PDF-1.4\n%%EOF\n")
        archive.archive_document(db, "calendar", "meeting", 1, "möte.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")


def test_list_and_export_archive(cli, demo_file, tmp_path):
    archive_two(demo_file)
    listed = cli("list", "archive", "--db", demo_file)
    assert listed.returncode == 0 and "Gallring" in listed.stdout and "bevaras" in listed.stdout
    assert "gallras tidigast" in listed.stdout
    rows = json.loads(cli("list", "archive", "--db", demo_file, "--json").stdout)
    assert [r["retention"] for r in rows][0] == "bevaras" and rows[1]["retention"].startswith("gallras tidigast ")
    target = tmp_path / "arkiv"
    result = cli("export", "archive", "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    assert "Arkivexport: 2 dokument" in result.stdout
    year, = target.iterdir()
    assert {p.name for p in year.iterdir()} >= {"arkivmetadata.xml", "arkivmetadata.csv"}
    assert_one_error_line(cli("export", "archive", "--db", demo_file, "-o", target), "inte tom")
    assert cli("export", "archive", "--db", demo_file, "-o", tmp_path / "x", "--year", "20x6").returncode == 2
