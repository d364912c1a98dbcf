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
    assert raw.startswith('{\n  "about": "Registerutdrag')  # indented by 2
    data, stored = json.loads(raw), gdpr.person_data(db, person_id)
    assert data["person"] == stored["person"] and data["history"] == stored["history"]
    # Every relation, under a readable name instead of the database's table.column:
    assert len(data["related_records"]) == len(stored["references"])
    assert data["related_records"]["group_memberships"] == stored["references"]["memberships.person_id"]
    assert not any("." in key for key in data["related_records"])
    from stic_desktop.services.people.gdpr_extract import JSON_KEYS, KNOWN

    assert set(JSON_KEYS) == KNOWN, "a relation described in the PDF needs a JSON name too"


def test_pdf_is_written_for_the_person_with_local_times_and_no_internal_names(db, person_id, tmp_path: Path):
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    assert PdfReader(target).metadata.title == f"Registerutdrag – {NAME}"
    text = pdf_text(target)
    assert f"Registerutdrag – {NAME}" in text and "24 november 2026" in text
    for line in (f"Namn {NAME}", "Titel Fordonssamordnare", "Organisation Sundbyberg",
                 "E-post oleg@sundbyberg.example.se", "Telefon 070-111 22 33", "Expertisområden fordon, skolskjuts",
                 "Anteckningar om dig Nås bäst på förmiddagen", "Status Aktiv"):
        assert line in text, line
    assert "Gruppmedlemskap" in text and "Arbetsgruppen Ersättare Sundbyberg 2025-02-01 pågår" in text
    assert "Ändringshistorik" in text and "skapad personuppgifter" in text and "skapad gruppmedlemskap" in text
    # No database names, codes or UTC stamps: the reader is the person, not a developer.
    for internal in ("person_id", "memberships.", "organisation_kind", "substitute", "+00:00", "audit_log", "_id"):
        assert internal not in text, internal


def test_pdf_gives_the_article_15_information_with_the_controllers_contact(db, person_id, tmp_path: Path):
    from stic_desktop.services.workspace import organisation

    info = organisation.get_organisation(db)
    organisation.save_organisation(db, organisation.OrganisationInfo(
        info.name, None, "", "Dataskyddsombud: dso@stic.example.se, Box 1, 100 00 Stockholm"))
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    text = pdf_text(target)
    article = text.split("Information enligt artikel 15")[1]
    for heading in ("Personuppgiftsansvarig", "Ändamål", "Rättslig grund", "Mottagare", "Hur länge uppgifterna sparas",
                    "Dina rättigheter", "Klagomål"):
        assert heading in article, heading
    assert "Dataskyddsombud: dso@stic.example.se, Box 1, 100 00 Stockholm" in article
    assert "Integritetsskyddsmyndigheten (IMY)" in article and "artikel 6.1 e" in article
    assert "Protokoll: bevaras" not in article and "protokoll" in article.split("bevaras för all framtid")[1]
    assert "gallras tidigast 4 år efter avtalets slut" in article  # the retention table's default (LOU 12:17)


def test_long_participation_is_summarised_with_counts_and_dates(db, person_id, tmp_path: Path):
    """Forty meetings as secretary and invitee are counts per group with a date range, not forty rows."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from stic_desktop.models import Invitee, Meeting

    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    start = datetime(2025, 1, 7, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    with db.write() as session:
        for week in range(40):
            when = start + timedelta(weeks=week)
            meeting = Meeting(group_id=working.id, title=f"Möte {week}", starts_at=when, ends_at=when + timedelta(hours=2),
                              uid=f"m{week}@test", secretary_id=person_id, status="adjusted")
            session.add(meeting)
            session.flush()
            session.add(Invitee(meeting_id=meeting.id, person_id=person_id,
                                attendance="present" if week % 4 else "absent"))
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    text = pdf_text(target)
    assert "Du har kallats till 40 möten i 1 grupp." in text
    assert "Arbetsgruppen 40 30 10 0 2025-01-07 – 2025-10-07" in text
    assert "Sekreterare Arbetsgruppen 40 möten 2025-01-07 – 2025-10-07" in text
    assert "Möte 17" not in text
    assert len(PdfReader(target).pages) <= 4


def test_wrong_suffix_and_unknown_person_write_nothing(db, person_id, tmp_path: Path):
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(UserError, match=r"\.json eller \.pdf"):
        run_to_end(export_person_data(db, person_id, out / "utdrag.xlsx"))
    with pytest.raises(NotFound, match="ingen person med id 999"):
        run_to_end(export_person_data(db, 999, out / "utdrag.pdf"))
    assert list(out.iterdir()) == []


def test_a_justerare_has_a_role_at_meetings(db, person_id, tmp_path: Path):
    """Appointed to adjust the minutes once: the roles say so, as the meetings table below does (it used to say
    "Inga uppgifter finns om … roller vid möten" over a table counting one Justerare)."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from stic_desktop.models import Invitee, Meeting

    def roles_and_empty() -> tuple[str, str]:
        target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
        text = pdf_text(target)
        empty = text[text.index("Inga uppgifter finns om"):text.index("Information enligt artikel 15")]
        return text, empty

    text, empty = roles_and_empty()
    assert "roller vid möten" in empty and "Justerare" not in text.replace("Justerare: utsedd", "")

    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    when = datetime(2026, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    with db.write() as session:
        meeting = Meeting(group_id=working.id, title="Arbetsgruppen mars", starts_at=when,
                          ends_at=when + timedelta(hours=2), uid="adjusted@test", status="adjusted")
        session.add(meeting)
        session.flush()
        session.add(Invitee(meeting_id=meeting.id, person_id=person_id, attendance="present", adjuster=True))
    text, empty = roles_and_empty()
    assert "roller vid möten" not in empty
    roles = text[text.index("Roller vid möten"):]
    assert roles.startswith("Roller vid möten Roll Grupp Omfattning Period Justerare Arbetsgruppen 1 möte 2026-03-03")
    assert "Arbetsgruppen 1 1 0 1 2026-03-03" in text  # the meetings table: kallad, deltog, förhinder, justerare
