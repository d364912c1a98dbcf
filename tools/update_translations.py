"""Refreshes the English translation after UI texts change: lupdate, then lrelease.

    python tools/update_translations.py            # update stic_en.ts, compile stic_en.qm, list what is unfinished
    python tools/update_translations.py --check    # change nothing; exit 1 if the .ts is out of date or unfinished
    python tools/update_translations.py --accept-suggestions   # also finish lupdate's same-text suggestions

Sources are Swedish (``sv_SE``), the translation British English (``en_GB``). After an update,
open ``resources/translations/stic_en.ts`` (Qt Linguist or a text editor), translate every entry
marked ``type="unfinished"`` and remove that attribute, then run this script again so the .qm
follows. When a string only moves (another context, e.g. after ``tr = self.tr`` became ``self.tr``),
lupdate fills in the old translation but still marks it unfinished; after checking the list this
script prints, ``--accept-suggestions`` marks those filled-in entries finished.
``tests/ui/test_translations.py`` fails while an entry is unfinished or the .qm is stale.

The services' messages (errors, warnings, holiday names; Swedish, Qt-free) are first collected into
``stic_desktop/ui/widgets/service_messages.py`` by ``tools/service_messages.py`` (context "services"), so
lupdate finds them too; the window translates them when it shows them (``ui/widgets/service_text.py``).

Only strings written as ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")`` or
``QT_TRANSLATE_NOOP("Context", "...")`` are found: an alias such as ``tr = self.tr`` or a module
function ``tr()`` is filed under an empty context that the running program never asks for.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import service_messages  # noqa: E402 - beside this script

TS_FILE = ROOT / "resources" / "translations" / "stic_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
SOURCE_LANGUAGE, TARGET_LANGUAGE = "sv_SE", "en_GB"


def sources() -> list[Path]:
    return sorted((ROOT / "stic_desktop" / "ui").rglob("*.py")) + [ROOT / "stic_desktop" / "app.py"]


def qt_tool(name: str, *args: str) -> subprocess.CompletedProcess:
    """Runs PySide6's lupdate or lrelease (the same program the pyside6-* commands start)."""
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True)


def lupdate(ts_file: Path) -> None:
    qt_tool("lupdate", *[str(p.relative_to(ROOT)) for p in sources()], "-no-obsolete", "-locations", "none",
            "-source-language", SOURCE_LANGUAGE, "-target-language", TARGET_LANGUAGE, "-ts", str(ts_file))


def lrelease(ts_file: Path, qm_file: Path) -> None:
    qt_tool("lrelease", str(ts_file), "-qm", str(qm_file))


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (translation.text or "").strip():
                found.append((name, message.findtext("source") or ""))
    return found


def accept_suggestions(ts_file: Path) -> int:
    """Marks finished every unfinished entry that already has a translation; returns how many."""
    text = ts_file.read_text(encoding="utf-8")
    text, count = re.subn(r'<translation type="unfinished">([^<]+)</translation>', r"<translation>\1</translation>", text)
    ts_file.write_text(text, encoding="utf-8")
    return count


def check() -> list[str]:
    """What is wrong with the committed files, without changing them."""
    problems = []
    if service_messages.MODULE.read_text(encoding="utf-8") != service_messages.render(service_messages.messages()):
        problems.append(f"{service_messages.MODULE.name} is out of date with the services: run tools/update_translations.py")
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / TS_FILE.name
        shutil.copyfile(TS_FILE, fresh)
        lupdate(fresh)
        if fresh.read_bytes() != TS_FILE.read_bytes():
            problems.append(f"{TS_FILE.name} is out of date with the source code: run tools/update_translations.py")
        compiled = Path(folder) / QM_FILE.name
        lrelease(TS_FILE, compiled)
        if not QM_FILE.exists() or compiled.read_bytes() != QM_FILE.read_bytes():
            problems.append(f"{QM_FILE.name} is not compiled from {TS_FILE.name}: run tools/update_translations.py")
    problems += [f"unfinished [{context}] {source!r}" for context, source in unfinished(TS_FILE)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when something needs doing")
    parser.add_argument("--accept-suggestions", action="store_true",
                        help="finish the unfinished entries lupdate filled in from identical texts")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "Translations are up to date.")
        return 1 if problems else 0
    print(f"{service_messages.write()} service messages collected in {service_messages.MODULE.relative_to(ROOT)}.")
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    if args.accept_suggestions:
        print(f"{accept_suggestions(TS_FILE)} suggested translations accepted.")
    lrelease(TS_FILE, QM_FILE)
    todo = unfinished(TS_FILE)
    for context, source in todo:
        print(f"unfinished [{context}] {source!r}")
    print(f"{TS_FILE.relative_to(ROOT)}: {len(todo)} unfinished; {QM_FILE.relative_to(ROOT)} compiled.")
    return 1 if todo else 0


if __name__ == "__main__":
    sys.exit(main())
