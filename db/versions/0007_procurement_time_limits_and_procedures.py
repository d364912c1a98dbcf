"""Procurement time limits and procedures: two-phase periods, new procedures, grounds, longer standstill

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 09:00:00

LOU (2016:1145) as reviewed in issue 15: restricted and negotiated procedures have an application deadline
(11 kap. 3 §) and a tender period from the invitation (11 kap. 3 § andra stycket, 6, 7 §§); competitive
dialogue has the application period only; innovationspartnerskap and förhandlat förfarande utan föregående
annonsering (6 kap. 12-19 §§) are added; +5 days when the documents are not electronically available
(11 kap. 9 §); a longer standstill than the minimum (20 kap. 1 § tredje stycket) and the 10-day bar after a
voluntary ex ante notice (20 kap. 3 §). The rule table gets the new time limits and paragraph references;
the days a user has edited are kept.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

OLD_PROCEDURES = ('open', 'restricted', 'negotiated', 'competitive_dialogue', 'below_threshold', 'direct_award')
NEW_PROCEDURES = ('open', 'restricted', 'negotiated', 'competitive_dialogue', 'innovation_partnership',
                  'negotiated_without_notice', 'below_threshold', 'direct_award')


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# New rows: key, days, label, reference (LOU 2016:1145).
NEW_RULES = [
    *[(f"application.{p}.base", 30, f"{label}: anbudsansökningar, grundregel", "LOU 11 kap. 3 §")
      for p, label in (("restricted", "Selektivt förfarande"),
                       ("negotiated", "Förhandlat förfarande med föregående annonsering"),
                       ("competitive_dialogue", "Konkurrenspräglad dialog"),
                       ("innovation_partnership", "Innovationspartnerskap"))],
    *[(f"application.{p}.urgent", 15, f"{label}: anbudsansökningar, brådskande", "LOU 11 kap. 10 §")
      for p, label in (("restricted", "Selektivt förfarande"),
                       ("negotiated", "Förhandlat förfarande med föregående annonsering"))],
    *[(f"tender.{p}.not_reached", 10, f"{label}: anbudstid från inbjudan, ingen överenskommelse",
       "LOU 11 kap. 7 §")
      for p, label in (("restricted", "Selektivt förfarande"),
                       ("negotiated", "Förhandlat förfarande med föregående annonsering"))],
    ("extension.documents_not_electronic", 5, "Förlängning när upphandlingsdokumenten inte finns elektroniskt",
     "LOU 11 kap. 9 §"),
    ("standstill.ex_ante", 10, "Avtalsspärr efter annons om avsikt att tilldela kontrakt", "LOU 20 kap. 3 §"),
]
# Existing rows get precise references and, for the two-phase procedures, labels that say where the
# tender period starts; their days stay as the user left them.
VARIANT_REFERENCES = {"base": "LOU 11 kap. 3 § andra stycket", "electronic": "LOU 11 kap. 6 §",
                      "pin": "LOU 11 kap. 5 §", "urgent": "LOU 11 kap. 10 §"}
OPEN_REFERENCES = {"base": "LOU 11 kap. 2 §", "electronic": "LOU 11 kap. 6 §", "pin": "LOU 11 kap. 5 §",
                   "urgent": "LOU 11 kap. 10 §"}
VARIANT_TEXTS = {"base": "grundregel", "electronic": "elektroniska anbud", "pin": "efter förhandsannonsering",
                 "urgent": "brådskande"}
TWO_PHASE = {"restricted": "Selektivt förfarande", "negotiated": "Förhandlat förfarande med föregående annonsering"}


def upgrade() -> None:
    with op.batch_alter_table('procurements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('procedure_grounds', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('application_deadline_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('invitation_sent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('tender_period_agreement', sa.String(length=20), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('documents_electronic', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column('standstill_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('ex_ante_published_on', sa.Date(), nullable=True))
        batch_op.drop_constraint(op.f('ck_procurements_procedure'), type_='check')
        batch_op.create_check_constraint('procedure', _in('procedure', NEW_PROCEDURES))
        batch_op.create_check_constraint('tender_period_agreement',
                                         _in('tender_period_agreement', ('', 'agreed', 'not_reached')))
        batch_op.create_check_constraint('standstill_days', 'standstill_days IS NULL OR standstill_days >= 0')

    rules = sa.table("deadline_rules", sa.column("key", sa.String), sa.column("days", sa.Integer),
                     sa.column("label", sa.String), sa.column("reference", sa.String))
    # Competitive dialogue has no minimum tender period (only 11 kap. 3 § första stycket applies to it).
    op.execute(rules.delete().where(rules.c.key.like('tender.competitive_dialogue.%')))
    for variant, reference in OPEN_REFERENCES.items():
        op.execute(rules.update().where(rules.c.key == f"tender.open.{variant}").values(reference=reference))
    for procedure, label in TWO_PHASE.items():
        for variant, reference in VARIANT_REFERENCES.items():
            op.execute(rules.update().where(rules.c.key == f"tender.{procedure}.{variant}").values(
                reference=reference, label=f"{label}: anbudstid från inbjudan, {VARIANT_TEXTS[variant]}"))
    op.execute(rules.update().where(rules.c.key.like('standstill.%')).values(reference="LOU 20 kap. 1 §"))
    existing = {key for (key,) in op.get_bind().execute(sa.select(rules.c.key))}
    op.bulk_insert(rules, [dict(zip(("key", "days", "label", "reference"), rule))
                           for rule in NEW_RULES if rule[0] not in existing])


def downgrade() -> None:
    rules = sa.table("deadline_rules", sa.column("key", sa.String), sa.column("days", sa.Integer),
                     sa.column("label", sa.String), sa.column("reference", sa.String))
    op.execute(rules.delete().where(rules.c.key.in_([rule[0] for rule in NEW_RULES])))
    op.bulk_insert(rules, [{"key": f"tender.competitive_dialogue.{variant}", "days": days,
                            "label": f"Konkurrenspräglad dialog: anbudstid, {VARIANT_TEXTS[variant]}",
                            "reference": "LOU 11 kap."}
                           for variant, days in zip(VARIANT_TEXTS, (30, 25, 10, 10))])
    op.execute(sa.text("UPDATE procurements SET procedure = 'negotiated' "
                       "WHERE procedure IN ('innovation_partnership', 'negotiated_without_notice')"))
    with op.batch_alter_table('procurements', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_procurements_standstill_days'), type_='check')
        batch_op.drop_constraint(op.f('ck_procurements_tender_period_agreement'), type_='check')
        batch_op.drop_constraint(op.f('ck_procurements_procedure'), type_='check')
        batch_op.create_check_constraint('procedure', _in('procedure', OLD_PROCEDURES))
        batch_op.drop_column('ex_ante_published_on')
        batch_op.drop_column('standstill_days')
        batch_op.drop_column('documents_electronic')
        batch_op.drop_column('tender_period_agreement')
        batch_op.drop_column('invitation_sent_on')
        batch_op.drop_column('application_deadline_on')
        batch_op.drop_column('procedure_grounds')
