"""Organisation settings (name, logo, default place, ...): shared by every user, so in the database."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stic_desktop.models.base import Base


class OrganisationSetting(Base):
    __tablename__ = "organisation_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    text_value: Mapped[str | None] = mapped_column(Text)
    blob_value: Mapped[bytes | None] = mapped_column(LargeBinary)
