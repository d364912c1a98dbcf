from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from stic_desktop.ui.widgets.table_model import ROW_ROLE, SORT_ROLE, Column, RecordTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    when: date | None
    amount: int


COLUMNS = [
    Column("Namn", lambda r: r.name),
    Column("Datum", lambda r: r.when),
    Column("Belopp", lambda r: r.amount, align_right=True),
]


def make_rows(count: int) -> list[Row]:
    return [Row(i, f"Kommun {i:04d} {'Östra' if i % 2 else 'Västra'}", date(2020, 1, 1 + i % 28) if i % 3 else None, i * 7 % 100)
            for i in range(count)]


@pytest.fixture
def model(qapp):
    model = RecordTableModel(COLUMNS)
    model.set_rows(make_rows(30))
    return model


def test_passes_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    model.set_filter("östra")
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_in_batches(qapp):
    model = RecordTableModel(COLUMNS)
    model.set_rows(make_rows(1000))
    assert model.rowCount() == RecordTableModel.BATCH_SIZE
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    assert model.visible_count == 1000


def test_filter_matches_every_term_case_insensitively(model):
    model.set_filter("ÖSTRA 001")
    names = [r.name for r in model.visible_records()]
    assert names == [f"Kommun {i:04d} Östra" for i in (1, 11, 13, 15, 17, 19)]
    assert model.visible_count == len(names)
    assert model.total_count == 30
    model.set_filter("")
    assert model.visible_count == 30


def test_sort_by_each_column_both_ways_with_empty_values_last(model):
    model.sort(2, Qt.SortOrder.AscendingOrder)
    amounts = [r.amount for r in model.visible_records()]
    assert amounts == sorted(amounts)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    names = [r.name for r in model.visible_records()]
    assert names == sorted(names, key=str.casefold, reverse=True)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    dates = [r.when for r in model.visible_records()]
    assert dates[-1] is None and None not in dates[: dates.index(None)]
    assert [d for d in dates if d] == sorted(d for d in dates if d)


def test_roles_give_display_text_record_and_raw_value(model):
    model.sort(0, Qt.SortOrder.AscendingOrder)
    index = model.index(1, 1)
    record = model.data(index, ROW_ROLE)
    assert record.id == 1
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "2020-01-02"
    assert model.data(index, SORT_ROLE) == date(2020, 1, 2)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole) == ""  # None shows empty
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Belopp"


def test_filter_and_sort_survive_new_rows_and_export_sees_all_visible(qapp):
    model = RecordTableModel(COLUMNS)
    model.set_filter("västra")
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_rows(make_rows(600))
    headers, rows = model.visible_table()
    assert headers == ["Namn", "Datum", "Belopp"]
    assert len(rows) == 300 > model.rowCount()  # export includes rows not fetched yet
    assert all("Västra" in r[0] for r in rows)
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)


def test_row_of_fetches_until_the_record_is_loaded(qapp):
    model = RecordTableModel(COLUMNS)
    model.set_rows(make_rows(1000))
    row = model.row_of(lambda r: r.id == 900)
    assert row == 900 and model.rowCount() > 900
    assert model.row_of(lambda r: r.id == 5000) is None
