"""Möten: every meeting of every group, upcoming first; a meeting opens in its own window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel

from stic_desktop.core import clock, dates
from stic_desktop.errors import UserError
from stic_desktop.services.meetings import meetings
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.services.people import groups
from stic_desktop.ui.meetings.dialog import MeetingDialog
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.labels import labelled
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.pickers import HISTORY_LABELS, save_file_name
from stic_desktop.ui.widgets.table_model import Column

UPCOMING, PAST, ALL = "upcoming", "past", "all"
RELATED_ENTITIES = {"invitee", "agenda_item", "action_item", "group", "person", "membership"}
TITLE_COLUMN = 3


class MeetingsPage(ListPage):
    title_column = TITLE_COLUMN
    page_id = "meetings"
    entity = meetings.ENTITY
    field_labels = HISTORY_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Möten")
        self.empty_text = self.tr("Det finns inga möten att visa.\n\nVälj ”Ny” för att planera ett möte, eller ”Alla” "
                                  "för att se även tidigare möten.")
        self.count_text = self.tr("{visible} av {total} möten")
        super().__init__(context, parent)
        self.edit_action.setText(self.tr("Öppna"))
        self.new_action.setText(self.tr("Nytt möte"))
        self.period_combo = QComboBox()
        for code, text in ((UPCOMING, self.tr("Kommande")), (PAST, self.tr("Tidigare")), (ALL, self.tr("Alla"))):
            self.period_combo.addItem(text, code)
        self.period_combo.setToolTip(self.tr("Vilka möten som visas"))
        self.group_combo = QComboBox()
        self.group_combo.setToolTip(self.tr("Visa bara en grupps möten"))
        self.group_combo.setMinimumContentsLength(18)
        self._fill_groups()
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr(" Visa: ")))
        self.toolbar.addWidget(self.period_combo)
        self.toolbar.addWidget(self.group_combo)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.group_combo.currentIndexChanged.connect(lambda _index: self.reload())
        context.database_changed.connect(self._database_swapped)

    # -- list ----------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        iso = lambda day: day.isoformat()  # noqa: E731  (plain texts skip the generic formatting: 5,000 rows)
        return [
            Column(self.tr("Datum"), lambda r: r.starts_at.date(), iso),
            Column(self.tr("Tid"), lambda r: dates.time_span(r.starts_at, r.ends_at), str),
            Column(self.tr("Grupp"), lambda r: r.group_name, str),
            Column(self.tr("Titel"), lambda r: r.title, str),
            Column(self.tr("Typ"), labelled(lambda r: r.kind_label), str),
            Column(self.tr("Status"), labelled(lambda r: r.status_label), str),
            Column(self.tr("Plats"), lambda r: r.location, str),
            Column(self.tr("Kallade"), lambda r: r.invitee_count, str, align_right=True),
        ]

    def export_actions(self) -> list[QAction]:
        self.ics_action = self._action(self.tr("Kalenderfil (.ics)…"), self.export_ics)
        return [self.ics_action]

    @property
    def period(self) -> str:
        combo = getattr(self, "period_combo", None)
        return UPCOMING if combo is None else combo.currentData()

    def load(self) -> list[MeetingRecord]:
        combo = getattr(self, "group_combo", None)
        group_id = combo.currentData() if combo is not None else None
        today = clock.today()
        if self.period == UPCOMING:
            return meetings.list_meetings(self.context.db, start=today, group_id=group_id)
        if self.period == PAST:
            return meetings.list_meetings(self.context.db, end=today - timedelta(days=1), group_id=group_id)
        return meetings.list_meetings(self.context.db, group_id=group_id)

    def _fill_groups(self) -> None:
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Alla grupper"), None)
        try:
            for group in groups.list_groups(self.context.db):
                self.group_combo.addItem(group.name, group.id)
        except UserError as error:
            messages.show_error(self, error)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(current)))
        self.group_combo.blockSignals(False)

    def _period_changed(self, _index: int) -> None:
        """Past meetings read newest first; upcoming ones soonest first."""
        order = Qt.SortOrder.DescendingOrder if self.period == PAST else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(0, order)
        self.reload()

    def _on_data_changed(self, entity: str) -> None:
        if entity == "group":
            self._fill_groups()
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def _database_swapped(self) -> None:
        """Another database has other groups; the list itself was reloaded by ListPage already."""
        before = self.group_combo.currentData()
        self._fill_groups()
        if self.group_combo.currentData() != before:
            self.reload()

    def _update_actions(self, *_args) -> None:
        super()._update_actions()
        if hasattr(self, "ics_action"):
            self.ics_action.setEnabled(len(self.selected_records()) == 1)

    # -- editing -------------------------------------------------------------------------
    def edit(self, record: MeetingRecord | None) -> int | None:
        """A new meeting is planned in the dialog and then opens; an existing one opens at once."""
        if record is None:
            dialog = MeetingDialog(self.context, None, self, group_id=self.group_combo.currentData())
            if not dialog.exec() or dialog.saved is None:
                return None
            record = dialog.saved
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", self.describe(record)))
            self.context.data_changed.emit(self.entity)
        self.open_meeting(record.id)
        return record.id

    def open_meeting(self, meeting_id: int) -> None:
        from stic_desktop.ui.meetings.view import MeetingView  # the big window is built only when asked for

        view = MeetingView(self.context, meeting_id, self)
        view.status_message.connect(self.status_message)
        view.exec()

    def delete(self, record: MeetingRecord) -> None:
        meetings.delete_meeting(self.context.db, record.id)

    def describe(self, record: MeetingRecord) -> str:
        return f"{record.title} {record.starts_at.date().isoformat()}"

    def export_ics(self) -> None:
        records = self.selected_records()
        if len(records) != 1:
            return
        from stic_desktop.operations.meeting_documents import export_meeting_document

        record = records[0]
        prefix = self.tr("Inställt") if record.status == "cancelled" else self.tr("Möte")
        target = save_file_name(self, self.tr("Spara kalenderfil"), f"{prefix} {record.starts_at.date().isoformat()}.ics",
                                self.tr("Kalenderfil (*.ics)"))
        if target is None:
            return
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        run_job(self, self.tr("Skapar kalenderfil…"), export_meeting_document, self.context.db, record.id, "ics", target,
                on_success=lambda outcome: self.status_message.emit(
                    self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))
