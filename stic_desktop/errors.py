"""Errors a user can cause. Every layer raises or shows these; anything else is a bug.

Messages are Swedish sentences meant to be shown as they are: in a dialog, next to a field,
or as the one line the command line prints on stderr.
"""

from __future__ import annotations

from typing import NamedTuple

# The two small value types are NamedTuples, not dataclasses: this module is imported before the window's
# first paint, and the dataclasses module is not needed until the database is open.


class UserError(Exception):
    """Something the user can fix; shown without a traceback, exit code 1 on the command line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FieldError(NamedTuple):
    field: str
    message: str


class ValidationError(UserError):
    """One or more fields are wrong; the UI shows each message next to its field."""

    def __init__(self, field: str, message: str, *more: FieldError) -> None:
        self.errors: tuple[FieldError, ...] = (FieldError(field, message), *more)
        super().__init__(" ".join(e.message for e in self.errors))

    @classmethod
    def of(cls, errors: list[FieldError]) -> ValidationError:
        first, *rest = errors
        return cls(first.field, first.message, *rest)

    def for_field(self, field: str) -> str | None:
        messages = [e.message for e in self.errors if e.field == field]
        return " ".join(messages) or None


class NotFound(UserError):
    """An id that does not exist (often typed on the command line)."""


class DatabaseRefused(UserError):
    """The file cannot be used as a STIC database; it was left untouched."""


class DatabaseUnavailable(UserError):
    """The environment stops a write (locked, read-only, disk full); nothing was changed."""


class DatabaseBusy(DatabaseUnavailable):
    """Another program (or another person) held the database longer than the busy timeout; worth retrying."""


class ChangedByOthers(UserError):
    """Saving was refused because someone else saved the record after the form was loaded (a lost update
    averted). ``who``/``when`` name that change when the audit log knows it; nothing was saved."""

    def __init__(self, message: str, *, who: str | None = None, when: str | None = None) -> None:
        super().__init__(message)
        self.who = who
        self.when = when


class RowError(NamedTuple):
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"rad {self.row}" + (f", kolumn {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class ImportFailed(UserError):
    """An import was refused as a whole; every bad row is listed and nothing was saved."""

    def __init__(self, message: str, row_errors: list[RowError] | None = None) -> None:
        super().__init__(message)
        self.row_errors: list[RowError] = list(row_errors or [])
