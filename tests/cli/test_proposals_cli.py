"""``list proposals`` and ``export proposal-list`` on a copy of the demo database with proposals added."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clitools import assert_one_error_line, run_cli, sha256


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


@pytest.fixture
def with_proposals(demo_file: Path) -> Path:
    from stic_desktop.services.municipalities import municipalities
    from stic_desktop.services.proposals import links, proposals
    from stic_desktop.services.proposals.proposals import ProposalInput
    from stic_desktop.services.workspace.database import open_database

    db = open_database(demo_file)
    try:
        solna = next(m.id for m in municipalities.list_municipalities(db) if m.name == "Solna")
        a = proposals.create_proposal(db, ProposalInput("R&D <b> Łukasz Żółć", "technical", origin="municipality",
                                                        origin_municipality_id=solna))
        b = proposals.create_proposal(db, ProposalInput("Иван Петров", "social"))
        links.set_interests(db, a.id, [(solna, 1_000_000_00)])
        proposals.set_priority(db, b.id, 1)
        proposals.set_status(db, a.id, "dormant")
    finally:
        db.close()
    return demo_file


def test_list_proposals_as_json_and_as_a_table(cli, with_proposals: Path) -> None:
    result = cli("list", "proposals", "--db", with_proposals, "--json")
    assert result.returncode == 0, result.stderr
    items = [i for i in json.loads(result.stdout) if i["title"] in ("R&D <b> Łukasz Żółć", "Иван Петров")]
    assert [i["title"] for i in items] == ["Иван Петров", "R&D <b> Łukasz Żółć"]  # the ranked one first
    first, second = items
    assert (first["priority_rank"], first["status"], first["origin_text"]) == (1, "new", "Arbetsgruppen")
    assert (second["status_label"], second["origin_text"]) == ("Vilande", "Kommun: Solna")
    assert (second["interest_count"], second["total_yearly_volume_ore"]) == (1, 1_000_000_00)
    assert {"id", "procurement_case_number", "created_on"} <= set(first)
    table = cli("list", "proposals", "--db", with_proposals).stdout.splitlines()
    assert table[0].split()[:4] == ["Id", "Rang", "Rubrik", "Område"]
    assert any("R&D <b> Łukasz Żółć" in line and "Vilande" in line for line in table)


def test_export_proposal_list(cli, with_proposals: Path, tmp_path: Path) -> None:
    target = tmp_path / "förslag.pdf"
    result = cli("export", "proposal-list", "--db", with_proposals, "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sparad: {target}"
    text = pdf_text(target)
    # Open proposals by default, as the README says (before issue 16 the dormant one was printed too).
    assert "Förslagslista" in text and "Иван Петров" in text and "Łukasz" not in text
    assert "Urval: Ny, Under diskussion, Prioriterad." in text
    everything = tmp_path / "alla.pdf"
    result = cli("export", "proposal-list", "--db", with_proposals, "-o", everything, "--all")
    assert result.returncode == 0, result.stderr
    text = pdf_text(everything)
    assert "R&D <b> Łukasz Żółć" in text and "Иван Петров" in text and "Urval" not in text
    assert cli("export", "proposal-list", "--db", with_proposals, "-o", tmp_path / "båda.pdf", "--all",
               "--status", "new").returncode == 2
    only_new = tmp_path / "nya.pdf"
    result = cli("export", "proposal-list", "--db", with_proposals, "-o", only_new, "--status", "new")
    assert result.returncode == 0, result.stderr
    text = pdf_text(only_new)
    assert "Иван Петров" in text and "Łukasz" not in text and "Urval: Ny." in text


def test_bad_usage_and_user_errors(cli, with_proposals: Path, tmp_path: Path) -> None:
    before = sha256(with_proposals)
    assert cli("export", "proposal-list", "--db", with_proposals, "-o", tmp_path / "x.docx").returncode == 2
    assert cli("export", "proposal-list", "--db", with_proposals, "-o", tmp_path / "x.pdf",
               "--status", "approved").returncode == 2
    result = cli("export", "proposal-list", "--db", with_proposals, "-o", tmp_path / "saknas" / "x.pdf")
    assert_one_error_line(result, "finns inte")
    result = run_cli("list", "proposals", "--db", tmp_path / "none.sqlite3")
    assert_one_error_line(result, "finns inte")
    assert sha256(with_proposals) == before
