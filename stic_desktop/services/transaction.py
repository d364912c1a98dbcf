"""Several service calls in one transaction: ``one_read(db)`` and ``one_write(db)`` hand out a stand-in for
the database whose ``read()`` and ``write()`` reuse one open session, so the calls see one snapshot (a
document's data is read consistently) or commit together (archive a document and mark it sent, or neither).
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from stic_desktop.errors import DatabaseBusy

T = TypeVar("T")


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


# Unique columns whose values the program works out itself (the next number): a writer that lost the race
# for one gets a unique-constraint error, and running the action again takes the next free number.
GENERATED_NUMBERS = ("case_number", "paragraph", "agreement_number")


def _lost_number_race(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return ("unique" in text or "duplicate" in text) and any(name in text for name in GENERATED_NUMBERS)


def retrying(action: Callable[..., T]) -> Callable[..., T]:
    """Runs a write action again (up to ATTEMPTS times) when it lost a race for a generated number or found
    the database busy. Each run is its own transaction, and a failed run changed nothing; the last failure
    is raised as it came (a ValidationError then names a number a user typed that is taken)."""

    @functools.wraps(action)
    def run(*args, **kwargs) -> T:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return action(*args, **kwargs)
            except IntegrityError as exc:
                if attempt == ATTEMPTS or not _lost_number_race(exc):
                    raise
            except DatabaseBusy:
                if attempt == ATTEMPTS:
                    raise
            time.sleep(random.uniform(0.005, 0.05) * attempt)  # noqa: S311 - spreading retries, not secrets
        raise AssertionError("unreachable")

    return run


ATTEMPTS = 8
