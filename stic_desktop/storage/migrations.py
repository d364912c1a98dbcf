"""Alembic configuration built in code, so migrations run the same from a checkout, a wheel or a bundle."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from stic_desktop.paths import migrations_dir


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"Expected one Alembic head, found {heads}")
    return heads[0]
