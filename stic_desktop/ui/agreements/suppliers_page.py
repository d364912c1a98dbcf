"""Leverantörer: the supplier register with each supplier's number of agreements."""

from __future__ import annotations

from collections.abc import Sequence

from stic_desktop.services.agreements import suppliers
from stic_desktop.services.agreements.suppliers import FIELD_LABELS, SupplierRecord
from stic_desktop.ui.agreements.supplier_dialog import SupplierDialog
from stic_desktop.ui.widgets.list_page import ListPage
from stic_desktop.ui.widgets.table_model import Column

RELATED_ENTITIES = {"agreement"}


class SuppliersPage(ListPage):
    title_column = 0  # the name or title takes the free width
    page_id = "suppliers"
    entity = suppliers.ENTITY
    field_labels = FIELD_LABELS

    def __init__(self, context, parent=None) -> None:
        self.title = self.tr("Leverantörer")
        self.empty_text = self.tr("Registret är tomt.\n\nVälj ”Ny” för att lägga till en leverantör, eller importera "
                                  "befintliga avtal under Avtal → Importera; deras leverantörer läggs då in här.")
        self.count_text = self.tr("{visible} av {total} leverantörer")
        super().__init__(context, parent)
        self.new_action.setText(self.tr("Ny leverantör"))

    def columns(self) -> Sequence[Column]:
        return [
            Column(self.tr("Namn"), lambda r: r.name),
            Column(self.tr("Organisationsnummer"), lambda r: r.org_number),
            Column(self.tr("Kontaktperson"), lambda r: r.sales_contact_name),
            Column(self.tr("E-post"), lambda r: r.sales_contact_email),
            Column(self.tr("Telefon"), lambda r: r.sales_contact_phone),
            Column(self.tr("Avtal"), lambda r: r.agreement_count, str, align_right=True),
        ]

    def load(self) -> list[SupplierRecord]:
        return suppliers.list_suppliers(self.context.db)

    def _on_data_changed(self, entity: str) -> None:
        if entity == self.entity or entity in RELATED_ENTITIES:
            self.reload()

    def edit(self, record: SupplierRecord | None) -> int | None:
        dialog = SupplierDialog(self.context, record, self)
        if dialog.exec() and dialog.saved is not None:
            self.status_message.emit(self.tr("%1 sparades.").replace("%1", dialog.saved.name))
            return dialog.saved.id
        return None

    def record_by_id(self, record_id: int) -> SupplierRecord:
        return suppliers.get_supplier(self.context.db, record_id)

    def delete(self, record: SupplierRecord) -> None:
        suppliers.delete_supplier(self.context.db, record.id)

    def describe(self, record: SupplierRecord) -> str:
        return f"{record.name} ({record.org_number})"
