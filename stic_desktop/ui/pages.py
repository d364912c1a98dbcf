"""The page registry: every page of the main window by id, title and shortcut, built on first visit.

A page's module is imported only by its factory, so the window shows its navigation (and the
overview's skeleton) before any page module, service or SQLAlchemy is imported. The titles are
translated in the page class's own context, so they read the same as the page's ``self.title``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# Imported by the overview's factory: they register their blocks on the start page.
OVERVIEW_BLOCK_MODULES = (
    "stic_desktop.ui.agreements.blocks",
    "stic_desktop.ui.commission.sales_blocks",
    "stic_desktop.ui.procurement.blocks",
)


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    module: str  # imported when the page is first built
    class_name: str  # also the translation context of the title
    source_title: str  # Swedish, as the page's own self.tr() call has it
    disambiguation: str | None = None

    @property
    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title, self.disambiguation)

    def page_class(self) -> type[QWidget]:
        if self.page_id == "overview":
            import_overview_modules()
        return getattr(importlib.import_module(self.module), self.class_name)

    def factory(self) -> Callable[[Any], QWidget]:
        return lambda context: self.page_class()(context)


# In navigation order; Ctrl+1 … Ctrl+9 go to the first nine.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "stic_desktop.ui.workspace.overview_page", "OverviewPage", "Översikt"),
    PageSpec("meetings", "stic_desktop.ui.meetings.page", "MeetingsPage", "Möten"),
    PageSpec("calendar", "stic_desktop.ui.meetings.calendar_page", "CalendarPage", "Kalender"),
    PageSpec("proposals", "stic_desktop.ui.proposals.proposals_page", "ProposalsPage", "Förslag"),
    PageSpec("procurements", "stic_desktop.ui.procurement.page", "ProcurementsPage", "Upphandlingar"),
    PageSpec("agreements", "stic_desktop.ui.agreements.page", "AgreementsPage", "Avtal", "page title (plural)"),
    PageSpec("suppliers", "stic_desktop.ui.agreements.suppliers_page", "SuppliersPage", "Leverantörer"),
    PageSpec("commission", "stic_desktop.ui.commission.page", "CommissionPage", "Provision"),
    PageSpec("workshops", "stic_desktop.ui.proposals.workshops_page", "WorkshopsPage", "Workshoppar"),
    PageSpec("municipalities", "stic_desktop.ui.municipalities.page", "MunicipalitiesPage", "Kommuner"),
    PageSpec("people", "stic_desktop.ui.people.people_page", "PeoplePage", "Personer"),
    PageSpec("groups", "stic_desktop.ui.people.groups_page", "GroupsPage", "Grupper"),
    PageSpec("staffing", "stic_desktop.ui.people.staffing_page", "StaffingPage", "Bemanning"),
)


def shortcut(row: int) -> str | None:
    return f"Ctrl+{row + 1}" if row < 9 else None


def spec(page_id: str) -> PageSpec:
    return next(page for page in PAGES if page.page_id == page_id)


def import_overview_modules() -> None:
    """The start page and its blocks (safe in a worker: nothing here creates a widget)."""
    importlib.import_module("stic_desktop.ui.workspace.overview_page")
    for name in OVERVIEW_BLOCK_MODULES:
        importlib.import_module(name)
