"""Files an operation writes: first under temporary names in the target's folder (or in a temporary
folder), moved into place with ``os.replace`` only when the whole action succeeded. Cancelling or failing
removes the temporary files, so no half-written file is ever left behind."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stic_desktop.core.filenames import writable_file
from stic_desktop.errors import UserError


def _tag() -> str:
    return f"{os.getpid()}-{threading.get_ident()}"


def _failed(target: Path, exc: OSError) -> UserError:
    return UserError(f"Filen {target} kunde inte sparas ({exc.strerror or exc}). "
                     "Är den öppen i ett annat program, eller är mappen skrivskyddad?")


class StagedFiles:
    """Files waiting to be moved into place; ``temporary_folder`` keeps them together in one folder
    (a set of per-participant packs) instead of beside each target."""

    def __init__(self, temporary_folder: Path | None = None) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, target)
        self._folder = Path(temporary_folder) if temporary_folder is not None else None

    def add(self, target: Path, content: bytes) -> Path:
        target = writable_file(target)
        if self._folder is not None:
            self._folder.mkdir(exist_ok=True)
            temporary = self._folder / f"{len(self._pending)}.tmp"
        else:
            temporary = target.with_name(f".{target.name}.{_tag()}.tmp")
        try:
            temporary.write_bytes(content)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise _failed(target, exc) from None
        self._pending.append((temporary, target))
        return target

    def commit(self) -> tuple[Path, ...]:
        """Moves every file into place (in the order added) and returns the targets."""
        for temporary, target in self._pending:
            try:
                os.replace(temporary, target)
            except OSError as exc:
                raise _failed(target, exc) from None
        done = tuple(target for _, target in self._pending)
        self._pending.clear()
        self.discard()
        return done

    def discard(self) -> None:
        for temporary, _ in self._pending:
            temporary.unlink(missing_ok=True)
        self._pending.clear()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


@contextmanager
def staged_files(temporary_folder: Path | None = None) -> Iterator[StagedFiles]:
    """Whatever was not committed when the block ends (an error, or the generator closed) is removed."""
    staged = StagedFiles(temporary_folder)
    try:
        yield staged
    finally:
        staged.discard()


def temporary_folder_in(folder: Path) -> Path:
    """A hidden folder name inside ``folder`` for staging a set of files (created on first use)."""
    return Path(folder) / f".stic-{_tag()}.tmp"


def write_file(target: Path, content: bytes) -> Path:
    """One file written whole or not at all."""
    with staged_files() as staged:
        staged.add(target, content)
        return staged.commit()[0]
