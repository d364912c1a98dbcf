"""stic_desktop/ui/widgets/table_model.py at list-page sizes: texts are made only for the rows shown, search keys at
the first filter, and sorting and filtering still work on every row, the ones not fetched by the view included."""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from stic_desktop.ui.widgets.table_model import Column, RecordTableModel

ROWS = 3000  # several batches


class Line(NamedTuple):
    id: int
    name: str
    town: str
    active: bool


COLUMNS = [Column("Namn", attrgetter("name")), Column("Ort", attrgetter("town")), Column("Aktiv", attrgetter("active"))]
TOWNS = ["Solna", "Älvsjö", "", "nacka", "Åre"]


def lines(count: int = ROWS) -> list[Line]:
    return [Line(i, f"Person {(i * 7919) % count:05d}", TOWNS[i % len(TOWNS)], i % 3 != 0) for i in range(count)]


@pytest.fixture
def shown(qtbot):
    model = RecordTableModel(COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(lines())
    return model, view


def texts_made(model: RecordTableModel) -> int:
    return sum(texts is not None for texts in model._texts)


def test_opening_makes_texts_only_for_the_rows_shown_and_no_search_keys(shown, qtbot):
    model, view = shown
    qtbot.wait(10)
    assert model.rowCount() == RecordTableModel.BATCH_SIZE < ROWS
    assert 0 < texts_made(model) <= RecordTableModel.BATCH_SIZE
    assert model._keys is None
    assert model.index(0, 0).data() == "Person 00000"
    assert model.index(0, 2).data() in ("Ja", "Nej")


def test_the_first_filter_searches_every_row_not_only_the_fetched_ones(shown):
    model, _view = shown
    model.set_filter("person 029")  # two terms; most matches lie far past the first batch (name order)
    names = [r.name for r in model.visible_records()]
    assert names == sorted(line.name for line in lines() if "029" in line.name)
    assert names[-1] == "Person 02999" and len(names) > RecordTableModel.BATCH_SIZE // 4
    assert model._keys is not None and len(model._keys) == ROWS
    model.set_filter("älvsjö nej")  # two terms, a case-folded Swedish letter and a yes/no column's text
    expected = sorted((line for line in lines() if line.town == "Älvsjö" and not line.active), key=lambda line: line.name)
    assert model.visible_records() == expected
    model.set_filter("")
    assert model.visible_count == ROWS


def test_sorting_orders_every_row_with_empty_texts_last_and_keeps_the_filter(shown):
    model, view = shown
    model.set_filter("person")
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    towns = [r.town for r in model.visible_records()]
    filled = [t for t in towns if t]
    assert filled == sorted(filled, key=str.casefold) and towns[len(filled):] == [""] * (ROWS // len(TOWNS))
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.record(0).name == "Person 02999"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == ROWS
    assert model.index(ROWS - 1, 0).data() == "Person 00000"


def test_new_rows_drop_the_old_texts_and_keys(shown):
    model, _view = shown
    model.set_filter("solna")
    first = model.visible_count
    model.set_rows([line._replace(town="Solna") for line in lines(10)])
    assert model.visible_count == 10 != first
    assert len(model._texts) == 10
    assert model.index(0, 1).data() == "Solna"


def test_a_value_that_is_no_dictionary_key_still_shows_and_filters(qtbot):
    model = RecordTableModel([Column("Lista", attrgetter("town"))])
    model.set_rows([Line(1, "a", ["x", "y"], True), Line(2, "b", "solna", True)])  # type: ignore[arg-type]
    model.set_filter("x")
    assert [r.id for r in model.visible_records()] == [1]
