"""stic_desktop/services/meetings/calendar.py: CalendarWarning is a frozen value whose clash message is worded when read."""

from __future__ import annotations

import pytest

from stic_desktop.services.meetings.calendar import CalendarWarning


def _worded(name: str, title: str) -> str:
    return f"{name} är också kallad till ”{title}”."


def test_a_message_given_as_a_function_and_arguments_reads_as_the_text():
    lazy = CalendarWarning(7, "person_overlap", (_worded, "Kim Berg", "Styrgrupp"), "7:person_overlap:2026-03-04:1:8")
    plain = CalendarWarning(7, "person_overlap", "Kim Berg är också kallad till ”Styrgrupp”.",
                            "7:person_overlap:2026-03-04:1:8")
    assert lazy.message == plain.message == "Kim Berg är också kallad till ”Styrgrupp”."
    assert lazy == plain and hash(lazy) == hash(plain)
    assert lazy.kind_label == "Dubbelbokad person"
    assert "Kim Berg" in repr(lazy)


def test_marking_ignored_makes_a_new_value_and_the_old_one_cannot_change():
    warning = CalendarWarning(3, "weekend", "Mötet ligger på en lördag.", "3:weekend:2026-03-07")
    ignored = warning.marked_ignored()
    assert ignored.ignored and not warning.ignored
    assert ignored.message == warning.message and ignored.key == warning.key
    assert ignored != warning
    with pytest.raises(AttributeError):
        warning.ignored = True
