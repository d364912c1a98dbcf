"""Individuell rapport (12 kap. 15-16 §§ LOU): the contracting organisation, the subject and value, the
procedure and the grounds for it, the tenderers and what became of each tender, the winner and why, the
conflicts of interest declared and what was done, and for a cancelled procurement the reasons.

Also the written notice of cancellation to every tenderer (12 kap. 12 §), which shares the tenderer table.
The data is read by ``services.procurement.document_data`` (``individual_report_data``,
``cancellation_notice_data``); ``operations.procurement_documents`` writes or archives the bytes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from stic_desktop.core import money
from stic_desktop.documents.award_decision import joined, result_text
from stic_desktop.documents.opening_record import (
    date_text,
    deadline_text,
    gap,
    header,
    procurement_facts,
    received_text,
    write_document,
)

if TYPE_CHECKING:
    from stic_desktop.services.procurement.document_data import IndividualReportData

TITLE = "Individuell rapport"
NOTICE_TITLE = "Underrättelse om beslut att avbryta upphandlingen"
# procedures whose choice needs stated grounds (6 kap. 5-6, 12-19 §§; innovationspartnerskap 6 kap. 8 §)
NEEDS_GROUNDS = ("negotiated", "competitive_dialogue", "innovation_partnership", "negotiated_without_notice")


def tenderer_table(report: IndividualReportData, *, received: bool = True):
    from stic_desktop.documents.pdf import make_table

    data = report.data
    winners = sum(1 for t in data.tenders if t.awarded)
    cancelled = data.procurement.stage == "cancelled"
    rows = []
    for t in data.tenders:
        result = "Upphandlingen avbröts" if cancelled else result_text(t, winners)
        row = (t.supplier_name, data.org_number(t) or "–")
        rows.append((*row, received_text(t.received_at, short=True), result) if received else (*row, result))
    if received:
        return make_table(("Anbudsgivare", "Org.nr", "Mottaget", "Resultat"), rows, (3.6, 2, 2.4, 4.5))
    return make_table(("Anbudsgivare", "Org.nr", "Resultat"), rows, (5, 2.4, 5))


def _grounds(report: IndividualReportData) -> list[str]:
    p = report.data.procurement
    lines = [f"Upphandlingen har genomförts som {p.procedure_label.lower()}."]
    if p.procedure_grounds:
        lines.append(f"Skäl för förfarandet: {p.procedure_grounds}")
    elif p.procedure in NEEDS_GROUNDS:
        lines.append("Skäl för förfarandet har inte angetts i programmet (6 kap. LOU); ange dem innan rapporten "
                     "diarieförs.")
    if p.urgent and p.tender_period_reason:
        lines.append(f"Tidsfristerna förkortades på grund av brådska (11 kap. 10 § LOU): {p.tender_period_reason}")
    if not p.documents_electronic:
        lines.append("Upphandlingsdokumenten fanns inte fritt tillgängliga elektroniskt; anbudstiden förlängdes "
                     "med fem dagar (11 kap. 9 § LOU).")
    return lines


def _award(report: IndividualReportData) -> list[str]:
    from stic_desktop.documents.evaluation import score_text

    data = report.data
    winners = [t for t in data.tenders if t.awarded]
    if data.procurement.stage == "cancelled" or not winners:
        return ["Inget kontrakt har tilldelats."]
    lines = []
    for t in sorted(winners, key=lambda t: (t.ranking is None, t.ranking or 0)):
        facts = []
        if t.ranking is not None:
            facts.append(f"rang {t.ranking}")
        if t.price_ore is not None:
            facts.append(f"pris {money.format(t.price_ore, decimals='auto')}")
        if t.score is not None:
            facts.append(f"poäng {score_text(t.score)}")
        detail = f" ({', '.join(facts)})" if facts else ""
        lines.append(f"Anbudet från {t.supplier_name}{detail} antogs.")
    reason = ("Det antagna anbudet uppfyllde kraven och var det ekonomiskt mest fördelaktiga enligt de "
              "utvärderingsgrunder som angavs i upphandlingsdokumenten (16 kap. 1 § LOU)." if len(winners) == 1 else
              "De antagna anbuden uppfyllde kraven och rangordnades enligt de utvärderingsgrunder som angavs i "
              "upphandlingsdokumenten; avrop görs enligt ramavtalets villkor.")
    return [*lines, reason]


def _conflicts(report: IndividualReportData) -> list[str]:
    signed = [d for d in report.declarations if d.signed]
    missing = [d.person_name for d in report.declarations if not d.signed]
    conflicts = [d for d in signed if d.conflict]
    if not report.declarations:
        return ["Ingen avtalsgrupp har tagit del av anbuden; inga jävsförbindelser har krävts."]
    lines = [f"{len(signed)} av {len(report.declarations)} ledamöter i avtalsgruppen undertecknade en jävs- och "
             "sekretessförbindelse före anbudsöppningen."]
    if missing:
        lines.append(f"Förbindelse saknas för: {joined(missing)}.")
    if conflicts:
        lines += [f"{d.person_name} anmälde jäv ({date_text(d.signed_on)}): {d.conflict_description}"
                  for d in conflicts]
    else:
        lines.append("Ingen intressekonflikt har anmälts eller upptäckts.")
    return lines


def _signed(statement: str, signer: str, role: str):
    """The statement at left and the signature beside it, as on a form: one block, no taller than the signature."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    from stic_desktop.documents.meeting_layout import signature_block, text
    from stic_desktop.documents.pdf import FRAME_WIDTH

    between = 12 * mm  # as between two signatures
    width = (FRAME_WIDTH - between) / 2
    table = Table([[text(statement), "", signature_block(signer, role, width)]], colWidths=[width, between, width],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def report_story(report: IndividualReportData) -> list:
    from stic_desktop.documents.meeting_layout import keep, text

    data, p = report.data, report.data.procurement
    value = money.format(p.estimated_value_ore, decimals="auto") if p.estimated_value_ore else "–"
    story = [text(TITLE, "title"), text(p.title, "heading"), procurement_facts(
        data,
        ("Upphandlande organisation", data.organisation.deciding_text),
        ("För kommunerna", joined(report.municipalities) or "–"),
        ("Uppskattat värde", value),
        ("Annonserad", date_text(data.stage_date("advertised"))),
        ("Sista anbudstid", deadline_text(data)),
        ("Tilldelningsbeslut", date_text(data.actual("award_decision"))),
        ("Avtal tecknat", date_text(data.actual("signed"))),
        brief=True,  # title and Dnr are above: two lines less, so the report keeps to one page more often
    )]
    story += [text("1. Förfarande och skäl", "heading"), *(text(line) for line in _grounds(report))]
    story.append(text("2. Anbudsgivare och resultat", "heading"))
    story += [tenderer_table(report), gap()] if data.tenders else [text("Inga anbud kom in.")]
    story += [text("3. Tilldelning och skäl", "heading"), *(text(line) for line in _award(report))]
    if report.standstill is not None:
        s = report.standstill
        story.append(text(f"Avtalsspärren ({s.days} dagar, {s.reference}) löpte till och med "
                          f"{date_text(s.last_day)}."))
    last = [text("4. Intressekonflikter", "heading"), *(text(line) for line in _conflicts(report))]
    if p.stage == "cancelled":
        story += last
        last = [text("5. Avbrytande", "heading"),
                text(f"Upphandlingen avbröts. Skäl: {p.cancel_reason or '–'}"),
                text(f"Anbudsgivarna underrättades skriftligen den {date_text(p.cancellation_notice_sent_on)} "
                     "(12 kap. 12 § LOU)." if p.cancellation_notice_sent_on else
                     "Anbudsgivarna har ännu inte underrättats skriftligen (12 kap. 12 § LOU).")]
    statement = (f"Rapporten har upprättats den {date_text(report.today)} enligt 12 kap. 15–16 §§ LOU och bevaras "
                 "med upphandlingens dokumentation (12 kap. 17 §).")
    # The signature never stands alone on a page: where it does not fit, the last section goes with it.
    story.append(keep(*last, gap(), _signed(statement, p.responsible_name or "",
                                            f"För {data.organisation.deciding_name}")))
    return story


def notice_story(report: IndividualReportData) -> list:
    from stic_desktop.documents.award_decision import review_text_for
    from stic_desktop.documents.meeting_layout import keep, signature_grid, text

    data, p = report.data, report.data.procurement
    decider = data.organisation.deciding_name
    story = [text(NOTICE_TITLE, "title"), text(p.title, "heading"), procurement_facts(
        data,
        ("Upphandlande organisation", data.organisation.deciding_text),
        ("För kommunerna", joined(report.municipalities) or "–"),
        ("Datum", date_text(report.today)),
    )]
    story += [text("Till samtliga anbudsgivare", "heading")]
    story += [tenderer_table(report, received=False), gap()] if data.tenders else [
        text("Inga anbud kom in; underrättelsen går till dem som har anmält intresse.")]
    story += [text("Beslut", "heading"),
              text(f"{decider} har beslutat att avbryta upphandlingen {p.case_number} {p.title}. Inget kontrakt "
                   "kommer att tilldelas i upphandlingen."),
              text("Skälen för beslutet", "heading"), text(p.cancel_reason or "–"),
              text("Denna underrättelse lämnas enligt 12 kap. 12 § LOU. Anbuden och uppgifterna i dem omfattas inte "
                   "längre av absolut sekretess (19 kap. 3 § offentlighets- och sekretesslagen)."),
              text("Överprövning", "heading"), text(review_text_for(data.organisation))]
    responsible = p.responsible_name or ""
    story.append(keep(text("Upplysningar", "heading"),
                      text(f"Frågor besvaras av {responsible}." if responsible
                           else "Frågor besvaras av upphandlingens handläggare."),
                      signature_grid([(responsible, f"För {decider}")], columns=2)))
    return story


def individual_report_bytes(report: IndividualReportData) -> bytes:
    buffer = io.BytesIO()
    write_document(buffer, report_story(report), header(report.data, TITLE, report.today), secret=False)
    return buffer.getvalue()


def cancellation_notice_bytes(report: IndividualReportData) -> bytes:
    buffer = io.BytesIO()
    write_document(buffer, notice_story(report), header(report.data, "Underrättelse om avbrytande", report.today),
                   secret=False)
    return buffer.getvalue()


def filename(title: str, case_number: str) -> str:
    from stic_desktop.core import filenames

    return filenames.safe(f"{title} {case_number}", ".pdf", fallback=title)
