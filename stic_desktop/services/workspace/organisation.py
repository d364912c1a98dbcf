"""Organisation settings shared by all users (name and logo in PDF headers, default meeting place)."""

from __future__ import annotations

from dataclasses import dataclass

from stic_desktop.errors import ValidationError
from stic_desktop.models import OrganisationSetting
from stic_desktop.services import audit

DEFAULT_NAME = "Stockholms Inköpscentral (STIC)"
ENTITY = "organisation"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass(frozen=True)
class OrganisationInfo:
    name: str = DEFAULT_NAME
    logo: bytes | None = None  # PNG or JPEG
    default_place: str = ""
    # The controller's contact for personal data (address, e-mail, data protection officer), printed in
    # every register extract (GDPR art. 15).
    privacy_contact: str = ""


def get_organisation(db) -> OrganisationInfo:
    with db.read() as session:
        values = {s.key: s for s in session.query(OrganisationSetting).all()}
    name = values.get("name")
    logo = values.get("logo")
    place = values.get("default_place")
    privacy = values.get("privacy_contact")
    return OrganisationInfo(
        name=(name.text_value if name and name.text_value else DEFAULT_NAME),
        logo=logo.blob_value if logo else None,
        default_place=(place.text_value or "") if place else "",
        privacy_contact=(privacy.text_value or "") if privacy else "",
    )


def check_logo(data: bytes) -> None:
    """A PNG or JPEG that decodes completely: reportlab would otherwise fail on it in every PDF header."""
    if not data.startswith((PNG_MAGIC, JPEG_MAGIC)):
        raise ValidationError("logo", "Logotypen måste vara en PNG- eller JPEG-bild.")
    from io import BytesIO

    from PIL import Image  # deferred: reportlab's image library, only needed when a logo is chosen

    try:
        with Image.open(BytesIO(data)) as image:
            image.load()
    except (OSError, ValueError, SyntaxError):
        raise ValidationError("logo", "Logotypen kan inte läsas som bild: filen är skadad eller ofullständig. "
                                      "Välj en annan PNG- eller JPEG-fil.") from None


def save_organisation(db, info: OrganisationInfo) -> OrganisationInfo:
    name = info.name.strip()
    if not name:
        raise ValidationError("name", "Organisationens namn måste fyllas i.")
    if info.logo is not None:
        check_logo(info.logo)
    place = info.default_place.strip()
    privacy = info.privacy_contact.strip()
    if len(privacy) > 2000:
        raise ValidationError("privacy_contact", "Kontaktuppgifterna för personuppgifter får vara högst 2 000 tecken.")
    values = {"name": (name, None), "default_place": (place, None), "logo": (None, info.logo),
              "privacy_contact": (privacy, None)}
    with db.write() as session:
        if not privacy and session.get(OrganisationSetting, "privacy_contact") is None:
            del values["privacy_contact"]  # never set: no row, and no audit entry for "nothing → nothing"
        before: dict = {}
        for key, (text, blob) in values.items():
            setting = session.get(OrganisationSetting, key)
            if setting is None:
                setting = OrganisationSetting(key=key)
                session.add(setting)
            else:
                before[key] = _audit_value(setting.text_value, setting.blob_value)
            setting.text_value, setting.blob_value = text, blob
        after = {key: _audit_value(text, blob) for key, (text, blob) in values.items()}
        audit.record(session, db.actor_id, ENTITY, 1, "update", before, after)
    return OrganisationInfo(name, info.logo, place, privacy)


def _audit_value(text: str | None, blob: bytes | None) -> str | None:
    """Images are logged by size, not content."""
    return f"bild, {len(blob)} byte" if blob else text
