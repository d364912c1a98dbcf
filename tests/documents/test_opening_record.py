"""Anbudsöppningsprotokoll (documents/opening_record.py), read back with pypdf. Also home of
``build_procurement``, the procurement with tenders the other procurement-document tests use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from test_invitation import attachment_pdf, page_texts

from stic_desktop.documents.opening_record import SECRECY, opening_record_bytes, received_text
from stic_desktop.errors import NotFound, UserError
from stic_desktop.operations import procurement_documents, run_to_end
from stic_desktop.services import archive
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff
from stic_desktop.services.procurement import parties as procurement_parties
from stic_desktop.services.procurement import procurements, stages, tenders
from stic_desktop.services.procurement.document_data import procurement_document_data
from stic_desktop.services.procurement.procurements import ProcurementInput
from stic_desktop.services.procurement.tenders import TenderInput

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def export(db, kind: str, procurement_id, target, **options):
    """A procurement document written the way the UI and the command line write it; returns the path."""
    return run_to_end(procurement_documents.export_procurement_document(db, kind, procurement_id, target,
                                                                        **options)).files[0]


def archive_opening_record(db, procurement_id: int):
    return run_to_end(procurement_documents.archive_opening_record(db, procurement_id)).record


def send_award_decision(db, procurement_id: int, sent_on, electronically: bool):
    return run_to_end(procurement_documents.send_award_decision(db, procurement_id, sent_on, electronically)).record
TITLE = "Hemtjänst & <b>larm</b> för Łukasz"
# Supplier names with markup and non-Latin letters (they must print exactly as typed).
WINNER = "R&D <b>Bygg</b> AB"
SECOND = "Łukasz Żółć Omsorg"
REJECTED = "Nordic Care AB"
LATE_ONE = "Иван Сервис"
SUPPLIERS = (WINNER, SECOND, REJECTED, LATE_ONE)
REJECT_REASON = "Saknar ISO & <i>certifikat</i>"
ATTESTERS = ("Anna Lindqvist", "Олег Иванов")
# Stage dates: advertised 10 Aug, last tender day 14 Sep (35 days), opened 15 Sep, evaluated 16 Sep 2026.
STAGE_DAYS = {"requirements": date(2026, 8, 3), "advertised": date(2026, 8, 10), "tender_deadline": date(2026, 9, 14),
              "opening": date(2026, 9, 15), "evaluation": date(2026, 9, 16)}
SENT_ON = date(2026, 9, 17)  # a Thursday: day 10 is Sunday 27 Sep, so the standstill runs to Monday 28 Sep


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=STOCKHOLM)


@dataclass
class Built:
    procurement_id: int
    staff_id: int
    case_number: str
    tenders: dict[str, int] = field(default_factory=dict)


def build_procurement(db, *, stage: str = "evaluation", attesters=ATTESTERS, award: bool = True,
                      title: str = TITLE, proposal_id: int | None = None) -> Built:
    """An open procurement for Södertälje and Botkyrka (powers of attorney in), advertised 10 Aug 2026,
    with four tenders: the winner, a second, one not qualified and one late (after 23:59:59 on the last day).
    Taken up to ``stage`` (at most evaluation); ``award`` marks the winner as awarded (not sent). With
    ``proposal_id`` it is made from that (decided) proposal, whose interested municipalities take part."""
    anna = staff.list_staff(db)[0] if staff.list_staff(db) else staff.add_staff_member(
        db, "Anna Lindqvist", "Regionchef", "anna.lindqvist@stic.example.se")
    staff.set_current_user(db, anna.id)
    if not municipalities.list_municipalities(db):
        municipalities.import_county_municipalities(db)
    towns = {m.name: m.id for m in municipalities.list_municipalities(db)}
    data = ProcurementInput(title=title, area="social", procedure="open", estimated_value_ore=1_234_567_850,
                            responsible_id=anna.id)
    record = (procurements.create_from_proposal(db, proposal_id, data) if proposal_id is not None
              else procurements.create_procurement(db, data))
    pid = record.id
    existing = {p.municipality_name: p for p in procurement_parties.participants(db, pid)}
    stages.set_stage_dates(db, pid, "needs_analysis", None, date(2026, 7, 1))
    for town in ("Södertälje", "Botkyrka"):
        participant = existing.get(town) or procurement_parties.add_participant(db, pid, towns[town], 50_000_000)
        procurement_parties.record_power_of_attorney(db, participant.id, date(2026, 8, 1), f"Kommunchef i {town}",
                                                     f"fullmakt {town}.pdf", attachment_pdf(f"Fullmakt {town}"))
    built = Built(pid, anna.id, record.case_number)
    order = ("requirements", "advertised", "tender_deadline", "opening", "evaluation")
    for step in order[:order.index(stage) + 1]:
        stages.advance_stage(db, pid, on=STAGE_DAYS[step])
        if step == "tender_deadline":
            for name, received in ((WINNER, "2026-09-01T10:15:00"), (SECOND, "2026-09-14T23:59:30"),
                                   (REJECTED, "2026-09-10T08:00:00"), (LATE_ONE, "2026-09-15T00:00:05")):
                built.tenders[name] = tenders.add_tender(db, pid, TenderInput(name, at(received))).id
    if attesters:
        procurements.set_opening_attesters(db, pid, list(attesters))
    if built.tenders and stage == "evaluation":
        for name, qualified, reason, price, score, rank in (
                (WINNER, True, "", 123_456_750, 92.5, 1), (SECOND, True, "", 130_000_000, 88.0, 2),
                (REJECTED, False, REJECT_REASON, 99_000_000, None, None)):
            tender = next(t for t in tenders.tenders(db, pid) if t.id == built.tenders[name])
            tenders.update_tender(db, tender.id, TenderInput(name, tender.received_at, qualified, reason, price,
                                                             score, rank, notes="Bra & <b>tydligt</b>"
                                                             if name == WINNER else ""))
        if award:
            tenders.set_awarded(db, pid, [built.tenders[WINNER]])
    return built


@pytest.fixture
def built(db):
    return build_procurement(db)


def test_tenders_in_order_of_receipt_with_the_late_one_flagged(db, built, tmp_path):
    text = " ".join(page_texts(export(db, "opening", built.procurement_id, tmp_path / "öppning.pdf")))
    assert "Anbudsöppningsprotokoll" in text and TITLE in text and built.case_number in text
    rows = [text.index(f"{n} {received}") for n, received in (
        ("1", f"2026-09-01 kl. 10.15 {WINNER}"), ("2", f"2026-09-10 kl. 08.00 {REJECTED}"),
        ("3", f"2026-09-14 kl. 23.59 {SECOND}"), ("4", f"2026-09-15 kl. 00.00 {LATE_ONE} – För sent inkommet"))]
    assert rows == sorted(rows)
    assert text.count("För sent inkommet") == 1
    assert "Antal anbud 4, varav 1 för sent inkomna" in text
    assert "Sista anbudstid 14 september 2026 kl. 23.59" in text and "Anbudsöppning 15 september 2026" in text
    # no prices or scores in the opening record: only who and when
    assert "1 234 567,50" not in text and "1\u00a0234\u00a0567,50" not in text and "92,5" not in text


def test_attested_by_the_named_persons(db, built):
    text = page_texts(opening_record_bytes(procurement_document_data(db, built.procurement_id)))[-1]
    signatures = text[text.index("Intygas"):]
    for name in ATTESTERS:
        assert f"{name} Närvarande vid anbudsöppningen" in signatures


def test_time_place_org_numbers_who_opened_and_the_witness(db, built):
    """Issue 15 (12 kap. 10 § LOU): the opening's time and place, the tender deadline's clock time, the
    tenderers' organisation numbers, who opened, who attested and an optional witness; the deciding party."""
    from stic_desktop.services.agreements import suppliers
    from stic_desktop.services.agreements.suppliers import SupplierInput
    from stic_desktop.services.procurement import after_award
    from stic_desktop.services.workspace import organisation
    from stic_desktop.services.workspace.organisation import DecidingParty

    organisation.save_deciding_party(db, DecidingParty("Adda Inköpscentral AB", "556578-2496"))
    supplier = suppliers.save_supplier(db, SupplierInput("Łukasz Żółć Omsorg AB", "556677-8899"))
    suppliers.link_tender(db, built.tenders[SECOND], supplier.id)
    from stic_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="1 anbud som kom in i tid skulle bli för sent inkomna"):
        # Łukasz Żółć Omsorg came in at 23.59.30 on the last day
        after_award.set_opening_details(db, built.procurement_id, after_award.OpeningDetails(tender_deadline_time="12:00"))
    after_award.set_opening_details(db, built.procurement_id, after_award.OpeningDetails(
        "9.30", "Stadshuset, sal 3", "Anna Lindqvist", "Notarie Eva Ek", "23:59"))
    text = " ".join(page_texts(opening_record_bytes(procurement_document_data(db, built.procurement_id))))
    assert "Upphandlande organisation Adda Inköpscentral AB (org.nr 556578-2496)" in text
    assert "Sista anbudstid 14 september 2026 kl. 23.59" in text
    assert "Anbudsöppning 15 september 2026 kl. 09.30, Stadshuset, sal 3" in text
    assert "Öppnade anbuden Anna Lindqvist" in text and "Vittne Notarie Eva Ek" in text
    assert f"{SECOND} 556677-8899" in text
    signatures = text[text.index("Intygas"):]
    assert "Notarie Eva Ek Vittne" in signatures and "Олег Иванов Närvarande vid anbudsöppningen" in signatures


