"""Edit one supplier in the register; the service validates (the organisation number by its check digit)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from stic_desktop.services.agreements import suppliers
from stic_desktop.services.agreements.suppliers import FIELD_LABELS, SupplierInput, SupplierRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets.form import FormDialog
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.labels import label

ORDER = ("name", "org_number", "address", "order_contact_name", "order_contact_email", "order_contact_phone",
         "sales_contact_name", "sales_contact_email", "sales_contact_phone", "notes")
TEXT_FIELDS = {"address": 64, "notes": 84}
REQUIRED = ("name", "org_number")


class SupplierDialog(FormDialog):
    def __init__(self, context: AppContext, record: SupplierRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, min_width=540, grow=True, required_note=True)
        self.record = record
        self.setWindowTitle(self.tr("Ny leverantör") if record is None
                            else self.tr("Leverantör – %1").replace("%1", record.name))
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for field in ORDER:
            if field in TEXT_FIELDS:
                widget: QLineEdit | QPlainTextEdit = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(TEXT_FIELDS[field])
            else:
                widget = QLineEdit()
            widget.setObjectName(field)
            self.inputs[field] = widget
            required = " *" if field in REQUIRED else ""
            self.errors.add_row(field, label(FIELD_LABELS[field]) + required + ":", widget)
        self.inputs["org_number"].setPlaceholderText("NNNNNN-NNNN")
        self.inputs["org_number"].setMaximumWidth(160)
        self.inputs["sales_contact_email"].setPlaceholderText(self.tr("dit påminnelser om försäljningsrapporter går"))
        self.inputs["order_contact_email"].setPlaceholderText(self.tr("dit kommunerna skickar beställningar och avrop"))
        if record is not None:
            self.add_history_button(self.show_history)
        layout = self.body
        if record is not None and record.agreement_count:
            used = QLabel(self.tr("Leverantören finns på %1 avtal.").replace("%1", str(record.agreement_count)))
            used.setObjectName("hint")
            layout.addWidget(used)
        self._fill(record.as_input() if record is not None else SupplierInput())

    def _fill(self, data: SupplierInput) -> None:
        for field, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(getattr(data, field))
            else:
                widget.setText(getattr(data, field))

    def reload(self) -> bool:
        if self.record is None:
            return False
        self.record = suppliers.get_supplier(self.context.db, self.record.id)
        self._fill(self.record.as_input())
        return True

    def value(self) -> SupplierInput:
        return SupplierInput(**{field: widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
                                for field, widget in self.inputs.items()})

    def stored(self) -> None:
        self.context.data_changed.emit(suppliers.ENTITY)

    def store(self):
        if self.record is None:
            return suppliers.save_supplier(self.context.db, self.value())
        return suppliers.save_supplier(self.context.db, self.value(), self.record.id,
                                       expected_version=self.record.row_version)

    def show_history(self) -> None:
        HistoryDialog(self.context, suppliers.ENTITY, self.record.id, self.record.name, FIELD_LABELS, self).exec()
