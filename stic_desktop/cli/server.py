"""``server init | add-user | remove-user | users | move-in``: setting up the team database (PostgreSQL).

Each runs on the administrator's connection given with ``--db postgresql://ADMIN@SERVER/DATABAS`` (the
owner of the database, or a role with CREATEROLE); passwords come from libpq (``~/.pgpass``, PGPASSWORD)
or the address itself. A new user's password is read from standard input (asked for twice at a terminal).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from stic_desktop.cli.common import database_path, display_location
from stic_desktop.errors import UserError

ROLES = ("regionchef", "handläggare", "läsbehörig")  # as storage.roles.GROUP_ROLES, without importing it


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", help="teamdatabasen på PostgreSQL: installera, användare, flytta in",
                                 description="Sätter upp teamdatabasen (--db postgresql://ADMIN@SERVER/DATABAS).")
    actions = server.add_subparsers(title="åtgärder", metavar="ÅTGÄRD", required=True)
    init = actions.add_parser("init", parents=[common], help="skapa schemat och rollerna (kan köras igen)",
                              description="Skapar tabellerna (migreringarna), rollerna regionchef, handläggare och "
                                          "läsbehörig och deras rättigheter. Kan köras igen, t.ex. efter en uppgradering.")
    init.set_defaults(handler=_init)
    add = actions.add_parser("add-user", parents=[common], help="lägg till (eller ändra) en användare",
                             description="Skapar en inloggning med en av rollerna. Lösenordet läses från "
                                         "standard in (frågas två gånger i en terminal).")
    add.add_argument("name", metavar="NAMN")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--person", type=int, metavar="ID",
                     help="personen (STIC-medarbetaren) som loggar in så: ändringsloggen och anbudssekretessen")
    add.add_argument("--no-password", action="store_true",
                     help="inget lösenord (servern loggar in med Kerberos/SSPI eller liknande)")
    add.set_defaults(handler=_add_user)
    remove = actions.add_parser("remove-user", parents=[common], help="ta bort en användare")
    remove.add_argument("name", metavar="NAMN")
    remove.set_defaults(handler=_remove_user)
    listing = actions.add_parser("users", parents=[common], help="lista användarna och deras roller")
    listing.set_defaults(handler=_users)
    move_in = actions.add_parser(
        "move-in", parents=[common], help="flytta in en enanvändardatabas (SQLite-fil) i en tom teamdatabas",
        description="Kopierar alla rader (bilagor, arkiverade dokument och ändringsloggen ingår) från filen till "
                    "teamdatabasen, som måste vara tom, och skriver radantalen på båda sidor.")
    move_in.add_argument("file", metavar="FIL", type=Path)
    move_in.set_defaults(handler=_move_in)


def _server_url(args: argparse.Namespace) -> str:
    location = database_path(args)
    if not isinstance(location, str):
        raise UserError("Ange teamdatabasens adress: --db postgresql://SERVER/DATABAS.")
    return location


def _admin(args: argparse.Namespace):
    from stic_desktop.services.workspace.database import open_database

    return open_database(_server_url(args))


def _init(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace import team

    db = _admin(args)
    try:
        created = team.initialise(db)
    finally:
        db.close()
    print(f"Teamdatabasen {display_location(_server_url(args))} är klar (schema {team.head_revision()}).")
    print(f"Roller: {', '.join(ROLES)}" + (f" (nya: {', '.join(created)})" if created else " (fanns redan)"))
    return 0


def _password(name: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Lösenord för {name}: ")
        if first != getpass.getpass("Samma lösenord igen: "):
            raise UserError("Lösenorden var inte lika. Inget ändrades.")
        password = first
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        raise UserError("Lösenordet måste ha minst 8 tecken. Inget ändrades.")
    return password


def _add_user(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace import team

    password = None if args.no_password else _password(args.name)
    db = _admin(args)
    try:
        created = team.add_user(db, args.name, args.role, password, args.person)
    finally:
        db.close()
    print(f"Användaren {args.name} {'skapades' if created else 'ändrades'} med rollen {args.role}.")
    return 0


def _remove_user(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace import team

    db = _admin(args)
    try:
        team.remove_user(db, args.name)
    finally:
        db.close()
    print(f"Användaren {args.name} togs bort.")
    return 0


def _users(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace import team

    db = _admin(args)
    try:
        rows = team.users(db)
    finally:
        db.close()
    for login, group in rows:
        print(f"{login}\t{group}")
    return 0


def _move_in(args: argparse.Namespace) -> int:
    from stic_desktop.services.workspace import team

    result = team.move_in(Path(args.file), _server_url(args))
    width = max(len(name) for name in result.source)
    print(f"{'Tabell'.ljust(width)}  {'Fil':>9}  {'Team':>9}")
    for name in sorted(result.source):
        print(f"{name.ljust(width)}  {result.source[name]:>9}  {result.target[name]:>9}")
    print(f"{'Summa'.ljust(width)}  {sum(result.source.values()):>9}  {sum(result.target.values()):>9}")
    print(f"Flyttade in {args.file} i {display_location(_server_url(args))}: radantalen stämmer.")
    return 0
