"""``deadlines tender`` and ``deadlines standstill``: the LOU deadline calculator on the command line.

The same service functions (``services.procurement.calculator``) as the window's Tidsfrister dialog, with the rule table of the database (read only).
Bad dates or an unknown procedure are user errors (one Swedish line, exit 1); bad usage exits 2.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from stic_desktop.cli.common import add_json_flag, opened, print_json
from stic_desktop.errors import UserError

PROCEDURES = ("open", "restricted", "negotiated", "competitive_dialogue", "innovation_partnership",
              "negotiated_without_notice", "below_threshold", "direct_award")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("deadlines", parents=[common], help="räkna ut tidsfrister enligt LOU",
                                 description="Tidigaste tillåtna sista dagar för anbudsansökningar och anbud, och "
                                             "avtalsspärren, med paragrafen och skälet när en dag flyttas.")
    kinds = parser.add_subparsers(title="tidsfrister", metavar="KIND", required=True)
    tender = kinds.add_parser("tender", parents=[common], help="anbudsansökningar och anbud (LOU 11 kap.)")
    tender.add_argument("--procedure", required=True, metavar="PROCEDURE",
                        help=f"förfarandet: {', '.join(PROCEDURES)}")
    tender.add_argument("--notice", required=True, metavar="YYYY-MM-DD",
                        help="dagen då annonsen skickades för publicering")
    tender.add_argument("--electronic", action="store_true", help="anbud tas emot elektroniskt (11 kap. 6 §)")
    tender.add_argument("--pin", action="store_true", help="förhandsannonsering har gjorts (11 kap. 5 §)")
    tender.add_argument("--invitation", metavar="YYYY-MM-DD",
                        help="dagen då inbjudan att lämna anbud skickades (selektivt och förhandlat förfarande)")
    tender.add_argument("--paper-documents", action="store_true",
                        help="upphandlingsdokumenten finns inte fritt elektroniskt: +5 dagar (11 kap. 9 §)")
    add_json_flag(tender)
    tender.set_defaults(handler=_tender)
    standstill = kinds.add_parser("standstill", parents=[common], help="avtalsspärr (LOU 20 kap. 1 §)")
    standstill.add_argument("--sent", required=True, metavar="YYYY-MM-DD", help="dagen då tilldelningsbeslutet skickades")
    standstill.add_argument("--paper", action="store_true", help="beslutet skickades inte elektroniskt (15 dagar)")
    standstill.add_argument("--days", type=int, metavar="N", help="en längre avtalsspärr som angavs i beslutet")
    add_json_flag(standstill)
    standstill.set_defaults(handler=_standstill)


def _day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{what} ”{text}” är inget datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-02.") from None


def _tender(args: argparse.Namespace) -> int:
    from stic_desktop.services.procurement import calculator

    notice = _day(args.notice, "--notice")
    invitation = _day(args.invitation, "--invitation")
    if args.procedure not in PROCEDURES:
        raise UserError(f"Okänt förfarande ”{args.procedure}”. Välj ett av: {', '.join(PROCEDURES)}.")
    with opened(args) as db:
        result = calculator.calculate_tender(db, args.procedure, notice, electronic=args.electronic, pin=args.pin,
                                            documents_electronic=not args.paper_documents, invitation_on=invitation)
    if args.json:
        print_json(asdict(result))
    else:
        print("\n".join(calculator.tender_lines(result)))
    return 0


def _standstill(args: argparse.Namespace) -> int:
    from stic_desktop.services.procurement import calculator

    sent = _day(args.sent, "--sent")
    with opened(args) as db:
        result = calculator.calculate_standstill(db, sent, electronic=not args.paper, days=args.days)
    if args.json:
        print_json(asdict(result))
    else:
        print("\n".join(calculator.standstill_lines(result, electronic=not args.paper)))
    return 0
