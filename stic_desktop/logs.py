"""The program's log: a rotating file in the user's data folder, with no personal data in it.

Only events are logged (started, database opened, backup made, restore done, exit) and, for an
unexpected exception, its type and a traceback of code locations. Never an exception's message
(it may quote a name, an e-mail address or text the user typed), never a database path (the
user's folder name is often their own name), never a record's contents.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from stic_desktop.core.private_files import create_private_file, private_folder
from stic_desktop.paths import user_data_dir

LOGGER_NAME = "stic_desktop"
LOG_FILE_NAME = "stic-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger(LOGGER_NAME)
_handler: logging.Handler | None = None


def log_dir() -> Path:
    return user_data_dir() / "logs"


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def _code_location(filename: str) -> str:
    """A frame's file as a path inside the program or a library, never the folders above it."""
    parts = Path(filename).parts
    for anchor in ("site-packages", "dist-packages", "stic_desktop"):
        if anchor in parts:
            start = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[start + (anchor != "stic_desktop"):])
    return parts[-1] if parts else "?"


def describe_exception(error: BaseException) -> str:
    """The exception's type and traceback, causes first, without any message text."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    lines: list[str] = []
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f"  {_code_location(frame.filename)}, line {frame.lineno}, in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line}")  # program text, not data
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}")
    return "\n".join(lines)


class _NoMessageFormatter(logging.Formatter):
    """Even ``exc_info`` passed by some other code is written without the exception's message."""

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the formatted exception on the record: another handler's formatter (pytest's capture,
        # a debugger's) may have put the full text with the message there first, so never reuse it.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return describe_exception(ei[1]) if ei and ei[1] is not None else ""


def _private_rotating_handler(path: Path) -> logging.FileHandler:
    """A rotating file handler whose files, the first and every one after a rotation, are owner-only from
    their creation. (logging.handlers is imported here: it is not needed before the window's first paint.)"""
    import logging.handlers

    class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # noqa: ANN202 (logging's signature)
            if not os.path.exists(self.baseFilename):
                try:
                    create_private_file(Path(self.baseFilename))
                except FileExistsError:
                    pass
            return super()._open()

    return _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Sends the program's log to the rotating file; the file's path, or None if it cannot be written."""
    global _handler
    path = log_file()
    if isinstance(_handler, logging.FileHandler) and Path(_handler.baseFilename) == path.absolute():
        return path
    shutdown_logging()
    try:
        private_folder(path.parent)
        handler: logging.Handler = _private_rotating_handler(path)
    except OSError:
        handler, path = logging.NullHandler(), None  # the program runs on without a log file
    handler.setFormatter(_NoMessageFormatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    _handler = handler
    return path


def shutdown_logging() -> None:
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None


def log_start(version: str, qt_version: str = "") -> None:
    import platform

    logger.info(
        "start: STIC Desktop %s, Python %s, %s%s",
        version, platform.python_version(), platform.system() or sys.platform,
        f", Qt {qt_version}" if qt_version else "",
    )


def log_exception(error: BaseException, where: str = "") -> None:
    """An unexpected exception: its type and where it happened in the code, nothing else."""
    logger.error("unexpected exception %s%s\n%s", type(error).__qualname__, f" ({where})" if where else "",
                 describe_exception(error))
