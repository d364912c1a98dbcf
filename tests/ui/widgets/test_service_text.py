"""The services' Swedish messages reach an English user in English: tools/service_messages.py collects them
(f-strings as templates with %1 …), lupdate/lrelease make a translation, ui/widgets/service_text.py
translates a message (with its values) when the window shows it. The translation here is a temporary
.ts/.qm made in the test; the real stic_en.ts is translated by the integrator."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from stic_desktop.errors import UserError, ValidationError
from stic_desktop.ui.widgets import messages, service_text
from stic_desktop.ui.widgets.service_messages import MESSAGES
from stic_desktop.ui.workspace import i18n

ROOT = Path(__file__).resolve().parents[3]
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>services</name>
    <message><source>Okänd storlek ”%1”. Välj small, large eller huge.</source>
        <translation>Unknown size “%1”. Choose small, large or huge.</translation></message>
    <message><source>Rubriken måste fyllas i.</source><translation>The title must be filled in.</translation></message>
    <message><source>Juldagen</source><translation>Christmas Day</translation></message>
</context>
</TS>
"""


def tool(name: str):
    sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_collected_messages_are_the_services_messages():
    collector = tool("service_messages")
    found = collector.messages()
    assert "Okänd storlek ”%1”. Välj small, large eller huge." in found  # an f-string (demo/seed.py)
    assert "Rubriken måste fyllas i." in found and "Juldagen" in found and "Midsommarafton" in found
    assert not [t for t in found if t.startswith(("restore:", "automatic backup:"))]  # log lines stay out
    assert len(found) > 300
    assert list(MESSAGES) == found, "run tools/update_translations.py (it rewrites service_messages.py)"


@pytest.fixture
def english(qapp, tmp_path, monkeypatch):
    ts, qm = tmp_path / "test_en.ts", tmp_path / "test_en.qm"
    ts.write_text(TS, encoding="utf-8")
    tool("update_translations").lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    monkeypatch.setattr(i18n, "_applied", "en")
    yield
    qapp.removeTranslator(translator)


def test_an_english_user_reads_a_service_error_in_english(english, db, monkeypatch):
    from stic_desktop.demo import seed

    with pytest.raises(UserError) as raised:
        seed.seed_demo(db, "enorm")
    assert raised.value.message == "Okänd storlek ”enorm”. Välj small, large eller huge."  # the service stays Swedish
    assert service_text.error_text(raised.value) == "Unknown size “enorm”. Choose small, large or huge."
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    messages.show_error(None, raised.value)
    assert shown == ["Unknown size “enorm”. Choose small, large or huge."]

    both = ValidationError("title", "Rubriken måste fyllas i.", *ValidationError("x", "Något annat.").errors)
    assert service_text.error_text(both) == "The title must be filled in. Något annat."  # untranslated stays
    assert service_text.service_text("Mötet infaller på Juldagen.") == "Mötet infaller på Juldagen."


def test_swedish_shows_the_message_as_it_is(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "_applied", "sv")
    assert service_text.service_text("Okänd storlek ”x”. Välj small, large eller huge.") == \
        "Okänd storlek ”x”. Välj small, large eller huge."
