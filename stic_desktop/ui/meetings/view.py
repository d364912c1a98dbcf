"""One meeting in its own window: a header with the status and its next steps, and four tabs
(Deltagare, Dagordning, Protokoll, Dokument). The window remembers its size."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stic_desktop.core import dates
from stic_desktop.errors import UserError
from stic_desktop.operations import mailing
from stic_desktop.services.meetings import invitation, invitees, meetings, minutes
from stic_desktop.services.meetings.meetings import MeetingRecord
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.meetings.agenda_panel import AgendaPanel
from stic_desktop.ui.meetings.attendance_panel import AttendancePanel
from stic_desktop.ui.meetings.dialog import MeetingDialog
from stic_desktop.ui.meetings.documents_panel import DocumentsPanel
from stic_desktop.ui.meetings.minutes_panel import MinutesPanel
from stic_desktop.ui.widgets import messages, rights
from stic_desktop.ui.widgets import pickers as meeting_widgets
from stic_desktop.ui.widgets.history_dialog import HistoryDialog
from stic_desktop.ui.widgets.jobs import run_job
from stic_desktop.ui.widgets.labels import label
from stic_desktop.ui.widgets.pickers import HISTORY_LABELS, ScratchFolder
from stic_desktop.ui.widgets.screen import resize_to_fit
from stic_desktop.ui.widgets.table_model import when_text
from stic_desktop.ui.workspace import i18n

SIZE_KEY = "meeting_view/size"
STATUS_COLOURS = {"draft": "#6b6b6b", "invited": "#1d4e89", "held": "#2e7d32", "adjusted": "#2e7d32",
                  "cancelled": "#b00020"}
# which status buttons each status offers
ACTIONS = {
    "draft": {"edit", "mailing", "held", "cancel"},
    "invited": {"edit", "mailing", "held", "cancel"},
    "held": {"edit", "adjust"},
    "adjusted": {"reopen"},
    "cancelled": {"mailing"},
}


class MeetingView(QDialog):
    status_message = Signal(str)

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.meeting: MeetingRecord = meetings.get_meeting(context.db, meeting_id)
        self.scratch = ScratchFolder()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.quorum_label = QLabel()

        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("edit", self.tr("Ändra uppgifter…"), self.edit_details),
            ("mailing", self.tr("Förbered utskick…"), self.prepare_mailing),
            ("sent", self.tr("Markera kallelsen skickad…"), self.confirm_sent),
            ("held", self.tr("Markera genomfört"), self.mark_held),
            ("adjust", self.tr("Justera protokoll"), self.adjust),
            ("reopen", self.tr("Öppna protokollet igen…"), self.reopen),
            ("cancel", self.tr("Ställ in mötet"), self.cancel_meeting),
            ("history", self.tr("Historik"), self.show_history),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.action_buttons[key] = button
            if key != "history":
                rights.needs(rights.WRITE, button)
        self.action_buttons["mailing"].setToolTip(self.tr("Skriver ett e-postutkast (.eml) per kallad med kallelsen och "
                                                     "kalenderfilen bifogade och arkiverar kallelsen. Inget skickas: "
                                                     "du skickar utkasten från ditt e-postprogram"))
        self.action_buttons["sent"].setToolTip(self.tr("När du har skickat utkasten: kallelsen blir skickad och mötet "
                                                  "kallat"))
        self.action_buttons["held"].setToolTip(self.tr("Punkterna får sina paragrafnummer (§)"))
        self.action_buttons["adjust"].setToolTip(self.tr("Låser protokollet. Kräver ordförande, sekreterare och minst en "
                                                    "justerare"))

        self.attendance = AttendancePanel(context, meeting_id, self)
        self.agenda = AgendaPanel(context, meeting_id, self.scratch, self)
        self.minutes = MinutesPanel(context, meeting_id, self)
        self.documents = DocumentsPanel(context, meeting_id, self.scratch, self)
        self.panels = (self.attendance, self.agenda, self.minutes, self.documents)
        self.tabs = QTabWidget()
        titles = (self.tr("Deltagare"), self.tr("Dagordning"), self.tr("Protokoll"), self.tr("Dokument"))
        for panel, title in zip(self.panels, titles):
            self.tabs.addTab(panel, title)
            panel.status_message.connect(self.show_message)
            panel.changed.connect(lambda p=panel: self._panel_changed(p))
        self._stale: set[QWidget] = set()
        self._previous_tab = 0
        self.tabs.currentChanged.connect(self._tab_changed)

        self.message_label = QLabel()
        self.message_label.setObjectName("hint")
        self.message_label.setWordWrap(True)
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.accept)

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title_label)
        header.addWidget(self.details_label)
        states = QHBoxLayout()
        states.addWidget(self.status_label)
        states.addSpacing(16)
        states.addWidget(self.quorum_label)
        states.addStretch(1)
        header.addLayout(states)
        buttons = QHBoxLayout()
        for key in ("edit", "mailing", "sent", "held", "adjust", "reopen", "cancel"):
            buttons.addWidget(self.action_buttons[key])
        buttons.addStretch(1)
        buttons.addWidget(self.action_buttons["history"])
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        size = QSettings().value(SIZE_KEY)
        resize_to_fit(self, size if isinstance(size, QSize) else QSize(1100, 760))
        rights.guard(self, context)
        self.refresh()

    # -- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reads the meeting again and refreshes the header and every tab."""
        if self.minutes.dirty and not self.minutes.save():
            return
        if not self._reread():
            return
        for panel in self.panels:
            panel.refresh(self.meeting)
        self._stale.clear()

    def _reread(self) -> bool:
        try:
            self.meeting = meetings.get_meeting(self.context.db, self.meeting_id)
        except UserError as error:  # removed meanwhile
            messages.show_error(self, error)
            self.reject()
            return False
        self._show_header()
        return True

    def _show_header(self) -> None:
        m = self.meeting
        self.setWindowTitle(f"{m.title} – {m.starts_at.date().isoformat()}")
        self.title_label.setText(m.title)
        day = m.starts_at.date()
        parts = [m.group_name or self.tr("Ingen grupp"), f"{i18n.weekday_name(day.weekday())} {day.isoformat()}",
                 dates.time_span(m.starts_at, m.ends_at)]
        parts += [p for p in (m.location, m.case_number and self.tr("Dnr %1").replace("%1", m.case_number)) if p]
        self.details_label.setText(" · ".join(parts) + (f"\n{m.online_link}" if m.online_link else ""))
        state = invitation.invitation_state(self.context.db, self.meeting_id)
        self.invitation = state
        if state.state == invitation.DRAFTED and m.status not in ("held", "adjusted"):
            status = label(m.status_label) + self.tr(" (kallelsen: utkast skapade %1, inte skickade)").replace(
                "%1", when_text(state.drafted_at)[:10])
        else:
            status = label(m.status_label) + (self.tr(" (kallelsen skickad %1)").replace("%1", when_text(
                m.invitation_sent_at)[:10]) if m.invitation_sent_at and m.status == "invited" else "")
        self.status_label.setText(self.tr("Status: %1").replace("%1", status))
        self.status_label.setStyleSheet(f"font-weight: 600; color: {STATUS_COLOURS.get(m.status, '#000')};")
        self._show_quorum()
        offered = set(ACTIONS.get(m.status, set()))
        if state.state == invitation.DRAFTED and "mailing" in offered:
            offered.add("sent")
        for key, button in self.action_buttons.items():
            rights.set_visible(button, key == "history" or key in offered, self.context)

    def _show_quorum(self) -> None:
        try:
            quorum = invitees.quorum(self.context.db, self.meeting_id)
        except UserError:
            quorum = None
        if quorum is None or not quorum.applies:
            self.quorum_label.hide()
            return
        answer = self.tr("ja") if quorum.reached else self.tr("nej")
        self.quorum_label.setText(self.tr("Beslutsför: %1 (%2 av %3 närvarande)").replace("%1", answer)
                                  .replace("%2", str(quorum.present)).replace("%3", str(quorum.members)))
        # Before the meeting nobody is present yet: a red "nej" would only alarm.
        recorded = quorum.present > 0 or self.meeting.status in ("held", "adjusted")
        colour = ("#2e7d32" if quorum.reached else "#b00020") if recorded else "#6b6b6b"
        self.quorum_label.setStyleSheet(f"font-weight: 600; color: {colour};")
        self.quorum_label.show()

    def _panel_changed(self, source: QWidget) -> None:
        """The header follows at once; the other tabs are read again when they are shown."""
        if self._reread():
            self._stale.update(p for p in self.panels if p is not source)

    def _tab_changed(self, index: int) -> None:
        previous = self.tabs.widget(self._previous_tab)
        self._previous_tab = index
        if previous is self.minutes and self.minutes.dirty:
            self.minutes.save()
        panel = self.tabs.widget(index)
        if panel in self._stale:
            self._stale.discard(panel)
            panel.refresh(self.meeting)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.status_message.emit(text)

    def _changed(self, text: str) -> None:
        """A status action succeeded: everything is read again and the lists outside are told."""
        self.refresh()
        self.show_message(text)
        self.context.data_changed.emit(meetings.ENTITY)

    def _call(self, action, *args) -> MeetingRecord | None:
        try:
            return action(self.context.db, self.meeting_id, *args)
        except UserError as error:
            messages.show_error(self, error)
            return None

    # -- status actions ------------------------------------------------------------------
    def edit_details(self) -> None:
        dialog = MeetingDialog(self.context, self.meeting, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(self.tr("Mötesuppgifterna sparades."))

    def prepare_mailing(self) -> None:
        try:
            plan = mailing.plan_mailing(self.context.db, self.meeting_id)
        except UserError as error:
            messages.show_error(self, error)
            return
        if not messages.confirm(self, self.tr("Förbered utskick"), self._plan_text(plan), self.tr("Skapa utkasten…")):
            return
        folder = meeting_widgets.existing_folder(self, self.tr("Välj mapp för e-postutkasten"))
        if folder is None:
            return

        def prepared(outcome) -> None:
            text = self.tr("%1 e-postutkast sparades i %2. Kallelsen arkiverades. Skicka utkasten från ditt "
                           "e-postprogram och välj sedan ”Markera kallelsen skickad…”.") \
                .replace("%1", str(len(outcome.files))).replace("%2", str(folder))
            if outcome.skipped:
                text += " " + self.tr("Utan e-postadress (kontakta på annat sätt): %1.").replace(
                    "%1", ", ".join(outcome.skipped))
            self._changed(text)

        run_job(self, self.tr("Förbereder utskick…"), mailing.prepare_mailing,
                self.context.db, self.meeting_id, folder, on_success=prepared)

    def _plan_text(self, plan) -> str:
        """What will be written, before anything is."""
        kind = self.tr("inställelse") if plan.cancellation else self.tr("kallelse")
        lines = [self.tr("Ett e-postutkast (.eml) med %1 och kalenderfil skrivs för var och en av dessa %2 mottagare:")
                 .replace("%1", kind).replace("%2", str(len(plan.recipients)))]
        shown = plan.recipients[:12]
        lines += [f"  • {name} <{email}>" for name, email in shown]
        if len(plan.recipients) > len(shown):
            lines.append("  " + self.tr("… och %1 till").replace("%1", str(len(plan.recipients) - len(shown))))
        if plan.without_email:
            lines.append(self.tr("Utan e-postadress (kontakta på annat sätt): %1.").replace(
                "%1", ", ".join(plan.without_email)))
        lines += ["", self.tr("Kallelsen arkiveras. Inget skickas: du skickar utkasten från ditt e-postprogram och "
                              "markerar sedan kallelsen som skickad.")]
        return "\n".join(lines)

    def confirm_sent(self) -> None:
        question = self.tr("Har du skickat utkasten till kallelsen från ditt e-postprogram? Kallelsen markeras då "
                           "som skickad och mötet som kallat.")
        if messages.confirm(self, self.tr("Markera kallelsen skickad"), question, self.tr("Ja, de är skickade")) \
                and self._call(invitation.confirm_sent):
            self._changed(self.tr("Kallelsen är markerad som skickad."))

    def mark_held(self) -> None:
        question = self.tr("Markera mötet som genomfört? Dagordningens punkter får då sina paragrafnummer (§), "
                           "som inte ändras efteråt.")
        if messages.confirm(self, self.tr("Markera genomfört"), question, self.tr("Markera genomfört")) \
                and self._call(meetings.mark_held):
            self._changed(self.tr("Mötet är markerat som genomfört."))

    def adjust(self) -> None:
        if self.minutes.dirty and not self.minutes.save():
            return
        question = self.tr("Justera protokollet? Därefter kan varken protokoll, dagordning eller närvaro ändras "
                           "förrän protokollet öppnas igen (det loggas).")
        if messages.confirm(self, self.tr("Justera protokoll"), question, self.tr("Justera")) \
                and self._call(minutes.adjust_minutes):
            self._changed(self.tr("Protokollet är justerat och låst."))

    def reopen(self) -> None:
        reason = meeting_widgets.ask_text(self, self.tr("Öppna protokollet igen"),
                                          self.tr("Varför måste protokollet ändras? Skälet sparas i historiken."))
        if reason is not None and self._call(minutes.reopen_minutes, reason):
            self._changed(self.tr("Protokollet är öppnat igen och kan ändras."))

    def cancel_meeting(self) -> None:
        question = self.tr("Ställ in ”%1”? Mötet finns kvar som inställt. Välj sedan ”Förbered utskick…” för att "
                           "skicka en inställelse till de kallade.").replace("%1", self.meeting.title)
        if messages.confirm(self, self.tr("Ställ in mötet"), question, self.tr("Ställ in mötet")) \
                and self._call(meetings.cancel_meeting):
            self._changed(self.tr("Mötet är inställt."))

    def show_history(self) -> None:
        description = f"{self.meeting.title} {self.meeting.starts_at.date().isoformat()}"
        HistoryDialog(self.context, meetings.ENTITY, self.meeting_id, description, HISTORY_LABELS, self).exec()

    # -- closing -------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.minutes.dirty and not self.minutes.save():
            return  # the message says why; the text stays so it can be copied or corrected
        from stic_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

        for preview in self.findChildren(PdfPreviewDialog):
            preview.close()  # their temporary files are removed next
        QSettings().setValue(SIZE_KEY, self.size())
        self.scratch.remove()
        super().done(result)
