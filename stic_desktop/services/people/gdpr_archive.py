"""Archived documents that still mention a person after anonymisation.

Documents sent out are archived as the exact bytes sent (services/archive.py): they are public records
(*arkivhandlingar*) that must be kept as they are, so anonymisation never alters them. It lists the ones
that mention the person's name, e-mail or phone instead, so the user knows what is left and where.
The text of a PDF is read with pypdf; a zip file (.xlsx) by its XML parts; anything else as text.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.models import ArchivedDocument
from stic_desktop.services.archive import KIND_LABELS, STOCKHOLM
from stic_desktop.services.pdf_safety import quiet_pypdf
from stic_desktop.storage import blobs as storage

MIN_LENGTH = 4  # shorter strings ("Bo") would match inside other words of any document


@dataclass(frozen=True)
class ArchivedMention:
    """An archived document whose text mentions the person (kept unchanged)."""

    id: int
    kind: str
    kind_label: str
    filename: str
    created_on: date  # Europe/Stockholm

    def describe(self) -> str:
        return f"{self.kind_label} {self.created_on.isoformat()} ({self.filename})"


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader  # deferred: heavy, needed only when archived documents are searched

    with quiet_pypdf():
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        return "\n".join(page.extract_text() or "" for page in reader.pages)


def _zip_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith(".xml")]
    return html.unescape(re.sub(r"<[^>]+>", " ", "\n".join(parts)))


def _plain_text(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    text = re.sub(r"\r?\n[ \t]", "", text)  # .ics lines are folded at 75 octets
    return re.sub(r"\\([,;\\])", r"\1", text).replace("\\n", "\n").replace("\\N", "\n")


def document_text(data: bytes) -> str:
    """The document's text as a reader sees it; for a file that cannot be parsed, its bytes as text."""
    try:
        if b"%PDF-" in data[:1024]:
            return _pdf_text(data)
        if data[:4] == b"PK\x03\x04":
            return _zip_text(data)
    except Exception:  # a damaged file: search what can be read of it rather than nothing
        pass
    return _plain_text(data)


def _normalised(text: str) -> str:
    """Case and line breaks do not matter (a name may wrap in a PDF table cell)."""
    return " ".join(text.split()).casefold()


def archived_mentions(session: Session, strings: list[str]) -> list[ArchivedMention]:
    """Archived documents whose text contains one of the strings (case-insensitive), oldest first.
    Each stored file is read once, however many documents share it."""
    wanted = [_normalised(s) for s in dict.fromkeys(strings) if s and len(s.strip()) >= MIN_LENGTH]
    if not wanted:
        return []
    docs = session.execute(select(ArchivedDocument.id, ArchivedDocument.kind, ArchivedDocument.filename,
                                  ArchivedDocument.created_at, ArchivedDocument.sha256)
                           .order_by(ArchivedDocument.created_at, ArchivedDocument.id)).all()
    mentions: dict[str, bool] = {}
    found = []
    for doc_id, kind, filename, created_at, sha in docs:
        if sha not in mentions:
            text = _normalised(document_text(storage.read_bytes(session, sha)))
            mentions[sha] = any(s in text for s in wanted)
        if mentions[sha]:
            found.append(ArchivedMention(doc_id, kind, KIND_LABELS.get(kind, kind), filename,
                                         created_at.astimezone(STOCKHOLM).date()))
    return found
