"""Kontaktlista: a group's contact list as PDF (read back with pypdf) and .xlsx (read back with openpyxl)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from stic_desktop.errors import NotFound, UserError
from stic_desktop.operations import register_exports, run_to_end
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, people, staff
from stic_desktop.services.people.document_data import group_roster
from stic_desktop.services.people.groups import GroupInput
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.services.people.people import PersonInput


def export_group_roster(db, group_id, target, **options):
    return run_to_end(register_exports.export_group_roster(db, group_id, target, **options)).files[0]

DAY = date(2026, 11, 24)
# (name, municipality, role, e-mail, phone), given in an order unlike the roster's.
SEATS = [
    ("Åsa Öberg", "Nacka", "expert", "asa.oberg@nacka.example.se", "08-718 80 00"),
    ("R&D <b>Bold</b> Berg", "Solna", "member", "rd@solna.example.se", ""),
    ("Олег Иванов", "Sundbyberg", "substitute", "oleg.ivanov@sundbyberg.example.se", "070-111 22 33"),
    ("Łukasz Żółć", "Södertälje", "chair", "lukasz.zolc@sodertalje.example.se", "08-523 010 00"),
    ("Ayşe Yılmaz", "Botkyrka", "adjunct", "ayse.yilmaz@botkyrka.example.se", ""),
    ("Jelena Petrović", "Huddinge", "vice_chair", "jelena.petrovic@huddinge.example.se", "08-535 300 00"),
    ("Anders Ek", "Täby", "expert", "anders.ek@taby.example.se", ""),
]
EXPECTED_ORDER = ["Łukasz Żółć", "Jelena Petrović", "Anna Lindqvist", "R&D <b>Bold</b> Berg", "Олег Иванов",
                  "Anders Ek", "Åsa Öberg", "Ayşe Yılmaz"]


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def group(db) -> groups.GroupRecord:
    municipalities.import_county_municipalities(db)
    anna = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna.lindqvist@stic.example.se")
    staff.set_current_user(db, anna.id)
    towns = {m.name: m.id for m in municipalities.list_municipalities(db)}
    record = groups.save_group(db, GroupInput("Avtalsgrupp IT & <i>larm</i>", subject_area="IT", min_experts=3))
    memberships.save_membership(db, MembershipInput(anna.id, record.id, "convener", None, False, "2025-01-01"))
    for name, town, role, email, phone in SEATS:
        person = people.save_person(db, PersonInput(name=name, municipality_id=towns[town], email=email, phone=phone))
        memberships.save_membership(db, MembershipInput(person.id, record.id, role, None, False, "2025-01-01"))
    former = people.save_person(db, PersonInput(name="Före Detta", municipality_id=towns["Solna"]))
    memberships.save_membership(db, MembershipInput(former.id, record.id, "expert", None, False, "2024-01-01", "2025-06-30"))
    return record


def test_roster_is_sorted_by_role_then_name(db, group):
    roster = group_roster(db, group.id, DAY)
    assert [line.name for line in roster.lines] == EXPECTED_ORDER
    convener = roster.lines[2]
    assert (convener.role_label, convener.municipality) == ("Sammankallande", "STIC")  # the organisation


def test_pdf_reads_back_names_with_markup_and_non_latin_letters_exactly(db, group, tmp_path: Path):
    target = export_group_roster(db, group.id, tmp_path / "lista.pdf", today=DAY, as_of=DAY)
    texts = page_texts(target)
    assert len(texts) == 1
    text = texts[0]
    assert "Kontaktlista – Avtalsgrupp IT & <i>larm</i>" in text
    assert "Avtalsgrupp, sakområde IT. 8 medlemmar per 24 november 2026." in text
    assert "Namn Roll Kommun E-post Telefon" in text and "Sida 1 av 1" in text
    positions = [text.index(name) for name in EXPECTED_ORDER]
    assert positions == sorted(positions)
    assert "Łukasz Żółć Ordförande Södertälje" in text
    assert "Олег Иванов Ersättare Sundbyberg" in text
    assert "08-535 300 00" in text and "Före Detta" not in text
    for _, _, _, email, _ in SEATS:  # a long address may break after the @, never elsewhere
        assert email in text or email.replace("@", "@ ") in text


def test_as_of_an_earlier_date_shows_who_was_there_then(db, group, tmp_path: Path):
    text = page_texts(export_group_roster(db, group.id, tmp_path / "då.pdf", as_of=date(2024, 6, 1), today=DAY))[0]
    assert "Före Detta" in text and "Łukasz" not in text
    assert "1 medlem per 1 juni 2024" in text


def test_xlsx_has_the_same_columns_and_exact_values(db, group, tmp_path: Path):
    target = export_group_roster(db, group.id, tmp_path / "lista.xlsx", as_of=DAY)
    workbook = load_workbook(target, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert rows[0] == ("Namn", "Roll", "Kommun", "E-post", "Telefon")
    assert [row[0] for row in rows[1:]] == EXPECTED_ORDER
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["R&D <b>Bold</b> Berg"] == ("R&D <b>Bold</b> Berg", "Ledamot", "Solna", "rd@solna.example.se", None)
    assert by_name["Олег Иванов"] == ("Олег Иванов", "Ersättare", "Sundbyberg", "oleg.ivanov@sundbyberg.example.se",
                                     "070-111 22 33")


def test_an_empty_group_says_so(db, group, tmp_path: Path):
    empty = groups.save_group(db, GroupInput("Avtalsgrupp Tom"))
    text = page_texts(export_group_roster(db, empty.id, tmp_path / "tom.pdf", today=DAY, as_of=DAY))[0]
    assert "Gruppen har inga medlemmar per 24 november 2026." in text


def test_unknown_group_and_unknown_suffix_are_refused_without_a_file(db, group, tmp_path: Path):
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(NotFound, match="ingen grupp med id 999"):
        export_group_roster(db, 999, out / "x.pdf")
    with pytest.raises(UserError, match=r"\.pdf eller \.xlsx"):
        export_group_roster(db, group.id, out / "x.docx")
    assert list(out.iterdir()) == []
