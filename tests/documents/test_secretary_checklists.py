"""A municipal secretary's checklist per document kind (issue 16), each item read back from the PDF with
pypdf: the minutes (protokoll), the invitation (kallelse) and the extract of one paragraph
(protokollsutdrag). Also the wrong content the issue found in these documents: minutes of a cancelled
meeting, the quorum counting STIC's secretary, documents dated the day they were exported."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_invitation import BUDGET, DAY, build_office, export, page_texts

from stic_desktop.core import clock
from stic_desktop.documents.invitation import letters_bytes
from stic_desktop.documents.meeting_pack import assemble_pack, prepare_parts
from stic_desktop.documents.minutes_doc import minutes_bytes
from stic_desktop.errors import UserError
from stic_desktop.operations import run_to_end
from stic_desktop.operations.meeting_documents import export_minutes_extract
from stic_desktop.services.meetings import action_items, agenda, invitees, meetings, minutes
from stic_desktop.services.meetings.action_items import ActionItemInput
from stic_desktop.services.meetings.document_data import meeting_document_data as load_meeting
from stic_desktop.services.meetings.document_data import meeting_pack_data, minutes_document_data
from stic_desktop.services.people import memberships, people
from stic_desktop.services.people.memberships import MembershipInput
from stic_desktop.services.people.people import PersonInput

NBSP = "\u00a0"
CHECKOUT = Path(__file__).resolve().parents[2]
DISPATCH = "Kommunstyrelserna i medlemskommunerna & Adda"


def raw_text(source) -> list[str]:
    """Each page's text as extracted, non-breaking spaces kept (page_texts folds them)."""
    import io

    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [page.extract_text() for page in reader.pages]


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    """``python -m stic_desktop ARGS`` from the checkout (tests/cli's helper is not importable from here)."""
    return subprocess.run([sys.executable, "-m", "stic_desktop", *map(str, args)], cwd=CHECKOUT,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def one_error_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Fel: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def seat_secretary(db, office) -> int:
    """STIC's secretary sits in the steering group with the role Sekreterare (no vote) and is invited."""
    person = people.save_person(db, PersonInput(name="Sara Sekreterare", organisation_kind="stic",
                                                email="sara@stic.example.se")).id
    memberships.save_membership(db, MembershipInput(person, office.group_id, "secretary", None, False, "2025-01-01"))
    invitees.add_guest(db, office.meeting_id, person)  # sits in the group that day: invited as a member
    return next(i.id for i in invitees.invitees(db, office.meeting_id) if i.person_id == person)


@pytest.fixture
def held(db):
    """The meeting held: the secretary and three members present (one through a substitute), one absent,
    the budget decided and sent to the municipalities, two action items entered out of § order."""
    office = build_office(db, attachments=False)
    secretary = seat_secretary(db, office)
    meetings.mark_held(db, office.meeting_id)
    inv = office.invitees
    invitees.set_attendance(db, inv["Łukasz Żółć"], "present")
    invitees.set_attendance(db, inv["Ayşe Yılmaz"], "present")
    invitees.set_attendance(db, inv["R&D <b>Bold</b> Berg"], "absent")
    invitees.set_attendance(db, inv["Олег Иванов"], "substitute", office.staff_id)
    invitees.set_attendance(db, secretary, "present")
    invitees.set_adjuster(db, inv["Ayşe Yılmaz"], True)
    minutes.set_minutes(db, office.items["budget"], "Ayşe föredrog.", "Styrgruppen godkänner budgeten.", DISPATCH)
    minutes.set_minutes(db, office.items["report"], "\n".join(["Lång rapport & diskussion. " * 25] * 12), "")
    action_items.add_action_item(db, office.meeting_id, ActionItemInput("Följ upp rapporten", None, "2026-04-01"),
                                 office.items["report"])
    action_items.add_action_item(db, office.meeting_id, ActionItemInput("Skicka budgeten", None, "2026-03-01"),
                                 office.items["budget"])
    return office


# --- protokoll ------------------------------------------------------------------------------------

def test_minutes_checklist(db, held, tmp_path):
    texts = page_texts(export(db, held.meeting_id, "minutes", tmp_path / "protokoll.pdf"))
    whole = " ".join(texts)
    assert len(texts) >= 2
    # "Justerandes signatur" on every page.
    assert all("Justerandes signatur" in text for text in texts)
    # The paragraphs the minutes cover, at the top and on the signature page with place and time of adjusting.
    assert "Paragrafer §§ 1–9" in texts[0]
    signatures = texts[-1][texts[-1].index("Underskrifter"):]
    assert "Paragrafer §§ 1–9" in signatures
    assert "Justeringens plats och tid Stadshuset, sal <A> & B," in signatures
    # Ordförande, Sekreterare and Justerare each labelled, at the top and under the signature lines.
    for expected in ("Ordförande Łukasz Żółć", "Sekreterare Anna Lindqvist", "Justerare Ayşe Yılmaz"):
        assert expected in texts[0]
    for expected in ("Anna Lindqvist Sekreterare", "Łukasz Żółć Ordförande", "Ayşe Yılmaz Justerare"):
        assert expected in signatures
    # Members present apart from the others present; the secretary does not vote and is not counted.
    members = texts[0][texts[0].index("Närvarande ledamöter"):texts[0].index("Övriga närvarande")]
    assert "Łukasz Żółć" in members and "Sara Sekreterare" not in members
    assert "Övriga närvarande Sara Sekreterare, STIC (sekreterare)" in texts[0]
    assert "Beslutsför (3 av 4 ledamöter närvarande)" in texts[0]
    # Who the decision is sent to.
    assert f"Beslut: Styrgruppen godkänner budgeten. Expedieras: {DISPATCH}" in whole
    # Action items in § order although entered the other way round; one date style.
    assert whole.index("§ 5 Skicka budgeten") < whole.index("§ 6 Följ upp rapporten")
    assert "2026-03-01" in whole and "1 mars 2026" not in whole


def test_paragraph_signs_never_split_from_their_number(db, held):
    """Late in the year the § numbers have three digits: "§ 111" stays on one line in the action table."""
    from sqlalchemy import update

    from stic_desktop.models import AgendaItem

    with db.write() as session:
        session.execute(update(AgendaItem).where(AgendaItem.meeting_id == held.meeting_id)
                        .values(paragraph=AgendaItem.position + 105))
    data = load_meeting(db, held.meeting_id)
    lines = [line.strip() for page in raw_text(minutes_bytes(data)) for line in page.splitlines()]
    assert lines.count("§") == 1  # the action table's column header, nothing else
    assert not [line for line in lines if line != "§" and line.endswith(("§", "§§"))]
    assert lines.index("§ 109") < lines.index("Skicka budgeten")  # the action table: one cell a line
    assert lines.index("§ 110") < lines.index("Följ upp rapporten")
    assert "Paragrafer §§ 105–113" in " ".join(lines)


def test_quorum_on_the_minutes_leaves_out_the_secretary(db, held):
    """Before issue 16: "Beslutsför (4 av 5 ledamöter närvarande)", STIC's secretary counted as a member."""
    data = load_meeting(db, held.meeting_id)
    assert (data.quorum.members, data.quorum.present) == (4, 3)


# --- cancelled meetings ---------------------------------------------------------------------------

def test_minutes_of_a_meeting_cancelled_before_it_began_are_refused(db, tmp_path, pinned_clock):
    pinned_clock(datetime(2026, 1, 25, 10, 0))
    office = build_office(db, attachments=False)
    meetings.cancel_meeting(db, office.meeting_id)
    with pytest.raises(UserError, match="inställt och hölls aldrig"):
        export(db, office.meeting_id, "minutes", tmp_path / "protokoll.pdf")
    assert not (tmp_path / "protokoll.pdf").exists()


def test_minutes_of_a_meeting_cancelled_after_it_began_say_installt(db, tmp_path, pinned_clock):
    pinned_clock(datetime(2026, 1, 25, 10, 0))
    office = build_office(db, attachments=False)
    pinned_clock(datetime(2026, 2, 3, 9, 40))  # the meeting began at 09.00 and was broken off
    invitees.set_attendance(db, office.invitees["Łukasz Żółć"], "present")
    meetings.cancel_meeting(db, office.meeting_id)
    texts = page_texts(export(db, office.meeting_id, "minutes", tmp_path / "protokoll.pdf"))
    assert "INSTÄLLT – mötet avbröts och ställdes in 3 februari 2026." in texts[0]
    assert all("Protokoll (INSTÄLLT) – Styrgruppen" in text for text in texts)
    assert not any("UTKAST" in text for text in texts)


@pytest.mark.sqlite_only  # the CLI is given the file path; tests/cli covers the team database
def test_cli_refuses_minutes_of_a_cancelled_meeting_with_one_swedish_line(db, db_path, tmp_path):
    office = build_office(db, attachments=False)
    meetings.cancel_meeting(db, office.meeting_id)
    db.close()
    result = run_cli("export", "minutes", office.meeting_id, "--db", db_path, "-o", tmp_path / "p.pdf")
    one_error_line(result, "är inställt och hölls aldrig", "inget protokoll")
    assert not (tmp_path / "p.pdf").exists()


# --- kallelse -------------------------------------------------------------------------------------

def test_invitation_checklist_one_letter_per_invitee(db, tmp_path, pinned_clock):
    pinned_clock(datetime(2026, 1, 20, 10, 0))
    office = build_office(db, attachments=False)
    substitute = people.save_person(db, PersonInput(name="Ersättare Ekström", organisation_kind="other",
                                                    other_organisation="Sundbybergs stad",
                                                    email="e@sundbyberg.example.se")).id
    invitees.set_rsvp(db, office.invitees["Олег Иванов"], "substitute", substitute)
    meetings.mark_invitation_sent(db, office.meeting_id)
    pinned_clock(datetime(2026, 1, 28, 15, 0))  # exported a week later: not the invitation's date
    texts = page_texts(export(db, office.meeting_id, "invitation-letters", tmp_path / "kallelser.pdf"))
    names = [i.person_name for i in invitees.invitees(db, office.meeting_id)]
    assert len(texts) == len(names) == 4
    for name, text in zip(names, texts):
        assert f"Till: {name}" in text and "Sida 1 av 1" in text  # each letter whole on its own
        assert "Kallelse – Styrgruppen" in text and "20 januari 2026" in text and "28 januari 2026" not in text
        assert "Svar senast tisdag 27 januari 2026." in text
        assert "Förhinder anmäls till Anna Lindqvist, anna.lindqvist@stic.example.se" in text
        assert "ersättaren kallas" in text
    oleg = texts[names.index("Олег Иванов")]
    assert "Din ersättare: Ersättare Ekström" in oleg


def test_a_letter_to_the_secretary_does_not_ask_to_call_a_substitute(db, tmp_path, pinned_clock):
    """Anna Lindqvist's own letter told her to report absence to Anna Lindqvist "so the substitute is called":
    only a voting member's letter says "ersättaren kallas"."""
    pinned_clock(datetime(2026, 1, 20, 10, 0))
    office = build_office(db, attachments=False)
    seat_secretary(db, office)
    texts = page_texts(export(db, office.meeting_id, "invitation-letters", tmp_path / "brev.pdf"))
    letters = {text.split("Till: ", 1)[1].split(" Kallelse", 1)[0]: text for text in texts}
    secretary = next(text for name, text in letters.items() if name.startswith("Sara Sekreterare"))
    assert "Svar senast" in secretary and "ersättaren kallas" not in secretary
    members = [text for name, text in letters.items() if not name.startswith("Sara Sekreterare")]
    assert len(members) == 4 and all("ersättaren kallas" in text for text in members)


def test_invitation_not_sent_yet_is_dated_the_meeting_day_not_the_export_day(db, tmp_path, pinned_clock):
    pinned_clock(datetime(2026, 1, 10, 10, 0))
    office = build_office(db, attachments=False)
    pinned_clock(datetime(2026, 1, 12, 10, 0))
    text = page_texts(export(db, office.meeting_id, "invitation", tmp_path / "k.pdf"))[0]
    assert "3 februari 2026" in text.split("Kallelse", 2)[1][:80] and "12 januari 2026" not in text


def test_invitation_not_sent_yet_is_dated_its_planned_send_day(db, tmp_path, pinned_clock):
    """The kallelse carries the day the invitation is planned to be sent (a field on the meeting), not the
    export day nor the meeting day; "Svar senast" counts from it; once sent, the sent day wins."""
    from dataclasses import replace

    pinned_clock(datetime(2026, 1, 10, 10, 0))
    office = build_office(db, attachments=False)
    record = meetings.get_meeting(db, office.meeting_id)
    saved = meetings.update_meeting(db, office.meeting_id, replace(record.as_input(),
                                                                   invitation_planned_on=date(2026, 1, 23)))
    assert saved.invitation_planned_on == date(2026, 1, 23) and saved.sequence == record.sequence
    pinned_clock(datetime(2026, 1, 12, 10, 0))
    for kind in ("invitation", "invitation-letters"):
        texts = page_texts(export(db, office.meeting_id, kind, tmp_path / f"{kind}.pdf"))
        for text in texts:
            dated = text.split("Kallelse", 2)[1][:80]
            assert "23 januari 2026" in dated and "3 februari 2026" not in dated and "12 januari 2026" not in text
            assert "Svar senast tisdag 27 januari 2026." in text
    pinned_clock(datetime(2026, 1, 21, 9, 0))
    meetings.mark_invitation_sent(db, office.meeting_id)
    text = page_texts(export(db, office.meeting_id, "invitation", tmp_path / "skickad.pdf"))[0]
    assert "21 januari 2026" in text.split("Kallelse", 2)[1][:80] and "23 januari 2026" not in text


def test_a_planned_send_day_after_the_meeting_is_refused(db, pinned_clock):
    from dataclasses import replace

    from stic_desktop.errors import ValidationError

    pinned_clock(datetime(2026, 1, 10, 10, 0))
    office = build_office(db, attachments=False)
    record = meetings.get_meeting(db, office.meeting_id)
    with pytest.raises(ValidationError) as refused:
        meetings.update_meeting(db, office.meeting_id, replace(record.as_input(),
                                                               invitation_planned_on=date(2026, 2, 4)))
    assert "efter mötesdagen" in str(refused.value)
    assert meetings.get_meeting(db, office.meeting_id).invitation_planned_on is None


def test_every_page_of_a_meeting_pack_carries_the_invitations_date(db, pinned_clock):
    pinned_clock(datetime(2026, 1, 20, 10, 0))
    office = build_office(db)
    meetings.mark_invitation_sent(db, office.meeting_id)
    pinned_clock(datetime(2026, 1, 29, 10, 0))
    pack = meeting_pack_data(db, office.meeting_id)
    steps = prepare_parts(pack.data, pack.files)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        parts = stop.value
    build = assemble_pack(parts, None, 0, 3)
    try:
        while True:
            next(build)
    except StopIteration as stop:
        content = stop.value
    ours = [t for t in page_texts(content) if "Stockholms Inköpscentral" in t]  # not the attachments
    assert len(ours) >= 4
    assert all("20 januari 2026" in t and "29 januari 2026" not in t for t in ours)


def test_letters_without_invitees_fall_back_to_the_general_letter(db):
    from test_invitation import at

    from stic_desktop.services.meetings.meetings import MeetingInput

    mid = meetings.create_meeting(db, MeetingInput(None, "Löst möte", at(DAY, "13:00"), at(DAY, "14:00"))).id
    texts = page_texts(letters_bytes(load_meeting(db, mid)))
    assert len(texts) == 1 and "Till:" not in texts[0] and "Du kallas till möte." in texts[0]


# --- protokollsutdrag -----------------------------------------------------------------------------

def test_extract_checklist(db, held, tmp_path):
    paragraph = next(i.paragraph for i in agenda.agenda(db, held.meeting_id).items if i.id == held.items["budget"])
    target = tmp_path / "utdrag.pdf"
    run_to_end(export_minutes_extract(db, held.meeting_id, paragraph, target))
    texts = page_texts(target)
    text = " ".join(texts)
    assert len(texts) == 1
    for expected in ("Protokollsutdrag (UTKAST) – Styrgruppen, § 5", "Utdrag ur protokoll", "Paragraf § 5",
                     f"§ 5 {BUDGET}", "Beslut: Styrgruppen godkänner budgeten.", f"Expedieras: {DISPATCH}",
                     "Ordförande Łukasz Żółć", "Sekreterare Anna Lindqvist", "Justerare Ayşe Yılmaz",
                     "Utdragsbestyrkande", "Utdraget överensstämmer med originalprotokollet.",
                     "Anna Lindqvist Sekreterare, intygar att utdraget är riktigt"):
        assert expected in text
    assert "Rapport" not in text.split("Utdrag ur protokoll", 1)[1]  # only the one paragraph


def test_extract_of_adjusted_minutes_is_not_a_draft(db, held, tmp_path, pinned_clock):
    pinned_clock(datetime(2026, 2, 10, 14, 0))
    minutes.adjust_minutes(db, held.meeting_id)
    target = tmp_path / "utdrag.pdf"
    run_to_end(export_minutes_extract(db, held.meeting_id, 5, target))
    text = page_texts(target)[0]
    assert "UTKAST" not in text and "Justeringens plats och tid Stadshuset, sal <A> & B, 10 februari 2026" in text


def test_extract_of_a_paragraph_the_minutes_do_not_have_is_refused(db, held, tmp_path):
    with pytest.raises(UserError, match=r"ingen § 42\. Mötets paragrafer är §§ 1–9"):
        run_to_end(export_minutes_extract(db, held.meeting_id, 42, tmp_path / "u.pdf"))


@pytest.mark.sqlite_only  # the CLI is given the file path; tests/cli covers the team database
def test_cli_exports_an_extract(db, db_path, held, tmp_path):
    db.close()
    target = tmp_path / "utdrag.pdf"
    result = run_cli("export", "minutes-extract", held.meeting_id, "--paragraph", 5, "--db", db_path, "-o", target)
    assert result.returncode == 0, result.stderr
    assert "Utdragsbestyrkande" in page_texts(target)[0]
    missing = run_cli("export", "minutes-extract", held.meeting_id, "--paragraph", 99, "--db", db_path,
                      "-o", tmp_path / "x.pdf")
    one_error_line(missing, "ingen § 99")


def test_minutes_data_refusal_is_a_service_error(db, pinned_clock):
    pinned_clock(datetime(2026, 1, 25, 10, 0))
    office = build_office(db, attachments=False)
    meetings.cancel_meeting(db, office.meeting_id)
    with pytest.raises(UserError):
        minutes_document_data(db, office.meeting_id)
    assert clock.today() == date(2026, 1, 25)


def test_the_pack_cover_names_the_group_once(db, tmp_path, pinned_clock):
    """The cover read "Styrgruppen" and under it "Styrgruppen – december 2025"; the group's name once."""
    from dataclasses import replace

    from stic_desktop.operations.meeting_pack import build_meeting_packs

    pinned_clock(datetime(2026, 1, 20, 10, 0))
    office = build_office(db, attachments=False)
    record = meetings.get_meeting(db, office.meeting_id)
    meetings.update_meeting(db, office.meeting_id, replace(record.as_input(), title="Styrgruppen – februari 2026"))
    target, = run_to_end(build_meeting_packs(db, office.meeting_id, tmp_path / "paket.pdf")).files
    cover = page_texts(target)[0]
    body = cover.split("Mötespaket", 2)[2]  # after the page header's title and the cover's own
    assert body.count("Styrgruppen") == 1 and "Styrgruppen – februari 2026" in body
