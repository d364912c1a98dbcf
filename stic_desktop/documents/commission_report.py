"""Provisionsrapport: the year's commission for the steering group, as a PDF or an .xlsx.

Totals, commission per month (a bar chart against the year before), the budget with its outcome, and the
sums per supplier, municipality and agreement. Every figure is a sum of the stored, rounded report lines
(``services.commission_reports``), so it agrees with the commission page and the invoicing bases.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import dates
from stic_desktop.core.money import decimal_kronor as money
from stic_desktop.core.money import format as kronor
from stic_desktop.documents.invoicing_basis import (
    ROUNDING_NOTE,
    append_row,
    bold_cell,
    fit_columns,
    save_workbook,
    suffix_of,
)

if TYPE_CHECKING:
    from stic_desktop.services.commission.budget import BudgetRecord, BudgetTable
    from stic_desktop.services.commission.commission import TotalRow
    from stic_desktop.services.commission.document_data import CommissionReportData
    from stic_desktop.services.commission.reports import CommissionReport

TITLE = "Provisionsrapport"
TOTAL_HEADERS = ("Försäljning exkl. moms", "Provision", "Rader")


def change_text(now: int, before: int) -> str:
    """"+12,3 %" against the year before; "–" without a base (integer arithmetic, one decimal, half up)."""
    if before <= 0:
        return "–"
    tenths = ((now - before) * 2000 + before) // (2 * before)  # per mille, rounded half up
    sign = "+" if tenths > 0 else "−" if tenths < 0 else "±"
    return f"{sign}{abs(tenths) // 10},{abs(tenths) % 10} %"


def months_text(through: int, year: int) -> str:
    """"januari–oktober 2025" (or "januari 2025" for one month)."""
    last = dates.MONTH_NAMES[through - 1]
    return f"januari {year}" if through == 1 else f"januari–{last} {year}"


def report_title(report: CommissionReport) -> str:
    """"Provisionsrapport 2026", or for the running year "Provisionsrapport 2026 (preliminär t.o.m. oktober)"."""
    title = f"{TITLE} {report.year}"
    if not report.preliminary:
        return title
    if report.through_month == 0:
        return f"{title} (preliminär, ingen månad avslutad)"
    return f"{title} (preliminär t.o.m. {dates.MONTH_NAMES[report.through_month - 1]})"


def comparison_facts(report: CommissionReport) -> list[tuple[str, str]]:
    """The commission against the year before over like periods: the whole year, or for the running year
    the months that have ended and the same months of the year before."""
    year = report.year
    if not report.preliminary:
        change = change_text(report.commission_ore, report.previous_commission_ore)
        return [("Provision", f"{kronor(report.commission_ore)} ({change} mot {year - 1})"),
                (f"Provision {year - 1}", kronor(report.previous_commission_ore))]
    rows = [("Provision hittills", f"{kronor(report.commission_ore)} (preliminär, året pågår)")]
    if report.through_month:
        change = change_text(report.compared_commission_ore, report.previous_compared_ore)
        rows += [(f"Provision {months_text(report.through_month, year)}",
                  f"{kronor(report.compared_commission_ore)} ({change} mot samma månader {year - 1})"),
                 (f"Provision {months_text(report.through_month, year - 1)}", kronor(report.previous_compared_ore))]
    rows.append((f"Provision hela {year - 1}", kronor(report.previous_commission_ore)))
    return rows


def budget_rows(table: BudgetTable) -> list[tuple]:
    """(name, budget, outcome, difference) in öre, with sums per kind and the result; None = no outcome."""
    rows: list[tuple] = []

    def line(record: BudgetRecord) -> tuple:
        name = f"{record.name} (beräknat)" if record.outcome_computed else record.name
        return (name, record.budget_ore, record.outcome_ore, record.difference_ore, False)

    for kind, label, budget_sum, outcome_sum in (
            ("income", "Summa intäkter", table.income_budget_ore, table.income_outcome_ore),
            ("cost", "Summa kostnader", table.cost_budget_ore, table.cost_outcome_ore)):
        rows += [line(record) for record in table.of_kind(kind)]
        rows.append((label, budget_sum, outcome_sum, outcome_sum - budget_sum, True))
    rows.append(("Resultat (intäkter − kostnader)", table.result_budget_ore, table.result_outcome_ore,
                 table.result_outcome_ore - table.result_budget_ore, True))
    return rows


# --- PDF ----------------------------------------------------------------------------------------------

def signed(ore: int) -> str:
    """An amount with a typographic minus (−), as the change column writes it, not a hyphen."""
    text = kronor(ore)
    return "−" + text[1:] if text.startswith("-") else text


def monthly_chart(report: CommissionReport):
    """Bars per month: this year and the year before, in thousands of kronor (kronor when all are small)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from stic_desktop.documents.pdf import FONT, FRAME_WIDTH, MUTED

    drawing = Drawing(FRAME_WIDTH, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 48, 30, FRAME_WIDTH - 60, 120
    # Thousands of kronor, or kronor when every month is small: in tkr a year of a few hundred kronor a
    # month read "0" on every tick.
    largest = max([*report.previous_monthly, *report.monthly, 0])
    unit, divisor = ("tkr", 100_000) if largest >= 1_000_000 else ("kr", 100)
    chart.data = [[v / divisor for v in report.previous_monthly], [v / divisor for v in report.monthly]]
    chart.categoryAxis.categoryNames = [dates.month_name(month, short=True) for month in range(1, 13)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    if largest == 0:
        chart.valueAxis.valueMax = 1  # an empty year: an axis 0–1 kr, not reportlab's guess
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}".replace(",", " ")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.bars[0].fillColor = colors.HexColor("#b3c5d7")
    chart.bars[1].fillColor = colors.HexColor("#2f6690")
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 1, 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 48, 165
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.columnMaximum, legend.alignment = 1, "right"
    legend.colorNamePairs = [(chart.bars[0].fillColor, str(report.year - 1)), (chart.bars[1].fillColor, str(report.year))]
    drawing.add(legend)
    from reportlab.graphics.shapes import String

    drawing.add(String(0, 160, unit, fontName=FONT, fontSize=7.5, fillColor=MUTED))
    return drawing


def _totals_table(first: str, rows: Sequence[TotalRow], widths: Sequence[float]):
    from stic_desktop.documents.pdf import make_table

    data: list[Sequence[object]] = [(row.label, kronor(row.amount_ore), kronor(row.commission_ore), str(row.lines))
                                    for row in rows]
    data.append((bold_cell("Summa"), bold_cell(kronor(sum(r.amount_ore for r in rows)), right=True),
                 bold_cell(kronor(sum(r.commission_ore for r in rows)), right=True),
                 bold_cell(str(sum(r.lines for r in rows)), right=True)))
    return make_table((first, *TOTAL_HEADERS), data, widths, align_right=(1, 2, 3))


def report_story(report: CommissionReport) -> list:
    from reportlab.platypus import KeepTogether

    from stic_desktop.documents.meeting_layout import banner, facts, text
    from stic_desktop.documents.pdf import make_table

    year = report.year
    end = date(year, 12, 31)
    rates = [f"{r.rate_text} från {r.valid_from.isoformat()}" for r in sorted(report.rates, key=lambda r: r.valid_from)
             if r.agreement_id is None and r.valid_from <= end]
    own = sorted({r.agreement_number for r in report.rates if r.agreement_id is not None and r.valid_from <= end})
    story = [banner(f"PRELIMINÄR – {year} pågår. Jämförelser med {year - 1} avser samma avslutade månader."
                    if report.through_month else f"PRELIMINÄR – {year} pågår och ingen månad är avslutad än.")
             ] if report.preliminary else []
    story += [text(report_title(report), "title"),
              text("Provision från leverantörernas försäljningsrapporter", "heading"),
             facts([("Försäljning", f"{kronor(report.amount_ore)} exkl. moms"),
                    *comparison_facts(report),
                    ("Rapportrader", f"{report.lines} på {len(report.by_agreement)} avtal"),
                    ("Standardsats", rates[-1] if rates else "inget beslut"),
                    ("Egen sats", f"{len(own)} avtal: {', '.join(own)}" if own else "")]),
             text("Provision per månad", "heading"), monthly_chart(report)]
    through = report.through_month
    # A month that has not ended is not compared (it would show "−100 %" against a whole month).
    months = [(dates.MONTH_NAMES[i].capitalize(), kronor(report.monthly[i]) if i < through else "–",
               kronor(report.previous_monthly[i]),
               change_text(report.monthly[i], report.previous_monthly[i]) if i < through else "–") for i in range(12)]
    if report.preliminary:
        label = f"Jan–{dates.MONTH_NAMES[through - 1][:3]}" if through else "Ingen avslutad månad"
        months.append((bold_cell(label), bold_cell(kronor(report.compared_commission_ore), right=True),
                       bold_cell(kronor(report.previous_compared_ore), right=True),
                       bold_cell(change_text(report.compared_commission_ore, report.previous_compared_ore)
                                 if through else "–", right=True)))
    else:
        months.append((bold_cell("Hela året"), bold_cell(kronor(report.commission_ore), right=True),
                       bold_cell(kronor(report.previous_commission_ore), right=True),
                       bold_cell(change_text(report.commission_ore, report.previous_commission_ore), right=True)))
    story.append(make_table(("Månad", f"Provision {year}", f"Provision {year - 1}", "Förändring"), months,
                            (120, 110, 110, 80), align_right=(1, 2, 3)))
    budget_heading = text(f"Budget och utfall {year}", "heading")
    if report.budget.lines:
        rows = [(bold_cell(name) if total else name, *((bold_cell(v, right=True) if total else v) for v in (
            signed(budget), "–" if outcome is None else signed(outcome),
            "–" if difference is None else signed(difference))))
            for name, budget, outcome, difference, total in budget_rows(report.budget)]
        story.append(KeepTogether([budget_heading, make_table(("Post", "Budget", "Utfall", "Avvikelse"), rows,
                                                              (190, 100, 100, 100), align_right=(1, 2, 3))]))
    else:
        story += [budget_heading, text(f"Ingen budget är inlagd för {year}.")]
    for heading, first, rows, widths in (
            ("Per leverantör", "Leverantör", report.by_supplier, (200, 110, 95, 45)),
            ("Per kommun", "Kommun", report.by_municipality, (200, 110, 95, 45)),
            ("Per avtal", "Avtal", report.by_agreement, (200, 110, 95, 45))):
        story.append(text(heading, "heading"))
        story.append(_totals_table(first, rows, widths) if rows else text("Inga rapporter."))
    story.append(text(ROUNDING_NOTE, "small"))
    return story


def write_report_pdf(target: Path | BinaryIO, report: CommissionReport, organisation, today: date) -> None:
    from stic_desktop.documents.opening_record import write_document
    from stic_desktop.documents.pdf import PageHeader

    header = PageHeader(organisation=organisation.name, title=report_title(report), document_date=today,
                        logo=organisation.logo)
    write_document(target, report_story(report), header, secret=False)


# --- .xlsx --------------------------------------------------------------------------------------------

def _totals_sheet(workbook, title: str, first: str, rows: Sequence[TotalRow]) -> None:
    sheet = workbook.create_sheet(title)
    append_row(sheet, (first, "Försäljning exkl. moms (kr)", "Provision (kr)", "Rader"), bold=True)
    for row in rows:
        append_row(sheet, (row.label, money(row.amount_ore), money(row.commission_ore), row.lines))
    append_row(sheet, ("Summa", money(sum(r.amount_ore for r in rows)), money(sum(r.commission_ore for r in rows)),
                       sum(r.lines for r in rows)), bold=True)
    sheet.freeze_panes = "A2"
    fit_columns(sheet, (50, 26, 18, 10))


def write_report_xlsx(target: Path | BinaryIO, report: CommissionReport, organisation, today: date) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = "Sammanfattning"
    year = report.year
    append_row(summary, (report_title(report), organisation.name), bold=True)
    for label, value in (("Försäljning exkl. moms (kr)", money(report.amount_ore)),
                         ("Provision (kr)", money(report.commission_ore)),
                         (f"Provision {year - 1} (kr)", money(report.previous_commission_ore)),
                         ("Rapportrader", report.lines), ("Avtal med försäljning", len(report.by_agreement)),
                         ("Skapad", today)):
        append_row(summary, (label, value))
    summary.cell(summary.max_row, 2).number_format = "yyyy-mm-dd"
    append_row(summary, ())
    append_row(summary, ("Månad", f"Provision {year} (kr)", f"Provision {year - 1} (kr)"), bold=True)
    for index, name in enumerate(dates.MONTH_NAMES):
        append_row(summary, (name.capitalize(), money(report.monthly[index]), money(report.previous_monthly[index])))
    append_row(summary, ("Hela året", money(report.commission_ore), money(report.previous_commission_ore)), bold=True)
    fit_columns(summary, (30, 24, 24))
    sheet = workbook.create_sheet("Budget och utfall")
    append_row(sheet, ("Post", "Budget (kr)", "Utfall (kr)", "Avvikelse (kr)"), bold=True)
    for name, budget_ore, outcome, difference, total in budget_rows(report.budget):
        append_row(sheet, (name, money(budget_ore), None if outcome is None else money(outcome),
                           None if difference is None else money(difference)), bold=total)
    fit_columns(sheet, (40, 18, 18, 18))
    _totals_sheet(workbook, "Per leverantör", "Leverantör", report.by_supplier)
    _totals_sheet(workbook, "Per kommun", "Kommun", report.by_municipality)
    _totals_sheet(workbook, "Per avtal", "Avtal", report.by_agreement)
    save_workbook(workbook, target)


# --- entry points -------------------------------------------------------------------------------------

def commission_report_bytes(data: CommissionReportData, *, suffix: str = ".pdf", today: date | None = None) -> bytes:
    buffer = io.BytesIO()
    suffix = suffix_of(Path(f"x{suffix}"))
    writer = write_report_pdf if suffix == ".pdf" else write_report_xlsx
    writer(buffer, data.report, data.organisation, today or data.today)
    return buffer.getvalue()


def report_filename(year: int, suffix: str = ".pdf") -> str:
    return f"{TITLE} {year}{suffix}"
