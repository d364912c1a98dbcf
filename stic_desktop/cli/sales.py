"""Sales reports on the command line: ``import sales FILE [--dry-run] [--replace]`` (an entry in
``cli.importing.KINDS``) and ``export sales-template SUPPLIER_ID --period YYYY-MM -o FILE.xlsx``."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from stic_desktop.cli.common import opened, output_file, writable_target


def import_file(db, path: Path, *, dry_run: bool = False, replace: bool = False):
    """All or nothing; a period already reported is refused unless ``--replace`` was given."""
    from stic_desktop.services.commission.sales_import import import_sales

    return import_sales(db, path, dry_run=dry_run, replace=replace)


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text.strip()):
        raise argparse.ArgumentTypeError(f"perioden {text} ska skrivas ÅÅÅÅ-MM, t.ex. 2026-03")
    return text.strip()


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    template = kinds.add_parser(
        "sales-template", parents=[common], help="försäljningsmall för en leverantör och månad (.xlsx)",
        description="Skriver en försäljningsmall som leverantören fyller i: en rad per avtal och deltagande "
                    "kommun, beloppen tomma. Den ifyllda filen läses med import sales.")
    template.add_argument("supplier_id", metavar="SUPPLIER_ID", type=int, help="leverantörens id (se list suppliers)")
    template.add_argument("--period", required=True, metavar="YYYY-MM", type=_month, help="månaden som rapporteras")
    template.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".xlsx"))
    template.set_defaults(handler=_export_template)


def _export_template(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.sales_template import export_sales_template

    target = writable_target(args.output)
    with opened(args, read_only=True) as db:
        run_to_end(export_sales_template(db, args.supplier_id, args.period, target))
    print(f"Sparad: {target}")
    return 0
