"""The Ctrl+K search dialog: builds its index in a worker, searches as you type, Enter opens the hit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from stic_desktop.services.municipalities import municipalities
from stic_desktop.ui.workspace.search_dialog import SearchDialog, SearchIndexCache


def _open(context, qtbot) -> SearchDialog:
    cache = SearchIndexCache(context)
    with qtbot.waitSignal(cache.ready, timeout=10000):
        dialog = SearchDialog(cache)
    qtbot.addWidget(dialog)
    return dialog


def test_typing_lists_hits_and_enter_opens_the_selected_one(context, qtbot) -> None:
    dialog = _open(context, qtbot)
    QTest.keyClicks(dialog.edit, "sollen")
    titles = [dialog.model.record(row).title for row in range(dialog.model.rowCount())]
    assert "Sollentuna" in titles
    assert "träffar" in dialog.status.text()
    QTest.keyClick(dialog.edit, Qt.Key.Key_Down)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert chosen.args[0].title == titles[0]
    assert not dialog.isVisible()


def test_no_hits_says_so(context, qtbot) -> None:
    dialog = _open(context, qtbot)
    QTest.keyClicks(dialog.edit, "qqqxyz")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Inga träffar."


def test_a_renamed_record_is_found_by_its_new_name_after_the_update(context, qtbot) -> None:
    cache = SearchIndexCache(context)
    with qtbot.waitSignal(cache.ready, timeout=10000):
        cache.request()
    assert cache.index is not None
    record = municipalities.list_municipalities(context.db)[0]
    data = record.as_input()
    municipalities.save_municipality(context.db, type(data)(**{**data.__dict__, "name": "Zyxby"}), record.id)
    with qtbot.waitSignal(cache.ready, timeout=10000):
        context.data_changed.emit("municipality")
    assert [hit.title for hit in cache.index.search("zyxby") if hit.kind == "municipality"] == ["Zyxby"]


def test_a_change_updates_the_index_in_the_background_instead_of_dropping_it(context, qtbot) -> None:
    from stic_desktop.services.municipalities.municipalities import MunicipalityInput

    dialog = _open(context, qtbot)
    cache = dialog.cache
    before = cache.index
    saved = municipalities.save_municipality(context.db, MunicipalityInput(municipality_code="0999", name="Nyköping"))
    with qtbot.waitSignal(cache.ready, timeout=10000):
        context.data_changed.emit("municipality")  # what a page emits after saving
        assert cache.index is before  # still searchable while the update runs
    assert cache.index is not before and cache.index.audit_mark > before.audit_mark
    assert cache.index.file is before.file and cache.index.refreshed == {"municipality", "person"}  # not rebuilt
    dialog.edit.setText("nyköp")
    assert [(hit.kind, hit.id) for hit in dialog.model.visible_records()] == [("municipality", saved.id)]


def test_another_database_removes_the_index_file_and_builds_a_new_one(context, qtbot) -> None:
    cache = SearchIndexCache(context)
    with qtbot.waitSignal(cache.ready, timeout=10000):
        cache.request()
    old = cache.index
    assert old.file.path.is_file()
    context.database_changed.emit()
    assert cache.index is None
    assert not old.file.folder.exists()  # nothing of the old database stays on disk
    with qtbot.waitSignal(cache.ready, timeout=10000):
        cache.request()
    assert cache.index.file is not old.file and cache.index.search("sollentuna")


def test_an_index_built_anew_by_an_update_removes_the_old_file(context, qtbot, monkeypatch) -> None:
    from stic_desktop.services.workspace import search

    cache = SearchIndexCache(context)
    with qtbot.waitSignal(cache.ready, timeout=10000):
        cache.request()
    old = cache.index
    monkeypatch.setattr(search, "REBUILD_AFTER", 0)  # any change counts as a bulk change
    record = municipalities.list_municipalities(context.db)[0]
    data = record.as_input()
    municipalities.save_municipality(context.db, type(data)(**{**data.__dict__, "name": "Zyxby"}), record.id)
    with qtbot.waitSignal(cache.ready, timeout=10000):
        context.data_changed.emit("municipality")
    assert cache.index.file is not old.file
    assert not old.file.folder.exists()
    assert [hit.title for hit in cache.index.search("zyxby") if hit.kind == "municipality"] == ["Zyxby"]
