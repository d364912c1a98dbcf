from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from stic_desktop.models import Person
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import people, staff
from stic_desktop.services.people.people import PersonInput
from stic_desktop.ui.context import AppContext
from stic_desktop.ui.people import person_dialog
from stic_desktop.ui.people.person_dialog import PersonDialog
from stic_desktop.ui.widgets import messages
from stic_desktop.ui.widgets.history_dialog import HistoryDialog


@pytest.fixture
def ctx(db, qapp):
    municipalities.import_county_municipalities(db)
    staff.set_current_user(db, staff.add_staff_member(db, "Anna Lindqvist", "Regionchef").id)
    return AppContext(db)


def town(ctx, name: str) -> int:
    return next(m.id for m in municipalities.list_municipalities(ctx.db) if m.name == name)


def save_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_new_person_typed_and_saved(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: pytest.fail("no duplicate to ask about"))
    people.save_person(ctx.db, PersonInput(name="Gammal", organisation_kind="stic", expertise=("Hemtjänst",)))
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.inputs["name"], "Kim ")
    dialog.inputs["name"].insert("Łukasz Żółć <b>Иван</b> 😀")  # QTest types ASCII only: paste the rest
    qtbot.keyClicks(dialog.inputs["title"], "Upphandlingschef")
    choose(dialog.inputs["municipality_id"], town(ctx, "Solna"))
    qtbot.keyClicks(dialog.inputs["email"], "kim@solna.se")
    qtbot.keyClicks(dialog.inputs["phone"], "08-746 10 00")
    dialog.inputs["expertise"].setText("IT, it; livsmedel, ")  # typing would open the completion popup
    dialog.inputs["notes"].insertPlainText("Ayşe vet mer")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    saved = people.get_person(ctx.db, dialog.saved.id)
    assert saved.name == "Kim Łukasz Żółć <b>Иван</b> 😀"
    assert (saved.title, saved.municipality_name, saved.email, saved.phone) == ("Upphandlingschef", "Solna", "kim@solna.se", "08-746 10 00")
    assert saved.expertise == ("IT", "livsmedel") and saved.notes == "Ayşe vet mer" and saved.active


def test_organisation_kind_enables_the_matching_field(qtbot, ctx):
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    kind, municipality, other = (dialog.inputs[f] for f in ("organisation_kind", "municipality_id", "other_organisation"))
    assert kind.currentData() == "municipality" and municipality.isEnabled() and not other.isEnabled()
    assert municipality.currentData() is None and municipality.count() == 27
    choose(kind, "other")
    assert other.isEnabled() and not municipality.isEnabled()
    choose(kind, "stic")
    assert not other.isEnabled() and not municipality.isEnabled()
    dialog.inputs["name"].setText("Eva Sten")
    dialog.save()
    assert dialog.saved.organisation == "STIC" and dialog.saved.municipality_id is None


def test_bad_input_is_shown_next_to_each_field_and_nothing_is_saved(qtbot, ctx):
    before = people.list_people(ctx.db)
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["email"].setText("kim@solna")
    dialog.inputs["expertise"].setText("x" * 101)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "måste fyllas i" in dialog.errors.message("name")
    assert dialog.errors.message("email") == "”kim@solna” är ingen giltig e-postadress."
    assert "Välj vilken kommun" in dialog.errors.message("municipality_id")
    assert "högst 100 tecken" in dialog.errors.message("expertise")
    assert dialog.errors.message("phone") == ""
    assert people.list_people(ctx.db) == before

    choose(dialog.inputs["organisation_kind"], "other")
    dialog.inputs["name"].setText("Jon Li")
    dialog.inputs["email"].setText("jon@region.se")
    dialog.inputs["expertise"].setText("fordon")
    dialog.save()
    assert "Skriv vilken organisation" in dialog.errors.message("other_organisation")
    assert dialog.errors.message("email") == ""
    dialog.inputs["other_organisation"].setText("Region Stockholm")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved.organisation == "Region Stockholm"


@pytest.mark.parametrize("answer", [False, True])
def test_a_likely_duplicate_is_asked_about_before_saving(qtbot, ctx, monkeypatch, answer):
    existing = people.save_person(ctx.db, PersonInput(name="Kim Berg", municipality_id=town(ctx, "Solna"), email="kim@solna.se"))
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, accept: asked.append((text, accept)) or answer)
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.inputs["name"].setText("kim  berg")
    choose(dialog.inputs["municipality_id"], town(ctx, "Solna"))
    dialog.save()
    assert len(asked) == 1
    assert asked[0][0].startswith("Möjlig dubblett") and "Kim Berg, Solna, kim@solna.se" in asked[0][0]
    assert asked[0][0].endswith("Spara ändå?") and asked[0][1] == "Spara ändå"
    names = [p.name for p in people.list_people(ctx.db) if p.id != existing.id and p.organisation_kind != "stic"]
    assert names == (["kim berg"] if answer else [])
    assert (dialog.result() == dialog.DialogCode.Accepted) is answer


