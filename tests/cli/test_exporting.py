"""stic_desktop.cli.exporting and the export part of stic_desktop.cli.municipalities."""

from __future__ import annotations

from pathlib import Path

import pytest
from clitools import assert_one_error_line, listed, sha256


def test_export_pdf_is_the_member_list(cli, demo_file: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "medlemmar.pdf"
    result = cli("export", "municipalities", "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Medlemsförteckning" in text
    assert "Södertälje" in text and "Österåker" in text


def test_export_xlsx_has_a_header_and_every_municipality(cli, demo_file: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "kommuner.xlsx"
    result = cli("export", "municipalities", "--db", demo_file, "-o", target)
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(target, read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert len(rows) == 27
    assert rows[0][:2] == ("Kommunkod", "Namn")
    assert {row[0] for row in rows[1:]} == {item["municipality_code"] for item in listed(demo_file)}


def test_exported_xlsx_imports_again_unchanged(cli, demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "kommuner.xlsx"
    assert cli("export", "municipalities", "--db", demo_file, "-o", target).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    result = cli("import", "municipalities", target, "--db", copy)
    assert result.returncode == 0, result.stderr
    strip = lambda items: [{k: v for k, v in item.items() if k != "id"} for item in items]  # noqa: E731
    assert strip(listed(copy)) == strip(listed(demo_file))


@pytest.mark.parametrize("name", ["kommuner.docx", "kommuner", "kommuner.csv"])
def test_export_to_an_unknown_suffix_is_bad_usage(cli, demo_file: Path, tmp_path: Path, name: str) -> None:
    result = cli("export", "municipalities", "--db", demo_file, "-o", tmp_path / name)
    assert result.returncode == 2
    assert ".pdf eller .xlsx" in result.stderr
    assert not (tmp_path / name).exists()


def test_export_into_a_missing_folder_is_a_user_error(cli, demo_file: Path, tmp_path: Path) -> None:
    before = sha256(demo_file)
    assert_one_error_line(cli("export", "municipalities", "--db", demo_file, "-o", tmp_path / "nej" / "a.pdf"), "finns inte")
    assert sha256(demo_file) == before
