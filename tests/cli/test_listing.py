"""stic_desktop.cli.listing (and seed-demo, which fills what it lists)."""

from __future__ import annotations

import json
from pathlib import Path

from clitools import listed


def test_seed_demo_then_list_json(cli, tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    result = cli("seed-demo", "--db", db, "--size", "small")
    assert result.returncode == 0, result.stderr
    assert "26 kommuner" in result.stdout
    items = listed(db)
    assert len(items) == 26
    assert all(isinstance(item["id"], int) and len(item["municipality_code"]) == 4 for item in items)
    stockholm = next(item for item in items if item["municipality_code"] == "0180")
    assert stockholm["name"] == "Stockholm" and stockholm["joined_on"] == "2012-01-01"  # dates as ISO text


def test_seed_demo_twice_adds_nothing_twice(cli, demo_file: Path) -> None:
    assert cli("seed-demo", "--db", demo_file).returncode == 0
    assert len(listed(demo_file)) == 26


def test_list_text_is_an_aligned_table(cli, demo_file: Path) -> None:
    result = cli("list", "municipalities", "--db", demo_file)
    assert result.returncode == 0, result.stderr
    header, rule, *rows = result.stdout.splitlines()
    assert len(rows) == 26
    assert header.split()[:3] == ["Id", "Kommunkod", "Namn"]
    name_at = header.index("Namn")
    assert rule[name_at - 2 : name_at] == "  " and rule[name_at] == "-"
    södertälje = next(row for row in rows if "Södertälje" in row)
    assert södertälje.index("Södertälje") == name_at
    assert södertälje[header.index("Kommunkod"):].startswith("0181")


def test_list_json_is_valid_json_even_for_an_empty_register(cli, tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    csv = tmp_path / "one.csv"
    csv.write_text("kommunkod;namn\n0180;Stockholm\n", encoding="utf-8")
    assert cli("import", "municipalities", csv, "--db", db, "--dry-run").returncode == 0  # creates an empty database
    result = cli("list", "municipalities", "--db", db, "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
