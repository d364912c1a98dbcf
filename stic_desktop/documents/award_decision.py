"""Tilldelningsbeslut: who is awarded, the evaluation result, why other tenders did not go on, and the
avtalsspärr (20 kap. 1 § LOU) with its computed last day and the first day a contract may be signed.

The document is public once sent, so it names every tenderer. ``operations.procurement_documents``
builds it for the day it is sent and hands the exact bytes to ``services.procurement.sending``, which
archives them and records the award decision's date in one transaction.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.core import money
from stic_desktop.documents.opening_record import (
    LATE,
    date_text,
    gap,
    header,
    procurement_facts,
)
from stic_desktop.errors import UserError

if TYPE_CHECKING:
    from stic_desktop.services.procurement.document_data import AwardData

TITLE = "Tilldelningsbeslut"


def joined(names: list[str] | tuple[str, ...]) -> str:
    """``A``, ``A och B``, ``A, B och C``."""
    names = list(names)
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " och " + names[-1]


NOT_A_CONTRACT = ("Detta tilldelningsbeslut är inte ett avtal. Ett ramavtal uppkommer först när ett skriftligt "
                  "avtal har undertecknats av båda parter.")


def standstill_text(award: AwardData) -> list[str]:
    p = award.data.procurement
    if award.standstill is None:
        return [f"Ingen avtalsspärr gäller för en {p.procedure_label.lower()} (20 kap. 2 § LOU). Avtal får "
                "tecknas sedan detta beslut har meddelats anbudsgivarna."]
    s = award.standstill
    if not deadlines_after_decision(p.procedure):
        lines = [f"En annons om avsikt att tilldela kontrakt publicerades den {date_text(s.sent_on)}. Avtal får "
                 f"inte ingås förrän {s.days} dagar har gått från publiceringen ({s.reference})."]
    else:
        how = "elektroniskt" if award.electronically else "på annat sätt än elektroniskt"
        sent = "skickades" if award.data.actual("award_decision") == s.sent_on else "skickas"
        longer = " (en längre tid än lagens minsta)" if s.longer else ""
        lines = [f"Beslutet {sent} {how} den {date_text(s.sent_on)}. Avtal får inte ingås under avtalsspärren, "
                 f"som är {s.days} dagar{longer} från den dag beslutet skickades (20 kap. 1 § LOU)."]
    moved = f" Eftersom {s.moved_because} löper den till och med nästa arbetsdag." if s.moved_because else ""
    lines.append(f"Avtalsspärren löper till och med {date_text(s.last_day)}.{moved}")
    lines.append(f"Avtal får tecknas tidigast {date_text(s.first_signing_day)}.")
    return lines


def deadlines_after_decision(procedure: str) -> bool:
    """Whether the standstill runs from the award decision (not from an ex ante notice)."""
    return procedure not in ("direct_award", "negotiated_without_notice")


def review_text(award: AwardData) -> str:
    return review_text_for(award.data.organisation)


def review_text_for(organisation) -> str:
    court = organisation.deciding_party.review_court
    return (f"Den som anser sig ha lidit eller kunna komma att lida skada kan ansöka om överprövning av "
            f"upphandlingen hos {court}. Ansökan kan göras till dess att avtal har ingåtts (20 kap. 6 § LOU).")


def result_text(tender, winners_count: int) -> str:
    """Each tenderer's result as the decision tells it."""
    if tender.awarded:
        return "Antas" + (f" (rang {tender.ranking})" if tender.ranking is not None and winners_count > 1 else "")
    if tender.late:
        return f"{LATE} (efter sista anbudsdagen); prövas inte"
    if tender.qualified is False:
        return "Har inte kvalificerats: " + (tender.qualification_reason or "uppfyller inte kraven")
    if tender.ranking is not None:
        return f"Antas inte (rang {tender.ranking})"
    return "Antas inte"


