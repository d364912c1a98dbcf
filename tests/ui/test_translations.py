"""The English translation: complete, compiled, found at run time, and the locale follows the language."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QToolButton

from stic_desktop.paths import resource
from stic_desktop.ui.workspace import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = resource("translations", "stic_en.ts")
QM_FILE = resource("translations", "stic_en.qm")


def messages(ts_file: Path = TS_FILE) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message in the .ts."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, m.findtext("source") or "", m.find("translation")) for m in context.iter("message")]
    return found


@pytest.fixture
def language(qapp, monkeypatch):
    """Switches the window's language; afterwards the translators and locale are as they were before."""
    before = QLocale()
    monkeypatch.setattr(i18n, "_applied", i18n.applied_language())
    yield lambda code: i18n.install_translators(qapp, code)
    for translator in getattr(qapp, "_stic_translators", ()):
        qapp.removeTranslator(translator)
    qapp._stic_translators = []
    QLocale.setDefault(before)


def test_every_message_has_a_finished_translation():
    found = messages()
    assert len(found) > 500
    unfinished = [(context, source) for context, source, translation in found
                  if translation is None or translation.get("type") or not (translation.text or "").strip()]
    assert unfinished == []


def test_translations_keep_placeholders_and_ellipses():
    wrong = []
    for context, source, translation in messages():
        text = translation.text or ""
        markers = set(re.findall(r"%\d|\{\w+\}", source))
        if markers != set(re.findall(r"%\d|\{\w+\}", text)) or source.endswith("…") != text.endswith("…"):
            wrong.append((context, source, text))
    assert wrong == []


# Files still written with ``tr = self.tr``; their strings land in an empty context that the running
# program never asks for, so they stay Swedish. Empty this set as they are converted.
NOT_YET_EXTRACTABLE: set[str] = set()
ALIAS = re.compile(r"^\s*(\w+)\s*=\s*self\.tr\s*$|^def _?tr\(|(?<![\w.])(?!self\.)\w+\.tr\(", re.MULTILINE)


def test_every_tr_call_is_one_lupdate_can_file_under_the_right_context():
    """Only ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP`` are
    extracted under the context the program asks for at run time (PySide6 looks ``self.tr`` up under the
    class that wrote the call and its bases, so a ListPage string is found for MunicipalitiesPage)."""
    sources = sorted((ROOT / "stic_desktop" / "ui").glob("*.py")) + [ROOT / "stic_desktop" / "app.py"]
    offenders = {path.name: [m.group(0).strip() for m in ALIAS.finditer(path.read_text(encoding="utf-8"))]
                 for path in sources if path.name not in NOT_YET_EXTRACTABLE}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_qm_file_holds_every_translation_of_the_ts_file(qapp):
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [(context, source) for context, source, translation in messages() if context
             and translator.translate(context, source) != translation.text]
    assert stale == [], "run tools/update_translations.py"


def test_the_ts_file_has_every_string_in_the_source(tmp_path):
    """lupdate finds nothing new: each tr() in the window is in stic_en.ts (run tools/update_translations.py)."""
    pytest.importorskip("PySide6.scripts.pyside_tool")
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(TS_FILE.read_bytes())
    tool.lupdate(fresh)
    assert {(c, s) for c, s, _ in messages(fresh)} == {(c, s) for c, s, _ in messages()}


def page_texts(page) -> dict[str, object]:
    headers = [page.model.headerData(column, Qt.Orientation.Horizontal) for column in range(page.model.columnCount())]
    return {
        "title": page.findChild(QLabel, "pageTitle").text(),
        "actions": [a.text() for a in (page.new_action, page.edit_action, page.delete_action, page.history_action)],
        "menus": [b.text() for b in page.toolbar.findChildren(QToolButton) if b.menu() is not None and b.text()],
        "filter": page.filter_edit.placeholderText(),
        "count": page.count_label.text(),
        "headers": headers,
    }


def test_switching_to_english_translates_a_page_and_back_to_swedish(qtbot, context, language):
    from stic_desktop.ui.municipalities.page import MunicipalitiesPage

    def build():
        page = MunicipalitiesPage(context)
        qtbot.addWidget(page)
        page.reload()
        return page

    language("en")
    english = page_texts(build())
    assert english["title"] == "Municipalities"
    assert english["actions"] == ["New", "Edit", "Delete", "History"]  # written once, in the ListPage base class
    assert english["menus"] == ["Import", "Export"]
    assert english["filter"] == "Filter… (Ctrl+F)"
    assert english["count"] == "26 of 26 municipalities"
    assert english["headers"] == ["Code", "Name", "Status", "Organisation number", "Joined", "Left", "Switchboard", "Website"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"

    language("sv")
    swedish = page_texts(build())
    assert swedish["title"] == "Kommuner"
    assert swedish["actions"] == ["Ny", "Redigera", "Ta bort", "Historik"]
    assert swedish["menus"] == ["Importera", "Exportera"]
    assert swedish["count"] == "26 av 26 kommuner"
    assert swedish["headers"][:4] == ["Kod", "Namn", "Status", "Organisationsnummer"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"  # Qt's own Swedish


def test_installing_twice_replaces_the_earlier_translators(qapp, language):
    language("en")
    first = list(qapp._stic_translators)
    language("en")
    assert len(qapp._stic_translators) == 1 and qapp._stic_translators[0] not in first
    assert QCoreApplication.translate("ListPage", "Ny") == "New"
    language("sv")
    assert QCoreApplication.translate("ListPage", "Ny") == "Ny"


def test_the_locale_and_dates_follow_the_language(language):
    language("en")
    assert (QLocale().name(), i18n.applied_language()) == ("en_GB", "en")
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert i18n.long_date(date(2026, 2, 3), weekday=True) == "Tuesday 3 February 2026"
    assert i18n.week_label(48) == "Wk 48"
    language("sv")
    assert (QLocale().name(), i18n.applied_language()) == ("sv_SE", "sv")
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"
    assert i18n.long_date(date(2026, 2, 3), weekday=True) == "tisdag 3 februari 2026"
    assert i18n.day_month(date(2026, 2, 3), weekday=True, short_month=True) == "tis 3 feb"


def test_the_chosen_language_is_kept_per_user_and_unknown_means_swedish(qapp):
    assert i18n.current_language() == "sv"
    i18n.set_language("en")
    assert i18n.current_language() == "en"
    from PySide6.QtCore import QSettings

    QSettings().setValue(i18n.LANGUAGE_KEY, "xx")
    assert i18n.current_language() == "sv"
    with pytest.raises(ValueError):
        i18n.set_language("de")
