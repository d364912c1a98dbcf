"""``selftest`` reports every check and fails (exit 1) when a part is missing."""

from __future__ import annotations

from stic_desktop.cli import run, selftest


def test_selftest_passes_from_the_checkout(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("STIC_DESKTOP_DATA_DIR", str(tmp_path))
    assert run(["selftest"]) == 0
    out = capsys.readouterr().out
    for check in selftest.CHECKS:
        assert f"OK   {check.name}" in out
    assert "protokoll.pdf" in out and "mote.ics" in out and "schema" in out
    assert "protokollsutdrag.pdf" in out and "kallelsebrev.pdf" in out
    assert "tilldelningsbeslut.pdf" in out and "ramavtal.pdf" in out and "fakturaunderlag.xlsx" in out


def test_a_missing_module_fails_the_selftest_and_the_others_still_run(capsys, monkeypatch) -> None:
    monkeypatch.setattr(selftest, "LAZY_MODULES", (*selftest.LAZY_MODULES, "stic_desktop_missing_part"))
    monkeypatch.setattr(selftest, "CHECKS", tuple(c for c in selftest.CHECKS if c.name != "Dokument"))
    assert run(["selftest"]) == 1
    out = capsys.readouterr().out
    assert "FEL  Moduler som laddas vid behov: ModuleNotFoundError" in out
    assert "OK   Typsnitt" in out
    assert "Självtestet misslyckades: 1 av" in out
