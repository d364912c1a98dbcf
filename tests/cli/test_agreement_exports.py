"""``export agreement AGREEMENT_ID -o FILE.pdf [--summary]`` on the command line, run as a subprocess on a real
database file; the PDFs are read back with pypdf."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from clitools import assert_one_error_line, database_file, row_counts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_agreement_doc import NUMBER, SUPPLIERS, TITLE, build_agreement  # noqa: E402
from test_invitation import page_texts  # noqa: E402


@pytest.fixture
def filled(tmp_path: Path):
    """A database file with one agreement (six suppliers, 26 municipalities, default rates) and one that has
    lost its suppliers (cannot be printed)."""
    from stic_desktop.services.agreements import parties

    path = tmp_path / "avtal.sqlite3"
    with database_file(path) as db:
        built = build_agreement(db, supplier_count=6, renewed=2)
        empty = build_agreement(db, supplier_count=1, number="RA-TOM")
        parties.set_agreement_suppliers(db, empty.agreement_id, [])
    return path, built, empty


def test_agreement(cli, filled, tmp_path):
    path, built, _ = filled
    target = tmp_path / "ramavtal.pdf"
    before = row_counts(path)
    result = cli("export", "agreement", built.agreement_id, "--db", path, "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {target}"
    text = " ".join(page_texts(target))
    assert "Ramavtal" in text and TITLE in text and f"Avtalsnummer {NUMBER}" in text
    assert all(name in text for name, _address, _contact in SUPPLIERS)
    assert "Följande 26 kommuner" in text and "Namnförtydligande" in text
    assert row_counts(path) == before  # exporting archives nothing


def test_summary_is_one_page(cli, filled, tmp_path):
    path, built, _ = filled
    target = tmp_path / "sammanfattning.pdf"
    result = cli("export", "agreement", built.agreement_id, "--summary", "--db", path, "-o", target)
    assert result.returncode == 0, result.stderr
    pages = page_texts(target)
    assert len(pages) == 1 and "Avtalssammanfattning" in pages[0] and "Deltagande kommuner (26)" in pages[0]


def test_user_errors_are_one_line(cli, filled, tmp_path):
    path, _, empty = filled
    target = tmp_path / "x.pdf"
    assert_one_error_line(cli("export", "agreement", empty.agreement_id, "--db", path, "-o", target),
                          "RA-TOM har inga leverantörer")
    assert_one_error_line(cli("export", "agreement", 999, "--summary", "--db", path, "-o", target), "id 999")
    assert_one_error_line(cli("export", "agreement", 1, "--db", path, "-o", tmp_path / "saknas" / "x.pdf"),
                          "finns inte")
    assert not target.exists()


@pytest.mark.parametrize("args", [
    ("agreement", "1", "-o", "x.txt"),
    ("agreement", "ett", "-o", "x.pdf"),
    ("agreement", "1"),
    ("agreement", "-o", "x.pdf"),
])
def test_bad_usage_exits_2(cli, filled, args):
    path = filled[0]
    assert cli("export", *args, "--db", path).returncode == 2
