"""Tender contents are secret until the award decision is sent (OSL 19 kap. 3 §).

One procurement, made from a proposal that is on a working-group meeting's agenda, with four tenders whose
suppliers have markup-like and non-Latin names. Every document that leaves STIC is built before the award
decision is sent (no supplier named anywhere) and after (named in the status report and the meeting pack
that carries it; never in the proposal list or ``list procurements/proposals --json``). The procurement's
own title (``R&D <b>``, Łukasz Żółć, Иван) prints exactly in every PDF.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_invitation import page_texts
from test_opening_record import SECOND, SENT_ON, SUPPLIERS, WINNER, build_procurement, send_award_decision

from stic_desktop.documents.award_decision import award_decision_bytes
from stic_desktop.documents.evaluation import evaluation_bytes
from stic_desktop.documents.opening_record import SECRECY, opening_record_bytes
from stic_desktop.documents.procurement_report import TITLE as REPORT_TITLE
from stic_desktop.documents.procurement_report import procurement_report_bytes
from stic_desktop.documents.proposal_list import proposal_list_bytes
from stic_desktop.models import Group
from stic_desktop.operations import run_to_end
from stic_desktop.operations.meeting_pack import build_meeting_packs
from stic_desktop.operations.proposal_list import attach_proposal_list
from stic_desktop.services.meetings import agenda, attachments, meetings
from stic_desktop.services.meetings.meetings import MeetingInput
from stic_desktop.services.meetings.records import STOCKHOLM
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff
from stic_desktop.services.procurement.document_data import (
    award_document_data,
    procurement_document_data,
    procurement_report_data,
)
from stic_desktop.services.proposals import links as proposal_links
from stic_desktop.services.proposals import proposals
from stic_desktop.services.proposals.document_data import proposal_list_data
from stic_desktop.services.proposals.proposals import ProposalInput

TITLE = "Hemtjänst R&D <b>larm</b> för Łukasz Żółć och Иван"
CHECKOUT = Path(__file__).resolve().parents[2]


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stic_desktop", *map(str, args)], cwd=CHECKOUT,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


@pytest.fixture
def office(db):
    """The proposal on a working-group meeting's agenda, decided, and its procurement in evaluation."""
    from sqlalchemy import select

    anna = staff.add_staff_member(db, "Anna Lindqvist", "Regionchef", "anna.lindqvist@stic.example.se")
    staff.set_current_user(db, anna.id)
    municipalities.import_county_municipalities(db)
    towns = {m.name: m.id for m in municipalities.list_municipalities(db)}
    proposal = proposals.create_proposal(db, ProposalInput(title=TITLE, area="social",
                                                           description="Larm & <i>trygghet</i>"))
    proposal_links.set_interests(db, proposal.id, [(towns["Södertälje"], 40_000_000),
                                                   (towns["Botkyrka"], 20_000_000)])
    with db.read() as session:
        group_id = session.scalar(select(Group.id).where(Group.kind == "working"))
    start = datetime(2026, 12, 8, 13, 0, tzinfo=STOCKHOLM)
    meeting = meetings.create_meeting(db, MeetingInput(group_id, "Arbetsgruppens möte", start,
                                                       start.replace(hour=15)))
    agenda.apply_template(db, meeting.id)
    link = proposal_links.add_to_agenda(db, proposal.id, meeting.id)
    proposals.set_status(db, proposal.id, "decided")
    built = build_procurement(db, proposal_id=proposal.id, title=TITLE)
    return db, meeting.id, link.agenda_item_id, built


def outgoing(db, db_path: Path | str, meeting_id: int, item_id: int, folder: Path) -> dict[str, str]:
    """Every outgoing document's text, by name (PDFs read back with pypdf, CLI output as printed)."""
    folder.mkdir()
    run_to_end(attach_proposal_list(db, item_id))
    attachments.add_attachment(db, item_id, "Lägesrapport.pdf", procurement_report_bytes(procurement_report_data(db)))
    (pack,) = run_to_end(build_meeting_packs(db, meeting_id, folder / "pack.pdf")).files
    texts = {
        "report": " ".join(page_texts(procurement_report_bytes(procurement_report_data(db)))),
        "proposal list": " ".join(page_texts(proposal_list_bytes(proposal_list_data(db)))),
        "meeting pack": " ".join(page_texts(pack)),
    }
    metadata = PdfReader(pack).metadata or {}
    texts["pack metadata"] = " ".join(str(v) for v in metadata.values())
    for kind in ("procurements", "proposals"):
        result = cli("list", kind, "--db", db_path, "--json")
        assert result.returncode == 0, result.stderr
        texts[f"list {kind}"] = result.stdout
        assert json.loads(result.stdout)
    target = folder / "cli-report.pdf"
    result = cli("export", "procurement-report", "--db", db_path, "-o", target)
    assert result.returncode == 0, result.stderr
    texts["cli report"] = " ".join(page_texts(target))
    return texts


def test_no_supplier_named_before_the_award_decision_is_sent(office, db_location, tmp_path):
    db, meeting_id, item_id, built = office
    texts = outgoing(db, db_location, meeting_id, item_id, tmp_path / "före")
    for name, text in texts.items():
        leaked = [supplier for supplier in SUPPLIERS if supplier in text
                  or json.dumps(supplier, ensure_ascii=False)[1:-1] in text]
        assert leaked == [], f"{name} names {leaked} before the award decision is sent"
    for name in ("report", "proposal list", "meeting pack", "cli report"):
        assert TITLE in texts[name], name  # markup and Polish/Cyrillic letters print as typed
    assert REPORT_TITLE in texts["meeting pack"] and built.case_number in texts["meeting pack"]


def test_names_appear_where_expected_once_it_is_sent(office, db_location, tmp_path):
    db, meeting_id, item_id, built = office
    send_award_decision(db, built.procurement_id, SENT_ON, True)
    texts = outgoing(db, db_location, meeting_id, item_id, tmp_path / "efter")
    for name in ("report", "cli report", "meeting pack"):
        assert WINNER in texts[name], name
        assert SECOND not in texts[name], name  # the status report names the awarded supplier only
    for name in ("proposal list", "list procurements", "list proposals"):
        assert not any(s in texts[name] or json.dumps(s, ensure_ascii=False)[1:-1] in texts[name]
                       for s in SUPPLIERS), name  # never any tender contents
    award = " ".join(page_texts(award_decision_bytes(award_document_data(db, built.procurement_id))))
    assert all(supplier in award for supplier in SUPPLIERS) and TITLE in award


def test_internal_documents_name_the_tenderers_and_are_marked_secret(office):
    db, _meeting_id, _item_id, built = office
    for pdf in (opening_record_bytes(procurement_document_data(db, built.procurement_id)),
                evaluation_bytes(procurement_document_data(db, built.procurement_id))):
        texts = page_texts(pdf)
        assert all(SECRECY in text for text in texts)
        text = " ".join(texts)
        assert TITLE in text and all(supplier in text for supplier in SUPPLIERS)


def test_the_status_report_is_dated_and_needs_no_award(office):
    db, _meeting_id, _item_id, built = office
    text = " ".join(page_texts(procurement_report_bytes(procurement_report_data(db), today=date(2026, 12, 1))))
    assert "Pågående upphandlingar den 1 december 2026" in text and f"{built.case_number} {TITLE}" in text
