"""Where the program finds its shipped files and keeps the user's data.

Resources and migrations live at the top of the repository in a checkout, inside the package
when installed from a wheel, and under ``sys._MEIPASS`` in a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# A --db that starts with one of these is the team database on PostgreSQL, anything else a SQLite file.
TEAM_URL_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")

_PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(packaged: str, checkout: str) -> Path:
    candidates = [_PACKAGE_DIR / packaged, _PACKAGE_DIR.parent / checkout]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "stic_desktop" / packaged)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Programfilerna saknas: {packaged} hittades inte ({', '.join(map(str, candidates))}).")


def resources_dir() -> Path:
    return _locate("_resources", "resources")


def migrations_dir() -> Path:
    return _locate("_migrations", "db")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def seed_file(name: str) -> Path:
    return migrations_dir() / "seed" / name


def user_data_dir() -> Path:
    """The per-user data folder, following each platform's convention."""
    override = os.environ.get("STIC_DESKTOP_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "STIC Desktop"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "STIC Desktop"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "stic-desktop"


def default_database_path() -> Path:
    return user_data_dir() / "stic.sqlite3"


def lock_path(database: Path) -> Path:
    """The lock file a running window keeps next to its database (NAME.lock)."""
    database = Path(database)
    return database.with_name(database.name + ".lock")
