"""Ramavtal (documents/agreement_doc.py), read back with pypdf: parties with ranking or renewed competition,
term and extensions with the latest end date, the municipalities with codes, the commission clause with the
rate decision in force, signature blocks; markup and non-Latin names print exactly. Also home of
``build_agreement``, the agreement the other agreement-document tests use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from pypdf import PdfReader
from test_invitation import page_texts

from stic_desktop.documents.agreement_doc import agreement_bytes, call_off_texts
from stic_desktop.errors import NotFound, UserError
from stic_desktop.operations import agreement_documents, run_to_end
from stic_desktop.services import archive
from stic_desktop.services.agreements import agreements, parties, suppliers, terms
from stic_desktop.services.agreements.agreements import AgreementInput
from stic_desktop.services.agreements.document_data import agreement_document_data as load_agreement
from stic_desktop.services.agreements.document_data import rate_in_force
from stic_desktop.services.agreements.suppliers import SupplierInput
from stic_desktop.services.commission import commission
from stic_desktop.services.commission.commission import RateInput
from stic_desktop.services.municipalities import municipalities
from stic_desktop.services.people import staff


def _data_and_rate(db, agreement_id, today):
    data = load_agreement(db, agreement_id, today=today)
    return data, rate_in_force(db, data)


def export_agreement(db, agreement_id, target, **options):
    return run_to_end(agreement_documents.export_agreement_document(db, "agreement", agreement_id, target,
                                                                    **options)).files[0]


def archive_agreement(db, agreement_id, **options):
    return run_to_end(agreement_documents.archive_agreement_document(db, "agreement", agreement_id, **options)).record


TITLE = "Möbler & <b>inredning</b> för Łukasz"
NUMBER = "RA-2026-007"
TODAY = date(2026, 6, 10)
# (name, address, contact); markup and non-Latin letters must print exactly as typed
SUPPLIERS = (
    ("R&D <b>Kontor</b> AB", "Box 12 & <i>34</i>, 111 22 Stockholm", "Łukasz Żółć"),
    ("Иван Мебель ООО", "Тверская 1, Москва", "Иван Петров"),
    ("Ayşe Yılmaz Design AB", "Storgatan 1, 722 11 Västerås", "Ayşe Yılmaz"),
    ("Nordisk Inredning Aktiebolag med ett mycket långt firmanamn", "Industrivägen 100, 901 30 Umeå",
     "Karl-Johan Andersson-Lindqvist"),
    ("Åkesson & Öberg Möbler HB", "Hamngatan 5, 211 22 Malmö", ""),
    ("Kontorsvaruhuset i Mälardalen AB", "", "Eva Ek"),
)


def org_number(seed: int) -> str:
    """A valid (Luhn) organisation number of the 55xxxx-xxxx kind."""
    digits = f"55{seed:07d}"
    total = 0
    for i, d in enumerate(int(c) for c in digits):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return f"{digits[:6]}-{digits[6:]}{(10 - total % 10) % 10}"


@dataclass
class BuiltAgreement:
    agreement_id: int
    staff_id: int
    supplier_ids: list[int] = field(default_factory=list)
    municipality_ids: list[int] = field(default_factory=list)


def build_agreement(db, *, supplier_count: int = 3, renewed: int = 0, municipality_count: int = 26,
                    rates: bool = True, number: str = NUMBER, title: str = TITLE, procurement_id: int | None = None,
                    extension_count: int = 2, long_term_reason: str = "") -> BuiltAgreement:
    """An agreement 1 Mar 2026 – 28 Feb 2028 with ``extension_count`` options of 12 months, the first
    ``supplier_count`` of SUPPLIERS (the last ``renewed`` of them under renewed competition, the others ranked),
    the first ``municipality_count`` county municipalities by code, and the default rate decisions 2 % from
    2019 and 1,5 % from 2025 (``rates``)."""
    people = staff.list_staff(db)
    anna = people[0] if people else staff.add_staff_member(db, "Anna Lindqvist", "Regionchef",
                                                           "anna.lindqvist@stic.example.se")
    staff.set_current_user(db, anna.id)
    if not municipalities.list_municipalities(db):
        municipalities.import_county_municipalities(db)
    towns = [m.id for m in municipalities.list_municipalities(db)][:municipality_count]
    if procurement_id is not None:  # only those named in the procurement may join its agreement (LOU 7 kap. 3 §)
        from stic_desktop.services.procurement import parties as procurement_parties

        named = {p.municipality_id for p in procurement_parties.participants(db, procurement_id) if p.poa_received_on}
        towns = [town for town in towns if town in named]
    existing = {s.org_number: s.id for s in suppliers.list_suppliers(db)}
    ids = []
    for seed, (name, address, contact) in enumerate(SUPPLIERS[:supplier_count], start=1):
        org = org_number(seed)
        ids.append(existing.get(org) or suppliers.save_supplier(db, SupplierInput(
            name, org, address, contact, f"rapport{seed}@leverantor.example.se" if contact else "",
            f"08-{seed:03d} 00 00" if seed % 2 else "")).id)
    record = agreements.save_agreement(db, AgreementInput(
        agreement_number=number, title=title, procurement_id=procurement_id, start_date=date(2026, 3, 1),
        initial_end_date=date(2028, 2, 29), extension_count=extension_count,
        extension_months=12 if extension_count else 0, long_term_reason=long_term_reason, report_due_day=25))
    ranked = len(ids) - renewed
    parties.set_agreement_suppliers(db, record.id, [(sid, i + 1, False) if i < ranked else (sid, None, True)
                                                       for i, sid in enumerate(ids)])
    parties.set_agreement_participants(db, record.id, towns)
    if rates and not commission.list_rates(db, agreement_id=None):
        commission.save_rate(db, RateInput("2", date(2019, 1, 1), date(2018, 12, 10), note="Grundsats"))
        commission.save_rate(db, RateInput("1,5", date(2025, 1, 1), date(2024, 11, 20), note="Sänkt grundsats"))
    return BuiltAgreement(record.id, anna.id, ids, towns)


@pytest.fixture
def built(db):
    return build_agreement(db)


def text_of(db, agreement_id: int, today: date = TODAY) -> str:
    return " ".join(page_texts(agreement_bytes(*_data_and_rate(db, agreement_id, today))))


def test_parties_term_municipalities_commission_and_signatures(db, built, tmp_path):
    target = export_agreement(db, built.agreement_id, tmp_path / "avtal.pdf", today=TODAY)
    text = " ".join(page_texts(target))
    assert "Ramavtal" in text and TITLE in text and f"Avtalsnummer {NUMBER}" in text
    assert "Stockholms Inköpscentral (STIC)" in text and "för de deltagande kommunernas räkning" in text
    for rank, (name, address, _contact) in enumerate(SUPPLIERS[:3], start=1):
        assert f"{name} {org_number(rank)}" in text and address in text
    assert "1 mars 2026 – 29 februari 2028" in text
    assert "förlänga avtalet två gånger med 12 månader i taget" in text
    assert "längst till och med 28 februari 2030" in text and "(48 månader)" in text
    assert "Följande 26 kommuner har gett STIC fullmakt" in text
    for code, name in (("0127", "Botkyrka"), ("0181", "Södertälje"), ("0114", "Upplands Väsby")):
        assert f"{code} {name}" in text
    assert "provision till STIC med 1,50 % av det fakturerade beloppet exklusive moms" in text
    assert "Satsen gäller från och med 1 januari 2025 enligt styrgruppens beslut den 20 november 2024" in text
    assert "senast den 25 i månaden efter" in text and "nollrapport" in text
    assert "upprättats i 4 likalydande exemplar" in text
    assert "För Stockholms Inköpscentral (STIC)" in text
    for rank, (name, _address, _contact) in enumerate(SUPPLIERS[:3], start=1):
        assert f"För {name} Org.nr {org_number(rank)}" in text
    assert text.count("Namnförtydligande") == 4
    reader = PdfReader(target)
    assert reader.metadata.title == "Ramavtal RA-2026-007"
    assert all(f"Sida {n} av {len(reader.pages)}" in page for n, page in enumerate(page_texts(target), start=1))


def test_ranking_and_renewed_competition(db):
    built = build_agreement(db, supplier_count=4, renewed=2)
    text = text_of(db, built.agreement_id)
    assert f"{SUPPLIERS[0][0]} {org_number(1)} {SUPPLIERS[0][1]} 1" in text
    assert f"{SUPPLIERS[2][1]} Förnyad konkurrensutsättning" in text
    assert "Avrop görs enligt rangordningen" in text
    assert "Avrop från leverantörer utan rangordning görs efter förnyad konkurrensutsättning" in text


def test_call_off_texts(db):
    single = load_agreement(db, build_agreement(db, supplier_count=1).agreement_id, today=TODAY)
    assert call_off_texts(single.parties) == [f"Avrop görs direkt från {SUPPLIERS[0][0]}, utan förnyad "
                                              "konkurrensutsättning."]
    renewed = load_agreement(db, build_agreement(db, supplier_count=2, renewed=2, number="RA-2").agreement_id,
                             today=TODAY)
    assert len(call_off_texts(renewed.parties)) == 1
    assert call_off_texts(renewed.parties)[0].startswith("Avrop görs efter förnyad konkurrensutsättning")


def test_rate_of_the_agreement_overrides_the_default(db, built):
    commission.save_rate(db, RateInput("1,25", date(2026, 3, 1), date(2026, 2, 12), agreement_id=built.agreement_id))
    text = text_of(db, built.agreement_id)
    assert "med 1,25 % av det fakturerade" in text and "för detta avtal" in text
    # before the agreement starts, the rate in force on its first day is stated
    assert "med 1,25 %" in text_of(db, built.agreement_id, today=date(2025, 12, 1))


def test_extension_decisions_and_the_current_end(db, built):
    terms.record_extension(db, built.agreement_id, date(2027, 10, 1), "Styrgruppen & <b>ordf.</b>",
                                date(2029, 2, 28))
    text = text_of(db, built.agreement_id, today=date(2028, 6, 1))
    assert "Beslutade förlängningar" in text and "2027-10-01 Styrgruppen & <b>ordf.</b> 28 februari 2029" in text
    assert "Avtalet gäller nu till och med 28 februari 2029." in text
    assert "Avtalsperiod 1 mars 2026 – 28 februari 2029" in text


def test_a_long_term_states_the_special_reasons(db):
    reason = "Leverantörens investering i <laddinfrastruktur> & drift kräver längre återbetalningstid."
    built = build_agreement(db, extension_count=3, long_term_reason=reason)
    text = text_of(db, built.agreement_id)
    assert "5 år (60 månader)" in text and "Särskilda skäl enligt 7 kap. 2 § LOU: " + reason in text


def test_refused_without_a_rate_suppliers_or_municipalities(db, tmp_path):
    built = build_agreement(db, rates=False)
    with pytest.raises(UserError, match=f"Ingen provisionssats gäller för avtalet {NUMBER} den 2026-06-10"):
        export_agreement(db, built.agreement_id, tmp_path / "avtal.pdf", today=TODAY)
    parties.set_agreement_suppliers(db, built.agreement_id, [])
    with pytest.raises(UserError, match="har inga leverantörer"):
        export_agreement(db, built.agreement_id, tmp_path / "avtal.pdf", today=TODAY)
    bare = build_agreement(db, municipality_count=0, number="RA-3")
    with pytest.raises(UserError, match="har inga deltagande kommuner"):
        export_agreement(db, bare.agreement_id, tmp_path / "avtal.pdf", today=TODAY)
    with pytest.raises(NotFound, match="id 999"):
        export_agreement(db, 999, tmp_path / "avtal.pdf")
    assert not (tmp_path / "avtal.pdf").exists()


def test_archived_as_sent_exactly(db, built):
    before = len(archive.archived_documents(db, agreements.ENTITY, built.agreement_id))
    record = archive_agreement(db, built.agreement_id, today=TODAY)
    assert before == 0 and record.kind == "agreement" and record.kind_label == "Avtal"
    assert record.filename == f"Ramavtal {NUMBER}.pdf" and record.author_name == "Anna Lindqvist"
    assert record.note == "Ramavtalet skickat 2026-06-10"
    stored = archive.archived_bytes(db, record.id)
    assert TITLE in " ".join(page_texts(stored))
    assert [r.id for r in archive.archived_documents(db, agreements.ENTITY, built.agreement_id)] == [record.id]


def test_failed_archive_saves_nothing(db):
    built = build_agreement(db, rates=False)
    with pytest.raises(UserError):
        archive_agreement(db, built.agreement_id, today=TODAY)
    assert archive.archived_documents(db, agreements.ENTITY, built.agreement_id) == []


def test_procurement_and_responsible_contact(db):
    from test_opening_record import build_procurement

    procurement = build_procurement(db)
    built = build_agreement(db, number="", title="", procurement_id=procurement.procurement_id)
    record = agreements.get_agreement(db, built.agreement_id)
    assert record.agreement_number == procurement.case_number
    text = text_of(db, built.agreement_id)
    assert f"Upphandling {procurement.case_number} Hemtjänst & <b>larm</b> för Łukasz" in text
    assert "Dnr" not in text  # the agreement number is the case number, already in the page header
    other = build_agreement(db, number="RA-9", procurement_id=procurement.procurement_id)
    assert f"Ramavtal RA-9 Dnr {procurement.case_number}" in text_of(db, other.agreement_id)


def test_a_terminated_agreement_says_when_it_ends(db, built):
    terms.terminate_agreement(db, built.agreement_id, date(2026, 9, 30), "Leverantören & <b>ägaren</b> i konkurs")
    text = text_of(db, built.agreement_id, today=date(2026, 11, 1))
    assert "Avtalsperiod 1 mars 2026 – 29 februari 2028 (uppsagt, upphör 30 september 2026)" in text
    assert "Avtalet är uppsagt och upphör den 30 september 2026. Skäl: Leverantören & <b>ägaren</b> i konkurs" in text


def test_issued_by_the_deciding_party_with_the_commission_bounds(db, built):
    """Issue 15: the contracting organisation issues the agreement for the municipalities under their powers of
    attorney and signs it; the commission clause states its bounds (17 kap. 10 § LOU)."""
    from stic_desktop.services.workspace import organisation
    from stic_desktop.services.workspace.organisation import DecidingParty

    organisation.save_deciding_party(db, DecidingParty("Adda Inköpscentral AB", "556578-2496", "2,5", 6))
    text = text_of(db, built.agreement_id)
    assert ("slutits mellan Adda Inköpscentral AB (org.nr 556578-2496), genom Stockholms Inköpscentral (STIC), "
            "för de deltagande kommunernas räkning med stöd av deras fullmakter") in text
    assert "den nya satsen är högst 2,5 procent" in text and "minst 6 månader innan den börjar gälla" in text
    assert "aldrig retroaktivt" in text and "(17 kap. 10 § LOU)" in text
    assert "För Adda Inköpscentral AB Org.nr 556578-2496" in text


def test_deciding_party_is_checked(db):
    from stic_desktop.errors import ValidationError
    from stic_desktop.services.workspace import organisation
    from stic_desktop.services.workspace.organisation import DecidingParty

    with pytest.raises(ValidationError, match="kontrollsiffra"):
        organisation.save_deciding_party(db, DecidingParty("Adda Inköpscentral AB", "556578-2497"))
    with pytest.raises(ValidationError, match="Högsta provisionssats"):
        organisation.save_deciding_party(db, DecidingParty("Adda", "556578-2496", "0"))
    assert organisation.get_organisation(db).deciding_party == DecidingParty()


def test_standard_clauses_in_order_and_each_agreement_keeps_its_versions(db):
    """Issue 16: the standard clauses print in order after the commission clause; an edit makes a new version
    that new agreements get, while an agreement already made prints the version it was made with."""
    from stic_desktop.services.agreements import clauses

    old = build_agreement(db)
    text = text_of(db, old.agreement_id)
    titles = [c.title for c in clauses.current_clauses(db)]
    assert titles == ["Avtalshandlingar och deras inbördes ordning", "Priser och prisjustering",
                      "Fakturering och betalning", "Vite, hävning och uppsägning vid avtalsbrott", "Försäkring",
                      "Sekretess", "Personuppgiftsbehandling", "Underleverantörer", "Befrielsegrunder (force majeure)",
                      "Tvister", "Kontaktpersoner"]
    positions = [text.index(f"{number}. {title}") for number, title in enumerate(titles, start=6)]
    assert positions == sorted(positions) and text.index("5. Provision") < positions[0]
    assert "17. Underskrifter" in text and "konsumentprisindex, KPI" in text
    assert "1. Skriftliga ändringar och tillägg till ramavtalet" in text  # the list of documents, one per line

    edited = clauses.save_clause(db, "prices", "Priser och indexreglering",
                                 "Priserna är fasta i 24 månader & justeras sedan med <b>KPI</b>.")
    assert edited.version == 2
    assert clauses.save_clause(db, "prices", edited.title, edited.body).version == 2  # unchanged: no new version
    new = build_agreement(db, number="RA-2026-008")
    new_text = text_of(db, new.agreement_id)
    assert "7. Priser och indexreglering" in new_text and "fasta i 24 månader & justeras sedan med <b>KPI</b>" \
        in new_text
    old_text = text_of(db, old.agreement_id)
    assert "7. Priser och prisjustering" in old_text and "fasta i 24 månader" not in old_text
    assert [(c.key, c.version) for c in clauses.agreement_clauses(db, old.agreement_id)][1] == ("prices", 1)


def test_a_clause_needs_a_title_and_text(db):
    from stic_desktop.errors import ValidationError
    from stic_desktop.services.agreements import clauses

    with pytest.raises(ValidationError, match="Texten måste fyllas i"):
        clauses.save_clause(db, "insurance", "Försäkring", "  ")
    assert [c.version for c in clauses.current_clauses(db)] == [1] * 11
