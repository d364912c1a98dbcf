"""Importing the office's existing agreements from a spreadsheet, so the program is useful from the first day.

One row per agreement × supplier; the agreement's own columns may be repeated on each of its rows or left
empty after the first (a repeated value must be the same), and the municipality codes of all its rows are
combined. Suppliers are matched by organisation number and created when new. All or nothing: every bad
row is reported and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.errors import ImportFailed, RowError, ValidationError
from stic_desktop.models import Municipality, Supplier
from stic_desktop.services import validation
from stic_desktop.services.agreements import agreements, suppliers
from stic_desktop.services.tabular import Table, read_table

COLUMNS = {
    "avtalsnummer": "agreement_number",
    "rubrik": "title",
    "startdatum": "start_date",
    "slutdatum": "initial_end_date",
    "förlängningar (antal)": "extension_count",
    "förlängningar": "extension_count",
    "månader per förlängning": "extension_months",
    "leverantör": "supplier_name",
    "organisationsnummer": "org_number",
    "rangordning": "ranking",
    "kommunkoder": "municipality_codes",
    "rapportdag": "report_due_day",
    "särskilda skäl": "long_term_reason",
    "anteckningar": "notes",
}
HEADINGS = {"agreement_number": "Avtalsnummer", "title": "Rubrik", "start_date": "Startdatum",
            "initial_end_date": "Slutdatum", "extension_count": "Förlängningar (antal)",
            "extension_months": "Månader per förlängning", "supplier_name": "Leverantör",
            "org_number": "Organisationsnummer", "ranking": "Rangordning", "municipality_codes": "Kommunkoder",
            "report_due_day": "Rapportdag", "long_term_reason": "Särskilda skäl", "notes": "Anteckningar"}
REQUIRED = ("agreement_number", "title", "start_date", "initial_end_date", "org_number", "municipality_codes")
AGREEMENT_COLUMNS = ("title", "start_date", "initial_end_date", "extension_count", "extension_months",
                     "report_due_day", "long_term_reason", "notes")
RENEWED = {"förnyad konkurrensutsättning", "fku", "förnyad"}
FIELD_COLUMNS = {"agreement_number": "agreement_number", "title": "title", "start_date": "start_date",
                 "initial_end_date": "initial_end_date", "extension_count": "extension_count",
                 "extension_months": "extension_months", "report_due_day": "report_due_day",
                 "long_term_reason": "long_term_reason", "notes": "notes", "procurement_id": "agreement_number"}


@dataclass(frozen=True)
class AgreementImportResult:
    agreements: int
    suppliers_created: int
    suppliers_matched: int
    participants: int
    dry_run: bool
    agreement_numbers: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = (f"{self.agreements} avtal, {self.suppliers_created} nya leverantörer, {self.suppliers_matched} "
                 f"befintliga leverantörer, {self.participants} kommundeltaganden")
        return f"Förhandsgranskning: {parts}. Inget har sparats." if self.dry_run else f"Importerat: {parts}."


@dataclass
class _Plan:
    number: str
    first_row: int
    cells: dict[str, tuple[int, str]]  # field -> (row, text) of the first non-empty value
    suppliers: list[tuple[int, str, str, str]] = field(default_factory=list)  # (row, org, name, ranking text)
    codes: dict[str, int] = field(default_factory=dict)  # code -> first row


def _heading(name: str) -> str:
    return HEADINGS[name].lower()


def _columns(table: Table) -> dict[str, str]:
    errors = [RowError(1, h, f"Okänd kolumn. Kända kolumner: {', '.join(HEADINGS.values())}.")
              for h in table.headers if h not in COLUMNS]
    columns = {COLUMNS[h]: h for h in table.headers if h in COLUMNS}
    errors += [RowError(1, _heading(name), "Kolumnen saknas i filen.") for name in REQUIRED if name not in columns]
    if errors:
        raise ImportFailed("Filen har fel kolumner. Inget importerades.", errors)
    return columns


def _group(table: Table, columns: dict[str, str], errors: list[RowError]) -> list[_Plan]:
    plans: dict[str, _Plan] = {}
    for source in table.rows:
        cell = {name: source.values.get(header, "").strip() for name, header in columns.items()}
        number = cell["agreement_number"]
        if not number:
            errors.append(RowError(source.number, _heading("agreement_number"), "Avtalsnumret saknas."))
            continue
        plan = plans.setdefault(number.casefold(), _Plan(number, source.number, {}))
        for name in AGREEMENT_COLUMNS:
            text = cell.get(name, "")
            if not text:
                continue
            if name not in plan.cells:
                plan.cells[name] = (source.number, text)
            elif plan.cells[name][1] != text:
                errors.append(RowError(source.number, _heading(name), f"Avtalet {number} har ”{plan.cells[name][1]}” "
                                                                      f"på rad {plan.cells[name][0]}; värdena ska "
                                                                      "vara samma på avtalets alla rader."))
        plan.suppliers.append((source.number, cell["org_number"], cell.get("supplier_name", ""),
                               cell.get("ranking", "")))
        for code in (c.strip() for c in cell["municipality_codes"].replace(";", ",").split(",")):
            if code:
                plan.codes.setdefault(code.zfill(4) if code.isdigit() and len(code) == 3 else code, source.number)
    return list(plans.values())


def _whole(text: str, default: int | None = None) -> int:
    if not text:
        if default is None:
            raise ValueError("Värdet saknas.")
        return default
    if not text.isdigit():
        raise ValueError(f"”{text}” är inget heltal.")
    return int(text)


def _agreement_input(plan: _Plan, errors: list[RowError]) -> agreements.AgreementInput | None:
    values: dict = {"agreement_number": plan.number}
    ok = True
    for name in AGREEMENT_COLUMNS:
        row, text = plan.cells.get(name, (plan.first_row, ""))
        try:
            if name in ("start_date", "initial_end_date"):
                values[name] = validation.parse_date(text)
            elif name in ("extension_count", "extension_months"):
                values[name] = _whole(text, 0)
            elif name == "report_due_day":
                values[name] = _whole(text, 15)
            else:
                values[name] = text
        except ValueError as exc:
            errors.append(RowError(row, _heading(name), str(exc)))
            ok = False
    return agreements.AgreementInput(**values) if ok else None


def _ranking(text: str, supplier_count: int) -> tuple[int | None, bool] | None:
    """(ranking, renewed competition), or None when the cell is wrong; empty means 1 for a sole supplier."""
    text = text.casefold()
    if text in RENEWED:
        return None, True
    if not text and supplier_count == 1:
        return 1, False
    if text.isdigit() and 1 <= int(text) <= 99:
        return int(text), False
    return None


def _supplier_plan(plan: _Plan, known: dict[str, Supplier], new: dict[str, str],
                   errors: list[RowError]) -> list[tuple[str, int | None, bool]]:
    """(org number, ranking, renewed competition) for each supplier row; new suppliers go into ``new``."""
    result: list[tuple[str, int | None, bool]] = []
    seen: dict[str, int] = {}
    for row, org_text, name, ranking_text in plan.suppliers:
        ranking = _ranking(ranking_text, len(plan.suppliers))
        if ranking is None:
            errors.append(RowError(row, _heading("ranking"), "Ange rangordningen som ett heltal (1, 2, …) eller "
                                                             "”förnyad konkurrensutsättning”."))
        try:
            org = validation.normalise_org_number(org_text)
        except ValueError as exc:
            errors.append(RowError(row, _heading("org_number"), str(exc)))
            continue
        if org in seen:
            errors.append(RowError(row, _heading("org_number"), f"Leverantören {org} finns redan på rad {seen[org]} "
                                                                f"för avtalet {plan.number}."))
            continue
        seen[org] = row
        if org not in known and org not in new:
            try:
                new[org] = validation.require_text(name, "Leverantörens namn", 300)
            except ValueError as exc:
                errors.append(RowError(row, _heading("supplier_name"), f"{exc} (ny leverantör {org})"))
                continue
        if ranking is not None:
            result.append((org, *ranking))
    rankings = [r for _o, r, _c in result if r is not None]
    if len(rankings) != len(set(rankings)):
        errors.append(RowError(plan.first_row, _heading("ranking"), f"Avtalet {plan.number} har två leverantörer med "
                                                                    "samma rangordning."))
    return result


def _plan(session: Session, table: Table) -> tuple[list, dict[str, str], int]:
    columns = _columns(table)
    errors: list[RowError] = []
    plans = _group(table, columns, errors)
    known = {s.org_number: s for s in session.scalars(select(Supplier))}
    codes = {m.municipality_code: m.id for m in session.scalars(select(Municipality))}
    new: dict[str, str] = {}
    ready = []
    for plan in plans:
        data = _agreement_input(plan, errors)
        if data is not None:
            try:
                agreements.validated(session, data, None)
            except ValidationError as exc:
                for e in exc.errors:
                    row = plan.cells.get(FIELD_COLUMNS.get(e.field, ""), (plan.first_row, ""))[0]
                    errors.append(RowError(row, _heading(FIELD_COLUMNS.get(e.field, "agreement_number")), e.message))
                data = None
        parties = _supplier_plan(plan, known, new, errors)
        municipality_ids = []
        for code, row in plan.codes.items():
            if code not in codes:
                errors.append(RowError(row, _heading("municipality_codes"), f"Okänd kommunkod ”{code}”."))
            else:
                municipality_ids.append(codes[code])
        if not plan.codes:
            errors.append(RowError(plan.first_row, _heading("municipality_codes"), f"Avtalet {plan.number} har inga "
                                                                                   "kommunkoder."))
        ready.append((data, parties, municipality_ids))
    if errors:
        errors.sort(key=lambda e: e.row)
        raise ImportFailed(f"{len(errors)} fel i filen. Inget importerades.", errors)
    matched = len({org for _d, parties, _m in ready for org, _r, _c in parties if org in known})
    return ready, new, matched


def _import(db, table: Table, *, dry_run: bool) -> AgreementImportResult:
    with db.write() as session:
        ready, new, matched = _plan(session, table)
        participants = sum(len(ids) for _d, _p, ids in ready)
        numbers = [data.agreement_number for data, _p, _m in ready]
        if not dry_run:
            by_org = {s.org_number: s.id for s in session.scalars(select(Supplier))}
            for org, name in new.items():
                by_org[org] = suppliers.insert_supplier(session, db.actor_id, {
                    **{f: "" for f in suppliers.STORED_FIELDS}, "name": name, "org_number": org}).id
            for data, parties, municipality_ids in ready:
                row = agreements.insert_agreement(session, db.actor_id, agreements.validated(session, data, None))
                agreements.write_suppliers(session, db.actor_id, row,
                                            [(by_org[org], ranking, renewed) for org, ranking, renewed in parties])
                agreements.write_participants(session, db.actor_id, row, municipality_ids)
        return AgreementImportResult(len(ready), len(new), matched, participants, dry_run, numbers)


def import_agreements(db, path: Path, *, dry_run: bool = False) -> AgreementImportResult:
    """All-or-nothing import of an .xlsx (or .csv) list of agreements with their suppliers and municipalities."""
    return _import(db, read_table(Path(path)), dry_run=dry_run)

