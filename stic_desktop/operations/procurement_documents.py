"""The procurement documents: saved to a file (anbudsöppningsprotokoll, anbudsutvärdering,
tilldelningsbeslut, lägesrapport), the opening record archived, and the award decision sent.

Each reads in one transaction, renders, and then either writes the file whole or records what was done
in one write transaction (``services.procurement.sending``: the exact bytes archived with the procurement,
and for the award decision its date and the avtalsspärr). Cancelling before that records nothing.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from stic_desktop.operations import Outcome, Step
from stic_desktop.operations.files import write_file

KINDS = ("opening", "evaluation", "award", "report", "individual_report", "cancellation_notice")  # report: all running


def render(db, kind: str, procurement_id: int | None, *, today: date | None = None, sent_on: date | None = None,
           electronically: bool | None = None) -> bytes:
    """Reads the data (one transaction) and renders ``kind``."""
    from stic_desktop.services.procurement import document_data

    if kind == "opening":
        from stic_desktop.documents.opening_record import opening_record_bytes

        return opening_record_bytes(document_data.procurement_document_data(db, procurement_id), today=today)
    if kind == "evaluation":
        from stic_desktop.documents.evaluation import evaluation_bytes

        return evaluation_bytes(document_data.procurement_document_data(db, procurement_id), today=today)
    if kind == "award":
        from stic_desktop.documents.award_decision import award_decision_bytes

        return award_decision_bytes(document_data.award_document_data(
            db, procurement_id, sent_on=sent_on, electronically=electronically))
    if kind == "individual_report":
        from stic_desktop.documents.individual_report import individual_report_bytes

        return individual_report_bytes(document_data.individual_report_data(db, procurement_id, today=today))
    if kind == "cancellation_notice":
        from stic_desktop.documents.individual_report import cancellation_notice_bytes

        return cancellation_notice_bytes(document_data.cancellation_notice_data(db, procurement_id, today=today))
    if kind == "report":
        from stic_desktop.documents.procurement_report import procurement_report_bytes

        return procurement_report_bytes(document_data.procurement_report_data(db), today=today)
    raise ValueError(f"unknown procurement document {kind!r}")


def export_procurement_document(db, kind: str, procurement_id: int | None, target: Path, *,
                                today: date | None = None, sent_on: date | None = None,
                                electronically: bool | None = None) -> Generator[Step, None, Outcome]:
    """``kind`` (one of ``KINDS``) written to ``target``; the award decision as it reads when sent on
    ``sent_on`` (default: when it was sent, else today)."""
    target = Path(target)
    yield 0, 2, "Skapar dokumentet"
    content = render(db, kind, procurement_id, today=today, sent_on=sent_on, electronically=electronically)
    yield 1, 2, "Sparar"
    write_file(target, content)
    return Outcome(files=(target,), message=f"Sparade {target}.")


def archive_opening_record(db, procurement_id: int) -> Generator[Step, None, Outcome]:
    """Builds the opening record now and keeps it in the archive (the exact bytes)."""
    from stic_desktop.documents.opening_record import opening_record_bytes, opening_record_filename
    from stic_desktop.services.procurement import sending
    from stic_desktop.services.procurement.document_data import procurement_document_data

    yield 0, 2, "Skapar anbudsöppningsprotokollet"
    data = procurement_document_data(db, procurement_id)
    content = opening_record_bytes(data)
    yield 1, 2, "Arkiverar"
    record = sending.archive_opening_record(db, procurement_id, content, opening_record_filename(data.procurement))
    return Outcome(changed=frozenset({"archive"}), record=record,
                   message=f"Anbudsöppningsprotokollet arkiverades ({record.filename}).")


def send_award_decision(db, procurement_id: int, sent_on: date,
                        electronically: bool) -> Generator[Step, None, Outcome]:
    """Builds the decision for ``sent_on`` and records it as sent: archived and dated in one transaction.
    ``Outcome.record`` is the service's ``AwardSent`` (the archived document, the procurement, the standstill)."""
    from stic_desktop.documents.award_decision import award_decision_bytes, award_decision_filename
    from stic_desktop.services.procurement import sending
    from stic_desktop.services.procurement.document_data import award_document_data

    yield 0, 2, "Skapar tilldelningsbeslutet"
    award = award_document_data(db, procurement_id, sent_on=sent_on, electronically=electronically)
    content = award_decision_bytes(award)
    yield 1, 2, "Arkiverar och markerar som skickat"
    sent = sending.send_award_decision(db, procurement_id, content,
                                       award_decision_filename(award.data.procurement.case_number), sent_on,
                                       electronically)
    return Outcome(changed=frozenset({"procurement", "archive"}), record=sent,
                   message=f"Tilldelningsbeslutet är skickat {sent_on.isoformat()}.")


def archive_duty_document(db, kind: str, procurement_id: int) -> Generator[Step, None, Outcome]:
    """The individual report (``individual_report``) or the notice of cancellation to the tenderers
    (``cancellation_notice``), built for today, archived and its duty dated in one transaction."""
    from stic_desktop.core import clock
    from stic_desktop.documents import individual_report
    from stic_desktop.services.procurement import after_award, procurements

    label = "den individuella rapporten" if kind == "individual_report" else "underrättelsen om avbrytande"
    yield 0, 2, f"Skapar {label}"
    today = clock.today()
    content = render(db, kind, procurement_id, today=today)
    record = procurements.get_procurement(db, procurement_id)
    title = individual_report.TITLE if kind == "individual_report" else "Underrättelse om avbrytande"
    yield 1, 2, "Arkiverar"
    archived = after_award.archive_duty_document(db, procurement_id, kind, content,
                                                 individual_report.filename(title, record.case_number), today)
    return Outcome(changed=frozenset({"archive", "procurement"}), record=archived,
                   message=f"{title} arkiverades ({archived.filename}).")
