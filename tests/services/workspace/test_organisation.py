"""stic_desktop/services/workspace/organisation.py: name, logo and default place, shared in the database."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from backend_tools import plain

from stic_desktop.errors import ValidationError
from stic_desktop.services.people import staff
from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import OrganisationInfo


def _image(kind: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), (20, 90, 160)).save(buffer, format=kind)
    return buffer.getvalue()


PNG = _image("PNG")
JPEG = _image("JPEG")


def audit_changes(db) -> list[tuple]:
    with plain(db) as conn:
        return conn.execute("SELECT entity, action, person_id, changes FROM audit_log WHERE entity = 'organisation'").fetchall()


def test_defaults(db):
    assert organisation.get_organisation(db) == OrganisationInfo("Stockholms Inköpscentral (STIC)", None, "")


@pytest.mark.parametrize("logo", [PNG, JPEG, None])
def test_save_and_get_round_trip(db, logo):
    saved = organisation.save_organisation(db, OrganisationInfo("  STIC – Łódź & <b> 😀 ", logo, " Stadshuset "))
    assert saved == OrganisationInfo("STIC – Łódź & <b> 😀", logo, "Stadshuset")
    assert organisation.get_organisation(db) == saved


def test_logo_can_be_removed_again(db):
    organisation.save_organisation(db, OrganisationInfo("STIC", PNG))
    organisation.save_organisation(db, OrganisationInfo("STIC", None))
    assert organisation.get_organisation(db).logo is None


@pytest.mark.parametrize(
    ("info", "field"),
    [
        (OrganisationInfo("STIC", b"GIF89a" + b"\x00" * 20), "logo"),
        (OrganisationInfo("STIC", b"<svg></svg>"), "logo"),
        (OrganisationInfo("STIC", b""), "logo"),
        (OrganisationInfo("STIC", PNG[: len(PNG) // 2]), "logo"),  # truncated: the right header, no picture
        (OrganisationInfo("STIC", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), "logo"),  # garbage after the header
        (OrganisationInfo("   "), "name"),
    ],
)
def test_bad_input_refused_and_nothing_saved(db, info, field):
    organisation.save_organisation(db, OrganisationInfo("STIC", PNG, "Solna"))
    before = organisation.get_organisation(db), audit_changes(db)
    with pytest.raises(ValidationError) as caught:
        organisation.save_organisation(db, info)
    assert caught.value.for_field(field)
    assert (organisation.get_organisation(db), audit_changes(db)) == before


def test_audit_row_without_the_logo_bytes(db):
    anna = staff.add_staff_member(db, "Anna Lindqvist")
    staff.set_current_user(db, anna.id)
    organisation.save_organisation(db, OrganisationInfo("STIC", PNG, "Solna"))
    organisation.save_organisation(db, OrganisationInfo("STIC", PNG, "Solna"))  # nothing changed: no row
    organisation.save_organisation(db, OrganisationInfo("STIC", JPEG, "Solna"))
    rows = audit_changes(db)
    assert [(e, a, p) for e, a, p, _ in rows] == [("organisation", "update", anna.id)] * 2
    first, second = (json.loads(r[3]) for r in rows)
    assert first == {"default_place": [None, "Solna"], "logo": [None, f"bild, {len(PNG)} byte"], "name": [None, "STIC"]}
    assert second == {"logo": [f"bild, {len(PNG)} byte", f"bild, {len(JPEG)} byte"]}
    assert all("PNG" not in r[3] and "JFIF" not in r[3] for r in rows)


@pytest.mark.sqlite_only  # compares SQLite's dump of the file
def test_a_logo_that_is_not_an_image_leaves_the_database_file_as_it_was(db):
    organisation.save_organisation(db, OrganisationInfo("STIC", PNG, "Solna"))

    def content() -> str:
        with plain(db) as conn:
            return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()

    before = content()
    with pytest.raises(ValidationError, match="kan inte läsas som bild"):
        organisation.save_organisation(db, OrganisationInfo("STIC", b"\xff\xd8\xff\xe0 not really a JPEG"))
    assert content() == before
