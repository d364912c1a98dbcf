"""``export opening-record | award-decision PROC_ID`` and ``export procurement-report`` on the command line,
run as a subprocess on a real database file; the PDFs are read back with pypdf."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from clitools import assert_one_error_line, database_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_invitation import page_texts  # noqa: E402
from test_opening_record import LATE_ONE, SUPPLIERS, WINNER, build_procurement  # noqa: E402


@pytest.fixture
def filled(tmp_path: Path):
    """A database file with one procurement in evaluation (winner marked, decision not sent) and one without
    attesters."""
    path = tmp_path / "upphandling.sqlite3"
    with database_file(path) as db:
        built = build_procurement(db)
        unattested = build_procurement(db, attesters=(), title="Utan bevittnare")
    return path, built, unattested


def test_opening_record(cli, filled, tmp_path):
    path, built, _ = filled
    target = tmp_path / "öppning.pdf"
    result = cli("export", "opening-record", built.procurement_id, "--db", path, "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {target}"
    text = " ".join(page_texts(target))
    assert "Anbudsöppningsprotokoll" in text and f"{LATE_ONE} – För sent inkommet" in text


def test_award_decision_for_a_given_day(cli, filled, tmp_path):
    path, built, _ = filled
    target = tmp_path / "beslut.pdf"
    result = cli("export", "award-decision", built.procurement_id, "--sent-on", "2026-09-17", "--db", path,
                 "-o", target)
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(target))
    assert f"anta anbudet från {WINNER}" in text and "Avtal får tecknas tidigast 29 september 2026." in text


def test_procurement_report_names_no_supplier_before_the_award_is_sent(cli, filled, tmp_path):
    path, built, unattested = filled
    target = tmp_path / "läge.pdf"
    result = cli("export", "procurement-report", "--db", path, "-o", target)
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(target))
    assert built.case_number in text and unattested.case_number in text
    assert not any(name in text for name in SUPPLIERS)


def test_user_errors_are_one_line(cli, filled, tmp_path):
    path, _, unattested = filled
    target = tmp_path / "x.pdf"
    assert_one_error_line(cli("export", "opening-record", unattested.procurement_id, "--db", path, "-o", target),
                          "minst två namngivna personer")
    assert_one_error_line(cli("export", "award-decision", 999, "--db", path, "-o", target), "id 999")
    assert not target.exists()


@pytest.mark.parametrize("args", [
    ("opening-record", "1", "-o", "x.txt"),
    ("award-decision", "1", "--sent-on", "17/9", "-o", "x.pdf"),
    ("procurement-report",),
])
def test_bad_usage_exits_2(cli, filled, args):
    path = filled[0]
    assert cli("export", *args, "--db", path).returncode == 2


def test_individual_report_and_cancellation_notice(cli, tmp_path):
    """``export individual-report`` after the award, ``export cancellation-notice`` for a cancelled one; both
    refused (exit 1, one line) when they do not apply."""
    from test_individual_report import signed_procurement

    from stic_desktop.services.procurement import stages

    path = tmp_path / "efter.sqlite3"
    with database_file(path) as db:
        signed = signed_procurement(db)
        cancelled = build_procurement(db, title="Avbruten städning")
        stages.cancel_procurement(db, cancelled.procurement_id, "Budgeten räcker inte & <b>inget</b> anbud "
                                                                "inom ramen.")
    report = tmp_path / "rapport.pdf"
    result = cli("export", "individual-report", signed.procurement_id, "--db", path, "-o", report)
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(report))
    assert "Individuell rapport" in text and f"Anbudet från {WINNER}" in text
    notice = tmp_path / "underrattelse.pdf"
    result = cli("export", "cancellation-notice", cancelled.procurement_id, "--db", path, "-o", notice)
    assert result.returncode == 0, result.stderr
    text = " ".join(page_texts(notice))
    assert "beslutat att avbryta upphandlingen" in text and "Budgeten räcker inte & <b>inget</b>" in text
    refused = cli("export", "cancellation-notice", signed.procurement_id, "--db", path, "-o", tmp_path / "x.pdf")
    assert refused.returncode == 1 and "är inte avbruten" in refused.stderr
    assert_one_error_line(refused)
    assert not (tmp_path / "x.pdf").exists()
