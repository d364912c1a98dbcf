"""Medlemsförteckning: the member list PDF, read back with pypdf."""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from stic_desktop.documents.member_list import count_line, write_member_list
from stic_desktop.operations import register_exports, run_to_end
from stic_desktop.services.municipalities.municipalities import MunicipalityInput, MunicipalityRecord, save_municipality
from stic_desktop.services.workspace.organisation import OrganisationInfo, save_organisation


def export_member_list(db, target, today=None):
    return run_to_end(register_exports.export_member_list(db, target, today)).files[0]

DAY = date(2026, 11, 24)
STIC = OrganisationInfo()


def page_texts(path: Path) -> list[str]:
    """Each page's text with whitespace runs folded, so wrapped lines still match."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def image_count(page) -> int:
    xobjects = page["/Resources"].get("/XObject", {})
    return sum(1 for ref in xobjects.values() if ref.get_object()["/Subtype"] == "/Image")


def record(number: int, name: str | None = None, status: str = "member") -> MunicipalityRecord:
    return MunicipalityRecord(
        id=number, municipality_code=f"{number:04d}", name=name or f"Kommun nummer {number}", org_number=None,
        status=status, joined_on=date(2020, 1, 1), left_on=date(2025, 6, 30) if status == "left" else None,
        postal_address="", invoicing_reference="", switchboard_phone="08-123 456 78", website="", notes="",
    )


def png_bytes(size: tuple[int, int] = (120, 40)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_member_list_of_the_demo_database(demo_db, tmp_path: Path) -> None:
    target = tmp_path / "medlemmar.pdf"
    assert export_member_list(demo_db, target, DAY) == target
    texts = page_texts(target)
    assert len(texts) >= 1
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av {len(texts)}" in text
        assert "Medlemsförteckning" in text and "24 november 2026" in text
    everything = " ".join(texts)
    for name in ("Österåker", "Upplands Väsby", "Södertälje", "Nynäshamn"):
        assert name in everything
    assert "26 kommuner, varav 24 medlemmar och 2 intresserade." in everything
    assert "0114 Upplands Väsby" in everything
    assert everything.index("0114 Upplands Väsby") < everything.index("0180 Stockholm") < everything.index("0192 Nynäshamn")
    assert "Intresserad" in everything and "Medlem" in everything
    assert PdfReader(target).metadata.title == "Medlemsförteckning"


def test_unicode_and_markup_names_print_exactly(demo_db, tmp_path: Path) -> None:
    names = ["Łukasz Żółć", "Ayşe Yılmaz", "Москва", "R&D <b> kommun", "Glada 😀 kommunen", "Tummen 👍🏽 upp"]
    for code, name in enumerate(names, start=9001):
        save_municipality(demo_db, MunicipalityInput(municipality_code=str(code), name=name, status="interested"))
    target = export_member_list(demo_db, tmp_path / "unicode.pdf", DAY)
    everything = " ".join(page_texts(target))
    for name in names[:4]:
        assert name in everything
    # Emoji are shown by their code, never dropped (a long code may wrap inside its cell).
    unwrapped = everything.replace(" ", "")
    assert "Glada[U+1F600]kommunen" in unwrapped
    assert "Tummen[U+1F44D][U+1F3FD]upp" in unwrapped
    assert "32 kommuner, varav 24 medlemmar och 8 intresserade." in everything
    fonts = PdfReader(target).pages[0]["/Resources"]["/Font"]
    base_fonts = {str(ref.get_object()["/BaseFont"]) for ref in fonts.values()}
    assert any(name.endswith("+DejaVuSans") for name in base_fonts)
    assert all("DejaVuSans" in name for name in base_fonts)  # no fallback to a font without these letters


def test_many_rows_make_several_pages_with_the_header_on_each(tmp_path: Path) -> None:
    target = tmp_path / "lang.pdf"
    write_member_list(target, [record(n) for n in range(1000, 1130)], STIC, DAY)
    texts = page_texts(target)
    assert len(texts) >= 3
    assert f"Sida 2 av {len(texts)}" in texts[1]
    for number, text in enumerate(texts, start=1):
        assert f"Sida {number} av {len(texts)}" in text
        assert "Stockholms Inköpscentral (STIC)" in text and "Medlemsförteckning" in text
        assert "Kommunkod Kommun" in text  # the table's heading row is repeated
    everything = " ".join(texts)
    assert "1000 Kommun nummer 1000" in everything and "1129 Kommun nummer 1129" in everything


def test_rows_are_sorted_by_code_and_statuses_counted(tmp_path: Path) -> None:
    target = tmp_path / "sorterad.pdf"
    rows = [record(188, "Norrtälje"), record(114, "Upplands Väsby", "left"), record(140, "Nykvarn", "interested")]
    write_member_list(target, rows, STIC, DAY)
    text = page_texts(target)[0]
    assert text.index("0114 Upplands Väsby") < text.index("0140 Nykvarn") < text.index("0188 Norrtälje")
    assert "Utträdd 2020-01-01 2025-06-30" in text
    assert "3 kommuner, varav 1 medlem, 1 intresserad och 1 utträdd." in text


def test_count_line_wording() -> None:
    assert count_line([record(1)]) == "1 kommun, varav 1 medlem."
    assert count_line([record(1, status="interested"), record(2, status="interested")]) == (
        "2 kommuner, varav 0 medlemmar och 2 intresserade."
    )


def test_empty_register_gives_a_valid_pdf_that_says_so(tmp_path: Path) -> None:
    target = tmp_path / "tom.pdf"
    write_member_list(target, [], STIC, DAY)
    texts = page_texts(target)
    assert len(texts) == 1
    assert "Inga kommuner i registret." in texts[0] and "Sida 1 av 1" in texts[0]
    assert "Kommunkod" not in texts[0]


def test_the_logo_is_drawn_on_every_page(tmp_path: Path) -> None:
    target = tmp_path / "logo.pdf"
    write_member_list(target, [record(n) for n in range(1000, 1100)], OrganisationInfo(logo=png_bytes()), DAY)
    pages = PdfReader(target).pages
    assert len(pages) >= 2
    assert all(image_count(page) == 1 for page in pages)


def test_the_logo_saved_in_the_database_is_used(demo_db, tmp_path: Path) -> None:
    save_organisation(demo_db, OrganisationInfo(name="STIC Test & Co", logo=png_bytes((40, 40))))
    target = export_member_list(demo_db, tmp_path / "org.pdf", DAY)
    assert image_count(PdfReader(target).pages[0]) == 1
    assert "STIC Test & Co" in page_texts(target)[0]


def test_a_jpeg_logo_is_drawn(tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), (200, 30, 30)).save(buffer, format="JPEG")
    target = tmp_path / "jpeg.pdf"
    write_member_list(target, [record(114)], OrganisationInfo(logo=buffer.getvalue()), DAY)
    assert image_count(PdfReader(target).pages[0]) == 1


def test_a_broken_logo_is_left_out_without_crashing(tmp_path: Path) -> None:
    whole = png_bytes((300, 100))
    for number, logo in enumerate([b"\x89PNG\r\n\x1a\n" + os.urandom(200), whole[: len(whole) // 2], b""]):
        target = tmp_path / f"trasig-{number}.pdf"
        write_member_list(target, [record(114, "Upplands Väsby")], OrganisationInfo(logo=logo), DAY)
        page = PdfReader(target).pages[0]
        assert image_count(page) == 0
        assert "Upplands Väsby" in page.extract_text()
