"""Rewrites the tuple of service labels in ``stic_desktop/ui/widgets/labels.py`` from the services.

    python tools/update_labels.py      # then python tools/update_translations.py and translate what is new

The services are Qt-free and return Swedish labels (``STATUS_LABELS``, ``STAGE_LABELS``, ``FIELD_LABELS``
…). lupdate only extracts literal strings, so every str value of every module-level ``*_LABELS`` dict in
``stic_desktop.services`` (and the few labels listed in ``EXTRA``) is written into labels.py as
``QT_TRANSLATE_NOOP("labels", "…")``. ``tests/ui/test_labels.py`` fails when one is missing.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS_FILE = ROOT / "stic_desktop" / "ui" / "widgets" / "labels.py"
BEGIN, END = "SERVICE_LABELS = (\n", "\n)  # end of SERVICE_LABELS\n"
# labels the services show that are not in a *_LABELS dict: (module, name of a dict or a str)
EXTRA = (("audit", "ACTIONS"), ("meetings.calendar", "WARNING_KINDS"), ("meetings.invitees", "GUEST_LABEL"),
         ("people.staffing", "OTHER_ROW_LABEL"))


def service_labels() -> dict[str, list[str]]:
    """Each label text, in first-seen order, with the ``module.DICT`` names it comes from."""
    sys.path.insert(0, str(ROOT))
    import stic_desktop.services as services

    found: dict[str, list[str]] = {}
    sources = []
    prefix = f"{services.__name__}."
    for info in sorted(pkgutil.walk_packages(services.__path__, prefix), key=lambda m: m.name):
        module = importlib.import_module(info.name)
        sources += [(info.name.removeprefix(prefix), name, value) for name, value in vars(module).items()
                    if name.endswith("_LABELS") and isinstance(value, dict)]
    for module_name, name in EXTRA:
        sources.append((module_name, name, getattr(importlib.import_module(f"{services.__name__}.{module_name}"), name)))
    for module_name, name, value in sources:
        texts = [value] if isinstance(value, str) else [v for v in value.values() if isinstance(v, str)]
        for text in texts:
            found.setdefault(text, []).append(f"{module_name}.{name}")
    return found


def literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(found: dict[str, list[str]], width: int = 118) -> str:
    """Under a comment naming the dict, its labels as many to a line as fit (the module stays short)."""
    lines, origin = [], None
    for text, where in found.items():
        entry = f'QT_TRANSLATE_NOOP("labels", {literal(text)}),'
        if where[0] != origin:
            origin = where[0]
            lines += [f"    # {origin}", "   "]
        elif len(lines[-1]) + 1 + len(entry) > width:
            lines.append("   ")
        lines[-1] += " " + entry
    return "\n".join(lines)


def main() -> int:
    source = LABELS_FILE.read_text(encoding="utf-8")
    start, end = source.index(BEGIN) + len(BEGIN), source.index(END)
    found = service_labels()
    LABELS_FILE.write_text(source[:start] + render(found) + source[end:], encoding="utf-8")
    print(f"{LABELS_FILE.relative_to(ROOT)}: {len(found)} labels.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
