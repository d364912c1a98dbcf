"""Collects the messages the services give the user, for translation; run by ``tools/update_translations.py``.

The services are Qt-free and write their messages in Swedish: errors (``UserError``, ``ValidationError``,
``NotFound``, ``FieldErrors.add`` …), warnings and holiday names. lupdate only extracts literal
``QT_TRANSLATE_NOOP`` calls, so this writes every such message into ``stic_desktop/ui/widgets/
service_messages.py`` under the context "services". An f-string becomes a template with ``%1``, ``%2`` … for
its values (``f"Mappen {folder} finns inte."`` → ``"Mappen %1 finns inte."``); the window matches a message
against the templates and translates it with its values (``ui/widgets/service_text.py``).

    python tools/service_messages.py      # rewrite the module only (update_translations.py does it too)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("stic_desktop/services", "stic_desktop/operations", "stic_desktop/core", "stic_desktop/demo")
MODULE = ROOT / "stic_desktop" / "ui" / "widgets" / "service_messages.py"
CONTEXT = "services"
# calls whose text arguments are messages for the user
MESSAGE_CALLS = {"UserError", "ValidationError", "NotFound", "ImportFailed", "FieldError", "RowError",
                 "DatabaseRefused", "DatabaseUnavailable", "CalendarWarning", "add", "error", "warn", "warning"}
HOLIDAY_YEARS = range(2020, 2041)

HEADER = '''"""The services' messages, for lupdate (written by tools/service_messages.py; do not edit).

Each is ``QT_TRANSLATE_NOOP("services", …)``; an f-string's values are ``%1``, ``%2`` …  The window translates a
message through ``ui/widgets/service_text.py``.
"""

# ruff: noqa: E501

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
'''


LOGGERS = {"log", "logger", "logging", "_log", "LOG"}  # log lines are for the developer, in English


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
        return ""
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _template(node: ast.JoinedStr) -> str:
    parts, number = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        else:
            number += 1
            parts.append(f"%{number}")
    return "".join(parts)


def _texts(node: ast.AST):
    """Literal and f-string texts in an argument (both branches of a conditional, concatenations)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield _template(node)
    elif isinstance(node, (ast.IfExp, ast.BinOp, ast.BoolOp)):
        for child in ast.iter_child_nodes(node):
            yield from _texts(child)


def _is_message(text: str) -> bool:
    """A sentence for a person: letters and a space, not a code, field name or SQL."""
    letters = sum(c.isalpha() for c in text.replace("%", ""))
    return letters >= 3 and " " in text.strip() and not text.strip().startswith(("SELECT", "PRAGMA", "UPDATE"))


def scanned_files() -> list[Path]:
    return sorted(p for folder in SCANNED for p in (ROOT / folder).rglob("*.py"))


def messages() -> list[str]:
    """Every message text and template, in first-seen order."""
    found: dict[str, None] = {}
    for path in scanned_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in MESSAGE_CALLS:
                arguments = list(node.args) + [k.value for k in node.keywords]
                first_text = 1 if _callee(node) in ("ValidationError", "FieldError", "add") else 0
                for argument in arguments[first_text:]:
                    for text in _texts(argument):
                        if _is_message(text):
                            found.setdefault(text, None)
    for name in holiday_names():
        found.setdefault(name, None)
    return list(found)


def holiday_names() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from stic_desktop.core import workdays

    names: dict[str, None] = {}
    for year in HOLIDAY_YEARS:
        for name in workdays._holidays(year).values():  # noqa: SLF001 - the same table the program uses
            for part in str(name).split("; "):
                names.setdefault(part, None)
    return list(names)


def render(texts: list[str]) -> str:
    lines = [f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {text!r})," for text in texts]
    return HEADER + "\n".join(lines) + "\n)\n"


def write() -> int:
    texts = messages()
    MODULE.write_text(render(texts), encoding="utf-8")
    return len(texts)


if __name__ == "__main__":
    print(f"{write()} service messages written to {MODULE.relative_to(ROOT)}")
