"""The services' messages in the window's language.

The services are Qt-free and write their messages in Swedish (the source text). The window translates them
when it shows them, under the context "services": a fixed message is looked up as it is; a message made from an
f-string ("Mappen C:/x finns inte.") is matched against the templates ``tools/service_messages.py`` collected
("Mappen %1 finns inte.") and translated with its values put back. In Swedish, or without a translation, the
message is shown as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from stic_desktop.errors import UserError, ValidationError
from stic_desktop.ui.workspace import i18n

CONTEXT = "services"
_PLACE = re.compile(r"%(\d)")


@lru_cache(maxsize=1)
def _templates() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every template with a value, longest literal text first (the most specific matches first)."""
    from stic_desktop.ui.widgets.service_messages import MESSAGES

    found = []
    for template in MESSAGES:
        if not _PLACE.search(template):
            continue
        pattern = "".join(f"(?P<v{piece}>.+?)" if index % 2 else re.escape(piece)
                          for index, piece in enumerate(_PLACE.split(template)))
        found.append((template, re.compile(pattern, re.DOTALL)))
    found.sort(key=lambda item: -len(_PLACE.sub("", item[0])))
    return tuple(found)


def service_text(text: str) -> str:
    """``text`` from a service in the window's language."""
    if not text or i18n.applied_language() == "sv":
        return text
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for template, pattern in _templates():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            return text  # the template has no translation yet
        # a value that is itself a message (a holiday's name) is translated too
        values = {key: QCoreApplication.translate(CONTEXT, value) for key, value in match.groupdict().items()}
        return _PLACE.sub(lambda m, values=values: values.get(f"v{m.group(1)}", m.group(0)), translated)
    return text


def error_text(error: UserError) -> str:
    """An error's message in the window's language; a validation error message by message."""
    if isinstance(error, ValidationError):
        return " ".join(service_text(e.message) for e in error.errors)
    return service_text(error.message)
