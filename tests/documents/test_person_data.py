"""Registerutdrag: one person's data as JSON (exactly ``gdpr.person_data``) and as a readable PDF."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from stic_desktop.errors import NotFound, UserError
from stic_desktop.operations import run_to_end
from stic_desktop.operations.person_data import export_person_data
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import gdpr, groups, memberships, people, staff
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.services.people.people import PersonInput

DAY = date(2026, 11, 24)
NAME = "Олег <b>Иванов</b> & Łukasz"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def person_id(db) -> int:
    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna@stic.example.se").id)
    town = next(m.id for m in municipalities.list_municipalities(db) if m.name == "Sundbyberg")
    record = people.save_person(db, PersonInput(name=NAME, title="Fordonssamordnare", municipality_id=town,
                                                email="oleg@sundbyberg.example.se", phone="070-111 22 33",
                                                expertise=("fordon", "skolskjuts"), notes="Nås bäst\npå förmiddagen"))
    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    memberships.save_membership(db, MembershipInput(record.id, working.id, "substitute", None, False, "2025-02-01"))
    return record.id


def test_json_is_the_whole_extract_in_readable_utf8(db, person_id, tmp_path: Path):
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.json")).files
    raw = target.read_text(encoding="utf-8")
    assert NAME.replace("<", "\\u003c") not in raw and json.dumps(NAME, ensure_ascii=False) in raw  # not \u-escaped
    assert raw.startswith('{\n  "person": {\n    "id"')  # indented by 2
    assert json.loads(raw) == gdpr.person_data(db, person_id)


def test_pdf_has_each_section_with_swedish_headings_and_exact_values(db, person_id, tmp_path: Path):
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    assert PdfReader(target).metadata.title == "Registerutdrag"
    text = pdf_text(target)
    assert f"Registerutdrag – {NAME}" in text and "24 november 2026" in text
    for line in (f"Namn {NAME}", "Titel Fordonssamordnare", "Organisation Sundbyberg", "Typ av organisation Kommun",
                 "E-post oleg@sundbyberg.example.se", "Telefon 070-111 22 33", "Anteckningar Nås bäst på förmiddagen",
                 "Aktiv Ja"):
        assert line in text, line
    assert "Expertisområden fordon, skolskjuts" in text
    assert "Gruppmedlemskap 1. Arbetsgruppen, Ersättare" in text and "Från 2025-02-01" in text
    assert "Historik om personen" in text and "Skapad Person" in text and "Ändrad" not in text.split("Historik")[0]
    history = text.split("Historik om personen")[1]
    assert "Skapad Gruppmedlemskap 1" in history and "Roll: – → Ersättare" in history  # the membership's own row
    assert "Grupp (id): – → 2" in history
    assert "Inga uppgifter finns om" in text and "Ändringar som personen har gjort i programmet" in text


def test_wrong_suffix_and_unknown_person_write_nothing(db, person_id, tmp_path: Path):
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(UserError, match=r"\.json eller \.pdf"):
        run_to_end(export_person_data(db, person_id, out / "utdrag.xlsx"))
    with pytest.raises(NotFound, match="ingen person med id 999"):
        run_to_end(export_person_data(db, 999, out / "utdrag.pdf"))
    assert list(out.iterdir()) == []
