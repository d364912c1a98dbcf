"""People on the command line: ``list people``, ``import people``, ``export person-data`` and
``anonymise person`` (GDPR)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

from stic_desktop.cli.common import Column, export_to_file, opened, output_file


@dataclass(frozen=True)
class PersonRow:
    """One person as ``list people`` shows it (the organisation as display text, as in the window)."""

    id: int
    name: str
    title: str
    organisation: str
    organisation_kind: str
    municipality_id: int | None
    email: str
    phone: str
    expertise: list[str]
    active: bool
    anonymised: bool


LIST_COLUMNS = (
    Column("Id", attrgetter("id")),
    Column("Namn", attrgetter("name")),
    Column("Titel", attrgetter("title")),
    Column("Organisation", attrgetter("organisation")),
    Column("E-post", attrgetter("email")),
    Column("Telefon", attrgetter("phone")),
    Column("Expertis", lambda row: ", ".join(row.expertise)),
    Column("Aktiv", lambda row: "Ja" if row.active else "Nej"),
)


def load(db) -> list[PersonRow]:
    from stic_desktop.services.people.people import list_people

    return [
        PersonRow(p.id, p.name, p.title, p.organisation, p.organisation_kind, p.municipality_id, p.email, p.phone,
                  list(p.expertise), p.active, p.anonymised)
        for p in list_people(db)
    ]


def import_file(db, path: Path, *, dry_run: bool, allow_duplicates: bool = False):
    from stic_desktop.services.people.importing import import_people

    return import_people(db, path, dry_run=dry_run, allow_duplicates=allow_duplicates)


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "person-data", parents=[common], help="registerutdrag för en person (GDPR), .json eller .pdf",
        description="Skriver allt som finns lagrat om en person: som .json (maskinläsbart) eller .pdf (läsbart).",
    )
    parser.add_argument("person_id", metavar="PERSON_ID", type=int, help="personens id (se list people)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".json", ".pdf"))
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.person_data import export_person_data

    return export_to_file(args, lambda db, target: run_to_end(export_person_data(db, args.person_id, target)))


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``anonymise person PERSON_ID``."""
    parser = commands.add_parser(
        "anonymise", help="anonymisera en person (GDPR)",
        description="Tar bort en persons namn, e-post, telefon, anteckningar och expertis överallt i databasen, "
                    "även ur fritexter i andra poster (beslut, protokollsanteckningar, noteringar). "
                    "Gruppmedlemskapen finns kvar som historik under ”Anonymiserad person”. Arkiverade dokument "
                    "(arkivhandlingar) ändras inte; de som nämner personen listas. Kan inte ångras.",
    )
    kinds = parser.add_subparsers(title="vad som anonymiseras", metavar="KIND", required=True)
    person = kinds.add_parser("person", parents=[common], help="en person",
                              description="Anonymiserar en person och skriver om databasfilen så att de gamla "
                                          "uppgifterna inte finns kvar i den. Skriver ut vilka arkiverade dokument "
                                          "som nämner personen och finns kvar oförändrade.")
    person.add_argument("person_id", metavar="PERSON_ID", type=int, help="personens id (se list people)")
    person.set_defaults(handler=_anonymise)


def _anonymise(args: argparse.Namespace) -> int:
    from stic_desktop.services.people.gdpr import anonymise_person

    with opened(args) as db:
        result = anonymise_person(db, args.person_id)
    print(result.summary())
    return 0
