"""argparse in Swedish: its own words ("usage:", "error:", "invalid choice", -h), a hint for a mistyped name,
and the Swedish names accepted beside the English ones (``export kommuner`` is ``export municipalities``).

argparse looks its messages up through the module's ``_`` and ``ngettext`` (gettext) when it builds a parser and
when it reports; ``install()`` points them at the table below. Call it before the parser is built.
"""

from __future__ import annotations

import argparse
import difflib

MESSAGES = {
    "usage: ": "användning: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "the following arguments are required: %s": "de här argumenten krävs: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "väntade ett argument",
    "expected at most one argument": "väntade högst ett argument",
    "expected at least one argument": "väntade minst ett argument",
    "expected %s argument": "väntade %s argument",
    "expected %s arguments": "väntade %s argument",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "not allowed with argument %s": "får inte användas tillsammans med %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig flagga: %(option)s kan vara %(matches)s",
    "ignored explicit argument %r": "ignorerade argumentet %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "okänt kommando %(parser_name)r (välj bland %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "unexpected option string: %s": "oväntad flagga: %s",
}
# Swedish names accepted for the English ones (commands and kinds)
ALIASES = {
    "municipalities": "kommuner", "people": "personer", "groups": "grupper", "meetings": "möten",
    "proposals": "förslag", "procurements": "upphandlingar", "agreements": "avtal", "suppliers": "leverantörer",
    "sales": "försäljning", "invitation": "kallelse", "agenda": "dagordning", "attendance": "närvarolista",
    "minutes": "protokoll", "meeting-pack": "mötespaket", "proposal-list": "förslagslista",
    "opening-record": "öppningsprotokoll", "award-decision": "tilldelningsbeslut",
    "procurement-report": "upphandlingsrapport", "agreement": "avtalsblad", "commission-report": "provisionsrapport",
    "invoicing-basis": "fakturaunderlag", "sales-template": "försäljningsmall", "group-roster": "grupplista",
    "person-data": "persondata", "archive": "arkiv", "list": "lista", "export": "exportera", "import": "importera",
    "backup": "säkerhetskopiera", "restore": "återställ", "check": "kontrollera", "deadlines": "tidsfrister",
    "tender": "anbud", "standstill": "avtalsspärr", "anonymise": "anonymisera", "person": "en-person",
}
CANONICAL = {swedish: english for english, swedish in ALIASES.items()}


def _(text: str) -> str:
    return MESSAGES.get(text, text)


def _n(singular: str, plural: str, count: int) -> str:
    return _(singular if count == 1 else plural)


def install() -> None:
    argparse._ = _  # noqa: SLF001 - argparse's own gettext hook
    argparse.ngettext = _n


class Parser(argparse.ArgumentParser):
    """Suggests the nearest name when a choice is mistyped ("kommunr" → "municipalities")."""

    def _check_value(self, action: argparse.Action, value: object) -> None:  # argparse's hook
        try:
            super()._check_value(action, value)
        except argparse.ArgumentError as error:
            names = [str(c) for c in action.choices or ()]
            names += [ALIASES[n] for n in names if n in ALIASES]
            close = difflib.get_close_matches(str(value), names, n=1, cutoff=0.6)
            if not close:
                raise
            wanted = CANONICAL.get(close[0], close[0])
            raise argparse.ArgumentError(action, f"{error.message}. Menade du {wanted}?") from None


def add_aliases(parser: argparse.ArgumentParser) -> None:
    """Every command and kind also answers to its Swedish name (listed in the help as "namn (svenska)")."""
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, sub in list(action.choices.items()):
                if name in ALIASES and ALIASES[name] not in action.choices:
                    action.choices[ALIASES[name]] = sub
                add_aliases(sub)
            for choice in action._choices_actions:  # noqa: SLF001 - the help lines of the commands
                if choice.dest in ALIASES:
                    choice.metavar = f"{choice.dest} ({ALIASES[choice.dest]})"
        elif action.choices and not action.option_strings and any(c in ALIASES for c in action.choices):
            action.choices = [*action.choices, *(ALIASES[c] for c in action.choices if c in ALIASES)]
            convert = action.type
            action.type = lambda text, convert=convert: CANONICAL.get(text, text) if convert is None \
                else convert(CANONICAL.get(text, text))
