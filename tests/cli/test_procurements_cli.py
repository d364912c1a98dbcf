"""``list procurements [--json]`` (stic_desktop/cli/procurements.py): no tender contents ever."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

from clitools import assert_one_error_line, database_file


def add_procurements(path: Path) -> dict[str, int]:
    """Two procurements, one with a tender from a supplier whose name must never be listed."""
    from stic_desktop.models import Tender
    from stic_desktop.services.procurement import procurements, stages
    from stic_desktop.services.procurement.procurements import ProcurementInput

    with database_file(path) as db:
        first = procurements.create_procurement(db, ProcurementInput(
            title="Trygghetslarm R&D <b>", area="social", contract_kind="social_services",
            estimated_value_ore=1_234_567_00, case_number="CLI-2026-001"))
        second = procurements.create_procurement(db, ProcurementInput(title="Skolmat", case_number="CLI-2026-002"))
        stages.set_stage_dates(db, second.id, "requirements", date(2020, 1, 10), None)
        stages.cancel_procurement(db, first.id, "Inget intresse")
        with db.write() as session:
            session.add(Tender(procurement_id=second.id, supplier_name="Hemlig Leverantör AB", price_ore=99_00,
                               received_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
        return {"first": first.id, "second": second.id}


def test_list_procurements_json_and_table(cli, demo_file: Path) -> None:
    ids = add_procurements(demo_file)
    result = cli("list", "procurements", "--db", demo_file, "--json")
    assert result.returncode == 0, result.stderr
    assert "Hemlig" not in result.stdout and "99" not in json.dumps(
        [item for item in json.loads(result.stdout) if item["id"] == ids["second"]])
    items = {item["id"]: item for item in json.loads(result.stdout)}
    first, second = items[ids["first"]], items[ids["second"]]
    assert first["case_number"] == "CLI-2026-001" and first["title"] == "Trygghetslarm R&D <b>"
    assert first["stage"] == "cancelled" and first["stage_label"] == "Avbruten"
    assert first["estimated_value_ore"] == 1_234_567_00 and first["contract_kind"] == "social_services"
    assert second["next_deadline"] == "2020-01-10" and second["next_deadline_stage"] == "Kravspecifikation"
    assert second["overdue"] is True and second["participants"] == 0
    assert not any("tender" in key or "supplier" in key for key in second)

    table = cli("list", "procurements", "--db", demo_file)
    assert table.returncode == 0, table.stderr
    assert "Hemlig" not in table.stdout
    header, _rule, *rows = table.stdout.splitlines()
    assert header.split()[:3] == ["Id", "Diarienummer", "Rubrik"] and len(rows) == len(items)
    row = next(r for r in rows if "CLI-2026-001" in r)
    assert "Avbruten" in row and "1\u00a0234\u00a0567 kr" in row
    assert "2020-01-10 Kravspecifikation (försenat)" in next(r for r in rows if "CLI-2026-002" in r)


def test_list_procurements_rounds_whole_kronor_half_up(cli, demo_file: Path) -> None:
    """The table shows whole kronor rounded half-up like every document (money.format), not half-to-even."""
    from stic_desktop.services.procurement import procurements
    from stic_desktop.services.procurement.procurements import ProcurementInput
    from stic_desktop.services.workspace.database import open_database

    db = open_database(demo_file)
    try:
        for number, ore in (("CLI-HALF-1", 250), ("CLI-HALF-2", 350), ("CLI-HALF-3", 249)):
            procurements.create_procurement(db, ProcurementInput(title="Avrundning", case_number=number,
                                                                 estimated_value_ore=ore))
    finally:
        db.close()
    table = cli("list", "procurements", "--db", demo_file)
    assert table.returncode == 0, table.stderr
    rows = {row.split()[1]: row for row in table.stdout.splitlines()[2:]}
    assert " 3 kr" in rows["CLI-HALF-1"] and " 4 kr" in rows["CLI-HALF-2"] and " 2 kr" in rows["CLI-HALF-3"]


def test_list_procurements_of_a_missing_database(cli, tmp_path: Path) -> None:
    result = cli("list", "procurements", "--db", tmp_path / "saknas.sqlite3")
    assert_one_error_line(result, "finns inte")
