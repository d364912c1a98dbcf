"""The page registry: every page of the main window by id, title and shortcut, built on first visit.

A page's module is imported only by its loader, so the window shows its navigation (and the
overview's skeleton) before any page module, service or SQLAlchemy is imported. The titles are
translated in the page class's own context, so they read the same as the page's ``self.title``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def import_overview_modules() -> None:
    """The start page and the modules that register their blocks on it (safe in a worker: nothing here
    creates a widget)."""
    from stic_desktop.ui.agreements import blocks as _agreement_blocks  # noqa: F401
    from stic_desktop.ui.commission import sales_blocks as _sales_blocks  # noqa: F401
    from stic_desktop.ui.procurement import blocks as _procurement_blocks  # noqa: F401
    from stic_desktop.ui.workspace import overview_page as _overview_page  # noqa: F401


def _overview() -> type[QWidget]:
    import_overview_modules()
    from stic_desktop.ui.workspace.overview_page import OverviewPage

    return OverviewPage


def _meetings() -> type[QWidget]:
    from stic_desktop.ui.meetings.page import MeetingsPage

    return MeetingsPage


def _calendar() -> type[QWidget]:
    from stic_desktop.ui.meetings.calendar_page import CalendarPage

    return CalendarPage


def _proposals() -> type[QWidget]:
    from stic_desktop.ui.proposals.proposals_page import ProposalsPage

    return ProposalsPage


def _procurements() -> type[QWidget]:
    from stic_desktop.ui.procurement.page import ProcurementsPage

    return ProcurementsPage


def _agreements() -> type[QWidget]:
    from stic_desktop.ui.agreements.page import AgreementsPage

    return AgreementsPage


def _suppliers() -> type[QWidget]:
    from stic_desktop.ui.agreements.suppliers_page import SuppliersPage

    return SuppliersPage


def _commission() -> type[QWidget]:
    from stic_desktop.ui.commission.page import CommissionPage

    return CommissionPage


def _workshops() -> type[QWidget]:
    from stic_desktop.ui.proposals.workshops_page import WorkshopsPage

    return WorkshopsPage


def _municipalities() -> type[QWidget]:
    from stic_desktop.ui.municipalities.page import MunicipalitiesPage

    return MunicipalitiesPage


def _people() -> type[QWidget]:
    from stic_desktop.ui.people.people_page import PeoplePage

    return PeoplePage


def _groups() -> type[QWidget]:
    from stic_desktop.ui.people.groups_page import GroupsPage

    return GroupsPage


def _staffing() -> type[QWidget]:
    from stic_desktop.ui.people.staffing_page import StaffingPage

    return StaffingPage


class PageSpec(NamedTuple):  # not a dataclass: the dataclasses module is not needed before the first paint
    page_id: str
    context: str  # the page class's name: the translation context of its title
    source_title: str  # Swedish, as the page's own self.tr() call has it
    load: Callable[[], type[QWidget]]  # imports the page's module, returns its class
    disambiguation: str | None = None

    @property
    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.source_title, self.disambiguation)

    def factory(self) -> Callable[[Any], QWidget]:
        return lambda context: self.load()(context)


# In navigation order; Ctrl+1 … Ctrl+9 go to the first nine.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "OverviewPage", "Översikt", _overview),
    PageSpec("meetings", "MeetingsPage", "Möten", _meetings),
    PageSpec("calendar", "CalendarPage", "Kalender", _calendar),
    PageSpec("proposals", "ProposalsPage", "Förslag", _proposals),
    PageSpec("procurements", "ProcurementsPage", "Upphandlingar", _procurements),
    PageSpec("agreements", "AgreementsPage", "Avtal", _agreements, "page title (plural)"),
    PageSpec("suppliers", "SuppliersPage", "Leverantörer", _suppliers),
    PageSpec("commission", "CommissionPage", "Provision", _commission),
    PageSpec("workshops", "WorkshopsPage", "Workshoppar", _workshops),
    PageSpec("municipalities", "MunicipalitiesPage", "Kommuner", _municipalities),
    PageSpec("people", "PeoplePage", "Personer", _people),
    PageSpec("groups", "GroupsPage", "Grupper", _groups),
    PageSpec("staffing", "StaffingPage", "Bemanning", _staffing),
)


def shortcut(row: int) -> str:
    """Every page has a key: Ctrl+1 … Ctrl+9 for the first nine, Ctrl+Shift+1 … for the rest."""
    return f"Ctrl+{row + 1}" if row < 9 else f"Ctrl+Shift+{row - 8}"
