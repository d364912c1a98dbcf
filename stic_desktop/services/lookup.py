"""One row by its id, or the NotFound error every service words the same way."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from stic_desktop.errors import NotFound

Row = TypeVar("Row")


def row(session: Session, model: type[Row], row_id: int, missing: str) -> Row:
    """The row, or NotFound("Det finns {missing} med id {row_id}."), e.g. missing="ingen kommun"."""
    found = session.get(model, row_id)
    if found is None:
        raise NotFound(f"Det finns {missing} med id {row_id}.")
    return found
