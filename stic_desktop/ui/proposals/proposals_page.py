"""Förslag: the proposal list, in the working group's priority order, with status, rank, agenda and the step
from a decided proposal to a procurement."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QWidget

from stic_desktop.core import clock, money
from stic_desktop.errors import UserError
from stic_desktop.services.meetings import meetings
from stic_desktop.services.proposals import links, proposals
from stic_desktop.services.proposals.proposals import FIELD_LABELS, OPEN_STATUSES, STATUS_LABELS, ProposalRecord
from stic_desktop.ui.proposals.proposal_dialog import ProposalDialog
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.labels import label, labelled
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.pickers import save_file_name
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column

OPEN, ALL = "open", "all"
RELATED_ENTITIES = {"workshop", "procurement", "municipality", "person", "agenda_item", "meeting"}


def ask_rank(parent: QWidget, title: str, label: str, current: int | None) -> tuple[bool, int | None]:
    """(ok, rank); 0 typed means no rank. A module-level function so tests can answer it."""
    value, ok = QInputDialog.getInt(parent, title, label, current or 1, 0, proposals.MAX_RANK)
    return ok, (value or None)


def choose_meeting(parent: QWidget, title: str, label: str, choices: list[tuple[int, str]]) -> int | None:
    """The meeting id picked from a short list, or None when cancelled."""
    texts = [text for _, text in choices]
    text, ok = QInputDialog.getItem(parent, title, label, texts, 0, False)
    if not ok or text not in texts:
        return None
    return choices[texts.index(text)][0]


class ProposalsPage(ListPage):
    title_column = 1  # the name or title takes the free width
    page_id = "proposals"
    entity = proposals.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Förslag")
        self.empty_text = self.tr("Det finns inga förslag att visa.\n\nVälj ”Nytt förslag” för att registrera ett "
                                  "förslag från en workshop, arbetsgruppen eller en kommun, eller ”Alla” för att se "
                                  "även beslutade, avslagna och vilande förslag.")
        self.count_text = self.tr("{visible} av {total} förslag")
        super().__init__(context, parent)
        self.new_action.setText(self.tr("Nytt förslag"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Öppna förslag"), OPEN)
        self.status_filter.addItem(self.tr("Alla"), ALL)
        for code, text in STATUS_LABELS.items():
            self.status_filter.addItem(label(text), code)
        self.status_filter.setToolTip(self.tr("Vilka förslag som visas"))
        self.status_filter.currentIndexChanged.connect(lambda _index: self.reload())

        self.status_actions: dict[str, QAction] = {}
        for code, text in STATUS_LABELS.items():
            self.status_actions[code] = self._action(label(text), lambda _checked=False, c=code: self.change_status(c))
        self.status_button = self._add_menu_button(self.tr("Ändra status"), list(self.status_actions.values()))
        self.rank_action = self._action(self.tr("Rang…"), self.set_rank, "Ctrl+R",
                                        self.tr("Placera förslaget i arbetsgruppens prioritetsordning"))
        self.agenda_action = self._action(self.tr("Lägg på dagordning…"), self.add_to_agenda, None,
                                          self.tr("Lägg förslaget som punkt på ett kommande möte med arbetsgruppen"))
        self.procurement_action = self._action(self.tr("Skapa upphandling…"), self.create_procurement, None,
                                               self.tr("Starta en upphandling från ett beslutat förslag"))
        for action in (self.rank_action, self.agenda_action, self.procurement_action):
            self.toolbar.addAction(action)
        self.status_button.menu().setTitle(self.tr("Ändra status"))
        self.needs(rights.WRITE, self.status_button, self.rank_action, self.agenda_action, self.procurement_action)
        add_row_actions(self.table, self.status_button.menu(), self.rank_action, self.agenda_action,
                        self.procurement_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr(" Visa: ")))
        self.toolbar.addWidget(self.status_filter)
        self._update_actions()

    # -- list ----------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        volume = lambda r: r.total_yearly_volume_ore if r.interest_count else None  # noqa: E731
        return [
            Column(self.tr("Rang"), lambda r: r.priority_rank, align_right=True),
            Column(self.tr("Rubrik"), lambda r: r.title),
            Column(self.tr("Område"), labelled(lambda r: r.area_label)),
            Column(self.tr("Ursprung"), labelled(lambda r: r.origin_text)),
            Column(self.tr("Status"), labelled(lambda r: r.status_label)),
            Column(self.tr("Kommuner"), lambda r: r.interest_count, align_right=True),
            Column(self.tr("Årsvolym"), volume, lambda v: "" if v is None else money.format(v, decimals="auto"), align_right=True),
            Column(self.tr("Upphandling"), lambda r: r.procurement_case_number),
            Column(self.tr("Registrerat"), lambda r: r.created_on),
        ]

    def export_actions(self) -> list[QAction]:
        return [self._action(self.tr("Förslagslista (PDF)…"), self.export_proposal_list, "Ctrl+P")]

    def statuses(self) -> tuple[str, ...] | None:
        combo = getattr(self, "status_filter", None)
        choice = OPEN if combo is None else combo.currentData()
        if choice == OPEN:
            return OPEN_STATUSES
        return None if choice == ALL else (choice,)

    def load(self) -> list[ProposalRecord]:
        return proposals.list_proposals(self.context.db, statuses=self.statuses())

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def _update_actions(self, *_args) -> None:
        super()._update_actions()
        if not hasattr(self, "procurement_action"):
            return
        records = self.selected_records()
        record = records[0] if len(records) == 1 else None
        allowed = () if record is None or record.procurement_id else proposals.TRANSITIONS[record.status]
        for code, action in self.status_actions.items():
            action.setEnabled(code in allowed)
        self.status_button.setEnabled(bool(allowed))
        self.rank_action.setEnabled(record is not None and record.is_open)
        self.agenda_action.setEnabled(record is not None)
        self.procurement_action.setEnabled(record is not None and record.status == "decided"
                                           and record.procurement_id is None)

    def _single(self) -> ProposalRecord | None:
        records = self.selected_records()
        return records[0] if len(records) == 1 else None

    def _changed(self, text: str, record_id: int) -> None:
        self.status_message.emit(text)
        self.context.data_changed.emit(self.entity)
        self.select_record(record_id)

    # -- editing -------------------------------------------------------------------------
    def edit(self, record: ProposalRecord | None) -> int | None:
        dialog = ProposalDialog(self.context, record, self)
        if dialog.exec() and dialog.saved is not None:
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", dialog.saved.title))
            return dialog.saved.id
        return None

    def record_by_id(self, record_id: int) -> ProposalRecord:
        return proposals.get_proposal(self.context.db, record_id)

    def delete(self, record: ProposalRecord) -> None:
        proposals.delete_proposal(self.context.db, record.id)

    def describe(self, record: ProposalRecord) -> str:
        return f"”{record.title}”"

    def change_status(self, status: str) -> None:
        record = self._single()
        if record is None:
            return
        try:
            saved = proposals.set_status(self.context.db, record.id, status)
        except UserError as error:
            messages.show_error(self, error)
            return
        self._changed(self.tr("%1 har nu status %2.").replace("%1", saved.title).replace("%2", label(saved.status_label).lower()),
                      saved.id)

    def set_rank(self) -> None:
        record = self._single()
        if record is None:
            return
        ok, rank = ask_rank(self, self.tr("Rang"), self.tr("Plats i arbetsgruppens prioritetsordning för ”%1” "
                                                          "(1 är först, 0 tar bort rangen):").replace("%1", record.title),
                            record.priority_rank)
        if not ok:
            return
        try:
            saved = proposals.set_priority(self.context.db, record.id, rank)
        except UserError as error:
            messages.show_error(self, error)
            return
        text = (self.tr("%1 har inte längre någon rang.") if saved.priority_rank is None
                else self.tr("%1 har rang %2.").replace("%2", str(saved.priority_rank)))
        self._changed(text.replace("%1", saved.title), saved.id)

    def coming_meetings(self) -> list[tuple[int, str]]:
        """Working-group meetings from today on that can still take new items."""
        found = meetings.list_meetings(self.context.db, start=clock.today())
        return [(m.id, f"{m.starts_at.date().isoformat()} {m.title}") for m in found
                if m.group_kind == "working" and m.status in ("draft", "invited")]

    def add_to_agenda(self) -> None:
        record = self._single()
        if record is None:
            return
        try:
            choices = self.coming_meetings()
        except UserError as error:
            messages.show_error(self, error)
            return
        if not choices:
            messages.show_error(self, UserError(self.tr("Det finns inget kommande möte med arbetsgruppen. Planera ett "
                                                        "möte under Möten först.")))
            return
        meeting_id = choose_meeting(self, self.tr("Lägg på dagordning"),
                                    self.tr("Välj arbetsgruppens möte för ”%1”:").replace("%1", record.title), choices)
        if meeting_id is None:
            return
        try:
            link = links.add_to_agenda(self.context.db, record.id, meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit("agenda_item")
        self._changed(self.tr("%1 lades på dagordningen för %2.").replace("%1", record.title)
                      .replace("%2", f"{link.meeting_title} {link.meeting_date.isoformat()}"), record.id)

    def create_procurement(self) -> None:
        record = self._single()
        if record is None or record.status != "decided" or record.procurement_id is not None:
            return
        try:
            from stic_desktop.ui.procurement.dialog import ProcurementDialog  # built only when asked for
        except ImportError:
            messages.show_error(self, UserError(self.tr("Upphandlingar kan inte skapas i den här versionen.")))
            return
        dialog = ProcurementDialog(self.context, None, self, proposal_id=record.id)
        if dialog.exec():
            self.context.data_changed.emit("procurement")
            self._changed(self.tr("En upphandling skapades från %1.").replace("%1", record.title), record.id)

    def export_proposal_list(self) -> None:
        from stic_desktop.operations.proposal_list import export_proposal_list

        target = save_file_name(self, self.tr("Spara förslagslista"), f"Förslagslista {clock.today().isoformat()}.pdf",
                                self.tr("PDF (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        run_job(self, self.tr("Skapar förslagslista…"), partial(export_proposal_list, statuses=self.statuses()),
                self.context.db, target, on_success=lambda outcome: self.status_message.emit(
                    self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))
