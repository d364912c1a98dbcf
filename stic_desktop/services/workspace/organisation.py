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


DECIDING_KEYS = ("deciding_party_name", "deciding_party_org_number", "commission_max_percent",
                 "commission_notice_months", "review_court")
DEFAULT_COURT = "Förvaltningsrätten i Stockholm"
DEFAULT_MAX_PERCENT = "3"
DEFAULT_NOTICE_MONTHS = 3


@dataclass(frozen=True)
class DecidingParty:
    """The contracting organisation (a legal person) that STIC belongs to: it issues the decisions and
    agreements on behalf of the municipalities under their powers of attorney. Also the bounds of the
    commission clause (17 kap. 10 § LOU: a rate change only within a stated maximum, with notice)."""

    name: str = ""  # "" until set: documents then name the organisation
    org_number: str = ""
    commission_max_percent: str = DEFAULT_MAX_PERCENT  # as printed, e.g. "3" or "2,5"
    commission_notice_months: int = DEFAULT_NOTICE_MONTHS
    review_court: str = DEFAULT_COURT  # where a review (överprövning) is sought: the party's seat


@dataclass(frozen=True)
class OrganisationInfo:
    name: str = DEFAULT_NAME
    logo: bytes | None = None  # PNG or JPEG
    default_place: str = ""
    # The controller's contact for personal data (address, e-mail, data protection officer), printed in
    # every register extract (GDPR art. 15).
    privacy_contact: str = ""
    deciding_party: DecidingParty = DecidingParty()

    @property
    def deciding_name(self) -> str:
        """Who decides and signs: the deciding party, else (not set yet) the organisation's own name."""
        return self.deciding_party.name or self.name

    @property
    def deciding_text(self) -> str:
        """``Adda Inköpscentral AB (org.nr 556578-2496)``; the organisation's name while no party is set."""
        party = self.deciding_party
        if not party.name:
            return self.name
        return f"{party.name} (org.nr {party.org_number})" if party.org_number else party.name


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
        deciding_party=_deciding_party({k: values[k].text_value for k in DECIDING_KEYS if k in values}),
    )


def _deciding_party(texts: dict[str, str | None]) -> DecidingParty:
    months = texts.get("commission_notice_months") or ""
    return DecidingParty(texts.get("deciding_party_name") or "", texts.get("deciding_party_org_number") or "",
                         texts.get("commission_max_percent") or DEFAULT_MAX_PERCENT,
                         int(months) if months.isdigit() else DEFAULT_NOTICE_MONTHS,
                         texts.get("review_court") or DEFAULT_COURT)


def save_deciding_party(db, party: DecidingParty) -> DecidingParty:
    """Checks and stores the deciding party (a name needs a valid organisation number) and the commission bounds."""
    from decimal import Decimal, InvalidOperation

    from stic_desktop.services import validation

    try:
        name = validation.optional_text(party.name, "Organisationens namn", 300)
    except ValueError as error:
        raise ValidationError("deciding_party_name", str(error)) from None
    number = ""
    if name or party.org_number.strip():
        if not name:
            raise ValidationError("deciding_party_name", "Ange namnet på den upphandlande organisationen.")
        try:
            number = validation.normalise_org_number(party.org_number)
        except ValueError as error:
            raise ValidationError("deciding_party_org_number", str(error)) from None
    percent = party.commission_max_percent.strip().replace(".", ",")
    try:
        value = Decimal(percent.replace(",", "."))
    except InvalidOperation:
        value = Decimal(-1)
    if not percent or not (0 < value <= 100):
        raise ValidationError("commission_max_percent", "Högsta provisionssats ska vara ett tal över 0 och högst 100 "
                                                        "(procent), till exempel 3 eller 2,5.")
    if not 1 <= party.commission_notice_months <= 24:
        raise ValidationError("commission_notice_months", "Varseltiden ska vara 1–24 månader.")
    court = " ".join(party.review_court.split()) or DEFAULT_COURT
    if not court.casefold().startswith("förvaltningsrätten"):
        raise ValidationError("review_court", "Överprövning söks hos en förvaltningsrätt, till exempel "
                                              f"{DEFAULT_COURT} (20 kap. 5 § LOU).")
    saved = DecidingParty(name, number, percent, party.commission_notice_months, court)
    values = dict(zip(DECIDING_KEYS, (name, number, percent, str(party.commission_notice_months), court)))
    with db.write() as session:
        before: dict = {}
        for key, text in values.items():
            setting = session.get(OrganisationSetting, key)
            if setting is None:
                setting = OrganisationSetting(key=key)
                session.add(setting)
            else:
                before[key] = setting.text_value
            setting.text_value = text
        audit.record(session, db.actor_id, ENTITY, 1, "update", before, values)
    return saved


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
    return OrganisationInfo(name, info.logo, place, privacy, info.deciding_party)


def _audit_value(text: str | None, blob: bytes | None) -> str | None:
    """Images are logged by size, not content."""
    return f"bild, {len(blob)} byte" if blob else text
