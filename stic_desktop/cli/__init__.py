"""The command line: the same program as the window (DESIGN.md, "Command line").

``run`` builds one argparse parser from the command modules, runs the chosen command and maps
the errors a user can cause (``UserError``) to one line on stderr and exit code 1. Bad usage
exits with 2 (argparse's own). With no command the window opens.

Command modules import services only inside their handlers, so start-up stays light.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from stic_desktop import APP_NAME, __version__
from stic_desktop.cli import (
    deadlines,
    demo,
    exporting,
    importing,
    listing,
    maintenance,
    people,
    selftest,
    server,
    swedish,
)
from stic_desktop.cli.common import database_location, print_json
from stic_desktop.errors import ImportFailed, NotFound, UserError

COMMANDS = (demo, listing, exporting, importing, people, maintenance, deadlines, selftest, server)  # people: anonymise person


def build_parser() -> argparse.ArgumentParser:
    swedish.install()  # argparse's own words in Swedish, from here on
    common = swedish.Parser(add_help=False)
    common.add_argument(
        "--db", type=database_location, metavar="PATH", default=argparse.SUPPRESS,
        help="databasfilen, eller teamdatabasens adress postgresql://SERVER/DATABAS "
             "(standard: STIC-databasen i användarens datamapp)",
    )
    parser = swedish.Parser(
        prog="stic-desktop", parents=[common],
        description=f"{APP_NAME}: Stockholms Inköpscentrals program. Utan kommando öppnas fönstret.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="visa programmets version och avsluta")
    parser.add_argument("--demo", action="store_true", help="fyll i demodata om databasen inte finns än")
    parser.set_defaults(handler=_open_window)
    commands = parser.add_subparsers(title="kommandon", metavar="KOMMANDO")
    for module in COMMANDS:
        module.register(commands, common)
    swedish.add_aliases(parser)
    _add_force(parser)
    return parser


def _add_force(parser: argparse.ArgumentParser) -> None:
    """Every command that writes a file (``-o``) takes ``--force``; without it an existing file is left alone."""
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in {id(p): p for p in action.choices.values()}.values():
                _add_force(sub)
        elif action.dest == "output" and "-o" in action.option_strings:
            parser.add_argument("--force", action="store_true", help="skriv över filen om den redan finns")


def _check_overwrite(args: argparse.Namespace) -> None:
    """An existing output file is overwritten only with --force (the window asks instead)."""
    output = getattr(args, "output", None)
    if isinstance(output, Path):
        from stic_desktop.core.filenames import refuse_database_target

        refuse_database_target(output)  # a database is never overwritten, not even with --force
    if isinstance(output, Path) and output.is_file() and not getattr(args, "force", False):
        raise UserError(f"Filen {output} finns redan. Lägg till --force för att skriva över den. Inget sparades.")


def no_display_reason(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here (a Linux server or SSH session without a screen), or None.

    Checked before Qt starts: without a display Qt aborts the whole process with its own English message."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if not platform.startswith(("linux", "freebsd", "openbsd")) or qpa.split(":")[0] not in ("", "xcb", "wayland"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt), så fönstret kan inte öppnas. "
                "Starta programmet från skrivbordet, eller använd kommandoraden: stic-desktop --help visar kommandona "
                "(t.ex. stic-desktop list kommuner).")
    if environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY") and qpa in ("", "xcb"):
        import ctypes.util

        if ctypes.util.find_library("xcb-cursor") is None:
            return ("Fönstret kan inte öppnas: systembiblioteket libxcb-cursor0 saknas (Qt behöver det under X11). "
                    "Installera det med: sudo apt install libxcb-cursor0")
    return None


def _open_window(args: argparse.Namespace) -> int:
    reason = no_display_reason()
    if reason is not None:
        print(reason, file=sys.stderr)
        return 1
    from stic_desktop.app import run_gui  # deferred: imports Qt

    return run_gui(getattr(args, "db", None), args.demo)


def _report(error: UserError, *, as_json: bool) -> None:
    """One summary line on stderr; the rows of a refused import on stdout (or as JSON)."""
    print(f"Fel: {' '.join(error.message.split())}", file=sys.stderr)
    if isinstance(error, ImportFailed):
        if as_json:
            print_json([row_error._asdict() for row_error in error.row_errors])
        else:
            for row_error in error.row_errors:
                print(row_error)


MAX_ID = 2**63 - 1  # SQLite's largest integer
MAX_NAME_BYTES = 255  # the longest file or folder name the usual file systems allow


def _check_arguments(args: argparse.Namespace) -> None:
    """Ids beyond SQLite's integers and path parts longer than a file system allows are refused here, with
    one line, instead of failing deep inside SQLite or the operating system."""
    for name, value in vars(args).items():
        if isinstance(value, int) and not isinstance(value, bool) and (name == "id" or name.endswith("_id")) \
                and not -MAX_ID - 1 <= value <= MAX_ID:
            raise NotFound(f"Det finns inget id {value}: ett id är högst {MAX_ID}.")
        if isinstance(value, Path):
            for part in value.parts:
                if len(os.fsencode(part)) > MAX_NAME_BYTES:
                    raise UserError(f"Sökvägen {value} har en del som är {len(os.fsencode(part))} byte lång; "
                                    f"filsystemet tillåter högst {MAX_NAME_BYTES} byte per fil- eller mappnamn.")


def _tolerant_streams() -> None:
    """A console that cannot show a character gets an escape instead of a crash."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass


def run(argv: list[str]) -> int:
    _tolerant_streams()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or bad usage (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        _check_arguments(args)
        _check_overwrite(args)
        return args.handler(args) or 0
    except UserError as exc:
        _report(exc, as_json=getattr(args, "json", False))
        return 1
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
