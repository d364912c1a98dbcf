"""services/fast_xlsx: python-calamine reads an .xlsx (much faster) only when its worst-case memory fits; the
rows are the same as openpyxl's, numbered as the user sees them; a shared-string bomb goes to openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

from stic_desktop.operations import run_to_end
from stic_desktop.services import fast_xlsx, tabular
from stic_desktop.services.commission.sales_file import read_sales_file

HEADERS = ("Avtalsnummer", "Leverantör (organisationsnummer)", "Kommunkod", "Period", "Belopp exkl. moms")


def sales_workbook(path: Path, offset: bool = False) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Försäljning"
    rows = [HEADERS, ("RA-2024-001", "556677-8899", "0180", "2026-03", 1234.5),
            ("RA-2024-001", "556677-8899", "0114", "2026-03", 0.1), (None, None, None, None, None),
            ("RA-2024-002", "556677-8899", "0180", "2026-04", "12 345,67")]
    for number, row in enumerate(rows, start=3 if offset else 1):
        for column, value in enumerate(row, start=2 if offset else 1):
            sheet.cell(number, column, value)
    workbook.save(path)
    return path


def shared_string_bomb(path: Path, rows: int = 2000, length: int = 30_000) -> Path:
    """A small file whose every cell refers to one long shared string: calamine would copy it into each."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    cells = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>{0 if r == 1 else 1}</v></c>' for c in "ABCDE")
                    + "</row>" for r in range(1, rows + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
            ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
        archive.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{rel.replace("officeDocument/2006/relationships", "package/2006/relationships")}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')  # noqa: E501
        archive.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                                            '<sheet name="Försäljning" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0"?><Relationships xmlns="{rel.replace("officeDocument/2006/relationships", "package/2006/relationships")}">'  # noqa: E501
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
        archive.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{main}" count="2" uniqueCount="2">'
                                                 f'<si><t>Avtalsnummer</t></si><si><t>{"x" * length}</t></si></sst>')
        archive.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>'
                                                     f"{cells}</sheetData></worksheet>")
    return path


def openpyxl_rows(path: Path) -> list[list[str]]:
    workbook = tabular.open_xlsx(path)
    try:
        return [[tabular.cell_text(c) for c in row] for row in tabular.sheet_rows(path, workbook.worksheets[0])]
    finally:
        workbook.close()


def test_calamine_reads_what_openpyxl_reads_with_the_users_row_numbers(tmp_path: Path) -> None:
    for offset in (False, True):  # data starting at B3: the empty rows and column are kept
        path = sales_workbook(tmp_path / f"försäljning-{offset}.xlsx", offset)
        assert fast_xlsx.estimated_bytes(path) < fast_xlsx.BUDGET_BYTES
        workbook = fast_xlsx.calamine_workbook(path)
        assert workbook is not None
        workbook.close()
        fast = [[tabular.cell_text(c) for c in row] for row in tabular.iter_file_rows(path)]
        expected = openpyxl_rows(path)
        width = max(len(r) for r in expected)
        assert [r + [""] * (width - len(r)) for r in fast] == [r + [""] * (width - len(r)) for r in expected]
    rows = run_to_end(read_sales_file(tmp_path / "försäljning-False.xlsx"))
    assert [(r.number, r.municipality, r.amount) for r in rows] == [
        (2, "0180", "1 234,50"), (3, "0114", "0,10"), (5, "0180", "12 345,67")]


def test_a_shared_string_bomb_is_left_to_openpyxl(tmp_path: Path) -> None:
    path = shared_string_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 200_000
    assert fast_xlsx.estimated_bytes(path) >= 10_000 * 30_000  # 10,000 cells × the 30,000-character string
    assert fast_xlsx.calamine_workbook(path) is None
    rows = list(tabular.iter_file_rows(path))  # openpyxl streams it (one shared string object)
    assert len(rows) == 2000 and rows[1][0] == "x" * 30_000
