"""The words of the demo meetings (``services.demo_meetings``): agenda topics, minutes, action items,
places, and the small PDFs attached to a few agenda items.
"""

from __future__ import annotations

import io
import random
from datetime import date

from stic_desktop.core import dates, money

LOCATIONS = ("STIC, Solna – rum Mälaren", "STIC, Solna – rum Saltsjön", "Stadshuset, Sundbyberg – sal 2",
             "Kommunhuset, Järfälla – Vallen", "Digitalt (Teams)", "Huddinge kommunhus – Storsalen")
PROPOSAL_AREAS = ("fordon", "livsmedel", "IT-konsulttjänster", "kontorsmöbler", "laddinfrastruktur", "skolskjuts",
                  "trygghetslarm", "städmaterial", "arbetskläder", "läromedel")

# (title, kind, proposed decision); {next}, {prev}, {year}, {area}, {month}, {product} are filled in per meeting.
STEERING = (
    ("Budget {next}", "decision", "att godkänna förslaget till budget för {next}"),
    ("Verksamhetsplan {next}", "decision", "att fastställa verksamhetsplanen för {next}"),
    ("Ekonomisk uppföljning per {month}", "information", ""),
    ("Förslag: gemensam upphandling av {area}", "decision",
     "att ge STIC i uppdrag att förbereda en gemensam upphandling av {area}"),
    ("Upphandlingsplan {next}", "discussion", ""),
    ("Rapport från arbetsgruppen", "information", ""),
    ("Nya medlemskommuner", "discussion", ""),
    ("Uppföljning av avtal för {area}", "information", ""),
    ("Årsredovisning {prev}", "decision", "att godkänna årsredovisningen för {prev}"),
)
WORKING = (
    ("Uppföljning av avtal för {area}", "information", ""),
    ("Förslag: gemensam upphandling av {area}", "discussion", ""),
    ("Erfarenhetsutbyte: {area}", "discussion", ""),
    ("Nytt i upphandlingslagstiftningen", "information", ""),
    ("Behovsinventering {next}", "decision", "att kommunerna lämnar sina behov för {next} till STIC före sommaren"),
    ("Avtalskatalogen – uppdatering", "information", ""),
    ("Hållbarhetskrav i upphandlingar", "discussion", ""),
    ("Förslag till upphandlingsplan {next}", "decision", "att föreslå styrgruppen upphandlingsplanen för {next}"),
)
CONTRACT = (
    ("Marknadsanalys: {product}", "information", ""),
    ("Kravspecifikation för {product}", "discussion", ""),
    ("Utvärderingsmodell", "decision", "att fastställa utvärderingsmodellen med pris 60 % och kvalitet 40 %"),
    ("Tidplan för upphandlingen", "information", ""),
    ("Leverantörsdialog", "discussion", ""),
    ("Uppföljning av avtal för {product}", "information", ""),
    ("Förslag till tilldelning", "decision", "att föreslå tilldelning enligt utvärderingsrapporten"),
    ("Synpunkter från kommunerna", "discussion", ""),
    ("Förlängning av avtalet", "decision", "att rekommendera kommunerna att förlänga avtalet med ett år"),
)
DESCRIPTIONS = (
    "Underlag skickas ut en vecka före mötet.",
    "STIC redogör för läget och de frågor som behöver svar.",
    "Kommunerna ombeds ta med sina synpunkter.",
    "Se bilaga.",
    "Fortsättning från föregående möte.",
)
NOTES = (
    "Föredraganden redogjorde för ärendet. Gruppen diskuterade frågan.",
    "Informationen noterades.",
    "Frågan diskuterades; kommunerna lämnar synpunkter till STIC inom två veckor.",
    "Gruppen gick igenom underlaget punkt för punkt.",
    "Föredraganden redogjorde för läget. Inga invändningar framfördes.",
)
# Opening and closing items: (minutes notes, decision after "<group> beslutade");
# {chair} ("Ordföranden <namn>") and {adjusters} are filled in.
TEMPLATE_MINUTES = {
    "mötets öppnande": ("{chair} öppnade mötet och hälsade alla välkomna.", ""),
    "val av justerare": ("", "att utse {adjusters} att jämte ordföranden justera protokollet"),
    "godkännande av dagordningen": ("", "att godkänna dagordningen"),
    "föregående protokoll": ("Föregående protokoll gicks igenom.", "att lägga protokollet till handlingarna"),
    "rapport från regionchefen": ("Regionchefen informerade om pågående upphandlingar och avtal.", ""),
    "övriga frågor": ("Inga övriga frågor anmäldes.", ""),
    "nästa möte": ("Nästa möte hålls enligt planen.", ""),
    "mötets avslutande": ("Ordföranden tackade för visat intresse och avslutade mötet.", ""),
}
ACTIONS = (
    "Ta fram underlag om {topic} till nästa möte",
    "Skicka ut en remiss om {topic} till kommunerna",
    "Sammanställa kommunernas synpunkter: {topic}",
    "Boka lokal för en workshop om {topic}",
    "Kontakta leverantören angående {topic}",
)
# (file name, pages, landscape): attached to a few agenda items, stored once each.
DEMO_PDFS = (("Budgetförslag.pdf", 2, False), ("Avtalsuppföljning.pdf", 3, False),
             ("Marknadsanalys.pdf", 2, False), ("Tidplan för upphandlingen.pdf", 1, True))


def agenda_topics(rng: random.Random, group, day: date) -> list[tuple[str, str, str]]:
    """2–6 (title, kind, proposed decision) for a meeting of ``group`` on ``day``."""
    pool = {"steering": STEERING, "working": WORKING}.get(group.kind, CONTRACT)
    product = group.name.removeprefix("Avtalsgrupp ").strip().lower()
    fill = {"next": day.year + 1, "prev": day.year - 1, "year": day.year, "area": rng.choice(PROPOSAL_AREAS),
            "month": dates.MONTH_NAMES[(day.month - 2) % 12], "product": product}
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
    return [(title.format(**fill), kind, proposal.format(**fill)) for title, kind, proposal in chosen]


def demo_pdf(name: str, pages: int, landscape: bool = False) -> tuple[bytes, int]:
    """A small text PDF made with reportlab; the same bytes every time (invariant), so it is stored once."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    size = turned(A4) if landscape else A4
    canvas = Canvas(buffer, pagesize=size, invariant=1)
    title = name.removesuffix(".pdf")
    canvas.setTitle(title)
    width, height = size
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(60, height - 80, title)
        canvas.setFont("Helvetica", 11)
        y = height - 120
        for line in range(18):
            canvas.drawString(60, y, f"Avsnitt {page}.{line + 1}: underlag för gruppens behandling, "
                                     f"belopp {money.format_kronor(1200 * (line + 1))}")
            y -= 20
        canvas.drawRightString(width - 60, 40, f"{title} – sida {page} av {pages}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), pages
