"""Kommuner: the member-municipality register."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtGui import QAction

from stic_desktop.core import clock
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.municipalities.municipalities import FIELD_LABELS, MunicipalityRecord
from stic_desktop.ui.municipalities.dialog import MunicipalityDialog
from stic_desktop.ui.widgets import messages, pickers
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.labels import labelled
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.table_model import Column


class MunicipalitiesPage(ListPage):
    title_column = 1  # the name or title takes the free width
    page_id = "municipalities"
    entity = municipalities.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Kommuner")
        self.empty_text = self.tr(
            "Registret är tomt.\n\nVälj Importera → Länets kommuner för att lägga in Stockholms läns 26 kommuner, "
            "eller på ”Ny” för att lägga till en kommun."
        )
        self.count_text = self.tr("{visible} av {total} kommuner")
        super().__init__(context, parent)

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Kod"), lambda r: r.municipality_code),
            Column(self.tr("Namn"), lambda r: r.name),
            Column(self.tr("Status"), labelled(lambda r: r.status_label)),
            Column(self.tr("Organisationsnummer"), lambda r: r.org_number),
            Column(self.tr("Inträde"), lambda r: r.joined_on),
            Column(self.tr("Utträde"), lambda r: r.left_on),
            Column(self.tr("Växel"), lambda r: r.switchboard_phone),
            Column(self.tr("Webbplats"), lambda r: r.website),
        ]

    def import_actions(self) -> list[QAction]:
        return [
            self._action(self.tr("Länets kommuner"), self.import_county),
            self._action(self.tr("Från fil (.xlsx, .csv)…"), self.import_file, "Ctrl+I"),
        ]

    def export_actions(self) -> list[QAction]:
        return [self._action(self.tr("Medlemsförteckning (PDF)…"), self.export_member_list, "Ctrl+P")]

    def load(self) -> list[MunicipalityRecord]:
        return municipalities.list_municipalities(self.context.db)

    def edit(self, record: MunicipalityRecord | None) -> int | None:
        dialog = MunicipalityDialog(self.context, record, self)
        if dialog.exec() and dialog.saved is not None:
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", dialog.saved.name))
            return dialog.saved.id
        return None

    def record_by_id(self, record_id: int) -> MunicipalityRecord:
        return municipalities.get_municipality(self.context.db, record_id)

    def delete(self, record: MunicipalityRecord) -> None:
        municipalities.delete_municipality(self.context.db, record.id)

    def describe(self, record: MunicipalityRecord) -> str:
        return f"{record.name} ({record.municipality_code})"

    def _imported(self, result: municipalities.ImportResult) -> None:
        self.status_message.emit(result.summary())
        self.context.data_changed.emit(self.entity)

    def import_county(self) -> None:
        run_job(self, self.tr("Importerar länets kommuner…"), municipalities.import_county_municipalities,
                self.context.db, on_success=self._imported)

    def import_file(self) -> None:
        path = pickers.open_file_name(self, self.tr("Importera kommuner"), self.tr("Kalkylblad (*.xlsx *.csv)"))
        if path is None:
            return
        run_job(self, self.tr("Kontrollerar filen…"), partial(municipalities.import_municipalities, dry_run=True),
                self.context.db, path, on_success=lambda preview: self._confirm_import(path, preview))

    def _confirm_import(self, path: Path, preview: municipalities.ImportResult) -> None:
        """All rows were valid: show what would change, then import for real."""
        if preview.created == 0 and preview.updated == 0:
            self.status_message.emit(self.tr("Filen innehåller inga ändringar."))
            return
        question = preview.summary() + "\n\n" + self.tr("Vill du importera filen?")
        if messages.confirm(self, self.tr("Importera kommuner"), question, self.tr("Importera")):
            run_job(self, self.tr("Importerar…"), municipalities.import_municipalities, self.context.db, path,
                    on_success=self._imported)

    def export_member_list(self) -> None:
        from stic_desktop.operations.register_exports import export_member_list

        suggested = f"Medlemsförteckning {clock.today().isoformat()}.pdf"
        path = pickers.save_file_name(self, self.tr("Spara medlemsförteckning"), suggested, self.tr("PDF (*.pdf)"))
        if path is not None:
            run_job(self, self.tr("Skapar medlemsförteckning…"), export_member_list, self.context.db, path,
                    on_success=lambda outcome: self.status_message.emit(
                        self.tr("Sparade %1.").replace("%1", str(outcome.files[0]))))
