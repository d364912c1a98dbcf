from pathlib import Path

from PySide6.QtGui import QColor, QImage

from stic_desktop.services.workspace import organisation
from stic_desktop.ui.workspace.organisation_dialog import OrganisationDialog


def test_name_place_and_logo_are_saved_in_the_database(qtbot, demo_db, tmp_path: Path):
    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4e89"))
    assert image.save(str(logo))
    dialog = OrganisationDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Stockholms Inköpscentral")
    dialog.place_edit.setText("Stadshuset, sal 3")
    dialog.load_logo(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    info = organisation.get_organisation(demo_db)
    assert (info.name, info.default_place, info.logo) == ("Stockholms Inköpscentral", "Stadshuset, sal 3", logo.read_bytes())


def test_empty_name_and_a_file_that_is_not_an_image_are_refused(qtbot, demo_db, tmp_path: Path):
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"det har ar ingen bild")
    dialog = OrganisationDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("")
    dialog.save()
    assert "måste fyllas i" in dialog.errors.message("name")
    dialog.name_edit.setText("STIC")
    dialog.load_logo(fake)
    dialog.save()
    assert "PNG- eller JPEG" in dialog.errors.message("logo")
    assert organisation.get_organisation(demo_db) == organisation.OrganisationInfo()
