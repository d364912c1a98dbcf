"""Tilldelningsbeslut: who is awarded, the evaluation result, why other tenders did not go on, and the
avtalsspärr (20 kap. 1 § LOU) with its computed last day and the first day a contract may be signed.

The document is public once sent, so it names every tenderer. ``operations.procurement_documents``
builds it for the day it is sent and hands the exact bytes to ``services.procurement.sending``, which
archives them and records the award decision's date in one transaction.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import money
from stic_desktop.documents.opening_record import (
    LATE,
    date_text,
    gap,
    header,
    procurement_facts,
)
from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.procurement.document_data import AwardData

TITLE = "Tilldelningsbeslut"


def joined(names: list[str] | tuple[str, ...]) -> str:
    """``A``, ``A och B``, ``A, B och C``."""
    names = list(names)
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " och " + names[-1]


def standstill_text(award: AwardData) -> list[str]:
    if award.standstill is None:
        return ["Ingen avtalsspärr gäller för en direktupphandling (20 kap. 1 § LOU). Avtal kan tecknas direkt."]
    s = award.standstill
    how = "elektroniskt" if award.electronically else "på annat sätt än elektroniskt"
    sent = "skickades" if award.data.actual("award_decision") == s.sent_on else "skickas"
    lines = [f"Beslutet {sent} {how} den {date_text(s.sent_on)}. Avtal får inte ingås under avtalsspärren, som "
             f"är {s.days} dagar från den dag beslutet skickades (20 kap. 1 § LOU)."]
    moved = f" Eftersom {s.moved_because} löper den till och med nästa arbetsdag." if s.moved_because else ""
    lines.append(f"Avtalsspärren löper till och med {date_text(s.last_day)}.{moved}")
    lines.append(f"Avtal får tecknas tidigast {date_text(s.first_signing_day)}.")
    return lines


def award_story(award: AwardData) -> list:
    from stic_desktop.documents.evaluation import ranked, score_text
    from stic_desktop.documents.meeting_layout import keep, labelled, signature_grid, text
    from stic_desktop.documents.pdf import make_table

    data, p = award.data, award.data.procurement
    winners = [t.supplier_name for t in ranked(data.tenders) if t.awarded]
    if not winners:
        raise UserError(f"Inget anbud i upphandlingen {p.case_number} är markerat att tilldelas. Markera det "
                        "eller de anbud som ska antas innan tilldelningsbeslutet skrivs.")
    organisation = data.organisation.name
    story = [text(TITLE, "title"), text(p.title, "heading"), procurement_facts(
        data,
        ("Upphandlande organisation", organisation),
        ("För kommunerna", joined(award.municipalities)),
        ("Beslutsdatum", date_text(award.sent_on)),
    )]
    offer = "anbudet" if len(winners) == 1 else "anbuden"
    story += [text("Beslut", "heading"),
              text(f"{organisation} har beslutat att anta {offer} från {joined(winners)}.")]
    evaluated = [t for t in ranked(data.tenders) if t.qualified and not t.late]
    story += [text("Skälen för beslutet", "heading"),
              text("Anbuden har prövats mot kraven och utvärderats enligt de grunder som angavs i "
                   "upphandlingsdokumenten. Resultatet av utvärderingen:")]
    rows = [(str(t.ranking) if t.ranking is not None else "–", t.supplier_name,
             "–" if t.price_ore is None else money.format(t.price_ore, decimals="auto"),
             score_text(t.score), "Antas" if t.awarded else "") for t in evaluated]
    story += [make_table(("Rang", "Anbudsgivare", "Pris", "Poäng", "Beslut"), rows, (0.9, 5.5, 2.2, 1.2, 1.4),
                         align_right=(0, 2, 3)), gap()]
    rejected = [t for t in data.tenders if not t.late and t.qualified is False]
    late = [t for t in data.tenders if t.late]
    if rejected or late:
        story.append(text("Anbud som inte har utvärderats", "heading"))
        story += [labelled(f"{t.supplier_name}:", t.qualification_reason or "Uppfyller inte kraven.")
                  for t in rejected]
        story += [labelled(f"{t.supplier_name}:", f"{LATE} (efter sista anbudsdagen); prövas inte.") for t in late]
    story.append(text("Avtalsspärr", "heading"))
    story += [text(line) for line in standstill_text(award)]
    story.append(text("Den som anser sig ha lidit eller kunna komma att lida skada kan ansöka om överprövning hos "
                      "förvaltningsrätten innan avtalsspärren har löpt ut.", "small"))
    responsible = p.responsible_name or ""
    story.append(keep(text("Upplysningar", "heading"),
                      text(f"Frågor om beslutet besvaras av {responsible}." if responsible
                           else "Frågor om beslutet besvaras av upphandlingens handläggare."),
                      signature_grid([(responsible, f"För {organisation}")], columns=2)))
    return story


def write_award_decision(target: Path | BinaryIO, award: AwardData) -> None:
    from stic_desktop.documents.opening_record import write_document

    write_document(target, award_story(award), header(award.data, TITLE, award.sent_on), secret=False)


def award_decision_bytes(award: AwardData) -> bytes:
    buffer = io.BytesIO()
    write_award_decision(buffer, award)
    return buffer.getvalue()


def award_decision_filename(case_number: str) -> str:
    from stic_desktop.core import filenames

    return filenames.safe(f"{TITLE} {case_number}", ".pdf", fallback=TITLE)
