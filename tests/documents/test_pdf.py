"""The shared PDF layer: safe text, Swedish dates, header and footer on every page, tables, atomic writes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak, Paragraph

from stic_desktop.core import dates
from stic_desktop.documents import pdf
from stic_desktop.documents.pdf import PageHeader, build_pdf, escape, make_table, para, para_text, printable

DAY = date(2026, 11, 24)


def page_texts(source: Path | bytes) -> list[str]:
    """Each page's text with whitespace runs folded, so wrapped lines still match."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def header(**changes) -> PageHeader:
    values = dict(organisation="Stockholms Inköpscentral (STIC)", title="Provdokument", document_date=DAY)
    return PageHeader(**{**values, **changes})


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 5), "5 januari 2026"),
        (date(2026, 2, 28), "28 februari 2026"),
        (date(2026, 3, 1), "1 mars 2026"),
        (date(2026, 4, 30), "30 april 2026"),
        (date(2026, 5, 1), "1 maj 2026"),
        (date(2026, 6, 19), "19 juni 2026"),
        (date(2026, 7, 4), "4 juli 2026"),
        (date(2026, 8, 31), "31 augusti 2026"),
        (date(2026, 9, 9), "9 september 2026"),
        (date(2026, 10, 10), "10 oktober 2026"),
        (date(2026, 11, 24), "24 november 2026"),
        (date(2026, 12, 31), "31 december 2026"),
    ],
)
def test_documents_date_in_swedish_month_names(day: date, expected: str) -> None:
    assert dates.long_date(day) == expected


def test_escape_turns_markup_into_text() -> None:
    assert escape("R&D <b>fet</b> &amp;") == "R&amp;D &lt;b&gt;fet&lt;/b&gt; &amp;amp;"


def test_printable_keeps_what_the_font_can_draw() -> None:
    for text in ("Łukasz Żółć", "Ayşe Yılmaz", "Москва", "Ångström – “citat” … € ✓ ❤"):
        assert printable(text) == text


def test_printable_shows_what_the_font_cannot_draw() -> None:
    assert printable("Tummen 👍🏽 upp") == "Tummen [U+1F44D][U+1F3FD] upp"
    assert printable("🚀") == "[U+1F680]"
    # DejaVu draws 😀, but reportlab cannot map it back to text, so it is shown by its code as well.
    assert printable("Glada 😀") == "Glada [U+1F600]"
    assert printable("a\x00b\x07") == "a[U+0000]b[U+0007]"


def test_printable_keeps_line_breaks_and_normalises_windows_ones() -> None:
    assert printable("rad 1\r\nrad 2\rrad 3\nrad 4") == "rad 1\nrad 2\nrad 3\nrad 4"


def test_para_text_combines_replacement_escaping_and_line_breaks() -> None:
    assert para_text("R&D 👍\n<b>") == "R&amp;D [U+1F44D]<br/>&lt;b&gt;"
    assert para_text(None) == ""
    assert para_text(42) == "42"


def test_user_text_prints_exactly_as_typed(tmp_path: Path) -> None:
    target = tmp_path / "text.pdf"
    typed = ["R&D <b> kommun", "</para> &amp; <font size=40>x</font>", "Łukasz Żółć", "Ayşe Yılmaz", "Москва"]
    build_pdf(target, [para(text) for text in typed] + [para("Tummen 👍🏽 upp")], header())
    text = page_texts(target)[0]
    for value in typed:
        assert value in text
    assert "Tummen [U+1F44D][U+1F3FD] upp" in text


def test_every_page_has_header_and_page_numbers(tmp_path: Path) -> None:
    target = tmp_path / "pages.pdf"
    story = [para("Första sidan"), PageBreak(), para("Andra sidan"), PageBreak(), para("Tredje sidan")]
    build_pdf(target, story, header(case_number="STIC 2026/14"))
    texts = page_texts(target)
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av 3" in text
        for expected in ("Stockholms Inköpscentral (STIC)", "Provdokument", "Dnr STIC 2026/14", "24 november 2026"):
            assert expected in text


def test_metadata_names_title_and_organisation(tmp_path: Path) -> None:
    target = tmp_path / "meta.pdf"
    build_pdf(target, [para("x")], header(title="Kallelse – Łódź"))
    metadata = PdfReader(target).metadata
    assert metadata.title == "Kallelse – Łódź"
    assert metadata.author == "Stockholms Inköpscentral (STIC)"


def test_font_is_embedded(tmp_path: Path) -> None:
    target = tmp_path / "font.pdf"
    build_pdf(target, [para("Łukasz Żółć"), Paragraph("<b>fet</b>", pdf.styles().body)], header())
    fonts = PdfReader(target).pages[0]["/Resources"]["/Font"]
    embedded = {
        str(font["/BaseFont"]).split("+")[-1]
        for font in (ref.get_object() for ref in fonts.values())
        if "/FontFile2" in font["/FontDescriptor"]
    }
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded


def test_writes_to_a_binary_stream() -> None:
    buffer = io.BytesIO()
    build_pdf(buffer, [para("I minnet")], header())
    assert buffer.getvalue().startswith(b"%PDF-")
    assert "I minnet" in page_texts(buffer.getvalue())[0]


def test_empty_story_still_gives_a_page(tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    build_pdf(target, [], header())
    texts = page_texts(target)
    assert len(texts) == 1
    assert "Sida 1 av 1" in texts[0]


def test_long_header_texts_are_shortened_not_overlapping(tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    long_name = "Mycket långt organisationsnamn " * 8
    build_pdf(target, [para("x")], header(organisation=long_name, title="Kallelse till " + "arbetsgruppens möte " * 8))
    text = page_texts(target)[0]
    assert "…" in text
    assert long_name.strip() not in text


class _Exploding(Flowable):
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        raise RuntimeError("trasig")


def test_a_failed_build_leaves_the_existing_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"old contents")
    with pytest.raises(RuntimeError, match="trasig"):
        build_pdf(target, [para("x"), _Exploding()], header())
    assert target.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]


def test_table_repeats_its_header_row_on_every_page(tmp_path: Path) -> None:
    target = tmp_path / "table.pdf"
    rows = [(str(i), f"Rad nummer {i}", "R&D <b>") for i in range(1, 151)]
    build_pdf(target, [make_table(("Nr", "Rubrikkolumn", "Markup"), rows, (1, 3, 2))], header())
    texts = page_texts(target)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert "Nr Rubrikkolumn Markup" in text
        assert f"Sida {number} av {len(texts)}" in text
    everything = " ".join(texts)
    assert "Rad nummer 1 " in everything and "Rad nummer 150" in everything
    assert "R&D <b>" in everything


def test_table_widths_are_fractions_of_the_frame() -> None:
    table = make_table(("A", "B"), [("1", Paragraph("given", pdf.styles().cell))], (1, 3))
    assert sum(table._colWidths) == pytest.approx(pdf.FRAME_WIDTH)
    assert table._colWidths[1] == pytest.approx(pdf.FRAME_WIDTH * 0.75)
    assert table._cellvalues[1][1].text == "given"  # flowables are used as they are


def test_table_right_aligns_the_columns_asked_for() -> None:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    table = make_table(("Namn", "Belopp"), [("Nacka", "1 250,00")], (3, 1), align_right=(1,))
    assert table._cellvalues[0][1].style.alignment == TA_RIGHT
    assert table._cellvalues[1][1].style.alignment == TA_RIGHT
    assert table._cellvalues[1][0].style.alignment == TA_LEFT
