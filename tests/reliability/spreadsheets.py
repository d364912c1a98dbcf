"""Hand-built .xlsx files (zip + XML written piecewise), for inputs no spreadsheet program would save: a
huge shared string, a sheet of a million rows, broken XML."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' \
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_END = "</sheetData></worksheet>"


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row() -> str:
    return f'<row r="1">{_inline("A1", "kommunkod")}{_inline("B1", "namn")}</row>'


def xlsx(path: Path, sheet_chunks: Iterable[str], shared_chunks: Iterable[str] = ()) -> Path:
    """Writes the parts; the sheet and shared strings are streamed into the zip chunk by chunk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks:
                sheet.write(chunk.encode())
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as shared:
            shared.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                         b'spreadsheetml/2006/main">')
            for chunk in shared_chunks:
                shared.write(chunk.encode())
            shared.write(b"</sst>")
    return path


def million_rows(path: Path, rows: int = 1_000_000) -> Path:
    def chunks():
        yield SHEET_START + header_row()
        batch = []
        for number in range(2, rows + 2):
            batch.append(f'<row r="{number}"><c r="A{number}"><v>{number % 10000}</v></c></row>')
            if len(batch) == 10000:
                yield "".join(batch)
                batch = []
        yield "".join(batch) + SHEET_END

    return xlsx(path, chunks())


def huge_shared_string(path: Path, megabytes: int = 300) -> Path:
    def shared():
        yield "<si><t>"
        for _ in range(megabytes):
            yield "x" * (1024 * 1024)
        yield "</t></si>"

    sheet = [SHEET_START + header_row() + '<row r="2"><c r="A2"><v>180</v></c><c r="B2" t="s"><v>0</v></c></row>'
             + SHEET_END]
    return xlsx(path, sheet, shared())


def broken_xml(path: Path) -> Path:
    return xlsx(path, [SHEET_START + header_row() + '<row r="2"><c r="A2"><v>0180</v></c><c r="B2" t="inlineStr">'
                       "<is><t>Stockholm</is></c></row>" + SHEET_END])
