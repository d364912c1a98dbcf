"""PDF/A-2b: the finishing pass that makes a PDF fit to be kept for decades.

reportlab writes the page content (every font embedded, see ``pdf._make_default``); this pass, with pikepdf,
adds what reportlab cannot: XMP metadata with the PDF/A identification (part 2, conformance B) kept in step
with the document information dictionary, an sRGB output intent (``resources/color/sRGB.icc``), the
document language, a title that shows in the viewer's title bar, and printable link annotations.

It is idempotent, so a document that is stamped or merged afterwards (the secrecy mark of an opening
record, the meeting pack) is simply finished again. A file that carries content we did not write (an
attachment in a meeting pack) is checked: if a font is not embedded, or it holds JavaScript or embedded
files, it is *not* labelled PDF/A, and its metadata says why (``Keywords`` and ``dc:description``) instead
of claiming a conformance it does not have.

This is a pure function (bytes in, bytes out); pikepdf is imported only when a document is made.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from stic_desktop.paths import resource

LANGUAGE = "sv-SE"
PDFA_PART, PDFA_CONFORMANCE = "2", "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
NOT_PDFA_PREFIX = "Inte PDF/A:"
_PRINT, _HIDDEN_FLAGS = 4, 1 | 2 | 32  # annotation flags: Print; Invisible, Hidden, NoView


@dataclass(frozen=True)
class Finished:
    """The finished bytes and whether they are labelled PDF/A-2b (with the reasons when they are not)."""

    data: bytes
    problems: tuple[str, ...] = ()

    @property
    def conformant(self) -> bool:
        return not self.problems


@cache
def srgb_profile() -> bytes:
    return resource("color", "sRGB.icc").read_bytes()


def _font_embedded(font) -> bool:
    import pikepdf

    subtype = font.get("/Subtype")
    if subtype == pikepdf.Name.Type3:
        return True  # glyphs are drawn by the font's own content streams
    if subtype == pikepdf.Name.Type0:
        descendants = font.get("/DescendantFonts")
        return bool(descendants) and all(_font_embedded(d) for d in descendants)
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _resource_fonts(resources, seen: set, found: dict) -> None:
    """Fonts of a resource dictionary and of the form XObjects and patterns it uses, recursively."""
    import pikepdf

    if not isinstance(resources, pikepdf.Dictionary):
        return
    fonts = resources.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for font in fonts.values():
            key = font.objgen if font.is_indirect else id(font)
            if key not in seen:
                seen.add(key)
                found[key] = font
    for group in ("/XObject", "/Pattern"):
        children = resources.get(group)
        if not isinstance(children, pikepdf.Dictionary):
            continue
        for child in children.values():
            key = ("res", child.objgen) if child.is_indirect else None
            if key is not None and key in seen:
                continue
            if key is not None:
                seen.add(key)
            if isinstance(child, (pikepdf.Stream, pikepdf.Dictionary)) and "/Resources" in child:
                _resource_fonts(child.Resources, seen, found)


def unembedded_fonts(pdf) -> list[str]:
    """Base names of the fonts used on the pages (forms included) whose font program is not in the file."""
    seen: set = set()
    found: dict = {}
    for page in pdf.pages:
        _resource_fonts(page.obj.get("/Resources"), seen, found)
    names = {str(font.get("/BaseFont", "?")).lstrip("/") for font in found.values() if not _font_embedded(font)}
    return sorted(names)


def _problems(pdf) -> list[str]:
    problems = []
    missing = unembedded_fonts(pdf)
    if missing:
        problems.append("typsnitt som inte är inbäddade (" + ", ".join(missing[:5])
                        + (" m.fl." if len(missing) > 5 else "") + "), troligen från en bifogad fil")
    names = pdf.Root.get("/Names")
    if names is not None and "/JavaScript" in names:
        problems.append("JavaScript")
    if names is not None and "/EmbeddedFiles" in names:
        problems.append("inbäddade filer")
    import pikepdf

    action = pdf.Root.get("/OpenAction")
    if "/AA" in pdf.Root or (isinstance(action, pikepdf.Dictionary) and "/JS" in action):
        problems.append("automatiska åtgärder")
    return problems


def _set_output_intent(pdf) -> None:
    import pikepdf

    profile = pdf.make_stream(srgb_profile())
    profile.N = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION), Info=pikepdf.String(OUTPUT_CONDITION),
        RegistryName=pikepdf.String("http://www.color.org"), DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def _printable_annotations(pdf) -> None:
    """PDF/A wants every annotation printed as shown: the Print flag on, the hiding flags off."""
    import pikepdf

    for page in pdf.pages:
        for annotation in page.obj.get("/Annots", pikepdf.Array()):
            flags = int(annotation.get("/F", 0))
            annotation.F = (flags | _PRINT) & ~_HIDDEN_FLAGS


def finish(data: bytes, *, title: str | None = None, lang: str = LANGUAGE) -> Finished:
    """``data`` as PDF/A-2b, or, when content from elsewhere prevents that, with metadata saying why not.

    ``title`` replaces the document title when given (the case or meeting reference belongs in it); the
    language is set unless the document already names one.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        if title:
            pdf.docinfo[pikepdf.Name.Title] = pikepdf.String(title)
        if "/Trapped" in pdf.docinfo:
            del pdf.docinfo["/Trapped"]  # its XMP twin must then match exactly; nothing needs it
        if not str(pdf.Root.get("/Lang", "")).strip():
            pdf.Root.Lang = pikepdf.String(lang)
        preferences = pdf.Root.get("/ViewerPreferences", pikepdf.Dictionary())
        preferences.DisplayDocTitle = True
        pdf.Root.ViewerPreferences = preferences
        _set_output_intent(pdf)
        _printable_annotations(pdf)
        problems = _problems(pdf)
        keywords = str(pdf.docinfo.get("/Keywords", ""))
        keywords = keywords.split(NOT_PDFA_PREFIX)[0].strip()
        if problems:
            keywords = (keywords + " " if keywords else "") + f"{NOT_PDFA_PREFIX} " + "; ".join(problems) + "."
        if keywords or "/Keywords" in pdf.docinfo:
            pdf.docinfo[pikepdf.Name.Keywords] = pikepdf.String(keywords)
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(pdf.docinfo, raise_failure=False)
            if problems:
                for key in ("pdfaid:part", "pdfaid:conformance"):
                    if key in meta:
                        del meta[key]
                meta["dc:description"] = f"{NOT_PDFA_PREFIX} " + "; ".join(problems) + "."
            else:
                meta["pdfaid:part"] = PDFA_PART
                meta["pdfaid:conformance"] = PDFA_CONFORMANCE
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                 min_version="1.4")
        return Finished(out.getvalue(), tuple(problems))


def archival_bytes(data: bytes, *, title: str | None = None) -> bytes:
    """The one call a renderer or a post-processing step uses: the PDF finished for archiving."""
    return finish(data, title=title).data
