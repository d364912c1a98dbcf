"""What every page shares: the open database handle and a signal when it is swapped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """Holds the open database (opaque to the UI: only passed on to services)."""

    database_changed = Signal()
    data_changed = Signal(str)  # an entity kind whose records changed, so other pages can refresh

    def __init__(self, db: Any) -> None:
        super().__init__()
        self.db = db
        # False for a login that may only read (läsbehörig in the team database): pages hide what writes;
        # the database refuses writes anyway (grants).
        self.can_write = True
        # False for a login that may not change the rule tables and organisation settings (all but regionchef).
        self.can_edit_rules = True

    def replace_database(self, db: Any) -> None:
        old, self.db = self.db, db
        self.can_write = self.can_edit_rules = True  # until the window has asked the new database who is logged in
        if old is not None and old is not db:
            old.close()
        self.database_changed.emit()
