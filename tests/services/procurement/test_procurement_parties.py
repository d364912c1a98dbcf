"""stic_desktop/services/procurement/parties.py: participants, powers of attorney, requirement documents."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from backend_tools import plain
from pdf_tools import blank_pdf
from procurement_fixtures import add_procurement, set_stage
from sqlalchemy import func, select

from stic_desktop.core import clock
from stic_desktop.errors import NotFound, ValidationError
from stic_desktop.models import Municipality, StoredFile
from stic_desktop.services.people import staff
from stic_desktop.services.procurement import parties


def add_municipality(db, name: str, code: str) -> int:
    with db.write() as session:
        row = Municipality(municipality_code=code, name=name, status="member")
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def office(db):
    actor = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se")
    staff.set_current_user(db, actor.id)
    ids = {name: add_municipality(db, name, code) for name, code in
           (("Solna", "0184"), ("Österåker", "0117"), ("Ängelholm", "1292"), ("Åre", "2321"), ("Upplands Väsby", "0114"))}
    return db, ids


def stored_files(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(StoredFile))


def audit_count(db) -> int:
    with plain(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'procurement'").fetchone()[0]


def test_missing_powers_of_attorney_in_swedish_order(office):
    db, ids = office
    pid = add_procurement(db)
    for name in ("Österåker", "Solna", "Åre", "Ängelholm", "Upplands Väsby"):
        parties.add_participant(db, pid, ids[name], 100_000_00)
    with db.read() as session:
        assert parties.missing_powers_of_attorney(session, pid) == ["Solna", "Upplands Väsby", "Åre", "Ängelholm",
                                                                    "Österåker"]
    solna = next(p for p in parties.participants(db, pid) if p.municipality_name == "Solna")
    record = parties.record_power_of_attorney(db, solna.id, date(2026, 2, 1), "Kommundirektör Eva Ek", "fullmakt.pdf",
                                              blank_pdf())
    assert record.has_poa and record.poa_filename == "fullmakt.pdf" and record.poa_signed_by == "Kommundirektör Eva Ek"
    with db.read() as session:
        assert "Solna" not in parties.missing_powers_of_attorney(session, pid)
        assert len(parties.missing_powers_of_attorney(session, pid)) == 4


def test_participants_add_update_remove_audited(office):
    db, ids = office
    pid = add_procurement(db)
    first = parties.add_participant(db, pid, ids["Solna"], 250_000_00)
    assert (first.municipality_name, first.municipality_code, first.estimated_volume_ore, first.has_poa) == \
        ("Solna", "0184", 250_000_00, False)
    parties.add_participant(db, pid, ids["Åre"])
    assert [p.municipality_name for p in parties.participants(db, pid)] == ["Solna", "Åre"]
    assert parties.update_participant(db, first.id, 300_000_00).estimated_volume_ore == 300_000_00
    parties.remove_participant(db, first.id)
    assert [p.municipality_name for p in parties.participants(db, pid)] == ["Åre"]
    assert audit_count(db) == 4
    from stic_desktop.services import audit
    fields = {c.field for entry in audit.history(db, "procurement", pid) for c in entry.changes}
    assert fields == {"Deltagare: Solna", "Deltagare: Åre"}


def test_bad_participant_input_is_refused_with_swedish_messages(office):
    db, ids = office
    pid = add_procurement(db)
    parties.add_participant(db, pid, ids["Solna"])
    with pytest.raises(ValidationError, match="Solna deltar redan"):
        parties.add_participant(db, pid, ids["Solna"])
    with pytest.raises(ValidationError, match="Välj en kommun"):
        parties.add_participant(db, pid, 9999)
    with pytest.raises(ValidationError, match="noll kronor eller mer"):
        parties.add_participant(db, pid, ids["Åre"], -1)
    with pytest.raises(NotFound):
        parties.participants(db, 9999)
    assert len(parties.participants(db, pid)) == 1


def test_power_of_attorney_must_be_a_real_pdf(office, tmp_path):
    db, ids = office
    pid = add_procurement(db)
    part = parties.add_participant(db, pid, ids["Solna"])
    before_files, before_audit = stored_files(db), audit_count(db)
    with pytest.raises(ValidationError) as error:
        parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", "fullmakt.docx",
                                         b"PK\x03\x04 a word file")
    assert error.value.for_field("poa_file").startswith("Fullmakten måste vara en PDF-fil; fullmakt.docx")
    # renamed to .pdf, but a PDF header on broken content
    with pytest.raises(ValidationError) as error:
        parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", "fullmakt.pdf",
                                         b"%PDF-1.7\nthis is not really a pdf\n")
    assert "skadad" in error.value.for_field("poa_file")
    with pytest.raises(ValidationError) as error:
        parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", "fullmakt.pdf", b"just text")
    assert error.value.for_field("poa_file").startswith("Fullmakten måste vara en PDF-fil")
    with pytest.raises(ValidationError) as error:
        parties.record_power_of_attorney(db, part.id, clock.today() + timedelta(days=3), "  ", "f.pdf", blank_pdf())
    assert error.value.for_field("poa_received_on") and error.value.for_field("poa_signed_by")
    assert stored_files(db) == before_files and audit_count(db) == before_audit  # nothing half-saved
    assert not parties.participants(db, pid)[0].has_poa


def test_power_of_attorney_file_round_trip_replace_and_clear(office):
    db, ids = office
    pid = add_procurement(db)
    part = parties.add_participant(db, pid, ids["Solna"])
    first, second = blank_pdf(1), blank_pdf(2)
    parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", r"C:\scan\fullmakt.pdf", first)
    name, data = parties.power_of_attorney_file(db, part.id)
    assert name == "fullmakt.pdf" and data == first
    parties.record_power_of_attorney(db, part.id, date(2026, 2, 3), "Eva Ek", "fullmakt2.pdf", second)
    assert parties.power_of_attorney_file(db, part.id) == ("fullmakt2.pdf", second)
    assert stored_files(db) == 1  # the replaced file was not used elsewhere and is gone
    cleared = parties.clear_power_of_attorney(db, part.id)
    assert not cleared.has_poa and stored_files(db) == 0
    with pytest.raises(NotFound, match="Ingen fullmakt från Solna"):
        parties.power_of_attorney_file(db, part.id)


def test_participants_are_fixed_once_advertised(office):
    db, ids = office
    pid = add_procurement(db)
    part = parties.add_participant(db, pid, ids["Solna"])
    parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", "f.pdf", blank_pdf())
    set_stage(db, pid, "advertised")
    with pytest.raises(ValidationError, match="annonserad"):
        parties.add_participant(db, pid, ids["Åre"])
    with pytest.raises(ValidationError, match="annonserad"):
        parties.remove_participant(db, part.id)
    with pytest.raises(ValidationError, match="annonserad"):
        parties.clear_power_of_attorney(db, part.id)
    assert parties.update_participant(db, part.id, 5).estimated_volume_ore == 5
    set_stage(db, pid, "cancelled")
    with pytest.raises(ValidationError, match="avbruten"):
        parties.update_participant(db, part.id, 6)


def test_requirement_documents_are_versioned_per_title(office):
    db, ids = office
    pid = add_procurement(db)
    v1 = parties.add_requirement_document(db, pid, "Kravspecifikation", "krav.docx", b"version one")
    v2 = parties.add_requirement_document(db, pid, "kravspecifikation ", "krav-v2.docx", b"version two", note="Efter remiss")
    other = parties.add_requirement_document(db, pid, "Bilaga prislista", "pris.xlsx", b"prices")
    assert (v1.version, v2.version, other.version) == (1, 2, 1)
    assert v2.title == "Kravspecifikation" and v2.note == "Efter remiss" and v2.added_by_name == "Anna Lindqvist"
    assert v2.size == len(b"version two") and v2.added_at.tzinfo is not None
    docs = parties.requirement_documents(db, pid)
    assert [(d.title, d.version) for d in docs] == [("Bilaga prislista", 1), ("Kravspecifikation", 2),
                                                    ("Kravspecifikation", 1)]
    assert parties.requirement_document_file(db, v1.id) == ("krav.docx", b"version one")
    with pytest.raises(ValidationError) as error:
        parties.add_requirement_document(db, pid, "", "", b"")
    assert error.value.for_field("title") and error.value.for_field("file")
    assert len(parties.requirement_documents(db, pid)) == 3
    with pytest.raises(NotFound):
        parties.requirement_document_file(db, 9999)


def test_swedish_key_orders_the_last_three_letters():
    names = ["Östhammar", "Ale", "Åre", "Ängelholm", "Zinkgruvan", "Eda", "Ékerö"]
    assert sorted(names, key=parties.swedish_key) == ["Ale", "Eda", "Ékerö", "Zinkgruvan", "Åre", "Ängelholm",
                                                      "Östhammar"]


def test_password_protected_power_of_attorney_is_refused_but_edit_restriction_is_fine(office):
    from pypdf import PdfWriter

    db, ids = office
    pid = add_procurement(db)
    part = parties.add_participant(db, pid, ids["Solna"])

    def encrypted(user: str) -> bytes:
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.encrypt(user_password=user, owner_password="ägare", algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()

    with pytest.raises(ValidationError, match="lösenordsskyddad"):
        parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", "låst.pdf", encrypted("hemligt"))
    assert parties.record_power_of_attorney(db, part.id, date(2026, 2, 1), "Eva Ek", "skyddad.pdf",
                                            encrypted("")).has_poa
