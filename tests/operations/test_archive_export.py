"""Gallring and Arkivexport: each archived document carries its retention from the settings' table, and the
export writes a folder per year with PDF/A files and metadata (xml and csv), refusing a non-empty folder."""

from __future__ import annotations

import csv
import hashlib
import io
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from stic_desktop.documents.pdf import PageHeader, build_pdf, para
from stic_desktop.errors import UserError, ValidationError
from stic_desktop.operations import run_to_end
from stic_desktop.operations.archive_export import export_archive
from stic_desktop.services import archive, retention

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_agreement_doc import build_agreement  # noqa: E402


def pdfa_bytes(title: str) -> bytes:
    buffer = io.BytesIO()
    build_pdf(buffer, [para("Protokoll § 1–4, Åsa Öberg")], PageHeader("STIC", title, date(2026, 3, 2)))
    return buffer.getvalue()


def old_pdf() -> bytes:
    """A PDF archived before PDF/A, with the embedded font of our own documents but no PDF/A metadata."""
    from stic_desktop.documents.pdf import FONT, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(FONT, 12)
    canvas.drawString(72, 720, "Tilldelningsbeslut, skickat 2025")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture
def archived(db, pinned_clock):
    built = build_agreement(db)  # 1 Mar 2026 – 29 Feb 2028
    pinned_clock("2026-03-02T10:00:00+01:00")
    minutes = archive.archive_document(db, "minutes", "meeting", 1, "Protokoll.pdf", pdfa_bytes("Protokoll"))
    agreement = archive.archive_document(db, "agreement", "agreement", built.agreement_id, "Avtal.pdf", old_pdf())
    pinned_clock("2027-01-15T10:00:00+01:00")
    invitation = archive.archive_document(db, "invitation", "meeting", 1, "möte.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    return minutes, agreement, invitation


def test_each_document_shows_its_retention(db, archived):
    minutes, agreement, invitation = archived
    assert minutes.retention == "bevaras"
    assert agreement.retention == "gallras tidigast 2032-02-29"  # four years after the agreement ends (LOU 12:17)
    assert invitation.retention == "gallras tidigast 2029-01-15"  # two years after the document's date
    assert [r.retention for r in archive.archived_documents(db, "meeting", 1)] == ["gallras tidigast 2029-01-15",
                                                                                   "bevaras"]


def test_the_retention_table_is_edited_in_the_settings(db, archived):
    rules = {r.kind: r for r in retention.list_rules(db)}
    assert rules["minutes"].describe() == "bevaras"
    assert rules["award_decision"].describe() == "gallras tidigast 4 år efter avtalets slut"
    changed = [r if r.kind != "invitation" else retention.RetentionRule("invitation", False, 10, "document")
               for r in rules.values()]
    retention.save_rules(db, changed)
    assert archive.get_archived(db, archived[2].id).retention == "gallras tidigast 2037-01-15"
    with pytest.raises(ValidationError, match="antal år"):
        retention.save_rules(db, [retention.RetentionRule("invitation", False, 0, "document")])


def test_export_writes_a_folder_per_year_with_pdfa_files_and_metadata(db, archived, tmp_path):
    minutes, agreement, invitation = archived
    target = tmp_path / "export"
    outcome = run_to_end(export_archive(db, target))
    assert "3 dokument" in outcome.message
    assert sorted(p.name for p in target.iterdir()) == ["2026", "2027"]
    rows = list(csv.DictReader((target / "2026" / "arkivmetadata.csv").read_text(encoding="utf-8-sig").splitlines(),
                               delimiter=";"))
    assert [r["dokumenttyp"] for r in rows] == ["Protokoll", "Avtal"]
    for row in rows:
        data = (target / "2026" / row["fil"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"]
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert pdf.open_metadata()["pdfaid:part"] == "2" and "/OutputIntents" in pdf.Root
        assert row["pdfa"] == "ja"
    old = rows[1]
    assert old["original_sha256"] == agreement.sha256 != old["sha256"]  # made PDF/A on the way out, traceable
    assert old["gallring"] == "gallras tidigast 2032-02-29" and old["referens"].startswith("Avtal ")
    assert rows[0]["original_sha256"] == rows[0]["sha256"] == minutes.sha256  # already PDF/A: exactly as archived
    xml = ElementTree.parse(target / "2027" / "arkivmetadata.xml").getroot()
    only, = xml.findall("dokument")
    assert only.findtext("dokumenttyp") == "Kallelse" and only.findtext("pdfa") == "–"
    assert (target / "2027" / only.findtext("fil")).read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


def test_export_of_one_year_and_refusals(db, archived, tmp_path):
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    target = tmp_path / "bara-2027"
    run_to_end(export_archive(db, target, year=2027))
    assert [p.name for p in target.iterdir()] == ["2027"]
    with pytest.raises(UserError, match="inte tom"):
        run_to_end(export_archive(db, target))
    with pytest.raises(UserError, match="inga arkiverade dokument från 2019"):
        run_to_end(export_archive(db, tmp_path / "tom", year=2019))
    assert not (tmp_path / "tom").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bara-2027"]  # no temporary folder left behind


def test_cancelled_export_leaves_nothing(db, archived, tmp_path):
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    steps = export_archive(db, tmp_path / "avbruten")
    next(steps), next(steps), next(steps)
    steps.close()
    assert list(tmp_path.iterdir()) == []