def test_a_tender_after_the_deadline_clock_time_is_late(db):
    from stic_desktop.services.procurement import after_award

    built = build_procurement(db, stage="advertised")
    after_award.set_opening_details(db, built.procurement_id, after_award.OpeningDetails(tender_deadline_time="12:00"))
    stages.advance_stage(db, built.procurement_id, on=STAGE_DAYS["tender_deadline"])
    for name, received in (("I tid AB", "2026-09-14T12:00:59"), ("Sen AB", "2026-09-14T12:01:00")):
        tenders.add_tender(db, built.procurement_id, TenderInput(name, at(received)))
    assert {t.supplier_name: t.late for t in tenders.tenders(db, built.procurement_id)} == {"I tid AB": False,
                                                                                          "Sen AB": True}
    text = " ".join(page_texts(opening_record_bytes(procurement_document_data(db, built.procurement_id))))
    assert "Sista anbudstid 14 september 2026 kl. 12.00" in text and "Sen AB – För sent inkommet" in text


def test_opening_details_are_checked(db, built):
    from stic_desktop.errors import ValidationError
    from stic_desktop.services.procurement import after_award

    with pytest.raises(ValidationError, match="ska skrivas TT:MM") as caught:
        after_award.set_opening_details(db, built.procurement_id, after_award.OpeningDetails("25:00"))
    assert caught.value.for_field("opening_time")


