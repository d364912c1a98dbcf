"""ui/record_window.HistoryPanel: the audited changes of one record, or a hint when there are none."""

from __future__ import annotations

from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.municipalities.municipalities import FIELD_LABELS
from stic_desktop.ui.widgets.record_window import HistoryPanel


def test_history_lists_changes_with_readable_names_and_says_when_there_are_none(context, qtbot) -> None:
    record = municipalities.list_municipalities(context.db)[0]
    panel = HistoryPanel(context, municipalities.ENTITY, record.id, FIELD_LABELS)
    qtbot.addWidget(panel)
    demo_entries = panel.tree.topLevelItemCount()
    assert panel.empty_label.isVisibleTo(panel) == (demo_entries == 0)

    data = record.as_input()
    municipalities.save_municipality(context.db, type(data)(**{**data.__dict__, "website": "https://ny.example.se"}),
                                     record.id)
    panel.reload()
    assert panel.tree.topLevelItemCount() == demo_entries + 1
    assert not panel.empty_label.isVisibleTo(panel)
    newest = panel.tree.topLevelItem(0)
    changed = [newest.child(i).text(2) for i in range(newest.childCount())]
    assert FIELD_LABELS["website"] in changed
    assert newest.child(changed.index(FIELD_LABELS["website"])).text(4) == "https://ny.example.se"

    panel = HistoryPanel(context, "no_such_entity", 1, {})
    qtbot.addWidget(panel)
    assert panel.tree.topLevelItemCount() == 0 and panel.empty_label.isVisibleTo(panel)
