"""Meetings on the command line: ``list meetings`` and ``export invitation | agenda | attendance | minutes |
meeting-pack | ics``, on the small demo database (which has past and future meetings with attachments)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from backend_tools import plain
from clitools import assert_one_error_line, sha256

PDF_KINDS = ("invitation", "agenda", "attendance", "minutes")


def meetings(cli, db: Path) -> list[dict]:
    result = cli("list", "meetings", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def with_attachments(db: Path | str) -> list[int]:
    """Meetings whose agenda has attached PDFs, fewest invitees first."""
    with plain(db) as conn:
        return [row[0] for row in conn.execute(
            "SELECT i.meeting_id FROM agenda_attachments a JOIN agenda_items i ON i.id = a.agenda_item_id "
            "GROUP BY i.meeting_id ORDER BY (SELECT count(*) FROM meeting_invitees v WHERE v.meeting_id = i.meeting_id), "
            "i.meeting_id").fetchall()]


def test_list_meetings_as_json_and_as_a_table(cli, demo_file: Path) -> None:
    items = meetings(cli, demo_file)
    assert len(items) >= 30
    assert {"id", "starts_at", "ends_at", "group", "title", "kind", "status", "location", "invitees"} <= set(items[0])
    for item in items:
        starts, ends = datetime.fromisoformat(item["starts_at"]), datetime.fromisoformat(item["ends_at"])
        assert starts.utcoffset() in (timedelta(hours=1), timedelta(hours=2)) and ends > starts  # Swedish time
        assert item["invitees"] > 0
    assert [item["starts_at"] for item in items] == sorted(item["starts_at"] for item in items)
    assert {"Styrgruppen", "Arbetsgruppen"} <= {item["group"] for item in items}
    assert {"draft", "adjusted"} <= {item["status"] for item in items}
    header, _rule, *rows = cli("list", "meetings", "--db", demo_file).stdout.splitlines()
    assert header.split()[:4] == ["Id", "Börjar", "Slutar", "Grupp"] and len(rows) == len(items)
    first = items[0]
    assert rows[0].split()[:3] == [str(first["id"]), first["starts_at"][:10], first["starts_at"][11:16]]


@pytest.mark.parametrize("kind", PDF_KINDS)
def test_export_each_pdf_document(cli, demo_file: Path, tmp_path: Path, kind: str) -> None:
    meeting = next(m for m in meetings(cli, demo_file) if m["status"] == "adjusted")
    target = tmp_path / f"{kind}.pdf"
    result = cli("export", kind, meeting["id"], "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {target}"
    assert target.read_bytes().startswith(b"%PDF")
    assert meeting["group"] in pdf_text(target)


def test_export_ics(cli, demo_file: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    meeting = next(m for m in meetings(cli, demo_file) if m["status"] == "invited")
    target = tmp_path / "mote.ics"
    result = cli("export", "ics", meeting["id"], "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["METHOD"]) == "REQUEST"
    event = next(c for c in calendar.walk("VEVENT"))
    assert event["DTSTART"].dt == datetime.fromisoformat(meeting["starts_at"])
    assert str(event["UID"]).endswith("@stic-desktop")


def test_export_meeting_pack_has_the_attachments_and_page_numbers(cli, demo_file: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    meeting_id = with_attachments(demo_file)[0]
    target = tmp_path / "paket.pdf"
    result = cli("export", "meeting-pack", meeting_id, "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {target}"
    reader = PdfReader(target)
    pages = len(reader.pages)
    assert pages >= 5 and reader.outline
    assert f"Sida {pages} av {pages}" in " ".join((reader.pages[-1].extract_text() or "").split())


def test_export_meeting_pack_per_participant(cli, demo_file: Path, tmp_path: Path) -> None:
    meeting_id = with_attachments(demo_file)[0]
    invited = next(m["invitees"] for m in meetings(cli, demo_file) if m["id"] == meeting_id)
    folder = tmp_path / "paket"
    result = cli("export", "meeting-pack", meeting_id, "--per-participant", "--db", demo_file, "-o", folder)
    assert result.returncode == 0, result.stderr
    written = sorted(folder.iterdir())
    assert len(written) == invited and all(p.suffix == ".pdf" for p in written)
    assert sorted(line.removeprefix("Sparad: ") for line in result.stdout.splitlines()) == sorted(map(str, written))
    name = written[0].stem.split(" ", 2)[2]  # "Mötespaket 2026-02-03 Förnamn Efternamn"
    assert name in pdf_text(written[0])


@pytest.mark.parametrize(("args", "fragment"), [
    (("invitation", "-o", "kallelse.docx"), ".pdf"),
    (("minutes", "-o", "protokoll"), ".pdf"),
    (("ics", "-o", "mote.pdf"), ".ics"),
    (("agenda", "-o", "dagordning.ics"), ".pdf"),
    (("meeting-pack", "-o", "paket.docx"), ".pdf"),
    (("meeting-pack", "--per-participant", "-o", "paket.pdf"), "mapp"),
])
def test_wrong_suffix_is_bad_usage(cli, demo_file: Path, tmp_path: Path, args: tuple, fragment: str) -> None:
    kind, *options, name = args
    out = tmp_path / "ut"
    out.mkdir()
    meeting_id = meetings(cli, demo_file)[0]["id"]
    result = cli("export", kind, meeting_id, "--db", demo_file, *options, out / name)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", [*PDF_KINDS, "meeting-pack", "ics"])
def test_unknown_meeting_is_one_error_line(cli, demo_file: Path, tmp_path: Path, kind: str) -> None:
    before = sha256(demo_file)
    out = tmp_path / "ut"
    out.mkdir()
    target = out / ("mote.ics" if kind == "ics" else "mote.pdf")
    assert_one_error_line(cli("export", kind, 999999, "--db", demo_file, "-o", target), "999999")
    assert list(out.iterdir()) == [] and sha256(demo_file) == before


def test_unknown_meeting_per_participant_leaves_no_folder_behind(cli, demo_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "paket"
    result = cli("export", "meeting-pack", 999999, "--per-participant", "--db", demo_file, "-o", folder)
    assert_one_error_line(result, "999999")
    assert not folder.exists() or list(folder.iterdir()) == []


def test_export_into_a_missing_folder_is_a_user_error(cli, demo_file: Path, tmp_path: Path) -> None:
    meeting_id = meetings(cli, demo_file)[0]["id"]
    for kind in ("invitation", "meeting-pack"):
        assert_one_error_line(cli("export", kind, meeting_id, "--db", demo_file, "-o", tmp_path / "nej" / "a.pdf"),
                              "finns inte")