def test_no_secrecy_mark_after_the_award(db, built):
    send_award_decision(db, built.procurement_id, SENT_ON, True)
    texts = page_texts(opening_record_bytes(procurement_document_data(db, built.procurement_id)))
    assert all(SECRECY not in text for text in texts)
    assert "Sekretessen för uppgifterna om anbuden har upphört" in " ".join(texts)


def test_refused_without_two_attesters(db, tmp_path):
    built = build_procurement(db, attesters=())
    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(UserError, match="minst två namngivna personer"):
        export(db, "opening", built.procurement_id, folder / "öppning.pdf")
    assert list(folder.iterdir()) == []  # nothing written, not even half a file


def test_secrecy_mark_on_every_page(db, tmp_path):
    built = build_procurement(db)
    for number in range(40):  # enough tenders for more than one page
        tenders.add_tender(db, built.procurement_id, TenderInput(f"Leverantör {number} & <b>Co</b>",
                                                                 at(f"2026-09-0{number % 9 + 1}T09:{number:02d}:00")))
    texts = page_texts(opening_record_bytes(procurement_document_data(db, built.procurement_id)))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert SECRECY in text and f"Sida {number} av {len(texts)}" in text and built.case_number in text


def test_no_tenders_says_so(db):
    built = build_procurement(db, stage="opening", title="Tom upphandling")
    for tender in tenders.tenders(db, built.procurement_id):
        tenders.delete_tender(db, tender.id)
    text = " ".join(page_texts(opening_record_bytes(procurement_document_data(db, built.procurement_id))))
    assert "Inga anbud har kommit in." in text and "Antal anbud 0" in text


def test_archiving_keeps_the_exact_bytes_with_the_procurement(db, built):
    record = archive_opening_record(db, built.procurement_id)
    assert (record.kind, record.kind_label, record.entity) == ("opening_record", "Anbudsöppningsprotokoll",
                                                               procurements.ENTITY)
    assert record.filename == f"Anbudsöppningsprotokoll {built.case_number}.pdf"
    assert record.author_name == "Anna Lindqvist"
    data = archive.archived_bytes(db, record.id)
    assert SECRECY in page_texts(data)[0]
    (listed,) = archive.archived_documents(db, procurements.ENTITY, built.procurement_id)
    assert listed.id == record.id


def test_unknown_procurement(db, tmp_path):
    with pytest.raises(NotFound):
        export(db, "opening", 999, tmp_path / "x.pdf")


def test_texts():
    assert received_text(datetime(2026, 7, 1, 12, 5, 9, tzinfo=ZoneInfo("UTC"))) == "2026-07-01 kl. 14.05"


def test_receipt_times_are_written_without_seconds(db, built, tmp_path):
    """"kl. 14.05" as the documents write a time elsewhere; the late flag, not the seconds, tells a late one."""
    import re

    text = " ".join(page_texts(export(db, "opening", built.procurement_id, tmp_path / "öppning.pdf")))
    times = re.findall(r"\d{4}-\d\d-\d\d kl\. [\d.]+", text)
    assert len(times) == 4
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d kl\. \d\d\.\d\d", t) for t in times), times
