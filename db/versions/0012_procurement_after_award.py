"""After the award: opening details, the deciding party's decision-maker, the duties after signing,
declarations of conflicts of interest, and the ramavtal standard clauses

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 08:40:00

Issue 15 (LOU 2016:1145): the opening record names the time and place of the opening, the tender deadline's
clock time, who opened and an optional witness (12 kap. 10 §); the award decision names the decision-maker
and the delegation; the duties after signing are dated: the contract award notice (10 kap. 4 §, 19 kap. 7 §),
the documentation complete (12 kap. 14 §) and the individual report (12 kap. 15-16 §§), and the written
notice when a procurement is cancelled (12 kap. 12 §). Contract-group members sign a declaration of conflicts
of interest and confidentiality before the opening (procurement_declarations).

Thresholds (issue 15): the missing bilaga 2 direct-award row for 2026–27 is added (its SEK value is the bilaga 2
threshold's, empty until published) and the Källa column of the seeded rows says in Swedish where the value
comes from (rows the user has edited keep their text).

Issue 16: the ramavtal's standard clauses are versioned text blocks (agreement_clauses) seeded with Swedish
defaults; each agreement records the versions it was made with (agreement_clause_uses; existing agreements
get the first versions).
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

NEW_TEXT_COLUMNS = (('opening_time', 5), ('opening_place', 300), ('opened_by', 200), ('opening_witness', 200),
                    ('tender_deadline_time', 5), ('decision_maker', 200))
NEW_DATE_COLUMNS = ('award_notice_sent_on', 'documentation_completed_on', 'individual_report_on',
                    'cancellation_notice_sent_on')

# key, title, body: the defaults a new database starts with (edited under Inställningar → Avtalsvillkor).
CLAUSES = [
    ("documents", "Avtalshandlingar och deras inbördes ordning",
     "Avtalet består av följande handlingar. Om handlingarna motsäger varandra gäller de i denna ordning, om inte "
     "omständigheterna uppenbart föranleder annat:\n"
     "1. Skriftliga ändringar och tillägg till ramavtalet, undertecknade av båda parter.\n"
     "2. Detta ramavtal.\n"
     "3. Upphandlingsdokumenten med bilagor, inklusive kravspecifikationen.\n"
     "4. Svar på frågor och förtydliganden under anbudstiden.\n"
     "5. Leverantörens anbud."),
    ("prices", "Priser och prisjustering",
     "Priserna framgår av leverantörens anbud och anges i svenska kronor exklusive mervärdesskatt. Priserna är "
     "fasta under de första tolv månaderna av avtalstiden. Därefter får priserna justeras en gång per år, tidigast "
     "tolv månader efter avtalets start, med högst förändringen i det index som anges i upphandlingsdokumenten "
     "(SCB:s konsumentprisindex, KPI, om inget annat anges). Begäran om prisjustering ska lämnas skriftligen till "
     "STIC senast två månader innan den ska gälla, med beräkningen bifogad. Justeringen gäller avrop som görs "
     "efter att STIC har godkänt den."),
    ("invoicing", "Fakturering och betalning",
     "Leverantören fakturerar den avropande kommunen, som är betalningsansvarig för sina avrop. Faktura ska vara "
     "elektronisk enligt lagen (2018:1277) om elektroniska fakturor till följd av offentlig upphandling och ange "
     "kommunens referens och avropsnummer. Betalning sker trettio dagar efter mottagen korrekt faktura. "
     "Dröjsmålsränta utgår enligt räntelagen (1975:635). Fakturerings-, expeditions- och påminnelseavgifter "
     "godtas inte."),
    ("penalties", "Vite, hävning och uppsägning vid avtalsbrott",
     "Levererar leverantören inte i tid eller enligt avtalet har kommunen rätt till vite med en halv procent av "
     "avropets värde per påbörjad vecka, högst tio procent. Vid väsentligt avtalsbrott som inte rättas inom "
     "trettio dagar efter skriftlig anmaning får STIC häva ramavtalet och kommunen häva sitt avrop. STIC får "
     "också säga upp ramavtalet med omedelbar verkan om leverantören eller någon i dess ledning omfattas av "
     "grund för uteslutning enligt 13 kap. LOU, försätts i konkurs eller inleder likvidation."),
    ("insurance", "Försäkring",
     "Leverantören ska under hela avtalstiden ha ansvarsförsäkring som täcker skador som leverantören kan bli "
     "ansvarig för, med ett belopp som är skäligt för uppdraget och minst det som anges i upphandlingsdokumenten. "
     "Försäkringsbevis ska visas på begäran."),
    ("confidentiality", "Sekretess",
     "Leverantören och dess personal får inte röja uppgifter om kommunerna, deras verksamhet eller enskilda som "
     "leverantören får del av genom avtalet. Skyldigheten gäller även efter att avtalet har upphört. Leverantören "
     "ansvarar för att underleverantörer och personal iakttar samma tystnadsplikt. Kommunerna tillämpar "
     "offentlighets- och sekretesslagen (2009:400)."),
    ("data_processing", "Personuppgiftsbehandling",
     "Behandlar leverantören personuppgifter för en kommuns räkning är kommunen personuppgiftsansvarig och "
     "leverantören personuppgiftsbiträde. Parterna ska då ingå ett personuppgiftsbiträdesavtal enligt artikel 28 "
     "i dataskyddsförordningen (EU) 2016/679 innan behandlingen börjar. Personuppgifter får inte överföras till "
     "ett land utanför EU/EES utan kommunens skriftliga godkännande och stöd i dataskyddsförordningen."),
    ("subcontractors", "Underleverantörer",
     "Leverantören får anlita underleverantörer endast efter STIC:s skriftliga godkännande. Leverantören ansvarar "
     "för underleverantörers arbete som för sitt eget och ska se till att de uppfyller avtalets krav, inklusive "
     "krav på arbetsrättsliga villkor, och att de inte omfattas av grund för uteslutning enligt 13 kap. LOU."),
    ("force_majeure", "Befrielsegrunder (force majeure)",
     "Part är befriad från påföljd för underlåtenhet att fullgöra en förpliktelse om underlåtenheten beror på en "
     "omständighet utanför partens kontroll som parten inte skäligen kunde ha räknat med när avtalet ingicks och "
     "vars följder parten inte skäligen kunde ha undvikit, till exempel krig, naturkatastrof, pandemi eller "
     "myndighetsbeslut. Part som vill åberopa befrielsegrund ska genast underrätta den andra parten skriftligen. "
     "Varar hindret längre än tre månader får vardera parten säga upp avtalet utan ersättningsskyldighet."),
    ("disputes", "Tvister",
     "Tvister om tolkningen eller tillämpningen av detta avtal ska i första hand lösas genom förhandling mellan "
     "parterna. Kan parterna inte enas ska tvisten avgöras av allmän domstol med tillämpning av svensk rätt, med "
     "Stockholms tingsrätt som första instans."),
    ("contacts", "Kontaktpersoner",
     "Varje part utser en kontaktperson för avtalet och meddelar den andra parten skriftligen namn, telefon och "
     "e-postadress. Byte av kontaktperson meddelas skriftligen utan dröjsmål. STIC:s kontaktperson är den "
     "handläggare som anges i avtalet; leverantörens kontaktperson för avrop anges i avtalssammanfattningen."),
]


UM_LINK = "https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/troskelvarden-och-direktupphandlingsgranser/"
NOTICE_2024 = "Tillkännagivande (2024:30) om tröskelvärden vid offentlig upphandling; Upphandlingsmyndigheten."
PENDING_2026 = ("Euro: kommissionens delegerade förordning (EU) 2025/2152. Beloppet i kronor publiceras i ett "
                f"tillkännagivande i SFS och hos Upphandlingsmyndigheten ({UM_LINK}); fyll i det när det har publicerats.")
SOCIAL_DIRECT = ("LOU 19 a kap. 2 § andra meningen: direktupphandlingsgränsen för bilaga 2-tjänster är samma belopp som "
                 "tröskelvärdet för sociala och andra särskilda tjänster under perioden.")
SWEDISH_SOURCES = {
    ("2022-01-01", "supplies_services"): "Konkurrensverket, tidigare tröskelvärden.",
    ("2022-01-01", "works"): "Konkurrensverket, tidigare tröskelvärden.",
    ("2022-01-01", "social_services"): "Konkurrensverket, tidigare tröskelvärden (belopp i euro anges inte där).",
    ("2024-01-01", "supplies_services"): NOTICE_2024,
    ("2024-01-01", "works"): NOTICE_2024,
    ("2024-01-01", "social_services"): NOTICE_2024,
    ("2024-01-01", "direct_award"): "LOU 19 a kap. 2 § (SFS 2021:1110).",
    ("2024-01-01", "direct_award_social"): SOCIAL_DIRECT + " " + NOTICE_2024,
    ("2026-01-01", "supplies_services"): PENDING_2026,
    ("2026-01-01", "works"): PENDING_2026,
    ("2026-01-01", "social_services"): PENDING_2026,
    ("2026-01-01", "direct_award"): "LOU 19 a kap. 2 § (oförändrad sedan 1 februari 2022).",
}


def _thresholds() -> None:
    """Swedish sources for the rows still as seeded; the missing 2026–27 bilaga 2 direct-award row."""
    import csv
    from pathlib import Path

    table = sa.table("procurement_thresholds", sa.column("id", sa.Integer), sa.column("period_start", sa.Date),
                     sa.column("period_end", sa.Date), sa.column("kind", sa.String), sa.column("eur", sa.Integer),
                     sa.column("sek", sa.Integer), sa.column("source", sa.Text))
    seed = Path(__file__).resolve().parent.parent / "seed" / "procurement_thresholds.csv"
    with seed.open(encoding="utf-8", newline="") as f:
        seeded = {(r["period_start"], r["kind"]): r["source"] for r in csv.DictReader(f)}
    bind = op.get_bind()
    rows = bind.execute(sa.select(table.c.id, table.c.period_start, table.c.kind, table.c.source)).all()
    for row_id, start, kind, source in rows:
        key = (str(start), kind)
        if key in SWEDISH_SOURCES and seeded.get(key) == source:
            bind.execute(table.update().where(table.c.id == row_id).values(source=SWEDISH_SOURCES[key]))
    taken = bind.execute(sa.select(table.c.id).where(
        table.c.kind == "direct_award_social", table.c.period_start <= date(2027, 12, 31),
        table.c.period_end >= date(2026, 1, 1))).first()
    if taken is None:
        op.bulk_insert(table, [{"period_start": date(2026, 1, 1), "period_end": date(2027, 12, 31),
                                "kind": "direct_award_social", "eur": None, "sek": None,
                                "source": SOCIAL_DIRECT + " " + PENDING_2026}])


def upgrade() -> None:
    with op.batch_alter_table('procurements', schema=None) as batch_op:
        for name, length in NEW_TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('decision_delegation', sa.Text(), nullable=False, server_default=''))
        for name in NEW_DATE_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))

    op.create_table(
        'procurement_declarations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('procurement_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('signed_on', sa.Date(), nullable=False),
        sa.Column('conflict', sa.Boolean(), nullable=False),
        sa.Column('conflict_description', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_procurement_declarations_person_id_persons')),
        sa.ForeignKeyConstraint(['procurement_id'], ['procurements.id'], ondelete='CASCADE',
                                name=op.f('fk_procurement_declarations_procurement_id_procurements')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_procurement_declarations')),
        sa.UniqueConstraint('procurement_id', 'person_id',
                            name=op.f('uq_procurement_declarations_procurement_id')),
    )
    with op.batch_alter_table('procurement_declarations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procurement_declarations_procurement_id'), ['procurement_id'])
        batch_op.create_index(batch_op.f('ix_procurement_declarations_person_id'), ['person_id'])

    clauses = op.create_table(
        'agreement_clauses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('created_on', sa.Date(), nullable=False),
        sa.CheckConstraint('version >= 1', name=op.f('ck_agreement_clauses_version')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_clauses')),
        sa.UniqueConstraint('key', 'version', name=op.f('uq_agreement_clauses_key')),
    )
    op.create_table(
        'agreement_clause_uses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('agreement_id', sa.Integer(), nullable=False),
        sa.Column('clause_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['agreement_id'], ['framework_agreements.id'], ondelete='CASCADE',
                                name=op.f('fk_agreement_clause_uses_agreement_id_framework_agreements')),
        sa.ForeignKeyConstraint(['clause_id'], ['agreement_clauses.id'],
                                name=op.f('fk_agreement_clause_uses_clause_id_agreement_clauses')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_clause_uses')),
        sa.UniqueConstraint('agreement_id', 'clause_id', name=op.f('uq_agreement_clause_uses_agreement_id')),
    )
    with op.batch_alter_table('agreement_clause_uses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_clause_uses_agreement_id'), ['agreement_id'])
        batch_op.create_index(batch_op.f('ix_agreement_clause_uses_clause_id'), ['clause_id'])

    op.bulk_insert(clauses, [{"id": i, "key": key, "version": 1, "position": i, "title": title, "body": body,
                              "created_on": date(2026, 12, 6)} for i, (key, title, body) in enumerate(CLAUSES, 1)])
    if op.get_bind().dialect.name == "postgresql":  # explicit ids leave the id sequence behind
        op.execute(sa.text("SELECT setval(pg_get_serial_sequence('agreement_clauses', 'id'), "
                           "(SELECT max(id) FROM agreement_clauses))"))
    op.execute(sa.text("INSERT INTO agreement_clause_uses (agreement_id, clause_id) "
                       "SELECT a.id, c.id FROM framework_agreements a CROSS JOIN agreement_clauses c"))
    _thresholds()


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM procurement_thresholds WHERE kind = 'direct_award_social' "
                       "AND period_start = '2026-01-01' AND sek IS NULL"))
    op.drop_table('agreement_clause_uses')
    op.drop_table('agreement_clauses')
    op.drop_table('procurement_declarations')
    with op.batch_alter_table('procurements', schema=None) as batch_op:
        for name in reversed(NEW_DATE_COLUMNS):
            batch_op.drop_column(name)
        batch_op.drop_column('decision_delegation')
        for name, _length in reversed(NEW_TEXT_COLUMNS):
            batch_op.drop_column(name)
