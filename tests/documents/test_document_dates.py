"""Documents carry their own date, not the day they were exported (issue 16: a kallelse for 12 November
dated "6 december"): the ramavtal is dated the day it was signed. The invitation and the meeting pack are
checked in test_secretary_checklists."""

from __future__ import annotations

from datetime import date

from test_agreement_doc import build_agreement
from test_invitation import page_texts

from stic_desktop.documents.agreement_doc import agreement_bytes
from stic_desktop.services.agreements.document_data import agreement_document_data

EXPORTED = date(2026, 11, 20)


def _bytes(db, agreement_id: int) -> bytes:
    from test_agreement_doc import _data_and_rate

    return agreement_bytes(*_data_and_rate(db, agreement_id, EXPORTED))


def header_date(page: str) -> str:
    """The date under the title in the page header (the text before the body's first heading)."""
    return page.split("Ramavtal", 2)[1][:60]


def test_ramavtal_without_a_procurement_is_dated_its_start(db):
    built = build_agreement(db)
    pages = _pages(db, built.agreement_id)
    assert all("1 mars 2026" in header_date(page) for page in pages)
    assert not any("20 november 2026" in page for page in pages)


def test_ramavtal_is_dated_the_day_it_is_signed(db):
    from test_opening_record import build_procurement

    from stic_desktop.services.procurement import stages

    procurement = build_procurement(db)
    stages.set_stage_dates(db, procurement.procurement_id, "signed", date(2026, 2, 18), None)  # to be signed
    built = build_agreement(db, number="RA-7", procurement_id=procurement.procurement_id)
    data = agreement_document_data(db, built.agreement_id, today=EXPORTED)
    assert data.signing_date == date(2026, 2, 18)
    pages = _pages(db, built.agreement_id)
    assert all("18 februari 2026" in header_date(page) for page in pages)
    assert not any("20 november 2026" in page for page in pages)


def _pages(db, agreement_id: int) -> list[str]:
    return page_texts(_bytes(db, agreement_id))
