"""Commission documents on the command line: ``export commission-report --year YYYY -o FILE.pdf|.xlsx`` and
``export invoicing-basis SUPPLIER_ID --year YYYY [--month M] -o FILE.pdf|.xlsx [--archive]``."""

from __future__ import annotations

import argparse

from stic_desktop.cli.common import export_to_file, opened, output_file, saving, writable_target

FIRST_YEAR, LAST_YEAR = 2000, 2100


def _year(text: str) -> int:
    if not text.isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"året {text} ska vara ett årtal mellan {FIRST_YEAR} och {LAST_YEAR}")
    return int(text)


def _month(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 12:
        raise argparse.ArgumentTypeError(f"månaden {text} ska vara ett tal från 1 till 12")
    return int(text)


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = kinds.add_parser(
        "commission-report", parents=[common], help="provisionsrapport för ett år (.pdf eller .xlsx)",
        description="Skriver årets provisionsrapport till styrgruppen: försäljning och provision totalt och per "
                    "månad (mot året före), budget och utfall, och summor per leverantör, kommun och avtal. "
                    "Summorna är summor av de avrundade rapportraderna.")
    report.add_argument("--year", required=True, type=_year, metavar="YYYY", help="året rapporten gäller")
    report.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf", ".xlsx"))
    report.set_defaults(handler=_export_report)
    basis = kinds.add_parser(
        "invoicing-basis", parents=[common], help="fakturaunderlag för en leverantör (.pdf eller .xlsx)",
        description="Skriver fakturaunderlaget för en leverantörs provision under en månad eller ett helt år: "
                    "varje rapportrad med sats och provision, summor per avtal och totalt. Med --archive "
                    "sparas exakt den skrivna filen i arkivet som skickad.")
    basis.add_argument("supplier_id", metavar="SUPPLIER_ID", type=int, help="leverantörens id (se list suppliers)")
    basis.add_argument("--year", required=True, type=_year, metavar="YYYY", help="året underlaget gäller")
    basis.add_argument("--month", type=_month, metavar="M", help="månaden 1–12 (utan: hela året)")
    basis.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf", ".xlsx"))
    basis.add_argument("--archive", action="store_true", help="arkivera underlaget som skickat")
    basis.set_defaults(handler=_export_basis)


def _export_report(args: argparse.Namespace) -> int:
    from stic_desktop.operations import run_to_end
    from stic_desktop.operations.commission_documents import export_commission_report

    return export_to_file(args, lambda db, target: run_to_end(export_commission_report(db, args.year, target)))


def _export_basis(args: argparse.Namespace) -> int:
    from stic_desktop.operations import commission_documents, run_to_end

    target = writable_target(args.output)
    with opened(args, read_only=not args.archive) as db, saving(target):
        if args.archive:  # the file holds exactly the archived bytes
            record = run_to_end(commission_documents.archive_invoicing_basis(
                db, args.supplier_id, args.year, args.month, target=target)).record
            print(f"Arkiverad som {record.kind_label.lower()}: {record.filename}")
        else:
            run_to_end(commission_documents.export_invoicing_basis(db, args.supplier_id, args.year, args.month, target))
    print(f"Sparad: {target}")
    return 0
