"""Staff a contract group in one step: tick the participating municipalities, get the people there
whose expertise matches the group's subject area, keep the ones wanted and add them all at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.errors import UserError, ValidationError
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import groups, memberships, staffing
from stic_desktop.services.people.groups import GroupRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people.membership_dialog import date_edit, to_date
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.labels import label

ID_ROLE = Qt.ItemDataRole.UserRole


class StaffingDialog(QDialog):
    def __init__(self, context: AppContext, group_id: int | None = None, from_date: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.added = 0
        self._unticked: set[int] = set()  # suggestions the user unticked, kept while the list refreshes
        self.setWindowTitle(self.tr("Bemanna avtalsgrupp"))
        self.resize(900, 560)

        self._groups: dict[int, GroupRecord] = {
            g.id: g for g in groups.list_groups(context.db) if g.kind == "contract" and g.active}
        self.group_combo = QComboBox()
        for group in self._groups.values():
            self.group_combo.addItem(group.name, group.id)
        if group_id in self._groups:
            self.group_combo.setCurrentIndex(self.group_combo.findData(group_id))
        self.group_info = QLabel()
        self.group_info.setObjectName("hint")
        self.group_info.setWordWrap(True)

        self.municipality_list = QListWidget()
        for record in sorted(municipalities.list_municipalities(context.db),
                             key=lambda m: (m.status != "member", groups.sort_key(m.name))):
            if record.status == "left":
                continue
            text = record.name + (self.tr(" (intresserad)") if record.status == "interested" else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, record.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, record.status)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.municipality_list.addItem(item)
        self.municipality_list.itemChanged.connect(self._refresh_suggestions)
        all_members = QPushButton(self.tr("Alla medlemskommuner"))
        all_members.clicked.connect(lambda: self._tick_all(True))
        none = QPushButton(self.tr("Ingen"))
        none.clicked.connect(lambda: self._tick_all(False))

        self.suggestions = QTreeWidget()
        self.suggestions.setRootIsDecorated(False)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setHeaderLabels([self.tr("Namn"), self.tr("Kommun"), self.tr("Expertis"), self.tr("Titel")])
        self.suggestions.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 120, 200)):
            self.suggestions.setColumnWidth(column, width)
        self.suggestions.itemChanged.connect(self._suggestion_ticked)
        self.suggestion_hint = QLabel()
        self.suggestion_hint.setObjectName("hint")
        self.suggestion_hint.setWordWrap(True)

        self.role_combo = QComboBox()
        for code in ("expert", "member", "adjunct"):
            self.role_combo.addItem(label(memberships.ROLE_LABELS[code]), code)
        self.from_edit = date_edit(from_date)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("Avtalsgrupp:"), self.group_combo)
        top.addRow("", self.group_info)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Deltagande kommuner</b>")))
        left.addWidget(self.municipality_list, 1)
        tick_row = QHBoxLayout()
        tick_row.addWidget(all_members)
        tick_row.addWidget(none)
        left.addLayout(tick_row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Föreslagna personer</b> (expertis som matchar sakområdet)")))
        right.addWidget(self.suggestions, 1)
        right.addWidget(self.suggestion_hint)
        middle = QGridLayout()
        middle.addLayout(left, 0, 0)
        middle.addLayout(right, 0, 1)
        middle.setColumnStretch(0, 1)
        middle.setColumnStretch(1, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Roll:")))
        bottom.addWidget(self.role_combo)
        bottom.addSpacing(12)
        bottom.addWidget(QLabel(self.tr("Från:")))
        bottom.addWidget(self.from_edit)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self._group_changed()

    # -- state ---------------------------------------------------------------------------
    def group_id(self) -> int | None:
        return self.group_combo.currentData()

    def group_name(self) -> str:
        return self.group_combo.currentText()

    def municipality_ids(self) -> list[int]:
        items = (self.municipality_list.item(i) for i in range(self.municipality_list.count()))
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def chosen_person_ids(self) -> list[int]:
        items = (self.suggestions.topLevelItem(i) for i in range(self.suggestions.topLevelItemCount()))
        return [item.data(0, ID_ROLE) for item in items if item.checkState(0) == Qt.CheckState.Checked]

    def _tick_all(self, members: bool) -> None:
        self.municipality_list.blockSignals(True)
        for index in range(self.municipality_list.count()):
            item = self.municipality_list.item(index)
            tick = members and item.data(Qt.ItemDataRole.UserRole + 1) == "member"
            item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
        self.municipality_list.blockSignals(False)
        self._refresh_suggestions()

    def _group_changed(self, *_args) -> None:
        group = self._groups.get(self.group_id())
        if group is None:
            self.group_info.setText(self.tr("Det finns ingen aktiv avtalsgrupp. Lägg till en under Grupper först."))
        else:
            parts = [self.tr("Sakområde: %1").replace("%1", group.subject_area or self.tr("(inget)")),
                     self.tr("%1 medlemmar idag").replace("%1", str(group.member_count))]
            if group.min_experts:
                parts.append(self.tr("minst %1 experter").replace("%1", str(group.min_experts)))
            self.group_info.setText(" · ".join(parts))
        self._unticked.clear()
        self._refresh_suggestions()

    def _refresh_suggestions(self, *_args) -> None:
        group = self._groups.get(self.group_id())
        self.error_label.hide()
        self.suggestions.blockSignals(True)
        self.suggestions.clear()
        found: list[staffing.ExpertSuggestion] = []
        if group is not None and self.municipality_ids():
            try:
                found = staffing.suggest_experts(self.context.db, group.id, self.municipality_ids())
            except UserError as error:
                messages.show_error(self, error)
        for suggestion in found:
            item = QTreeWidgetItem([suggestion.name, suggestion.municipality_name, ", ".join(suggestion.expertise),
                                    suggestion.title])
            item.setData(0, ID_ROLE, suggestion.person_id)
            item.setToolTip(2, self.tr("Matchar: %1").replace("%1", ", ".join(suggestion.matched)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            unticked = suggestion.person_id in self._unticked
            item.setCheckState(0, Qt.CheckState.Unchecked if unticked else Qt.CheckState.Checked)
            self.suggestions.addTopLevelItem(item)
        self.suggestions.blockSignals(False)
        if group is None:
            hint = ""
        elif not group.subject_area.strip():
            hint = self.tr("Gruppen har inget sakområde, så inga förslag kan tas fram. Ange ett under Grupper.")
        elif not self.municipality_ids():
            hint = self.tr("Kryssa i de kommuner som deltar i upphandlingen.")
        elif not found:
            hint = self.tr("Ingen i de valda kommunerna har expertis inom ”%1” (eller så är de redan med i gruppen).") \
                .replace("%1", group.subject_area)
        else:
            hint = ""
        self.suggestion_hint.setText(hint)
        self.suggestion_hint.setVisible(bool(hint))
        self._update_add_button()

    def _suggestion_ticked(self, item: QTreeWidgetItem, _column: int) -> None:
        person_id = item.data(0, ID_ROLE)
        if item.checkState(0) == Qt.CheckState.Checked:
            self._unticked.discard(person_id)
        else:
            self._unticked.add(person_id)
        self._update_add_button()

    def _update_add_button(self) -> None:
        count = len(self.chosen_person_ids())
        self.add_button.setText(self.tr("Lägg till") if count == 0 else
                                self.tr("Lägg till %1").replace("%1", str(count)))
        self.add_button.setEnabled(count > 0)

    # -- adding --------------------------------------------------------------------------
    def add(self) -> None:
        group_id, chosen = self.group_id(), self.chosen_person_ids()
        if group_id is None or not chosen:
            return
        try:
            self.added = staffing.add_experts(self.context.db, group_id, chosen, to_date(self.from_edit),
                                              self.role_combo.currentData())
        except ValidationError as error:
            self.error_label.setText("\n".join(e.message for e in error.errors))
            self.error_label.show()
            return
        except UserError as error:
            messages.show_error(self, error)
            return
        self.accept()
