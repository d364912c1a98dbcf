"""Files with personal data are readable by their owner only, whatever the user's umask.

The database, its backups, the log and GDPR extracts hold names, e-mail addresses and tender prices; on a
shared Linux or macOS machine a default umask of 022 would make them readable by every local account.
SQLite gives its -wal, -shm and -journal files the mode of the database file, so a private database keeps
its companions private too. On Windows these files live in the user's profile, whose ACL already keeps
others out; the POSIX mode bits are left alone there.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Creates the folder (and missing parents) owner-only; an existing folder of ours is narrowed too."""
    path = Path(path)
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if _POSIX and not existed:
        os.chmod(path, FOLDER_MODE)  # mkdir's mode is filtered by the umask
    return path


def create_private_file(path: Path) -> Path:
    """Creates an empty file that only the owner can read, before anything (SQLite) writes into it.

    Refuses (FileExistsError) to reuse a name that exists: the caller picked a free one.
    """
    path = Path(path)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(descriptor)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """Narrows an existing file to owner read/write (its -wal/-shm/-journal companions too, if present)."""
    if not _POSIX:
        return
    for candidate in (Path(path), *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        try:
            os.chmod(candidate, FILE_MODE)
        except FileNotFoundError:
            pass


def copy_mode(source: Path, target: Path) -> None:
    """The target gets the source's permission bits (a copy is never readable by more people than the original)."""
    if _POSIX:
        os.chmod(target, os.stat(source).st_mode & 0o777)
