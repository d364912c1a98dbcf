"""Writing a document file safely: whole or not at all, with a Swedish message when the disk says no."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stic_desktop.core.filenames import writable_file
from stic_desktop.errors import UserError


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` that replaces it only when writing succeeded."""
    target = writable_file(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise UserError(
            f"Filen {target} kunde inte sparas ({exc.strerror or exc}). "
            "Är den öppen i ett annat program, eller är mappen skrivskyddad?"
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
