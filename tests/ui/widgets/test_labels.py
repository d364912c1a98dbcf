"""The services' labels are all marked for translation and show in English when the window is English."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import QLocale

import stic_desktop.services as services
from stic_desktop.ui.widgets.labels import SERVICE_LABELS, label, labelled, labels
from stic_desktop.ui.workspace import i18n


def service_labels() -> dict[str, str]:
    """Each str value of each module-level ``*_LABELS`` dict in the services, with where it comes from."""
    found = {}
    for info in pkgutil.walk_packages(services.__path__, f"{services.__name__}."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.endswith("_LABELS") and isinstance(value, dict):
                found.update({text: f"{info.name}.{name}" for text in value.values() if isinstance(text, str)})
    return found


@pytest.fixture
def english(qapp, monkeypatch):
    """The window in English for one test; afterwards the translators and locale are as before."""
    before = QLocale()
    monkeypatch.setattr(i18n, "_applied", i18n.applied_language())
    i18n.install_translators(qapp, "en")
    yield
    for translator in getattr(qapp, "_stic_translators", ()):
        qapp.removeTranslator(translator)
    qapp._stic_translators = []
    QLocale.setDefault(before)


def test_every_service_label_is_marked_for_translation():
    """A label added to a service must be added to labels.py too: run tools/update_labels.py."""
    found = service_labels()
    assert len(found) > 150
    missing = {text: where for text, where in found.items() if text not in SERVICE_LABELS}
    assert missing == {}, "run tools/update_labels.py, then tools/update_translations.py"


def test_labels_are_listed_once():
    assert len(SERVICE_LABELS) == len(set(SERVICE_LABELS))


def test_labels_stay_swedish_in_swedish():
    assert i18n.applied_language() == "sv"
    assert label("Behovsanalys") == "Behovsanalys"
    assert labels({"invited": "Kallad"}) == {"invited": "Kallad"}
    value = lambda record: record  # noqa: E731
    assert labelled(value) is value  # a Swedish list page pays nothing per row


def test_labels_are_english_in_english(english):
    assert label("Behovsanalys") == "Needs analysis"
    assert label("Kallad") == "Invited"
    assert label("Avtalsspärr") == "Standstill period"
    assert label("Tilldelningsbeslut") == "Award decision"
    assert labels({"draft": "Utkast", "invited": "Kallad"}) == {"draft": "Draft", "invited": "Invited"}
    assert label("något som inte är en etikett") == "något som inte är en etikett"
    assert labelled(lambda record: record["stage"])({"stage": "Avtal tecknat"}) == "Contract signed"


def test_a_list_page_shows_its_labels_in_english(english, qtbot, context):
    from stic_desktop.ui.municipalities.page import MunicipalitiesPage

    page = MunicipalitiesPage(context)
    qtbot.addWidget(page)
    page.reload()
    statuses = {page.model.data(page.model.index(row, 2)) for row in range(page.model.rowCount())}
    assert statuses and statuses <= {"Member", "Interested", "Left"}


def test_a_dialog_shows_its_form_labels_and_choices_in_english(english, qtbot, context):
    from PySide6.QtWidgets import QFormLayout

    from stic_desktop.ui.meetings.dialog import MeetingDialog

    dialog = MeetingDialog(context)
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    texts = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())
             if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    assert "Title *:" in texts and "Meeting type:" in texts and "Venue/room:" in texts
    kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert kinds == ["Regular", "Extraordinary", "Workshop"]
