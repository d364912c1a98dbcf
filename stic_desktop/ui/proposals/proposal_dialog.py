"""Edit one proposal: what it is and where it came from, which municipalities are interested (with their
yearly volumes), and the meetings that discussed it. One Spara saves the proposal and its interests together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import money
from stic_desktop.errors import ChangedByOthers, UserError, ValidationError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.proposals import links, proposals, workshops
from stic_desktop.services.proposals.proposals import FIELD_LABELS, ProposalInput, ProposalRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets.form import FieldErrors, FormDialog, typed_amount
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import PersonCombo, person_choices
from stic_desktop.ui.workspace import i18n

NAME_COLUMN, VOLUME_COLUMN = 0, 1


def parse_volume(text: str) -> int:
    """A yearly volume as typed ("1 250 000", "12,5 kr") in öre, empty is 0; a ValidationError otherwise."""
    return typed_amount(text, "volume", QCoreApplication.translate("ProposalDialog", "”%1” är inget belopp i kronor."),
                        decimals_message=QCoreApplication.translate(
                            "ProposalDialog", "”%1”: ange beloppet i kronor med högst två decimaler.")) or 0


class ProposalDialog(FormDialog):
    def __init__(self, context: AppContext, record: ProposalRecord | None = None, parent: QWidget | None = None, *,
                 workshop_id: int | None = None) -> None:
        super().__init__(context, parent)
        self.record = record
        self.setWindowTitle(self.tr("Nytt förslag") if record is None else self.tr("Förslag – %1").replace("%1", record.title))
        self.setMinimumSize(640, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_form(), self.tr("Förslag"))
        self.tabs.addTab(self._build_interests(), self.tr("Intresserade kommuner"))
        if record is not None:
            self.tabs.addTab(self._build_links(), self.tr("Behandlat i möten"))
        if record is not None:
            self.add_history_button(self.show_history)
        layout = self.body
        layout.addWidget(self.tabs, 1)
        data = record.as_input() if record else ProposalInput(
            origin="workshop" if workshop_id is not None else "working_group", workshop_id=workshop_id)
        self._fill(data, record.proposer_name if record else "")
        self._fill_interests()

    # -- building ------------------------------------------------------------------------
    def _combo(self, items: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for code, text in items.items():
            combo.addItem(label(text), code)
        return combo

    def _build_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = FieldErrors(form)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.area_combo = self._combo(proposals.AREA_LABELS)
        self.origin_combo = self._combo(proposals.ORIGIN_LABELS)
        self.workshop_combo = QComboBox()
        self.workshop_combo.addItem(self.tr("(välj workshop)"), None)
        for w in workshops.list_workshops(self.context.db):
            self.workshop_combo.addItem(f"{i18n.long_date(w.held_on)}: {w.title}", w.id)
        self.municipality_combo = QComboBox()
        self.municipality_combo.addItem(self.tr("(välj kommun)"), None)
        self._municipalities = municipalities.list_municipalities(self.context.db)
        for m in sorted(self._municipalities, key=lambda m: m.name):
            self.municipality_combo.addItem(m.name, m.id)
        self.proposer_combo = PersonCombo(person_choices(self.context.db), self.tr("(ingen)"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        rows = (("title", label(FIELD_LABELS["title"]) + " *", self.title_edit),
                ("area", label(FIELD_LABELS["area"]), self.area_combo),
                ("origin", label(FIELD_LABELS["origin"]), self.origin_combo),
                ("workshop_id", label(FIELD_LABELS["workshop_id"]), self.workshop_combo),
                ("origin_municipality_id", self.tr("Från kommun"), self.municipality_combo),
                ("proposer_id", label(FIELD_LABELS["proposer_id"]), self.proposer_combo),
                ("description", label(FIELD_LABELS["description"]), self.description_edit),
                ("notes", label(FIELD_LABELS["notes"]), self.notes_edit))
        for field, text, widget in rows:
            self.errors.add_row(field, text + ":", widget)
        self.form_fields = {field for field, _, _ in rows}
        self.origin_combo.currentIndexChanged.connect(self._origin_changed)
        return page

    def _build_interests(self) -> QWidget:
        page = QWidget()
        hint = QLabel(self.tr("Kryssa i de kommuner som är intresserade och ange deras uppskattade årsvolym i kronor."))
        hint.setWordWrap(True)
        self.interest_table = QTableWidget(0, 2)
        self.interest_table.setHorizontalHeaderLabels([self.tr("Kommun"), self.tr("Årsvolym (kr)")])
        self.interest_table.verticalHeader().hide()
        self.interest_table.horizontalHeader().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.interest_table.setColumnWidth(VOLUME_COLUMN, 160)
        self.interest_table.itemChanged.connect(self._interest_edited)
        self.total_label = QLabel()
        self.volume_error = QLabel()
        self.volume_error.setObjectName("fieldError")
        self.volume_error.setWordWrap(True)
        self.volume_error.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.interest_table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.volume_error)
        return page

    def _build_links(self) -> QWidget:
        page = QWidget()
        self.link_table = QTableWidget(0, 5)
        self.link_table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Grupp"), self.tr("Möte"), self.tr("§"), self.tr("Beslut")])
        self.link_table.verticalHeader().hide()
        self.link_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.link_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.link_table.horizontalHeader().setStretchLastSection(True)
        self.unlink_button = QPushButton(self.tr("Ta bort kopplingen"))
        self.unlink_button.setToolTip(self.tr("Dagordningspunkten finns kvar på mötet; bara kopplingen till förslaget tas bort."))
        self.unlink_button.clicked.connect(self.unlink_selected)
        rights.needs(rights.WRITE, self.unlink_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlink_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.link_table, 1)
        layout.addLayout(row)
        self._fill_links()
        return page

    # -- filling -------------------------------------------------------------------------
    def _fill(self, data: ProposalInput, proposer_name: str) -> None:
        self.title_edit.setText(data.title)
        self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(data.area)))
        self.origin_combo.setCurrentIndex(max(0, self.origin_combo.findData(data.origin)))
        self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(data.workshop_id)))
        self.municipality_combo.setCurrentIndex(max(0, self.municipality_combo.findData(data.origin_municipality_id)))
        self.proposer_combo.set_person(data.proposer_id, proposer_name)
        self.description_edit.setPlainText(data.description)
        self.notes_edit.setPlainText(data.notes)
        self._origin_changed()

    def _origin_changed(self, *_args) -> None:
        origin = self.origin_combo.currentData()
        self.workshop_combo.setEnabled(origin == "workshop")
        self.municipality_combo.setEnabled(origin == "municipality")

    def _fill_interests(self) -> None:
        current = {}
        if self.record is not None:
            current = {i.municipality_id: i.yearly_volume_ore for i in links.interests(self.context.db, self.record.id)}
        table = self.interest_table
        table.blockSignals(True)
        table.setRowCount(len(self._municipalities))
        for row, m in enumerate(self._municipalities):
            name = QTableWidgetItem(m.name)
            name.setData(Qt.ItemDataRole.UserRole, m.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            name.setCheckState(Qt.CheckState.Checked if m.id in current else Qt.CheckState.Unchecked)
            volume = QTableWidgetItem(money.format_input(current[m.id]) if m.id in current else "")
            volume.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, NAME_COLUMN, name)
            table.setItem(row, VOLUME_COLUMN, volume)
        table.blockSignals(False)
        self._update_total()

    def _fill_links(self) -> None:
        found = links.links(self.context.db, self.record.id)
        self._links = found
        self.link_table.setRowCount(len(found))
        for row, link in enumerate(found):
            values = (link.meeting_date.isoformat(), link.group_name, f"{link.meeting_title}: {link.item_title}",
                      "" if link.paragraph is None else f"§ {link.paragraph}", link.decision)
            for column, text in enumerate(values):
                self.link_table.setItem(row, column, QTableWidgetItem(text))
        self.link_table.resizeColumnsToContents()
        self.unlink_button.setEnabled(bool(found))

    # -- interests -----------------------------------------------------------------------
    def _interest_edited(self, item: QTableWidgetItem) -> None:
        """Typing a volume ticks the municipality; the total follows."""
        if item.column() == VOLUME_COLUMN and item.text().strip():
            name = self.interest_table.item(item.row(), NAME_COLUMN)
            if name.checkState() != Qt.CheckState.Checked:
                self.interest_table.blockSignals(True)
                name.setCheckState(Qt.CheckState.Checked)
                self.interest_table.blockSignals(False)
        self._update_total()

    def volumes(self) -> list[tuple[int, int]]:
        """(municipality_id, öre) for each ticked row; ValueError naming the municipality for a bad amount."""
        result = []
        for row in range(self.interest_table.rowCount()):
            name = self.interest_table.item(row, NAME_COLUMN)
            if name.checkState() != Qt.CheckState.Checked:
                continue
            try:
                ore = parse_volume(self.interest_table.item(row, VOLUME_COLUMN).text())
            except ValidationError as error:
                raise ValueError(self.tr("Årsvolymen för %1: %2").replace("%1", name.text())
                                 .replace("%2", error.message)) from None
            result.append((name.data(Qt.ItemDataRole.UserRole), ore))
        return result

    def _update_total(self) -> None:
        try:
            chosen = self.volumes()
        except ValueError:
            self.total_label.setText(self.tr("Summa: –"))
            return
        text = self.tr("1 kommun, sammanlagt %2 per år") if len(chosen) == 1 else self.tr(
            "%1 kommuner, sammanlagt %2 per år").replace("%1", str(len(chosen)))
        self.total_label.setText(text.replace("%2", money.format(sum(v for _, v in chosen), decimals="auto")))

    # -- saving --------------------------------------------------------------------------
    def value(self) -> ProposalInput:
        return ProposalInput(
            title=self.title_edit.text(), area=self.area_combo.currentData(), description=self.description_edit.toPlainText(),
            origin=self.origin_combo.currentData(), workshop_id=self.workshop_combo.currentData(),
            origin_municipality_id=self.municipality_combo.currentData(), proposer_id=self.proposer_combo.person_id(),
            notes=self.notes_edit.toPlainText())

    def _show_volume_error(self, text: str) -> None:
        self.volume_error.setText(text)
        self.volume_error.setVisible(bool(text))

    def save(self) -> None:
        self.general_error.hide()
        self._show_volume_error("")
        try:
            volumes = self.volumes()
        except ValueError as exc:
            self._show_volume_error(str(exc))
            self.tabs.setCurrentIndex(1)
            return
        if self.proposer_combo.typed_unknown():
            self.errors.show(ValidationError("proposer_id", self.tr("Välj en person i listan, eller (ingen).")))
            self.tabs.setCurrentIndex(0)
            return
        try:
            self.saved = proposals.save_proposal(
                self.context.db, self.value(), None if self.record is None else self.record.id, volumes=volumes,
                expected_version=None if self.record is None else self.record.row_version)
        except ChangedByOthers as error:  # a colleague saved first: keep what was typed, offer to read it in
            if messages.ask_reload(self, error.message):
                self.record = proposals.get_proposal(self.context.db, self.record.id)
                self._fill(self.record.as_input(), self.record.proposer_name)
                self._fill_interests()
            return
        except ValidationError as error:
            self.errors.show(error)
            volume_text = error.for_field("volumes") or ""
            others = " ".join(e.message for e in error.errors if e.field not in self.form_fields | {"volumes"})
            self._show_volume_error(volume_text)
            self.general_error.setText(others)
            self.general_error.setVisible(bool(others))
            placed = any(e.field in self.form_fields for e in error.errors)
            self.tabs.setCurrentIndex(0 if placed or not volume_text else 1)
            return
        except UserError as error:
            messages.show_error(self, error)
            return
        self.accept()

    def unlink_selected(self) -> None:
        rows = sorted({i.row() for i in self.link_table.selectionModel().selectedRows()})
        if not rows:
            return
        link = self._links[rows[0]]
        try:
            links.unlink_agenda_item(self.context.db, self.record.id, link.agenda_item_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        self.context.data_changed.emit(proposals.ENTITY)
        self._fill_links()

    def show_history(self) -> None:
        HistoryDialog(self.context, proposals.ENTITY, self.record.id, self.record.title, FIELD_LABELS, self).exec()