def award_story(award: AwardData) -> list:
    from stic_desktop.documents.evaluation import ranked, score_text
    from stic_desktop.documents.meeting_layout import keep, signature_grid, text
    from stic_desktop.documents.pdf import make_table

    data, p = award.data, award.data.procurement
    winners = [t.supplier_name for t in ranked(data.tenders) if t.awarded]
    if not winners:
        raise UserError(f"Inget anbud i upphandlingen {p.case_number} är markerat att tilldelas. Markera det "
                        "eller de anbud som ska antas innan tilldelningsbeslutet skrivs.")
    organisation = data.organisation
    decider = organisation.deciding_name
    facts = [("Upphandlande organisation", organisation.deciding_text),
             ("För kommunerna", joined(award.municipalities)),
             ("Beslutsdatum", date_text(award.sent_on))]
    if p.decision_maker:
        facts.append(("Beslutsfattare", p.decision_maker))
    if p.decision_delegation:
        facts.append(("Delegation", p.decision_delegation))
    story = [text(TITLE, "title"), text(p.title, "heading"), procurement_facts(data, *facts)]
    story += [text("Till samtliga anbudsgivare", "heading"),
              text("Beslutet meddelas var och en som har lämnat anbud, med resultatet för deras anbud:")]
    rows = [(t.supplier_name, data.org_number(t) or "–", result_text(t, len(winners))) for t in data.tenders]
    story += [make_table(("Anbudsgivare", "Org.nr", "Resultat"), rows, (4.6, 2.2, 5.4)), gap()]
    offer = "anbudet" if len(winners) == 1 else "anbuden"
    by = f"{p.decision_maker}, för {decider}," if p.decision_maker else decider
    under = f" enligt {p.decision_delegation}" if p.decision_delegation else ""
    story += [text("Beslut", "heading"),
              text(f"{by} har{under} beslutat att anta {offer} från {joined(winners)}. Beslutet fattas för de "
                   f"deltagande kommunerna med stöd av deras fullmakter."),
              text(NOT_A_CONTRACT)]
    evaluated = [t for t in ranked(data.tenders) if t.awarded or (t.qualified and not t.late)]
    story += [text("Skälen för beslutet", "heading"),
              text("Anbuden har prövats mot kraven och utvärderats enligt de grunder som angavs i "
                   "upphandlingsdokumenten. Resultatet av utvärderingen:")]
    rows = [(str(t.ranking) if t.ranking is not None else "–", t.supplier_name,
             "–" if t.price_ore is None else money.format(t.price_ore, decimals="auto"),
             score_text(t.score), "Antas" if t.awarded else "") for t in evaluated]
    story += [make_table(("Rang", "Anbudsgivare", "Pris", "Poäng", "Beslut"), rows, (0.9, 5.5, 2.2, 1.2, 1.4),
                         align_right=(0, 2, 3)), gap()]
    story.append(text("Avtalsspärr", "heading"))
    story += [text(line) for line in standstill_text(award)]
    story.append(text("Överprövning", "heading"))
    story.append(text(review_text(award)))
    responsible = p.responsible_name or ""
    signer = p.decision_maker or responsible
    story.append(keep(text("Upplysningar", "heading"),
                      text(f"Frågor om beslutet besvaras av {responsible}." if responsible
                           else "Frågor om beslutet besvaras av upphandlingens handläggare."),
                      signature_grid([(signer, f"För {decider}")], columns=2)))
    return story


def write_award_decision(target: Path | BinaryIO, award: AwardData) -> None:
    from stic_desktop.documents.opening_record import write_document

    write_document(target, award_story(award), header(award.data, TITLE, award.sent_on), secret=False)


def award_decision_bytes(award: AwardData) -> bytes:
    buffer = io.BytesIO()
    write_award_decision(buffer, award)
    return buffer.getvalue()


def award_decision_filename(case_number: str) -> str:
    from stic_desktop.core import filenames

    return filenames.safe(f"{TITLE} {case_number}", ".pdf", fallback=TITLE)
