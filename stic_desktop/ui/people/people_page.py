"""Personer: everyone the office works with; contact lists come in by import, addresses go out by copy."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from operator import attrgetter
from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QCheckBox

from stic_desktop.services.people import importing, people
from stic_desktop.services.people.people import FIELD_LABELS, PersonRecord, PersonRow
from stic_desktop.ui.people.person_dialog import PersonDialog
from stic_desktop.ui.widgets import messages, pickers
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.row_menu import add_row_actions
from stic_desktop.ui.widgets.table_model import Column

PREVIEW_DUPLICATES = 12  # listed in the question; the rest are counted
EXPERTISE_COLUMN = 5


class PeoplePage(ListPage):
    title_column = EXPERTISE_COLUMN
    page_id = "people"
    entity = people.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Personer")
        self.empty_text = self.tr(
            "Det finns inga personer att visa.\n\nVälj ”Ny” för att lägga till en person, eller Importera → "
            "Personer från fil för att läsa in en kontaktlista (.xlsx eller .csv)."
        )
        self.count_text = self.tr("{visible} av {total} personer")
        super().__init__(context, parent)
        self.copy_action = self._action(self.tr("Kopiera e-postadresser"), self.copy_email_addresses, "Ctrl+Shift+C",
                                        self.tr("Kopierar de markerade personernas adresser (alla som visas om ingen är markerad)"))
        self.inactive_box = QCheckBox(self.tr("Visa inaktiva"))
        self.inactive_box.setToolTip(self.tr("Visa även personer som slutat eller inte längre är aktuella"))
        self.inactive_box.toggled.connect(lambda _checked: self.reload())
        actions = self.toolbar.actions()
        self.toolbar.insertAction(actions[actions.index(self.history_action) + 1], self.copy_action)
        add_row_actions(self.table, self.copy_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.inactive_box)

    def muted(self, record) -> bool:
        return not record.active  # the Aktiv column says "Nej"

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Namn"), attrgetter("name")),
            Column(self.tr("Titel"), attrgetter("title")),
            Column(self.tr("Organisation"), attrgetter("organisation")),
            Column(self.tr("E-post"), attrgetter("email")),
            Column(self.tr("Telefon"), attrgetter("phone")),
            Column(self.tr("Expertis"), attrgetter("expertise_text")),
            Column(self.tr("Aktiv"), attrgetter("active")),
        ]

    def import_actions(self) -> list[QAction]:
        return [self._action(self.tr("Personer från fil (.xlsx, .csv)…"), self.import_file, "Ctrl+I")]

    def load(self) -> list[PersonRow]:
        box = getattr(self, "inactive_box", None)
        return people.person_rows(self.context.db, include_inactive=box is not None and box.isChecked())

    def edit(self, record: PersonRow | PersonRecord | None) -> int | None:
        if isinstance(record, PersonRow):  # the list holds what it shows; the form needs the whole person
            record = people.get_person(self.context.db, record.id)
        dialog = PersonDialog(self.context, record, self)
        if dialog.exec() and dialog.saved is not None:
            text = self.tr("%1 sparades.").replace("%1", dialog.saved.name)
            if dialog.ended_memberships:
                text += " " + self.tr("%1 gruppmedlemskap avslutades.").replace("%1", str(dialog.ended_memberships))
            self.status_message.emit(text)
            if dialog.ended_memberships:  # group pages show who is a member today
                self.context.data_changed.emit("membership")
                self.context.data_changed.emit("group")
            return dialog.saved.id
        return None

    def record_by_id(self, record_id: int) -> PersonRecord:
        return people.get_person(self.context.db, record_id)

    def delete(self, record: PersonRow) -> None:
        people.delete_person(self.context.db, record.id)

    def _on_data_changed(self, entity: str) -> None:
        if entity in (self.entity, "municipality"):  # the organisation column shows municipality names
            self.reload()

    def describe(self, record: PersonRow | PersonRecord) -> str:
        return f"{record.name} ({record.organisation})" if record.organisation else record.name

    # -- e-mail ----------------------------------------------------------------------------
    def copy_email_addresses(self) -> None:
        """The selected people's addresses, or everyone shown when nothing is selected, ready to paste."""
        records = self.selected_records() or self.model.visible_records()
        text = people.email_list(records)
        if not text:
            self.status_message.emit(self.tr("Ingen av personerna har en e-postadress."))
            return
        QGuiApplication.clipboard().setText(text)
        count = len(text.split("; "))
        message = self.tr("1 e-postadress kopierades till urklipp.") if count == 1 else \
            self.tr("%1 e-postadresser kopierades till urklipp.").replace("%1", str(count))
        self.status_message.emit(message)

    # -- import ----------------------------------------------------------------------------
    def import_file(self) -> None:
        path = pickers.open_file_name(self, self.tr("Importera personer"), self.tr("Kalkylblad (*.xlsx *.csv)"))
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        """Checks the whole file in a worker first; nothing is saved until the user has seen the preview."""
        run_job(self, self.tr("Kontrollerar filen…"), partial(importing.import_people, dry_run=True),
                self.context.db, path, on_success=lambda preview: self._confirm_import(path, preview))

    def _confirm_import(self, path: Path, preview) -> None:
        if preview.created == 0 and preview.updated == 0:
            self.status_message.emit(self.tr("Filen innehåller inga ändringar."))
            return
        question = preview.summary()
        if preview.duplicates:
            listed = "\n".join(preview.duplicates[:PREVIEW_DUPLICATES])
            more = len(preview.duplicates) - PREVIEW_DUPLICATES
            if more > 0:
                listed += "\n" + self.tr("… och %1 till.").replace("%1", str(more))
            question += "\n\n" + self.tr("Möjliga dubbletter:") + "\n" + listed + "\n\n" + self.tr(
                "Vill du importera filen ändå? Raderna ovan blir då nya personer eller uppdaterar befintliga.")
            accept = self.tr("Importera ändå")
        else:
            question += "\n\n" + self.tr("Vill du importera filen?")
            accept = self.tr("Importera")
        if messages.confirm(self, self.tr("Importera personer"), question, accept):
            run_job(self, self.tr("Importerar…"), partial(importing.import_people, allow_duplicates=bool(preview.duplicates)),
                    self.context.db, path, on_success=self._imported)

    def _imported(self, result) -> None:
        self.status_message.emit(result.summary())
        self.context.data_changed.emit(self.entity)
