"""Procurement documents on the command line: ``export opening-record PROC_ID``, ``export award-decision
PROC_ID [--sent-on YYYY-MM-DD]``, ``export individual-report PROC_ID``, ``export cancellation-notice PROC_ID``
and ``export procurement-report``, each ``-o FILE.pdf``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from stic_desktop.cli.common import export_to_file, output_file


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"datumet {text} ska skrivas ÅÅÅÅ-MM-DD") from None


def _procurement_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("procurement_id", metavar="PROC_ID", type=int, help="upphandlingens id (se list procurements)")


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", type=output_file(".pdf"))


def _procurement_pdf(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser, name: str,
                     **texts: str) -> argparse.ArgumentParser:
    """A document of one procurement: ``export NAME PROCUREMENT_ID -o FILE.pdf``."""
    parser = kinds.add_parser(name, parents=[common], **texts)
    _procurement_id(parser)
    _output(parser)
    return parser


def add_export_parser(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    opening = _procurement_pdf(
        kinds, common, "opening-record", help="anbudsöppningsprotokoll för en upphandling (.pdf)",
        description="Skriver anbudsöppningsprotokollet: anbuden i den ordning de kom in, för sent inkomna "
                    "markerade, med minst två namngivna bevittnare. Sekretessmärkt (19 kap. 3 § OSL).")
    opening.set_defaults(handler=_export_opening)
    award = _procurement_pdf(
        kinds, common, "award-decision", help="tilldelningsbeslut med avtalsspärr (.pdf)",
        description="Skriver tilldelningsbeslutet: antagna leverantörer, utvärderingens resultat och "
                    "avtalsspärren med sista dag och första dag då avtal får tecknas. Beslutet markeras inte "
                    "som skickat; det görs i programmet.")
    award.add_argument("--sent-on", metavar="YYYY-MM-DD", type=_day,
                       help="dagen beslutet skickas (standard: dagen det skickades, annars i dag)")
    award.set_defaults(handler=_export_award)
    individual = _procurement_pdf(
        kinds, common, "individual-report", help="individuell rapport för en upphandling (.pdf)",
        description="Skriver den individuella rapporten (12 kap. 15–16 §§ LOU): förfarande och skäl, värde, "
                    "anbudsgivare och resultat, vinnaren och skälen, intressekonflikter. Kan skrivas när "
                    "tilldelningsbeslutet är skickat eller upphandlingen avbruten. Rapporten markeras inte som "
                    "upprättad; det görs i programmet.")
    individual.set_defaults(handler=_export_individual)
    notice = _procurement_pdf(
        kinds, common, "cancellation-notice", help="underrättelse om avbruten upphandling (.pdf)",
        description="Skriver underrättelsen till samtliga anbudsgivare om beslutet att avbryta upphandlingen, "
                    "med skälen (12 kap. 12 § LOU). Bara för en avbruten upphandling.")
    notice.set_defaults(handler=_export_notice)
    report = kinds.add_parser(
        "procurement-report", parents=[common], help="lägesrapport över pågående upphandlingar (.pdf)",
        description="Skriver lägesrapporten till styrgruppen: en rad per pågående upphandling med steg, nästa "
                    "tidsfrist, deltagande kommuner och uppskattat värde. Leverantörer anges först när "
                    "tilldelningsbeslutet har skickats.")
    _output(report)
    report.set_defaults(handler=_export_report)


def _export(kind: str, procurement_id: int | None, **options):
    def export(db, target: Path):
        from stic_desktop.operations import run_to_end
        from stic_desktop.operations.procurement_documents import export_procurement_document

        return run_to_end(export_procurement_document(db, kind, procurement_id, target, **options))

    return export


def _export_opening(args: argparse.Namespace) -> int:
    return export_to_file(args, _export("opening", args.procurement_id))


def _export_award(args: argparse.Namespace) -> int:
    return export_to_file(args, _export("award", args.procurement_id, sent_on=args.sent_on))


def _export_individual(args: argparse.Namespace) -> int:
    return export_to_file(args, _export("individual_report", args.procurement_id))


def _export_notice(args: argparse.Namespace) -> int:
    return export_to_file(args, _export("cancellation_notice", args.procurement_id))


def _export_report(args: argparse.Namespace) -> int:
    return export_to_file(args, _export("report", None))
