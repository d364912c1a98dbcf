"""The information a register extract must give besides the data (GDPR art. 15.1 a–h and 15.2): purposes,
legal basis, recipients, how long the data is kept, the person's rights, the right to complain to IMY, where
the data comes from, and the controller's contact (from the organisation settings).

The retention lines come from the retention table in the settings (``services.retention``), so the extract
says what the organisation has actually decided.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from stic_desktop.services import retention
from stic_desktop.services.archive import KIND_LABELS
from stic_desktop.services.workspace.organisation import OrganisationInfo

PURPOSES = (
    "Att organisera samverkan mellan medlemskommunerna: styrgrupp, arbetsgrupp, avtalsgrupper och workshoppar "
    "(kallelser, dagordningar, närvaro och protokoll).",
    "Att genomföra samordnade offentliga upphandlingar och förvalta ramavtalen som blir resultatet.",
    "Att följa upp avtalen: försäljning, provision och rapporter till styrgruppen.",
    "Att dokumentera och arkivera handlingar enligt arkivlagen och offentlighets- och sekretesslagen.",
)
LEGAL_BASIS = (
    "Uppgift av allmänt intresse och myndighetsutövning (artikel 6.1 e i dataskyddsförordningen): kommunernas "
    "samverkan om inköp och upphandling enligt kommunallagen och lagen om offentlig upphandling (LOU).",
    "Rättslig förpliktelse (artikel 6.1 c): dokumentation enligt LOU 12 kap., arkivlagen och bokföringslagen.",
    "För anställda: anställningsavtalet och arbetsrättsliga skyldigheter (artikel 6.1 b och c).",
)
RECIPIENTS = (
    "Ledamöter och ersättare i de grupper du tillhör (kallelser, närvarolistor och protokoll).",
    "Medlemskommunerna och SKL Kommentus/Adda, när uppgifterna hör till deras upphandlingar och avtal.",
    "Anbudsgivare och leverantörer, när du är kontaktperson i en upphandling eller ett avtal.",
    "Den som begär ut allmänna handlingar enligt offentlighetsprincipen, efter sekretessprövning.",
    "Uppgifterna förs inte över till länder utanför EU/EES och används inte för automatiserade beslut eller "
    "profilering.",
)
RIGHTS = (
    "Rätt att få tillgång till uppgifterna (detta utdrag) och en kopia i maskinläsbart format (JSON).",
    "Rätt att få felaktiga uppgifter rättade (artikel 16) och ofullständiga kompletterade.",
    "Rätt till radering (artikel 17): kontaktuppgifter och expertis tas bort på begäran, men allmänna handlingar "
    "som ska bevaras enligt arkivlagen (till exempel protokoll) raderas inte.",
    "Rätt att begära begränsning av behandlingen (artikel 18) och att invända mot behandlingen (artikel 21).",
)
COMPLAINT = ("Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, "
             "imy@imy.se, telefon 08-657 61 00, www.imy.se.")
SOURCE = ("Uppgifterna har lämnats av dig själv, av din arbetsgivare eller kommun, eller har uppstått i arbetet "
          "(till exempel närvaro vid möten och roller i upphandlingar).")
CONTACT_RETENTION = ("Kontaktuppgifter och expertis sparas så länge du deltar i samverkan och tas bort (anonymiseras) "
                     "när de inte längre behövs, om de inte ingår i allmänna handlingar som ska bevaras.")


@dataclass(frozen=True)
class Article15:
    controller: str
    controller_contact: str  # empty: not filled in under Inställningar → Organisation
    purposes: tuple[str, ...]
    legal_basis: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: tuple[str, ...]
    rights: tuple[str, ...]
    complaint: str
    source: str


def article15(session: Session, organisation: OrganisationInfo) -> Article15:
    rules = retention.rules_in(session)
    kept = [KIND_LABELS[k].lower() for k, r in rules.items() if r.keep and k in KIND_LABELS]
    weeded = [f"{KIND_LABELS[k]}: {r.describe()}" for k, r in rules.items() if not r.keep and k in KIND_LABELS]
    lines = (CONTACT_RETENTION,
             "Arkiverade handlingar som bevaras för all framtid: " + ", ".join(kept) + "." if kept else "",
             "Övriga arkiverade handlingar: " + "; ".join(weeded) + "." if weeded else "")
    return Article15(organisation.name, organisation.privacy_contact, PURPOSES, LEGAL_BASIS, RECIPIENTS,
                     tuple(line for line in lines if line), RIGHTS, COMPLAINT, SOURCE)
