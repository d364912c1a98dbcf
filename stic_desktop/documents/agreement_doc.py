"""Ramavtal: the agreement itself as sent to the suppliers for signature. Parties (STIC for the participating
municipalities, each supplier with its ranking or förnyad konkurrensutsättning), term and extension options
with the latest end date, the municipalities with their codes, the commission clause (the rate in force and
the decision behind it, the report due day, zero reports) and a signature block per party.

Also holds what the one-page summary (``agreement_summary``) shares: the call-off text and the term texts.
The data is read by ``services.agreements.document_data``; ``operations.agreement_documents`` writes and
archives the exact bytes sent (archive kind "agreement").
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from stic_desktop.services.agreements.agreements import AgreementRecord
    from stic_desktop.services.agreements.document_data import AgreementData, Party
    from stic_desktop.services.commission.commission import RateRecord

TITLE = "Ramavtal"
ARCHIVE_KIND = "agreement"
RENEWED = "Förnyad konkurrensutsättning"  # as Party.order_text reads for renewed competition
_COUNTS = {1: "en gång", 2: "två gånger", 3: "tre gånger", 4: "fyra gånger"}


# --- texts ---------------------------------------------------------------------------------------

def date_text(day: date | None) -> str:
    from stic_desktop.core import dates

    return dates.long_date(day) if day else "–"


def call_off_texts(parties: tuple[Party, ...]) -> list[str]:
    """How a municipality calls off: in ranking order, by renewed competition, or both (for different parts)."""
    ranked = [p for p in parties if p.order_text != RENEWED]
    renewed = [p for p in parties if p.order_text == RENEWED]
    lines = []
    if len(ranked) == 1 and not renewed:
        lines.append(f"Avrop görs direkt från {ranked[0].details.name}, utan förnyad konkurrensutsättning.")
    elif ranked:
        lines.append("Avrop görs enligt rangordningen: kommunen vänder sig först till leverantören med rang 1. Kan "
                     "den inte leverera enligt avtalets villkor går avropet vidare till nästa leverantör i "
                     "ordningen.")
    if renewed:
        start = "Avrop" if not ranked else "Avrop från leverantörer utan rangordning"
        lines.append(f"{start} görs efter förnyad konkurrensutsättning: kommunen bjuder in samtliga "
                     "leverantörer som kan utföra uppdraget att lämna avropssvar och väljer enligt de grunder som "
                     "anges i ramavtalet.")
    return lines


def extension_text(a: AgreementRecord) -> str:
    if not a.extension_count or not a.extension_months:
        return "Avtalet kan inte förlängas."
    count = _COUNTS.get(a.extension_count, f"{a.extension_count} gånger")
    return (f"STIC har rätt att förlänga avtalet {count} med {a.extension_months} månader i taget, på "
            "oförändrade villkor. Med alla förlängningar gäller avtalet längst till och med "
            f"{date_text(a.latest_end_date)}.")


def term_text(a: AgreementRecord) -> str:
    """``1 mars 2026 – 28 februari 2028``; a terminated agreement also says when it ends."""
    text = f"{date_text(a.start_date)} – {date_text(a.current_end_date)}"
    return text + (f" (uppsagt, upphör {date_text(a.terminated_on)})" if a.terminated_on else "")


def header(data: AgreementData, title: str, day: date | None = None):
    from stic_desktop.documents.pdf import PageHeader

    case = data.procurement.case_number if data.procurement is not None else ""
    case = "" if case == data.agreement.agreement_number else case  # already in the title
    return PageHeader(organisation=data.organisation.name, title=f"{title} {data.agreement.agreement_number}",
                      document_date=day or data.today, logo=data.organisation.logo, case_number=case or None)


def filename(title: str, agreement_number: str) -> str:
    from stic_desktop.core import filenames

    return filenames.safe(f"{title} {agreement_number}", ".pdf", fallback=title)


# --- building ------------------------------------------------------------------------------------

def _facts(data: AgreementData):
    from stic_desktop.documents.meeting_layout import facts

    a, p = data.agreement, data.procurement
    return facts([("Avtalsnummer", a.agreement_number),
                  ("Upphandling", f"{p.case_number} {p.title}" if p is not None else ""),
                  ("Avser", f"{p.area_label}, {p.contract_kind_label.lower()}" if p is not None else ""),
                  ("Avtalsperiod", term_text(a))])


def _municipality_table(municipalities: tuple[tuple[str, str], ...]):
    """Two code/name pairs per row, filled down the columns so the names read alphabetically."""
    from stic_desktop.documents.pdf import make_table

    half = (len(municipalities) + 1) // 2
    left, right = municipalities[:half], municipalities[half:]
    rows = [(*left[i], *(right[i] if i < len(right) else ("", ""))) for i in range(half)]
    return make_table(("Kod", "Kommun", "Kod", "Kommun"), rows, (1, 4, 1, 4))


def _term_story(data: AgreementData) -> list:
    from stic_desktop.documents.meeting_layout import text
    from stic_desktop.documents.pdf import make_table

    a = data.agreement
    story = [text(f"Avtalet gäller från och med {date_text(a.start_date)} till och med "
                  f"{date_text(a.initial_end_date)}."), text(extension_text(a))]
    years, months = divmod(a.term_months, 12)
    length = f"{years} år" + (f" och {months} månader" if months else "") if years else f"{months} månader"
    story.append(text(f"Den sammanlagda avtalstiden med alla förlängningar är {length} ({a.term_months} månader)."))
    if a.term_months > data.max_term_months and a.long_term_reason:
        story.append(text("Avtalstiden är längre än fyra år. Särskilda skäl enligt 7 kap. 2 § LOU: "
                          f"{a.long_term_reason}"))
    if data.extensions:
        story.append(text("Beslutade förlängningar:"))
        rows = [(e.decided_on.isoformat(), e.decided_by, date_text(e.new_end_date)) for e in data.extensions]
        story += [make_table(("Beslutat", "Beslutat av", "Gäller till och med"), rows, (2, 5, 3)), _gap()]
        story.append(text(f"Avtalet gäller nu till och med {date_text(a.current_end_date)}."))
    if a.terminated_on is not None:
        reason = f" Skäl: {a.termination_reason}" if a.termination_reason else ""
        story.append(text(f"Avtalet är uppsagt och upphör den {date_text(a.terminated_on)}.{reason}"))
    return story


def commission_story(data: AgreementData, rate: RateRecord) -> list:
    from stic_desktop.documents.meeting_layout import text

    whose = "för detta avtal" if rate.agreement_id is not None else "som STIC:s grundsats"
    decided = f"styrgruppens beslut den {date_text(rate.decided_on)}"
    if rate.meeting_title:
        decided += f" ({rate.meeting_title}" + (f", § {rate.paragraph})" if rate.paragraph is not None else ")")
    party = data.organisation.deciding_party
    months = party.commission_notice_months
    notice = f"{months} månad" if months == 1 else f"{months} månader"
    return [
        text(f"Leverantören betalar provision till STIC med {rate.rate_text} av det fakturerade beloppet exklusive "
             "moms för allt som avropas under avtalet. Provisionen ingår i leverantörens priser och faktureras "
             "inte kommunerna."),
        text(f"Satsen gäller från och med {date_text(rate.valid_from)} enligt {decided}, {whose}."),
        text(f"Provisionssatsen får ändras endast genom beslut av STIC:s styrgrupp och endast inom följande ramar: "
             f"den nya satsen är högst {party.commission_max_percent} procent av det fakturerade beloppet "
             f"exklusive moms; ändringen meddelas leverantören skriftligen minst {notice} innan den börjar gälla "
             "och gäller bara försäljning från och med den dagen, aldrig retroaktivt; ändringen ändrar inte "
             "avtalets övriga villkor eller priserna till kommunerna. En ändring utanför dessa ramar kräver en "
             "skriftlig överenskommelse mellan parterna (17 kap. 10 § LOU)."),
        text("Leverantören redovisar sin försäljning per kommun och månad senast den "
             f"{data.agreement.report_due_day} i månaden efter, i STIC:s mall. Även en månad utan försäljning ska "
             "redovisas (nollrapport); rapporten stänger perioden. Provisionen beräknas per rapportrad och avrundas "
             "till hela ören."),
    ]


def _gap(height: float = 5):
    from reportlab.platypus import Spacer

    return Spacer(1, height)


def _signature_parts(party: str, org_number: str, width: float) -> tuple[list, list]:
    """Who signs (name, org number) and the three lines to fill in, apart: the lines of two blocks side by
    side then line up even when one party's name wraps."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from stic_desktop.documents.meeting_layout import SignatureLine, style
    from stic_desktop.documents.pdf import para_text

    caption = style("signature_caption", parent="small", spaceAfter=0)
    head = [Paragraph(f"<b>För {para_text(party)}</b>", style("signature_party", spaceAfter=0)),
            Paragraph(para_text(f"Org.nr {org_number}") if org_number else "&nbsp;", caption)]
    lines: list = []
    for label in ("Ort och datum", "Underskrift", "Namnförtydligande"):
        lines += [Spacer(1, 8 * mm), SignatureLine(width, 2 * mm), Paragraph(para_text(label), caption)]
    return head, lines


