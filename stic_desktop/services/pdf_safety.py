"""Making a PDF someone sends us safe to keep and to pass on: limits against PDF bombs, and active
content (scripts, launch actions, automatic actions, embedded files) removed.

``clean_pdf`` is pure (bytes in, bytes out); services call it before they store an attachment that
ends up in documents sent to others (the meeting pack). The original's SHA-256 is returned so the
record can say what was received.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MAX_PAGES = 2000
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # all streams together, decompressed
MAX_STREAMS = 100_000

# Actions that run something, send data away or open another file.
DANGEROUS_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/GoToR", "/RichMediaExecute",
                     "/Rendition", "/Hide", "/Movie", "/Sound"}
# Swedish names for what was removed, used in messages (like every message the services give, not UI labels).
REMOVED_NAMES = {
    "/JavaScript": "JavaScript", "/Launch": "startkommandon (/Launch)", "/OpenAction": "åtgärd vid öppning (/OpenAction)",
    "/AA": "automatiska åtgärder (/AA)", "/EmbeddedFiles": "inbäddade filer", "/FileAttachment": "bifogade filer i anteckningar",
    "/SubmitForm": "formulär som skickar data", "/ImportData": "dataimport", "/GoToR": "länkar som öppnar andra filer",
    "/GoToE": "länkar till inbäddade filer", "/RichMediaExecute": "media som körs", "/XFA": "XFA-formulär",
    "/Rendition": "mediaåtgärder", "/Hide": "åtgärder som döljer innehåll", "/Movie": "filmer", "/Sound": "ljud",
}


class UnsafePdf(ValueError):
    """The PDF is over a limit; the message is a Swedish sentence that states the limit."""


@dataclass(frozen=True)
class CleanPdf:
    data: bytes  # what is stored and passed on
    original_sha256: str
    removed: tuple[str, ...]  # Swedish labels of what was removed, empty when nothing was

    @property
    def changed(self) -> bool:
        return bool(self.removed)

    def removed_text(self) -> str:
        return ", ".join(self.removed)


@contextmanager
def quiet_pypdf(level: int = logging.ERROR) -> Iterator[None]:
    """While reading a PDF someone sent: pypdf logs only from ``level`` up and its warnings are ignored, so a
    damaged file is reported to the user once (by the caller), not also on stderr."""
    log = logging.getLogger("pypdf")
    before = log.level
    log.setLevel(level)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        log.setLevel(before)


def _unpacked_size(stream, budget: int) -> int:
    """The decompressed size of one stream, decompressing piecewise and stopping at ``budget``."""
    from pypdf.generic import ArrayObject

    filters = stream.get("/Filter")
    names = list(filters) if isinstance(filters, ArrayObject) else ([filters] if filters else [])
    raw = stream._data if hasattr(stream, "_data") else b""
    if not names or str(names[0]) not in ("/FlateDecode", "/Fl"):
        return len(raw)  # images (DCT/JPX) and other filters are counted as stored
    inflater = zlib.decompressobj()
    size = 0
    chunk = raw
    try:
        while chunk and size <= budget:
            out = inflater.decompress(chunk, 1024 * 1024)
            size += len(out)
            chunk = inflater.unconsumed_tail
    except zlib.error:
        return size + len(raw)  # damaged data: pypdf will say so when it reads the page
    return size


def check_limits(filename: str, reader) -> int:
    """Pages and decompressed size within the limits; returns the page count."""
    from pypdf.generic import StreamObject

    pages = len(reader.pages)
    if pages > MAX_PAGES:
        raise UnsafePdf(f"{filename} har {pages} sidor. Högst {MAX_PAGES} sidor kan bifogas.")
    total = 0
    streams = 0
    for number in range(1, (reader.trailer.get("/Size") or 0) + 1):
        try:
            obj = reader.get_object(number)
        except Exception:  # a missing or broken object: the page check reports damage
            continue
        if isinstance(obj, StreamObject):
            streams += 1
            total += _unpacked_size(obj, MAX_UNPACKED_BYTES - total)
            if total > MAX_UNPACKED_BYTES or streams > MAX_STREAMS:
                raise UnsafePdf(
                    f"{filename} packas upp till mer än {MAX_UNPACKED_BYTES // (1024 * 1024)} MB (det kan vara en "
                    f"så kallad PDF-bomb). Högst {MAX_UNPACKED_BYTES // (1024 * 1024)} MB uppackat innehåll och "
                    f"{MAX_PAGES} sidor kan bifogas.")
    return pages


def _strip(obj, removed: set[str], seen: set[int]) -> None:
    """Walks dictionaries and arrays reachable from ``obj`` and removes active content in place."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    stack = [obj]
    while stack:
        current = stack.pop()
        if isinstance(current, IndirectObject):
            key = (current.idnum, current.generation)
            if key in seen:
                continue
            seen.add(key)
            current = current.get_object()
        if isinstance(current, DictionaryObject):
            for name in ("/AA", "/OpenAction", "/JS", "/EmbeddedFiles", "/JavaScript", "/XFA"):
                if name in current:
                    del current[NameObject(name)]
                    removed.add("/JavaScript" if name == "/JS" else name)
            action = current.get("/A")
            if action is not None:
                kind = str(action.get_object().get("/S", ""))
                if kind in DANGEROUS_ACTIONS:
                    del current[NameObject("/A")]
                    removed.add(kind)
            if str(current.get("/S", "")) in DANGEROUS_ACTIONS:
                removed.add(str(current["/S"]))
                for key in list(current.keys()):
                    if key not in ("/Type",):
                        del current[key]
                current[NameObject("/S")] = NameObject("/GoTo")
                current[NameObject("/D")] = ArrayObject()
            annots = current.get("/Annots")
            if annots is not None:
                kept = ArrayObject()
                for annot in annots.get_object():
                    if str(annot.get_object().get("/Subtype", "")) == "/FileAttachment":
                        removed.add("/FileAttachment")
                    else:
                        kept.append(annot)
                current[NameObject("/Annots")] = kept
            for key, value in list(current.items()):
                if key not in ("/Parent", "/P"):
                    stack.append(value)
        elif isinstance(current, ArrayObject):
            stack.extend(current)