def test_editing_without_touching_name_organisation_or_email_does_not_ask_again(qtbot, ctx, monkeypatch):
    solna = town(ctx, "Solna")
    people.save_person(ctx.db, PersonInput(name="Kim Berg", municipality_id=solna))
    twin = people.save_person(ctx.db, PersonInput(name="Kim Berg", municipality_id=solna, phone="1"))
    monkeypatch.setattr(messages, "confirm", lambda *args: pytest.fail("asked again"))
    dialog = PersonDialog(ctx, twin)
    qtbot.addWidget(dialog)
    assert dialog.inputs["phone"].text() == "1" and dialog.inputs["active"].isChecked()
    dialog.inputs["phone"].setText("2")
    dialog.save()
    assert people.get_person(ctx.db, twin.id).phone == "2"


def test_an_anonymised_person_is_shown_read_only(qtbot, ctx):
    person = people.save_person(ctx.db, PersonInput(name="X", organisation_kind="stic"))
    with ctx.db.write() as session:  # test set-up: what the GDPR service leaves behind
        session.get(Person, person.id).anonymised = True
    dialog = PersonDialog(ctx, people.get_person(ctx.db, person.id))
    qtbot.addWidget(dialog)
    assert not save_button(dialog).isEnabled() and not dialog.inputs["name"].isEnabled()
    assert "anonymiserad" in dialog.general_error.text()


def test_history_of_an_edit_shows_who_and_old_and_new_values(qtbot, ctx):
    person = people.save_person(ctx.db, PersonInput(name="Kim Berg", organisation_kind="adda", expertise=("IT",)))
    dialog = PersonDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.inputs["expertise"].setText("IT, fordon")
    dialog.save()
    history = HistoryDialog(ctx, people.ENTITY, person.id, person.name, people.FIELD_LABELS)
    qtbot.addWidget(history)
    top = history.tree.topLevelItem(0)
    assert top.text(1) == "Anna Lindqvist" and top.text(2) == "Ändrad"
    change = top.child(0)
    assert (change.text(2), change.text(3), change.text(4)) == ("Expertis", "IT", "fordon, IT")


def test_expertise_completion_keeps_the_tags_before_the_comma(qtbot, ctx):
    people.save_person(ctx.db, PersonInput(name="A", organisation_kind="stic", expertise=("Livsmedel", "IT")))
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    completer = dialog.tag_completer
    assert completer.splitPath("fordon, liv") == ["liv"]
    dialog.inputs["expertise"].setText("fordon; liv")
    completer.setCompletionPrefix("liv")
    assert completer.currentIndex().data() == "Livsmedel"
    assert completer.currentCompletion() == "fordon; Livsmedel"


def test_making_someone_inactive_offers_to_end_their_memberships(qtbot, ctx, monkeypatch):
    groups = pytest.importorskip("stic_desktop.services.people.groups")
    memberships = pytest.importorskip("stic_desktop.services.people.memberships")
    solna = town(ctx, "Solna")
    person = people.save_person(ctx.db, PersonInput(name="Kim Berg", municipality_id=solna))
    working = next(g for g in groups.list_groups(ctx.db) if g.kind == "working")
    memberships.save_membership(ctx.db, memberships.MembershipInput(person_id=person.id, group_id=working.id,
                                                                    role="member", municipality_id=solna,
                                                                    from_date="2024-01-01"))
    asked = []
    monkeypatch.setattr(person_dialog, "ask_end_date", lambda parent, title, text: asked.append(text) or date(2025, 6, 30))
    dialog = PersonDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.inputs["active"].setChecked(False)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and not people.get_person(ctx.db, person.id).active
    assert len(asked) == 1 and "1 pågående gruppmedlemskap" in asked[0] and working.name in asked[0]
    assert dialog.ended_memberships == 1
    assert [m.to_date for m in memberships.memberships_of_person(ctx.db, person.id)] == [date(2025, 6, 30)]

    again = PersonDialog(ctx, people.get_person(ctx.db, person.id))  # already inactive: not asked again
    qtbot.addWidget(again)
    again.inputs["phone"].setText("1")
    again.save()
    assert len(asked) == 1
