"""Agreement documents on the command line: ``export agreement AGREEMENT_ID -o FILE.pdf [--summary]`` writes
the framework agreement (or its one-page summary for the municipalities). Nothing is archived: sending is
recorded in the program."""

from __future__ import annotations

import argparse

from stic_desktop.cli.common import export_to_file, output_file


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "agreement", parents=[common], help="ramavtal eller avtalssammanfattning (.pdf)",
        description="Skriver ramavtalet: parter, avtalstid och förlängningar, deltagande kommuner, "
                    "provisionsvillkor och underskrifter. Med --summary skrivs i stället en sida för kommunerna: "
                    "vad avtalet gäller, leverantörer, avtalstid, hur man avropar och kontakt.")
    parser.add_argument("agreement_id", metavar="AGREEMENT_ID", type=int, help="avtalets id (se list agreements)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf"))
    parser.add_argument("--summary", action="store_true", help="avtalssammanfattningen (en sida) i stället")
    parser.set_defaults(handler=_export_agreement)


def _export_agreement(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.agreement_documents import export_agreement_document

    kind = "summary" if args.summary else "agreement"
    return export_to_file(args, lambda db, target: run_to_end(export_agreement_document(db, kind, args.agreement_id,
                                                                                       target)))
