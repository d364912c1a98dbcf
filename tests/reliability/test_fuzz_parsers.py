"""Property-based fuzzing (Hypothesis) of the tabular import reader and the sales period parser: any input
either parses or is refused with the program's own error, never another exception; well-formed input
round-trips exactly whatever the line endings and encoding."""

from __future__ import annotations

import atexit
import csv
import io
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stic_desktop.errors import ImportFailed
from stic_desktop.services import tabular
from stic_desktop.services.commission.sales import parse_period, period_end

# database=None: no .hypothesis folder in the checkout; failures are printed with their example.
FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FOLDER = Path(tempfile.mkdtemp(prefix="stic-fuzz-"))
atexit.register(shutil.rmtree, FOLDER, True)


def _file(name: str, data: bytes) -> Path:
    path = FOLDER / name
    path.write_bytes(data)
    return path


@FAST
@given(st.text(max_size=30))
def test_parse_period_returns_a_valid_period_or_a_value_error(text):
    try:
        start, kind = parse_period(text)
    except ValueError as exc:
        assert str(exc)
        return
    assert start.day == 1 and kind in ("month", "quarter")
    assert period_end(start, kind) >= start  # the end is a real date too (no year 10000)


@FAST
@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=-5, max_value=20),
       st.sampled_from(["{y}-{m:02d}", "{y}-{m}", "{y}-Q{m}", "{y} kv {m}", "{y}q{m}", "{y}-{m:02d}-01"]))
def test_parse_period_on_year_and_month_shapes(year, month, shape):
    text = shape.format(y=year, m=month)
    try:
        start, _kind = parse_period(text)
    except ValueError:
        return
    assert 1900 <= start.year <= 2999 and start == date(year, start.month, 1)


@FAST
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_are_read_or_refused_with_import_failed(data, suffix):
    path = _file("fuzz" + suffix, data)
    try:
        table = tabular.read_table(path)
    except ImportFailed as exc:
        assert exc.message
        return
    assert table.headers and table.rows


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n"), max_size=20)


@FAST
@given(st.lists(st.lists(CELL, min_size=2, max_size=2), min_size=1, max_size=15),
       st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_well_formed_csv_round_trips_with_any_line_ending_and_encoding(rows, newline, encoding):
    rows = [[cell.strip() for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    try:
        "".join("".join(row) for row in rows).encode(encoding)
    except UnicodeEncodeError:
        encoding = "utf-8"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator=newline, quoting=csv.QUOTE_ALL)
    writer.writerow(["Första", "Andra"])
    writer.writerows(rows)
    path = _file("rund.csv", buffer.getvalue().encode(encoding))
    if not rows:
        with pytest.raises(ImportFailed):
            tabular.read_table(path)
        return
    table = tabular.read_table(path)
    assert [[r.values["första"], r.values["andra"]] for r in table.rows] == rows


@FAST
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(min_value=-(10**40), max_value=10**40),
                 st.decimals(allow_nan=False, allow_infinity=False, places=None)))
def test_cell_text_of_any_number_never_fails_and_has_no_exponent(value):
    text = tabular.cell_text(value)
    assert "E" not in text.upper() and text
