"""Several service calls in one transaction: ``one_read(db)`` and ``one_write(db)`` hand out a stand-in for
the database whose ``read()`` and ``write()`` reuse one open session, so the calls see one snapshot (a
document's data is read consistently) or commit together (archive a document and mark it sent, or neither).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session


class _Pinned:
    """What services expect of ``db`` (``read()``, ``write()``, ``actor_id``), all on one session."""

    def __init__(self, db, session: Session, *, writable: bool) -> None:
        self.actor_id = db.actor_id
        self.path = getattr(db, "path", None)
        self._session = session
        self._writable = writable

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def write(self) -> Iterator[Session]:
        if not self._writable:
            raise RuntimeError("one_read() is read-only; use one_write() for changes")
        yield self._session


@contextmanager
def one_read(db) -> Iterator[_Pinned]:
    """One read transaction for every service read made through the yielded stand-in."""
    with db.read() as session:
        yield _Pinned(db, session, writable=False)


@contextmanager
def one_write(db) -> Iterator[_Pinned]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT) for every service call made through the stand-in."""
    with db.write() as session:
        yield _Pinned(db, session, writable=True)
