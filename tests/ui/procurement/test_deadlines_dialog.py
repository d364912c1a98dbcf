"""Tidsfrister (ui/procurement/deadlines_dialog.py): the deadline calculator in the window, computed by the same
service functions as ``stic-desktop deadlines``; case table with the paragraph and the expected day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from stic_desktop.services.procurement import calculator
from stic_desktop.ui.procurement.deadlines_dialog import DeadlinesDialog
from stic_desktop.ui.procurement.page import ProcurementsPage


def make(qtbot, context) -> DeadlinesDialog:
    dialog = DeadlinesDialog(context, today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    return dialog


def set_day(edit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


# case, procedure, notice, electronic, invitation, paragraph, expected text
TENDER_CASES = [
    ("open, day 30 on Påskdagen", "open", date(2026, 3, 6), True, None, "LOU 11 kap. 6 §",
     ["Sista anbudsdag: tidigast 2026-04-07 (tisdag)", "dag 30 är Påskdagen"]),
    ("open on paper, day 35 on Midsommarafton", "open", date(2026, 5, 15), False, None, "LOU 11 kap. 2 §",
     ["Sista anbudsdag: tidigast 2026-06-22 (måndag)", "dag 35 är Midsommarafton"]),
    ("negotiated, invited, day 25 on Juldagen", "negotiated", date(2026, 9, 1), True, date(2026, 11, 30),
     "LOU 11 kap. 6 §", ["Sista anbudsdag: tidigast 2026-12-28", "dag 25 är Juldagen",
                         "Sista dag för anbudsansökningar: tidigast 2026-10-01"]),
    ("competitive dialogue, applications only", "competitive_dialogue", date(2027, 12, 1), True, None,
     "LOU 11 kap. 3 §", ["Sista dag för anbudsansökningar: tidigast 2028-01-03", "dag 30 är Nyårsafton",
                         "11 kap. 1 §"]),
]


@pytest.mark.parametrize("case, procedure, notice, electronic, invitation, paragraph, expected", TENDER_CASES,
                         ids=[c[0] for c in TENDER_CASES])
def test_tender_deadlines_follow_the_inputs(qtbot, context, case, procedure, notice, electronic, invitation,
                                            paragraph, expected):
    dialog = make(qtbot, context)
    dialog.procedure_combo.setCurrentIndex(dialog.procedure_combo.findData(procedure))
    set_day(dialog.notice_edit, notice)
    dialog.electronic_check.setChecked(electronic)
    if invitation is not None:
        assert dialog.invitation_check.isVisibleTo(dialog)
        dialog.invitation_check.setChecked(True)
        set_day(dialog.invitation_edit, invitation)
    text = dialog.tender_result.text()
    assert paragraph in text
    for fragment in expected:
        assert fragment in text
    # the same service function as the command line
    same = calculator.calculate_tender(context.db, procedure, notice, electronic=electronic, invitation_on=invitation)
    assert text == "\n\n".join(calculator.tender_lines(same)[2:])


def test_the_invitation_date_is_offered_only_for_two_phase_procedures(qtbot, context):
    dialog = make(qtbot, context)
    dialog.procedure_combo.setCurrentIndex(dialog.procedure_combo.findData("open"))
    assert not dialog.invitation_check.isVisibleTo(dialog)
    dialog.procedure_combo.setCurrentIndex(dialog.procedure_combo.findData("restricted"))
    assert dialog.invitation_check.isVisibleTo(dialog) and not dialog.invitation_edit.isEnabled()
    dialog.invitation_check.setChecked(True)
    assert dialog.invitation_edit.isEnabled()


def test_paper_documents_add_five_days(qtbot, context):
    dialog = make(qtbot, context)
    set_day(dialog.notice_edit, date(2028, 3, 12))
    dialog.paper_documents_check.setChecked(True)
    assert "Sista anbudsdag: tidigast 2028-04-18" in dialog.tender_result.text()
    assert "11 kap. 9 §" in dialog.tender_result.text()


# case, sent, on paper, paragraph, expected text
STANDSTILL_CASES = [
    ("electronic, day 10 on Julafton 2026", date(2026, 12, 14), False, "LOU 20 kap. 1 §",
     ["Avtalsspärrens sista dag: 2026-12-28 (måndag)", "dag 10 är Julafton",
      "Avtal får tecknas tidigast: 2026-12-29 (tisdag)"]),
    ("by post, day 15 on Annandag påsk 2027", date(2027, 3, 14), True, "LOU 20 kap. 1 §",
     ["15 dagar", "Avtalsspärrens sista dag: 2027-03-30", "dag 15 är Annandag påsk"]),
]


@pytest.mark.parametrize("case, sent, paper, paragraph, expected", STANDSTILL_CASES,
                         ids=[c[0] for c in STANDSTILL_CASES])
def test_standstill_follows_the_inputs(qtbot, context, case, sent, paper, paragraph, expected):
    dialog = make(qtbot, context)
    set_day(dialog.sent_edit, sent)
    dialog.paper_check.setChecked(paper)
    text = dialog.standstill_result.text()
    assert paragraph in text
    for fragment in expected:
        assert fragment in text


def test_the_procurements_page_opens_it(qtbot, context, monkeypatch):
    opened = []
    monkeypatch.setattr(DeadlinesDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    page = ProcurementsPage(context)
    qtbot.addWidget(page)
    assert page.deadlines_action.text() == "Tidsfrister…"
    page.deadlines_action.trigger()
    assert opened == ["Tidsfrister"]
