"""Set-up shared by the team-database window tests: a team database made ready by its administrator, with one
login per role asked for."""

from __future__ import annotations

import gc
import uuid
import warnings

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.workspace import database, team

PASSWORD = "hemligt-123"


def team_logins(pg_server, pg_url: str, *, county: bool = True, **roles: str) -> dict[str, str]:
    """Initialises the team database at ``pg_url`` (roles, grants, policies; the county's municipalities unless
    ``county`` is False) and adds a login per ``role=name prefix``; {role: that login's address}."""
    admin = database.open_database(pg_url)
    found = {}
    try:
        if county:
            municipalities.import_county_municipalities(admin)
        team.initialise(admin)
        for role, prefix in roles.items():
            login = f"{prefix}_{uuid.uuid4().hex[:6]}"
            team.add_user(admin, login, role, PASSWORD)
            found[role] = pg_server.url(pg_url.split("///")[1].split("?")[0], user=login, password=PASSWORD)
    finally:
        admin.close()
    return found


def close_window(qtbot, window, db) -> None:
    """Close the window as a user would (listener stopped, offline copy written), let its workers end and the
    widget go, then close the database: nothing of the window still holds a connection of the pool."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    window.close()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30000)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
        db.close()
        gc.collect()
