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


def meeting_dates(text: str) -> str:
    """The runs of meeting dates: after the section's legend, up to the next section."""
    start = text.index("föredragande vid mötet.", text.index("Mötesdatum Varje möte")) + len("föredragande vid mötet.")
    end = min(text.find(heading, start) % (len(text) + 1) for heading in
              ("Upphandlingar, förslag", "Arkiverade dokument", "Ändringshistorik", "Uppgifter som saknas"))
    return text[start:end].strip()


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
    assert "Grupper, möten och roller" in text
    assert "Arbetsgruppen Ersättare, Sundbyberg, från 2025-02-01 0 / 0 / 0 –" in text
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


def test_long_participation_is_one_row_per_group_with_every_meeting_date(db, person_id, tmp_path: Path):
    """Forty meetings as secretary and invitee: one row per group with the counts and roles, and every meeting
    date in the compact run (marked where the person was absent), not forty table rows."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from stic_desktop.models import Invitee, Meeting

    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    start = datetime(2025, 1, 7, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    days = []
    with db.write() as session:
        for week in range(40):
            when = start + timedelta(weeks=week)
            days.append((when.date(), "" if week % 4 else "f"))
            meeting = Meeting(group_id=working.id, title=f"Möte {week}", starts_at=when, ends_at=when + timedelta(hours=2),
                              uid=f"m{week}@test", secretary_id=person_id, status="adjusted")
            session.add(meeting)
            session.flush()
            session.add(Invitee(meeting_id=meeting.id, person_id=person_id,
                                attendance="present" if week % 4 else "absent"))
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    text = pdf_text(target)
    assert "Du har kallats till 40 möten i 1 grupp" in text
    assert "Arbetsgruppen Ersättare, Sundbyberg, från 2025-02-01 40 / 30 / 10 sekreterare 40" in text
    assert "Möte 17" not in text
    run = meeting_dates(text)
    months = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    expected = "Arbetsgruppen – 2025 " + " · ".join(
        f"{months[month - 1]} " + " ".join(f"{d.day}{mark}" for d, mark in days if d.month == month)
        for month in sorted({d.month for d, _ in days}))
    assert run.strip() == expected  # every one of the forty dates, absences marked f
    assert len(PdfReader(target).pages) <= 3


def test_every_meeting_date_of_a_busy_year_is_in_the_run_with_its_marks(db, person_id, tmp_path: Path):
    """Thousands of invitations (smaller type) still list each date; a justerare, a meeting with no attendance
    recorded and a meeting chaired without an invitation carry their marks; two groups stay apart."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from stic_desktop.models import Invitee, Meeting

    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    steering = next(g for g in groups.list_groups(db) if g.kind == "steering")
    start = datetime(2020, 1, 1, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    expected: dict[str, dict[date, str]] = {working.name: {}, steering.name: {}}
    with db.write() as session:
        for n in range(4200):
            group = working if n % 3 else steering
            when = start + timedelta(days=n // 2, hours=n % 2)
            invited = n != 7
            mark = ("e" if n % 97 == 0 else "") + ("j" if n % 89 == 0 else "") if invited else "r"
            meeting = Meeting(group_id=group.id, title=f"Möte {n}", starts_at=when, ends_at=when + timedelta(hours=1),
                              uid=f"m{n}@test", status="adjusted", chair_id=None if invited else person_id)
            session.add(meeting)
            session.flush()
            if invited:
                session.add(Invitee(meeting_id=meeting.id, person_id=person_id, adjuster=n % 89 == 0,
                                    attendance=None if n % 97 == 0 else "present"))
            days = expected[group.name]
            days[when.date()] = days.get(when.date(), "") + " " + (str(when.day) + mark)
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    text = pdf_text(target)
    run = meeting_dates(text)
    for name, days in expected.items():
        part = run[run.index(f"{name} – 20"):]
        part = part[:part.index(" – ", len(name) + 3) if part.count(" – ") > 1 else len(part)]
        tokens = part.split()
        for day, cells in days.items():
            for cell in cells.split():
                assert cell in tokens, (name, day, cell)
        assert str(day.year) in tokens
    assert "ordförande 1" in text  # the uninvited meeting counts as a role
    assert len(PdfReader(target).pages) <= 10


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
        empty = text[text.index("Uppgifter som saknas"):text.index("Information enligt artikel 15")]
        return text, empty

    text, empty = roles_and_empty()
    assert "justerare 1" not in text and "Mötesdatum Varje möte" not in text  # no meetings, no dates

    working = next(g for g in groups.list_groups(db) if g.kind == "working")
    when = datetime(2026, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    with db.write() as session:
        meeting = Meeting(group_id=working.id, title="Arbetsgruppen mars", starts_at=when,
                          ends_at=when + timedelta(hours=2), uid="adjusted@test", status="adjusted")
        session.add(meeting)
        session.flush()
        session.add(Invitee(meeting_id=meeting.id, person_id=person_id, attendance="present", adjuster=True))
    text, empty = roles_and_empty()
    assert "Arbetsgruppen Ersättare, Sundbyberg, från 2025-02-01 1 / 1 / 0 justerare 1" in text
    assert "Arbetsgruppen – 2026 mar 3j" in text  # the date, marked j


def test_every_procurement_and_every_change_is_in_the_extract(db, person_id, tmp_path: Path):
    """Beyond fifteen procurements the stages are counted but each case number is still printed; every change
    to the person's data is a row (it used to show the fifteen latest)."""
    from stic_desktop.models import Procurement

    numbers = [f"STIC-{2024 + n // 60}-{n % 60 * 7 + 1:03d}" for n in range(120)]  # each year's run wraps
    with db.write() as session:
        session.add_all(Procurement(case_number=c, title=f"Upphandling {c}", area="other", contract_kind="supplies_services",
                                    procedure="open", responsible_id=person_id, created_on=DAY) for c in numbers)
    town = people.get_person(db, person_id).municipality_id
    for n in range(20):
        people.save_person(db, PersonInput(name=NAME, title=f"Titel {n}", municipality_id=town,
                                           email="oleg@sundbyberg.example.se"), person_id)
    target, = run_to_end(export_person_data(db, person_id, tmp_path / "utdrag.pdf", today=DAY)).files
    text = pdf_text(target)
    assert "Du är ansvarig för 120 upphandlingar" in text
    run = text[text.index("Upphandlingar du är ansvarig för, diarienummer:"):].replace(",", " ").split()
    tails = [c.rsplit("-", 1)[1] for c in numbers]
    found = run[run.index("STIC-2024:") + 1:run.index("STIC-2024:") + 61]
    assert found == tails[:60]  # a number split over two lines would read as two pieces here
    assert run[run.index("·", run.index("STIC-2024:")) + 1] == "STIC-2025:"
    assert run[run.index("STIC-2025:") + 1:run.index("STIC-2025:") + 61] == tails[60:]
    history = text[text.index("Ändringshistorik"):text.index("Information enligt artikel 15")]
    assert "Dina uppgifter har registrerats eller ändrats 22 gånger; varje gång visas nedan" in history
    assert history.count("ändrad personuppgifter") == 20
