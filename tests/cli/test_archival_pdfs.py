"""Every kept document kind is PDF/A-2b, checked with an independent reader (pikepdf), not with the writer:
every font used on every page embedded, XMP with pdfaid part 2 / conformance B, an sRGB output intent, /Lang
sv-SE and a /Title with the case or meeting reference. The files are made by the command line on real data."""

from __future__ import annotations

import sys
from pathlib import Path

import pikepdf
import pytest
from clitools import database_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from test_agreement_doc import build_agreement  # noqa: E402
from test_opening_record import build_procurement  # noqa: E402


def page_fonts(pdf: pikepdf.Pdf) -> list[list[pikepdf.Object]]:
    """The fonts in each page's resources and in the forms those pages draw."""
    pages = []
    for page in pdf.pages:
        fonts, todo = [], [page.obj.get("/Resources")]
        while todo:
            resources = todo.pop()
            if resources is None:
                continue
            fonts += list(resources.get("/Font", {}).values())
            todo += [x.get("/Resources") for x in resources.get("/XObject", {}).values()
                     if x.get("/Subtype") == "/Form"]
        pages.append(fonts)
    return pages


def embedded(font: pikepdf.Object) -> bool:
    if font.Subtype == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def assert_pdfa(path: Path, *title_parts: str) -> None:
    with pikepdf.open(path) as pdf:
        fonts = page_fonts(pdf)
        assert all(fonts), "a page without fonts"
        for number, page in enumerate(fonts, start=1):
            unembedded = [str(f.get("/BaseFont")) for f in page if not embedded(f)]
            assert not unembedded, f"page {number}: {unembedded}"
        meta = pdf.open_metadata()
        assert meta.get("pdfaid:part") == "2" and meta.get("pdfaid:conformance") == "B"
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1"
        profile = intents[0].DestOutputProfile
        assert profile.N == 3 and profile.read_bytes()[36:40] == b"acsp" and profile.read_bytes()[16:20] == b"RGB "
        assert str(pdf.Root.Lang) == "sv-SE"
        title = str(pdf.docinfo.Title)
        assert meta.get("dc:title") == title  # XMP and the information dictionary agree
        for part in title_parts:
            assert part in title, (part, title)
        assert "/Encrypt" not in pdf.trailer


def test_meeting_documents(cli, demo_file, tmp_path):
    import json

    meeting = json.loads(cli("list", "meetings", "--db", demo_file, "--json").stdout)[0]
    day = meeting["starts_at"][:10]  # the demo is seeded relative to the (possibly pinned) clock
    for kind in ("invitation", "agenda", "attendance", "minutes", "meeting-pack"):
        target = tmp_path / f"{kind}.pdf"
        result = cli("export", kind, str(meeting["id"]), "--db", demo_file, "-o", target)
        assert result.returncode == 0, result.stderr
        assert_pdfa(target, meeting["group"], f"möte {day}" if kind != "meeting-pack" else day)


@pytest.fixture
def procurement_file(tmp_path: Path):
    path = tmp_path / "upphandling.sqlite3"
    with database_file(path) as db:
        return path, build_procurement(db)


def test_opening_record_and_award_decision(cli, procurement_file, tmp_path):
    path, built = procurement_file
    record, decision = tmp_path / "öppning.pdf", tmp_path / "beslut.pdf"
    assert cli("export", "opening-record", built.procurement_id, "--db", path, "-o", record).returncode == 0
    assert cli("export", "award-decision", built.procurement_id, "--sent-on", "2026-09-17", "--db", path,
               "-o", decision).returncode == 0
    for target in (record, decision):
        assert_pdfa(target, "Dnr ")


@pytest.fixture
def agreement_file(tmp_path: Path):
    path = tmp_path / "avtal.sqlite3"
    with database_file(path) as db:
        return path, build_agreement(db)


def test_agreement_and_summary(cli, agreement_file, tmp_path):
    path, built = agreement_file
    full, summary = tmp_path / "avtal.pdf", tmp_path / "sammanfattning.pdf"
    assert cli("export", "agreement", built.agreement_id, "--db", path, "-o", full).returncode == 0
    assert cli("export", "agreement", built.agreement_id, "--summary", "--db", path, "-o", summary).returncode == 0
    for target in (full, summary):
        assert_pdfa(target)


def test_every_document_kind_embeds_every_font_and_is_pdfa(tmp_path):
    """Every PDF the program makes (the selftest's list: registers, reports with charts, invoicing bases, ...)
    on the small demo, not only the kept ones: no font left unembedded anywhere."""
    from stic_desktop.cli import document_kinds
    from stic_desktop.demo.seed import seed_demo
    from stic_desktop.services.workspace.database import open_database

    db = open_database(tmp_path / "alla.sqlite3")
    try:
        seed_demo(db, "small")
        written = [kind.write(db, tmp_path) for kind in document_kinds.KINDS if kind.filename.endswith(".pdf")]
    finally:
        db.close()
    assert len(written) >= 15
    for path in written:
        assert_pdfa(path)
    # The kinds made at the same time as the finishing pass: each with its own title and reference.
    kept = {
        "protokollsutdrag.pdf": ("Protokollsutdrag", "§", "möte "),  # a meeting's Dnr only where it has one
        "kallelsebrev.pdf": ("Kallelsebrev", "möte "),
        "individuell_rapport.pdf": ("Individuell rapport", "Dnr STIC-"),
        "underrattelse_avbrytande.pdf": ("Underrättelse om avbrytande", "Dnr STIC-"),
    }
    for name, parts in kept.items():
        assert tmp_path / name in written, name
        assert_pdfa(tmp_path / name, *parts)