def clean_pdf(filename: str, reader, data: bytes) -> CleanPdf:
    """``data`` (already opened as ``reader``) without active content; the bytes are unchanged when there
    was none."""
    from pypdf import PdfWriter

    original = hashlib.sha256(data).hexdigest()
    removed: set[str] = set()
    writer = PdfWriter(clone_from=reader)
    _strip(writer._root_object, removed, set())  # the catalog reaches the pages, names, outlines and forms
    if not removed:
        return CleanPdf(data, original, ())
    buffer = io.BytesIO()
    writer.write(buffer)
    # The objects cut off above are still written; cloning what is reachable from the new catalog leaves them.
    from pypdf import PdfReader

    reachable = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    buffer = io.BytesIO()
    reachable.write(buffer)
    labels = tuple(sorted({REMOVED_NAMES.get(name, name.lstrip("/")) for name in removed}))
    return CleanPdf(buffer.getvalue(), original, labels)


def cleaned_for_passing_on(filename: str, data: bytes) -> bytes:
    """The bytes of a stored PDF as they may be passed on (put into a meeting pack): within the limits and with
    active content removed. Files attached before stripping existed may still carry it. A file that cannot be
    read is returned as it is, for the pack to report as damaged; one over a limit raises UnsafePdf."""
    from pypdf import PdfReader

    with quiet_pypdf(logging.CRITICAL):
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                return data
            check_limits(filename, reader)
            return clean_pdf(filename, reader, data).data
        except UnsafePdf:
            raise
        except Exception:  # pypdf raises many kinds of errors for damaged files
            return data


ACTIVE_MARKERS = (b"/JavaScript", b"/JS", b"/Launch", b"/OpenAction", b"/AA", b"/EmbeddedFile", b"/FileAttachment",
                  b"/SubmitForm", b"/ImportData", b"/GoToR", b"/GoToE", b"/XFA")


def active_content(data: bytes) -> list[str]:
    """The active-content names found in any object of a PDF, reachable or not (for checks and tests)."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject

    names = {marker.decode() for marker in ACTIVE_MARKERS}
    found: set[str] = set()
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        stack = [reader.trailer]
        for number in range(1, (reader.trailer.get("/Size") or 0) + 1):
            try:
                stack.append(reader.get_object(number))
            except Exception:
                continue
        while stack:
            obj = stack.pop()
            if isinstance(obj, DictionaryObject):
                found |= names & {str(k) for k in obj}
                for value in obj.values():
                    if isinstance(value, str):
                        found |= names & {str(value)}
                    elif isinstance(value, (DictionaryObject, ArrayObject)):
                        stack.append(value)
            elif isinstance(obj, ArrayObject):
                stack.extend(v for v in obj if isinstance(v, (DictionaryObject, ArrayObject)))
    finally:
        log.setLevel(level)
    return sorted(found)
