"""Conflict-of-interest and confidentiality declarations (issue 15): every contract-group member who sees the
tenders signs before the opening; the opening is refused while one is missing, naming who."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
from test_opening_record import build_procurement  # noqa: E402

from stic_desktop.errors import ValidationError  # noqa: E402
from stic_desktop.services.people import groups, memberships, people  # noqa: E402
from stic_desktop.services.people.groups import GroupInput  # noqa: E402
from stic_desktop.services.people.memberships import MembershipInput  # noqa: E402
from stic_desktop.services.people.people import PersonInput  # noqa: E402
from stic_desktop.services.procurement import declarations, procurements, stages  # noqa: E402


def with_contract_group(db, procurement_id: int, names=("Eva Ek", "Olle Berg"), *, left: str = "") -> dict[str, int]:
    """A contract group with ``names`` as members from 2026-01-01 (and ``left`` whose membership ended in July)."""
    group = groups.save_group(db, GroupInput("Avtalsgrupp Hemtjänst", subject_area="Hemtjänst"))
    ids = {}
    for name in (*names, *([left] if left else [])):
        person = people.save_person(db, PersonInput(name, organisation_kind="other", other_organisation="Kommun"))
        end = "2026-07-31" if name == left else ""
        memberships.save_membership(db, MembershipInput(person.id, group.id, "member", None, False, "2026-01-01", end))
        ids[name] = person.id
    record = procurements.get_procurement(db, procurement_id)
    procurements.update_procurement(db, procurement_id, replace(record.as_input(), contract_group_id=group.id))
    return ids


def test_the_opening_is_refused_while_a_member_has_not_signed(db):
    built = build_procurement(db, stage="tender_deadline")
    ids = with_contract_group(db, built.procurement_id, left="Gammal Ledamot")
    declarations.record_declaration(db, built.procurement_id, ids["Eva Ek"], date(2026, 9, 1))
    with pytest.raises(ValidationError, match="Saknas för: Olle Berg") as caught:
        stages.advance_stage(db, built.procurement_id, on=date(2026, 9, 15))
    assert "Gammal Ledamot" not in str(caught.value)  # no longer a member on the opening day
    assert procurements.get_procurement(db, built.procurement_id).stage == "tender_deadline"
    # signed after the opening day does not count
    declarations.record_declaration(db, built.procurement_id, ids["Olle Berg"], date(2026, 9, 16))
    with pytest.raises(ValidationError, match="Olle Berg"):
        stages.advance_stage(db, built.procurement_id, on=date(2026, 9, 15))
    declarations.record_declaration(db, built.procurement_id, ids["Olle Berg"], date(2026, 9, 14), conflict=True,
                                    conflict_description="Bror anställd hos en anbudsgivare; deltar inte i "
                                                         "utvärderingen av det anbudet.")
    assert stages.advance_stage(db, built.procurement_id, on=date(2026, 9, 15)).stage == "opening"
    listed = declarations.declarations(db, built.procurement_id)
    assert [(d.person_name, d.signed_on, d.conflict) for d in listed] == [
        ("Eva Ek", date(2026, 9, 1), False), ("Olle Berg", date(2026, 9, 14), True)]


def test_without_a_contract_group_nothing_is_required(db):
    built = build_procurement(db, stage="opening")
    assert procurements.get_procurement(db, built.procurement_id).stage == "opening"
    assert declarations.declarations(db, built.procurement_id) == []


def test_a_conflict_needs_its_description_and_a_past_date(db):
    built = build_procurement(db, stage="advertised")
    ids = with_contract_group(db, built.procurement_id)
    with pytest.raises(ValidationError, match="Beskriv jävet"):
        declarations.record_declaration(db, built.procurement_id, ids["Eva Ek"], date(2026, 9, 1), conflict=True)
    with pytest.raises(ValidationError, match="inte har kommit"):
        declarations.record_declaration(db, built.procurement_id, ids["Eva Ek"], date(2099, 1, 1))
    assert not any(d.signed for d in declarations.declarations(db, built.procurement_id))
