"""Arkivexport: every archived document (or one year's) written to a new folder for an e-archive.

One subfolder per year (the year the document was archived, Swedish time) holds the files and two metadata
files describing them, ``arkivmetadata.xml`` and ``arkivmetadata.csv`` (reference, title, date, kind,
retention, sha256 of the file written and of the archived original, and whether the file is PDF/A-2b).

A PDF archived before documents were made as PDF/A is finished as PDF/A on the way out (``documents.pdfa``);
the original's sha256 stays in the metadata, so the copy can be traced to the bytes that were sent. A PDF
that cannot be made PDF/A (a font not embedded, from an attachment) is written as it is and marked so.
Other files (.ics, .xlsx) are written exactly as archived.

The folder is written under a temporary name beside the target and renamed into place at the end, so a
failure or a cancel leaves nothing; a folder that exists and is not empty is refused before anything is read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import threading
from collections.abc import Generator
from pathlib import Path
from xml.etree import ElementTree

from stic_desktop.core import filenames
from stic_desktop.errors import UserError
from stic_desktop.operations import Outcome, Step

METADATA_XML = "arkivmetadata.xml"
METADATA_CSV = "arkivmetadata.csv"
FIELDS = ("fil", "referens", "titel", "datum", "dokumenttyp", "gallring", "pdfa", "sha256", "original_sha256",
          "anmarkning")


def _check_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} är en fil, inte en mapp. Ange en ny eller tom mapp. Inget skrevs.")
    if folder.is_dir() and any(folder.iterdir()):
        raise UserError(f"Mappen {folder} är inte tom. Arkivexporten skriver bara till en ny eller tom mapp, "
                        "så att inget skrivs över. Inget skrevs.")
    if not folder.parent.is_dir():
        raise UserError(f"Mappen {folder.parent} finns inte. Inget skrevs.")


def _pdf_title(data: bytes) -> str:
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return str(pdf.docinfo.get("/Title", ""))
    except pikepdf.PdfError:
        return ""


def _is_pdfa(data: bytes) -> bool:
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            meta = pdf.open_metadata()
            return meta.get("pdfaid:part") == "2" and meta.get("pdfaid:conformance") == "B"
    except pikepdf.PdfError:
        return False


def _archival_copy(data: bytes) -> tuple[bytes, str, str]:
    """(bytes to write, "ja"/"nej"/"–" for PDF/A, a note)."""
    if not data.startswith(b"%PDF-"):
        return data, "–", "Inte PDF; skrivs som den arkiverades."
    if _is_pdfa(data):
        return data, "ja", ""
    from stic_desktop.documents.pdfa import finish

    try:
        finished = finish(data)
    except Exception:  # noqa: BLE001 - a damaged PDF in the archive must not stop the export of the rest
        return data, "nej", "PDF:en kunde inte göras om till PDF/A och skrivs som den arkiverades."
    if finished.conformant:
        return finished.data, "ja", "Arkiverad före PDF/A; gjord till PDF/A-2b vid exporten (se original_sha256)."
    return finished.data, "nej", "Inte PDF/A: " + "; ".join(finished.problems) + "."


def _write_metadata(folder: Path, rows: list[dict]) -> None:
    root = ElementTree.Element("arkivexport", {"antal": str(len(rows))})
    for row in rows:
        item = ElementTree.SubElement(root, "dokument")
        for field in FIELDS:
            ElementTree.SubElement(item, field).text = row[field]
    ElementTree.indent(root)
    (folder / METADATA_XML).write_bytes(ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, FIELDS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    (folder / METADATA_CSV).write_text(buffer.getvalue(), encoding="utf-8-sig")  # Excel opens it as UTF-8


def export_archive(db, folder: Path, *, year: int | None = None) -> Generator[Step, None, Outcome]:
    """Writes the archive (or one year of it) to ``folder``; see the module docstring."""
    from stic_desktop.services import archive

    folder = Path(folder).absolute()
    _check_target(folder)
    yield 0, 1, "Läser arkivet"
    records = archive.all_archived(db, year)
    if not records:
        raise UserError(f"Det finns inga arkiverade dokument{f' från {year}' if year else ''}. Inget skrevs.")
    references = archive.references(db, records)
    total = len(records) + 1
    staging = folder.with_name(f".{folder.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        by_year: dict[int, list[dict]] = {}
        for done, record in enumerate(records, start=1):
            yield done, total, f"{record.kind_label} {record.created_at:%Y-%m-%d} ({done} av {len(records)})"
            original = archive.archived_bytes(db, record.id)
            data, pdfa, note = _archival_copy(original)
            day = record.created_at.strftime("%Y-%m-%d")
            name = filenames.safe_name(f"{day} {record.id:05d} {record.filename}")
            year_folder = staging / str(record.created_at.year)
            year_folder.mkdir(exist_ok=True)
            (year_folder / name).write_bytes(data)
            title = _pdf_title(data) if data.startswith(b"%PDF-") else ""
            by_year.setdefault(record.created_at.year, []).append({
                "fil": name, "referens": references.get((record.entity, record.entity_id), f"{record.entity} {record.entity_id}"),
                "titel": title or record.filename, "datum": day, "dokumenttyp": record.kind_label,
                "gallring": record.retention, "pdfa": pdfa, "sha256": hashlib.sha256(data).hexdigest(),
                "original_sha256": record.sha256, "anmarkning": note,
            })
        yield total - 1, total, "Skriver arkivmetadata"
        for number, rows in by_year.items():
            _write_metadata(staging / str(number), rows)
        if folder.is_dir():
            folder.rmdir()  # empty (checked above); the finished folder takes its place
        os.replace(staging, folder)
    except OSError as exc:
        raise UserError(f"Arkivexporten till {folder} misslyckades ({exc.strerror or exc}). Inget skrevs.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    years = ", ".join(str(y) for y in sorted(by_year))
    return Outcome(files=(folder,), message=f"Arkivexport: {len(records)} dokument till {folder} ({years}).")
