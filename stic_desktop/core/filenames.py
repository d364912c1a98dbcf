"""Safe file names, written once: every name the program makes from people's and records' names.

Windows is the strictest file system the program meets, so its rules apply everywhere: no ``<>:"/\\|?*``
or control characters, no trailing dot or space, none of the reserved device names (CON, PRN, AUX, NUL,
COM1–COM9, LPT1–LPT9, also with an extension: "con.pdf" opens the console), and at most 255 bytes. Letters
such as ł, ş, é or Cyrillic are kept: the names are for people to read.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from stic_desktop.errors import UserError

MAX_LENGTH = 120  # characters before the suffix; leaves room for the folder in Windows' 260-character paths
MAX_BYTES = 255  # the most any common file system allows in one name (ext4 counts UTF-8 bytes)
FALLBACK = "dokument"

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_DIGITS = "123456789¹²³"  # Windows also reserves COM¹, COM², COM³ (and LPT¹…)
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", *(f"COM{d}" for d in _DIGITS),
                      *(f"LPT{d}" for d in _DIGITS)})


def is_reserved(name: str) -> bool:
    """True for a name Windows keeps for a device, whatever the case or extension: "CON", "nul.txt", "Com1 .pdf"."""
    return name.split(".")[0].strip().upper() in RESERVED


def _clean(text: str) -> str:
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", text))
    return " ".join(text.split()).strip(" .")


def _cut(text: str, max_length: int, max_bytes: int) -> str:
    text = text[:max_length]
    while len(text.encode("utf-8")) > max_bytes:
        text = text[:-1]
    return text.rstrip(" .")


def safe(stem: str, suffix: str = "", *, fallback: str = FALLBACK, max_length: int = MAX_LENGTH) -> str:
    """``stem`` made safe as a file name, then ``suffix`` (".pdf"): 'R&D <b>' → "R&D _b_", "CON" →
    "dokument_CON", "" or "..." → "dokument". Runs of spaces become one; the stem is cut to ``max_length``
    characters and the whole name to 255 bytes of UTF-8."""
    suffix = _clean(suffix)
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    room = MAX_BYTES - len(suffix.encode("utf-8"))
    text = _cut(_clean(stem), max_length, room)
    if not text:
        return _cut(_clean(fallback), max_length, room) + suffix
    if is_reserved(text):
        text = _cut(f"{_clean(fallback)}_{text}", max_length, room)
    return text + suffix


def safe_name(filename: str, *, fallback: str = FALLBACK) -> str:
    """A whole file name someone else chose ("Budget: Q1.pdf", "con.pdf") made safe, keeping a short
    extension: "Budget_ Q1.pdf", "dokument_con.pdf"."""
    stem, dot, extension = _clean(filename).rpartition(".")
    if not dot or not stem or not re.fullmatch(r"\w{1,10}", extension):
        return safe(filename, fallback=fallback)
    return safe(stem, "." + extension, fallback=fallback)


SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def refuse_database_target(target: Path) -> None:
    """An export never overwrites a database: any SQLite file, or the -wal/-shm/-journal/lock file beside one
    (an `-o` that names the database by mistake would otherwise replace it and lose everything)."""
    companion_of = next((target.with_name(target.name.removesuffix(s)) for s in DATABASE_COMPANIONS
                         if target.name.endswith(s)), None)
    if _is_database(target) or (companion_of is not None and _is_database(companion_of)):
        raise UserError(f"{target} är en databas eller hör till en, och skrivs aldrig över av en export. "
                        "Välj ett annat filnamn. Inget sparades.")


def writable_file(target: Path) -> Path:
    """``target`` as a Path, checked before anything is written: not a folder, in a folder that exists, and not a
    database (``refuse_database_target``)."""
    target = Path(target)
    if target.is_dir():
        raise UserError(f"{target} är en mapp. Ange ett filnamn.")
    if not target.parent.is_dir():
        raise UserError(f"Mappen {target.parent} finns inte. Inget sparades.")
    refuse_database_target(target)
    return target
