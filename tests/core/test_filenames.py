"""Safe file names: Windows' characters, reserved names and lengths, with people's names kept readable."""

from __future__ import annotations

import os

import pytest

from stic_desktop.core import filenames

LONG = "Överenskommelse om samordnad upphandling " * 6  # 246 characters


@pytest.mark.parametrize("stem, suffix, expected", [
    ("Łukasz Żółć", "", "Łukasz Żółć"),
    ("Ayşe Yılmaz", ".pdf", "Ayşe Yılmaz.pdf"),
    ("Мария Иванова", ".eml", "Мария Иванова.eml"),
    ("Kallelse 2026-02-03 Styrgruppen", ".pdf", "Kallelse 2026-02-03 Styrgruppen.pdf"),
    ('R&D <b>"x"</b>: a/b\\c|d?*', "", "R&D _b_x_b_ a_b_c_d_"),
    ("KS 2024/123", ".pdf", "KS 2024_123.pdf"),  # a case number with a slash is not a folder
    ("a:b", ".pdf", "a_b.pdf"),
    ("a<<>>b", "", "a_b"),  # a run of unsafe characters becomes one "_"
    ("tab\there", "", "tab_here"),
    ("new\nline", "", "new_line"),
    ("nul\x00byte", "", "nul_byte"),
    ("bell\x07", "", "bell_"),
    ("del\x7f", "", "del_"),
    ("  Олег   Иванов. ", "", "Олег Иванов"),  # spaces collapse; no trailing dot or space
    ("name...", ".pdf", "name.pdf"),
    ("name . . ", ".pdf", "name.pdf"),
    ("...leading", "", "leading"),
    ("e\u0301", "", "\u00e9"),  # NFC: é as one character, as Windows and macOS compare names
    ("emoji 🎉 fest", ".pdf", "emoji 🎉 fest.pdf"),
    ("", "", "dokument"),
    ("   ", ".pdf", "dokument.pdf"),
    ("...", "", "dokument"),
    ("???", ".pdf", "_.pdf"),
    ("CON", "", "dokument_CON"),
    ("con", ".pdf", "dokument_con.pdf"),
    ("Con", "", "dokument_Con"),
    ("PRN", "", "dokument_PRN"),
    ("AUX", "", "dokument_AUX"),
    ("NUL", "", "dokument_NUL"),
    ("nul.tar", ".gz", "dokument_nul.tar.gz"),  # reserved with any extension
    ("COM1", "", "dokument_COM1"),
    ("com9", ".txt", "dokument_com9.txt"),
    ("LPT1", "", "dokument_LPT1"),
    ("lpt9", "", "dokument_lpt9"),
    ("COM\u00b9", "", "dokument_COM\u00b9"),
    ("CONIN$", "", "dokument_CONIN$"),
    ("CON .", ".pdf", "dokument_CON.pdf"),
    ("COM0", "", "COM0"),  # not reserved
    ("COM10", "", "COM10"),
    ("LPT", "", "LPT"),
    ("CONSOLE", "", "CONSOLE"),
    ("Protokoll CON", ".pdf", "Protokoll CON.pdf"),  # only the whole name is reserved
    ("report", "pdf", "report.pdf"),  # a suffix without its dot gets one
])
def test_safe(stem, suffix, expected):
    assert filenames.safe(stem, suffix) == expected


@pytest.mark.parametrize("stem, fallback, expected", [
    ("", "Kallelse", "Kallelse"),
    ("CON", "deltagare", "deltagare_CON"),
    ("///", "Protokoll", "_"),
    ("", "a/b", "a_b"),  # the fallback is made safe too
])
def test_fallback(stem, fallback, expected):
    assert filenames.safe(stem, fallback=fallback) == expected


@pytest.mark.parametrize("stem, suffix, max_length, length", [
    (LONG, ".pdf", 120, 120),
    (LONG, "", 120, 120),
    (LONG, ".pdf", 40, 40),
    ("x" * 119, ".pdf", 120, 119),
    ("x" * 120, ".pdf", 120, 120),
    ("x" * 121, ".pdf", 120, 120),
])
def test_stems_are_cut_to_the_length(stem, suffix, max_length, length):
    name = filenames.safe(stem, suffix, max_length=max_length)
    assert name.endswith(suffix) and len(name) - len(suffix) <= length
    assert not name.removesuffix(suffix).endswith((" ", "."))
    assert name.removesuffix(suffix) == filenames.safe(stem, max_length=max_length)


def test_a_cut_never_ends_in_a_space_or_a_dot():
    assert filenames.safe("a" * 118 + " .b", max_length=120) == "a" * 118


@pytest.mark.parametrize("letter", ["ł", "Ж", "€", "漢", "🎉"])  # 2, 2, 3, 3 and 4 bytes in UTF-8
def test_names_stay_within_255_bytes(letter):
    name = filenames.safe(letter * 300, ".pdf", max_length=1000)
    assert len(name.encode("utf-8")) <= 255 and name.endswith(".pdf")
    assert name.removesuffix(".pdf") == letter * len(name.removesuffix(".pdf"))  # no half characters


@pytest.mark.parametrize("name, expected", [
    ("Budget.pdf", "Budget.pdf"),
    ("Budget: Q1.pdf", "Budget_ Q1.pdf"),
    ("con.pdf", "dokument_con.pdf"),
    ("CON", "dokument_CON"),
    ("a/b/c.docx", "a_b_c.docx"),
    ("rapport.", "rapport"),
    ("ingen ändelse", "ingen ändelse"),
    (".bashrc", "bashrc"),
    ("", "dokument"),
    ("x" * 300 + ".pdf", "x" * 120 + ".pdf"),  # the extension survives the cut
    ("arkiv.tar.gz", "arkiv.tar.gz"),
    ("odd.p?df", "odd.p_df"),  # not a plain extension: made safe as a whole
])
def test_safe_name_keeps_a_short_extension(name, expected):
    assert filenames.safe_name(name) == expected


@pytest.mark.parametrize("name, reserved", [("CON", True), ("con.pdf", True), ("Aux.Txt", True), ("lpt3", True),
                                            ("COM²", True), ("CON1", False), ("icon", False), ("", False)])
def test_is_reserved(name, reserved):
    assert filenames.is_reserved(name) is reserved


@pytest.mark.parametrize("stem", ["Łukasz Żółć", 'R&D <b>"x"</b>: a/b', "CON", "", LONG, "Мария 🎉", "x\x00y"])
def test_the_names_can_be_written_here(tmp_path, stem):
    path = tmp_path / filenames.safe(stem, ".pdf")
    path.write_bytes(b"%PDF")
    assert os.listdir(tmp_path) == [path.name]