def signature_rows(parties: list[tuple[str, str]]) -> list:
    """One block per party, two side by side; each pair its own table that never splits, so the pairs flow
    over pages but a block stays whole."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from stic_desktop.documents.pdf import FRAME_WIDTH

    gap = 12 * mm
    width = (FRAME_WIDTH - gap) / 2
    parts = [_signature_parts(name, org, width) for name, org in parties]
    tables = []
    for i in range(0, len(parts), 2):
        left, right = parts[i], parts[i + 1] if i + 1 < len(parts) else ("", "")
        table = Table([[left[0], "", right[0]], [left[1], "", right[1]]], colWidths=[width, gap, width],
                      hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                                   ("BOTTOMPADDING", (0, 1), (-1, 1), 20), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("NOSPLIT", (0, 0), (-1, -1))]))
        tables.append(table)
    return tables


def agreement_story(data: AgreementData, rate: RateRecord) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    from stic_desktop.documents.meeting_layout import keep, text
    from stic_desktop.documents.pdf import make_table

    a, org = data.agreement, data.organisation.name
    named = org if "STIC" in org else f"{org} (STIC)"
    decider = data.organisation.deciding_party
    story = [text(TITLE, "title"), text(a.title, "heading"), _facts(data)]
    if decider.name:
        issuer = data.organisation.deciding_text
        opening = (f"Detta ramavtal har slutits mellan {issuer}, genom {named}, för de deltagande kommunernas "
                   "räkning med stöd av deras fullmakter (avsnitt 4), och följande leverantörer:")
    else:
        opening = (f"Detta ramavtal har slutits mellan {named}, som har genomfört upphandlingen för de "
                   "deltagande kommunernas räkning med stöd av deras fullmakter, och följande leverantörer:")
    story += [text("1. Parter", "heading"), text(opening)]
    rows = [(p.details.name, p.details.org_number, p.details.address, p.order_text) for p in data.parties]
    story += [make_table(("Leverantör", "Organisations\xadnummer", "Adress", "Rangordning"), rows, (4, 2.2, 4, 2.6)),
              _gap(8)]
    story += [text("2. Avrop", "heading"), *(text(line) for line in call_off_texts(data.parties))]
    story += [text("3. Avtalstid och förlängning", "heading"), *_term_story(data)]
    # The list may run over a page break (its header repeats), but not start with less than a few rows' room.
    story += [CondPageBreak(40 * mm), text("4. Deltagande kommuner", "heading"),
              text(f"Följande {len(data.municipalities)} kommuner har gett STIC fullmakt och får avropa från "
                   "avtalet:" if len(data.municipalities) > 1 else
                   "Följande kommun har gett STIC fullmakt och får avropa från avtalet:"),
              _municipality_table(data.municipalities), _gap(8)]
    story += [keep(text("5. Provision och försäljningsrapporter", "heading"), *commission_story(data, rate))]
    number = 6
    for clause in data.clauses:
        paragraphs = [part for part in clause.body.split("\n") if part.strip()]
        story.append(keep(text(f"{number}. {clause.title}", "heading"), *(text(p) for p in paragraphs[:1])))
        story += [text(p) for p in paragraphs[1:]]
        number += 1
    copies = len(data.parties) + 1
    signers = [(decider.name or org, decider.org_number)] + [(p.details.name, p.details.org_number)
                                                            for p in data.parties]
    first, *rest = signature_rows(signers)
    story.append(keep(text(f"{number}. Underskrifter", "heading"),
                      text(f"Avtalet har upprättats i {copies} likalydande exemplar, av vilka parterna har tagit var "
                           "sitt."), first))
    return story + rest


def write_agreement(target: Path | BinaryIO, data: AgreementData, rate: RateRecord) -> None:
    from stic_desktop.documents.pdf import build_pdf

    build_pdf(target, agreement_story(data, rate), header(data, TITLE, data.signing_date))  # its own date


def agreement_bytes(data: AgreementData, rate: RateRecord) -> bytes:
    buffer = io.BytesIO()
    write_agreement(buffer, data, rate)
    return buffer.getvalue()
