"""File contents kept inside the database (attachments, archived documents), keyed by SHA-256.

One SQLite file then holds everything, so backing it up backs up every attachment too; the same
bytes attached twice are stored once.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from stic_desktop.core import clock
from stic_desktop.errors import NotFound
from stic_desktop.models import StoredFile
from stic_desktop.services import references


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_file(session: Session, data: bytes) -> str:
    """Stores ``data`` unless identical bytes are already there; returns its SHA-256 (hex)."""
    digest = sha256_of(data)
    exists = session.scalar(select(StoredFile.sha256).where(StoredFile.sha256 == digest))
    if exists is None:
        session.add(StoredFile(sha256=digest, size=len(data), data=bytes(data), created_at=clock.utcnow()))
        session.flush()
    return digest


def read_bytes(session: Session, sha256: str) -> bytes:
    """The stored bytes inside the caller's transaction."""
    data = session.scalar(select(StoredFile.data).where(StoredFile.sha256 == sha256))
    if data is None:
        raise NotFound(f"Filen {sha256[:12]}… finns inte i databasen.")
    return bytes(data)


def file_bytes(db, sha256: str) -> bytes:
    with db.read() as session:
        return read_bytes(session, sha256)


def discard_if_unused(session: Session, sha256: str) -> bool:
    """Deletes the stored file when nothing refers to it any more (an attachment removed); True if deleted."""
    if references.references_to(session, StoredFile.__tablename__, sha256):  # type: ignore[arg-type]
        return False
    row = session.get(StoredFile, sha256)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
