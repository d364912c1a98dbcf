"""``export commission-report --year YYYY`` and ``export invoicing-basis SUPPLIER_ID`` on the command line, run
as a subprocess on a seeded demo file; the outputs are read back with pypdf and openpyxl."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from backend_tools import plain
from clitools import assert_one_error_line, row_counts, run_cli
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_invitation import page_texts  # noqa: E402


def kronor(ore: int) -> str:
    whole, part = divmod(int(ore), 100)  # PostgreSQL sums to a Decimal
    return f"{whole:,}".replace(",", " ") + f",{part:02d} kr"


def busiest(db: Path | str) -> tuple[int, int, int, int]:
    """(year, supplier id, month, commission) of the demo's last full year's busiest supplier-month."""
    year, month = (("CAST(EXTRACT(YEAR FROM period_start) AS INTEGER)", "CAST(EXTRACT(MONTH FROM period_start) AS INTEGER)")
                   if isinstance(db, str) else  # plain SQL of each backend
                   ("CAST(strftime('%Y', period_start) AS INTEGER)", "CAST(strftime('%m', period_start) AS INTEGER)"))
    with plain(db) as conn:
        return tuple(conn.execute(
            f"SELECT {year} y, supplier_id, {month}, sum(commission_ore) s FROM sales_reports "
            "GROUP BY 1, 2, 3 ORDER BY s DESC, 2 LIMIT 1").fetchone())


def year_totals(db: Path | str, year: int) -> tuple[int, int]:
    with plain(db) as conn:
        return conn.execute("SELECT sum(amount_ore), sum(commission_ore) FROM sales_reports "
                            "WHERE period_start BETWEEN ? AND ?", (f"{year}-01-01", f"{year}-12-31")).fetchone()


def test_commission_report_pdf_and_xlsx(demo_file: Path, tmp_path: Path) -> None:
    year = busiest(demo_file)[0]
    amount, commission = year_totals(demo_file, year)
    pdf = tmp_path / "provision.pdf"
    result = run_cli("export", "commission-report", "--year", year, "-o", pdf, "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {pdf}"
    text = " ".join(page_texts(pdf))
    assert f"Provisionsrapport {year}" in text and f"Försäljning {kronor(amount)} exkl. moms" in text
    assert f"Provision {kronor(commission)}" in text
    xlsx = tmp_path / "provision.xlsx"
    assert run_cli("export", "commission-report", "--year", year, "-o", xlsx, "--db", demo_file).returncode == 0
    summary = {row[0]: row[1] for row in load_workbook(xlsx)["Sammanfattning"].iter_rows(values_only=True) if row}
    assert Decimal(str(summary["Provision (kr)"])) * 100 == commission


def test_invoicing_basis_and_archive(demo_file: Path, tmp_path: Path) -> None:
    year, supplier, month, commission = busiest(demo_file)
    target = tmp_path / "underlag.pdf"
    before = row_counts(demo_file)
    result = run_cli("export", "invoicing-basis", supplier, "--year", year, "--month", month, "-o", target,
                     "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert row_counts(demo_file) == before  # only written, not archived
    assert f"Att fakturera {kronor(commission)} i provision" in " ".join(page_texts(target))
    archived = tmp_path / "skickat.xlsx"
    result = run_cli("export", "invoicing-basis", supplier, "--year", year, "--month", month, "-o", archived,
                     "--archive", "--db", demo_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Arkiverad som faktureringsunderlag: Fakturaunderlag ")
    with plain(demo_file) as conn:
        kind, entity, entity_id, data = conn.execute(
            "SELECT a.kind, a.entity, a.entity_id, f.data FROM archived_documents a JOIN stored_files f "
            "ON f.sha256 = a.sha256 ORDER BY a.id DESC LIMIT 1").fetchone()
    assert (kind, entity, entity_id) == ("invoicing_basis", "supplier", supplier)
    assert bytes(data) == archived.read_bytes()  # the file written is exactly what was archived


def test_bad_usage_and_unknown_supplier(demo_file: Path, tmp_path: Path) -> None:
    before = row_counts(demo_file)
    result = run_cli("export", "commission-report", "--year", "20x6", "-o", tmp_path / "r.pdf", "--db", demo_file)
    assert result.returncode == 2 and "året 20x6 ska vara ett årtal" in result.stderr
    result = run_cli("export", "commission-report", "--year", "2026", "-o", tmp_path / "r.docx", "--db", demo_file)
    assert result.returncode == 2 and "ska sluta på .pdf eller .xlsx" in result.stderr
    result = run_cli("export", "invoicing-basis", "1", "--year", "2026", "--month", "13", "-o", tmp_path / "u.pdf",
                     "--db", demo_file)
    assert result.returncode == 2 and "månaden 13 ska vara ett tal från 1 till 12" in result.stderr
    assert_one_error_line(run_cli("export", "invoicing-basis", "9999", "--year", "2026", "-o", tmp_path / "u.pdf",
                                  "--archive", "--db", demo_file), "Det finns ingen leverantör med id 9999")
    assert row_counts(demo_file) == before
    assert not any(tmp_path.glob("[ru].*"))
