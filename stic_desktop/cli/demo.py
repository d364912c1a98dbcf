"""``seed-demo``: believable demo data (creates the database if it does not exist)."""

from __future__ import annotations

import argparse

SIZES = ("small", "large", "huge")  # as stic_desktop.demo.seed.SIZES, without importing services at start-up


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("seed-demo", parents=[common], help="fyll databasen med demodata",
                                 description="Fyller databasen med demodata; skapar den om den inte finns.")
    parser.add_argument("--size", choices=SIZES, default="small",
                        help="small (standard), large (för prestandamätningar) eller huge (tio gånger large)")
    parser.set_defaults(handler=_seed)


def _seed(args: argparse.Namespace) -> int:
    from stic_desktop.demo.seed import seed_demo
    from stic_desktop.services.workspace.database import all_or_nothing

    # Many transactions, on a scratch copy that replaces the database only when all are done: a kill or an
    # error leaves the database as it was.
    with all_or_nothing(getattr(args, "db", None)) as db:
        summary = seed_demo(db, args.size)
    print(summary.summary())
    return 0
