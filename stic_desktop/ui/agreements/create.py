"""Creating an agreement from a signed procurement: picking the procurement, and linking its awarded tenders
to the supplier register (a tender only names its supplier; the agreement needs the register's entry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QInputDialog, QLabel, QPushButton, QWidget

from stic_desktop.errors import UserError
from stic_desktop.services.agreements import agreements, suppliers
from stic_desktop.services.procurement import procurements, tenders
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.labels import label


def choose_procurement(context: AppContext, parent: QWidget) -> int | None:
    """A procurement in the stage Avtal tecknat or Avslutad, chosen from a list; None when cancelled."""
    choices = [p for p in procurements.list_procurements(context.db) if p.stage in agreements.SIGNED_STAGES]
    if not choices:
        messages.show_error(parent, UserError(QCoreApplication.translate(
            "agreement_create", "Ingen upphandling har nått steget Avtal tecknat. Ett avtal kan skapas från en upphandling när avtalet "
            "är tecknat; välj annars ”Nytt avtal”.")))
        return None
    items = [f"{p.case_number} – {p.title} ({label(p.stage_label)})" for p in choices]
    title = QCoreApplication.translate("agreement_create", "Skapa avtal från upphandling")
    text, ok = QInputDialog.getItem(parent, title, QCoreApplication.translate("agreement_create", "Upphandling:"),
                                    items, 0, False)
    if not ok:
        return None
    return choices[items.index(text)].id


class TenderLinks(QWidget):
    """One row per awarded tender: its name and ranking, and the register's supplier it becomes."""

    def __init__(self, context: AppContext, procurement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.combos: dict[int, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        try:
            awarded = [t for t in tenders.tenders(context.db, procurement_id) if t.awarded]
        except UserError as error:
            awarded = []
            grid.addWidget(QLabel(error.message), 0, 0)
        self.register = suppliers.list_suppliers(context.db)
        if not awarded:
            hint = QLabel(self.tr("Upphandlingen har inga tilldelade anbud. Lägg till leverantörerna under fliken "
                                  "Leverantörer när avtalet är skapat."))
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            grid.addWidget(hint, 0, 0, 1, 3)
        for row, tender in enumerate(sorted(awarded, key=lambda t: (t.ranking is None, t.ranking or 0))):
            place = f"{tender.ranking}. " if tender.ranking else ""
            grid.addWidget(QLabel(place + tender.supplier_name), row, 0)
            combo = QComboBox()
            combo.setMinimumWidth(260)
            self._fill(combo)
            wanted = tender.supplier_id or next((s.id for s in self.register
                                                 if s.name.casefold() == tender.supplier_name.casefold()), None)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            self.combos[tender.id] = combo
            grid.addWidget(combo, row, 1)
            new = QPushButton(self.tr("Ny leverantör…"))
            new.clicked.connect(lambda _=False, t=tender, c=combo: self.new_supplier(t.supplier_name, c))
            grid.addWidget(new, row, 2)
        grid.setColumnStretch(1, 1)

    def _fill(self, combo: QComboBox) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("(inte kopplad: blir inte part i avtalet)"), None)
        for supplier in self.register:
            combo.addItem(f"{supplier.name} ({supplier.org_number})", supplier.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def new_supplier(self, name: str, combo: QComboBox) -> None:
        from stic_desktop.ui.agreements.supplier_dialog import SupplierDialog

        dialog = SupplierDialog(self.context, None, self)
        dialog.inputs["name"].setText(name)
        if not dialog.exec() or dialog.saved is None:
            return
        self.register = suppliers.list_suppliers(self.context.db)
        for other in self.combos.values():
            self._fill(other)
        combo.setCurrentIndex(max(0, combo.findData(dialog.saved.id)))

    def links(self) -> dict[int, int]:
        """Tender id -> supplier id for every linked tender."""
        return {tender_id: combo.currentData() for tender_id, combo in self.combos.items()
                if combo.currentData() is not None}

