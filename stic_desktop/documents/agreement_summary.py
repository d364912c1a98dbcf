"""Avtalssammanfattning: ONE page for the participating municipalities — what the agreement covers, which
suppliers (with their contact for orders, not the address that gets sales reports), the term, how to call
off, who takes part and whom to ask at STIC. An agreement that has expired or been terminated says so in a
red box and instead of how to call off: it has ended and no call-offs may be made under it.

The page is a single shrink-to-fit frame: with 26 municipalities, six suppliers and long names it is still
one page (the text gets smaller rather than spilling onto a second page the municipalities never see).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from stic_desktop.documents.agreement_doc import call_off_texts, date_text, filename, header, term_text

if TYPE_CHECKING:
    from stic_desktop.services.agreements.document_data import AgreementData

TITLE = "Avtalssammanfattning"
ARCHIVE_KIND = "agreement_summary"


def joined(names: list[str]) -> str:
    """``A``, ``A och B``, ``A, B och C``."""
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " och " + names[-1]


def extension_summary(data: AgreementData) -> str:
    a = data.agreement
    if not a.extension_count or not a.extension_months:
        return "Kan inte förlängas"
    text = (f"{a.extension_count} × {a.extension_months} månader, längst till och med "
            f"{date_text(a.latest_end_date)}")
    if a.extensions_used:
        text += f" (förlängt {a.extensions_used} gång{'er' if a.extensions_used > 1 else ''})"
    return text


def _period_text(data: AgreementData) -> str:
    """The term; for an agreement that has ended, in the past tense (it no longer "upphör")."""
    a = data.agreement
    if a.status == "terminated" and a.terminated_on:
        return (f"{date_text(a.start_date)} – {date_text(a.current_end_date)} "
                f"(uppsagt, upphörde {date_text(a.terminated_on)})")
    return term_text(a)


def issuer_text(data: AgreementData) -> str:
    """Who made the agreement: the deciding party (STIC is not a legal person), for the municipalities."""
    org = data.organisation
    if org.deciding_party.name:
        named = org.name if "STIC" in org.name else f"{org.name} (STIC)"
        return (f"Avtalet har slutits av {org.deciding_text}, genom {named}, för de deltagande kommunernas "
                "räkning med stöd av deras fullmakter.")
    return f"Avtalet har slutits av {org.name} för de deltagande kommunernas räkning med stöd av deras fullmakter."


def _contact_text(data: AgreementData) -> str:
    org = data.organisation.name
    contact = data.contact
    if contact is None:
        return f"Frågor om avtalet besvaras av {org}."
    ways = ", ".join(w for w in (contact.email, contact.phone) if w)
    return f"Frågor om avtalet besvaras av {contact.name}, {org}" + (f" ({ways})." if ways else ".")


def _supplier_table(data: AgreementData):
    from reportlab.platypus import Paragraph

    from stic_desktop.documents.meeting_layout import style
    from stic_desktop.documents.pdf import make_table, para_text, styles

    s = styles()
    # "konkurrensutsättning" is wider than the column: it may break at the soft hyphen, with a hyphen.
    rank_style = style("rank_cell", parent="cell", embeddedHyphenation=1)
    rows = []
    for party in data.parties:
        d = party.details
        rank = Paragraph(para_text(party.order_text).replace("konkurrensutsättning", "konkurrens\xadutsättning"),
                         rank_style)
        who = Paragraph(f"{para_text(d.name)}<br/><font color='#5f6b7a'>{para_text(d.org_number)}</font>", s.cell)
        # One line each, in a wide column: an e-mail address has no space to wrap at. The ordering contact:
        # the sales contact only gets the reminders about sales reports.
        contact = "\n".join(w for w in (d.order_contact_name, d.order_contact_email, d.order_contact_phone) if w)
        rows.append((rank, who, contact or "–"))
    return make_table(("Rang", "Leverantör", "Kontakt för beställningar"), rows, (2.2, 5.6, 6.2))


ENDED_STATUSES = ("expired", "terminated")


def ended_text(data: AgreementData) -> str:
    """"Avtalet har upphört ...": said instead of how to call off, for an expired or terminated agreement."""
    a = data.agreement
    if a.status == "terminated" and a.terminated_on:
        when = f"sades upp och upphörde {date_text(a.terminated_on)}"
    else:
        when = f"upphörde {date_text(a.current_end_date)}"
    return (f"Avtalet {when}. Inga avrop får göras från avtalet. Kontakta {data.organisation.name} om vad som "
            "gäller i stället.")


def summary_story(data: AgreementData) -> list:
    from reportlab.platypus import KeepInFrame, Spacer

    from stic_desktop.documents.meeting_layout import banner, facts, text
    from stic_desktop.documents.pdf import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT

    a, p = data.agreement, data.procurement
    ended = a.status in ENDED_STATUSES
    content = [banner(f"UPPHÖRT – {ended_text(data)}")] if ended else []
    content += [text(TITLE, "title"), text(a.title, "heading"),
               text(f"Till de deltagande kommunerna. En sammanfattning av ramavtal {a.agreement_number}; vid "
                    "frågor om villkoren gäller avtalet.", "small"), Spacer(1, 4),
               facts([("Avtalsnummer", a.agreement_number),
                      ("Avser", f"{p.area_label}, {p.contract_kind_label.lower()}" if p is not None else ""),
                      ("Avtalsperiod", _period_text(data)),
                      # An ended agreement has no options left to offer.
                      ("Förlängning", "Kan inte förlängas, avtalet har upphört" if ended
                       else extension_summary(data)),
                      ("Status", a.status_label)]),
               text(issuer_text(data))]
    content += [text("Leverantörer", "heading"), _supplier_table(data), Spacer(1, 4)]
    if ended:
        content += [text("Avrop", "heading"), text(ended_text(data))]
    else:
        content += [text("Så avropar ni", "heading"), *(text(line) for line in call_off_texts(data.parties)),
                    text(f"Ange avtalsnummer {a.agreement_number} i beställningen. Avropa bara det som ingår i "
                         "avtalet och inom avtalsperioden.")]
    names = [name for _code, name in data.municipalities]
    content += [text(f"Deltagande kommuner ({len(names)})", "heading"), text(joined(names) + ".")]
    content += [text("Kontakt", "heading"), text(_contact_text(data))]
    # The frame's height less a point: a frame refuses a flowable exactly its own height.
    return [KeepInFrame(FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 1, content, mode="shrink")]


def write_summary(target: Path | BinaryIO, data: AgreementData) -> None:
    from stic_desktop.documents.pdf import build_pdf

    build_pdf(target, summary_story(data), header(data, TITLE))


def agreement_summary_bytes(data: AgreementData) -> bytes:
    buffer = io.BytesIO()
    write_summary(buffer, data)
    return buffer.getvalue()


def summary_filename(data: AgreementData) -> str:
    return filename(TITLE, data.agreement.agreement_number)
