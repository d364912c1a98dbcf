"""Upphandlande organisation: the legal person STIC belongs to, which issues award decisions and agreements on
behalf of the municipalities under their powers of attorney; the court a review is sought at; and the bounds of
the commission clause (the highest rate the steering group may set and the notice a change needs)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from stic_desktop.services.workspace import organisation
from stic_desktop.services.workspace.organisation import DecidingParty
from stic_desktop.ui.widgets.form import FormDialog


class DecidingPartyDialog(FormDialog):
    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(None, parent, min_width=520)
        self.db = db
        self.setWindowTitle(self.tr("Upphandlande organisation"))
        party = organisation.get_organisation(db).deciding_party
        intro = QLabel(self.tr("STIC är ingen juridisk person. Tilldelningsbeslut, anbudsöppningsprotokoll och "
                               "ramavtal utfärdas av den upphandlande organisation som STIC tillhör, för de "
                               "deltagande kommunerna med stöd av deras fullmakter."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name_edit = self.add_row("deciding_party_name", self.tr("Namn:"), QLineEdit(party.name))
        self.name_edit.setPlaceholderText(self.tr("t.ex. inköpscentralen STIC tillhör"))
        self.number_edit = self.add_row("deciding_party_org_number", self.tr("Organisationsnummer:"),
                                        QLineEdit(party.org_number))
        self.number_edit.setPlaceholderText("NNNNNN-NNNN")
        self.court_edit = self.add_row("review_court", self.tr("Förvaltningsrätt för överprövning:"),
                                       QLineEdit(party.review_court))
        self.max_edit = self.add_row("commission_max_percent", self.tr("Högsta provisionssats (%):"),
                                     QLineEdit(party.commission_max_percent))
        self.notice_spin = QSpinBox()
        self.notice_spin.setRange(1, 24)
        self.notice_spin.setSuffix(self.tr(" månader"))
        self.notice_spin.setValue(party.commission_notice_months)
        self.add_row("commission_notice_months", self.tr("Varsel före ändrad sats:"), self.notice_spin)

    def store(self) -> object:
        return organisation.save_deciding_party(self.db, DecidingParty(
            self.name_edit.text(), self.number_edit.text(), self.max_edit.text(), self.notice_spin.value(),
            self.court_edit.text()))
