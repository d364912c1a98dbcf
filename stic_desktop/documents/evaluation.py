"""Anbudsutvärdering: every tender with its qualification, price, score and ranking, for the evaluation
meeting and the file. Confidential: marked "Sekretess enligt 19 kap. 3 § OSL" on every page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import money
from stic_desktop.documents.opening_record import (
    LATE,
    SECRECY,
    SECRECY_NOTE,
    date_text,
    gap,
    header,
    procurement_facts,
    received_text,
    write_document,
)

if TYPE_CHECKING:
    from stic_desktop.services.procurement.document_data import ProcurementData
    from stic_desktop.services.procurement.tenders import TenderRecord

TITLE = "Anbudsutvärdering"
HEADERS = ("Rang", "Anbudsgivare", "Mottaget", "Kvalificerat", "Pris", "Poäng", "Antas")
WIDTHS = (36, 107, 92, 100, 84, 38, 36)  # points; "Mottaget" and "Pris" fit their longest value on one line


def ranked(tenders: tuple[TenderRecord, ...] | list[TenderRecord]) -> list[TenderRecord]:
    """Ranked tenders first (by rank), then the rest in order of receipt."""
    return sorted(tenders, key=lambda t: (t.ranking is None, t.ranking or 0, t.receipt_order))


def qualification_text(tender: TenderRecord) -> str:
    if tender.late:
        return f"Nej – {LATE.lower()}"
    if tender.qualified is None:
        return "Ej prövat"
    if tender.qualified:
        return "Ja"
    return f"Nej – {tender.qualification_reason}" if tender.qualification_reason else "Nej"


def score_text(score: float | None) -> str:
    if score is None:
        return "–"
    return f"{score:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def tender_rows(tenders: list[TenderRecord]) -> list[tuple]:
    return [(str(t.ranking) if t.ranking is not None else "–", t.supplier_name,
             received_text(t.received_at, short=True), qualification_text(t),
             "–" if t.price_ore is None else money.format(t.price_ore, decimals="auto"), score_text(t.score),
             "Ja" if t.awarded else "")
            for t in tenders]


def evaluation_story(data: ProcurementData) -> list:
    from stic_desktop.documents.meeting_layout import banner, text
    from stic_desktop.documents.pdf import make_table

    qualified = sum(1 for t in data.tenders if t.qualified and not t.late)
    story = [banner(SECRECY), text(TITLE, "title"), text(data.procurement.title, "heading"), procurement_facts(
        data,
        ("Anbud", f"{len(data.tenders)} inkomna, {qualified} kvalificerade"),
        ("Utvärdering", "Klar " + date_text(data.actual("evaluation")) if data.actual("evaluation") else "Pågår"),
    )]
    story.append(text("Anbud i rangordning", "heading"))
    if data.tenders:
        story += [make_table(HEADERS, tender_rows(ranked(data.tenders)), WIDTHS, align_right=(0, 4, 5)), gap()]
    else:
        story.append(text("Inga anbud har kommit in."))
    noted = [t for t in ranked(data.tenders) if t.notes]
    if noted:
        story.append(text("Anteckningar", "heading"))
        story += [text(f"{t.supplier_name}: {t.notes}") for t in noted]
    story.append(text(SECRECY_NOTE, "small"))
    return story


def write_evaluation(target: Path | BinaryIO, data: ProcurementData, *, today: date | None = None) -> None:
    write_document(target, evaluation_story(data), header(data, TITLE, today or data.today), secret=True)


def evaluation_bytes(data: ProcurementData, *, today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    write_evaluation(buffer, data, today=today)
    return buffer.getvalue()
