"""Team database: amounts in öre as 64-bit integers on PostgreSQL; the audit log records the login.

SQLite's INTEGER already holds 64 bits, so nothing changes in a file. PostgreSQL's INTEGER is 32-bit (at most
21 474 836,47 kronor), too small for a procurement's estimated value; there the amount columns become BIGINT.

``audit_log.login``: on PostgreSQL the server fills it with the logged-in role (``current_user``), so who made a
change is the login, not a name picked from a list; in a file it stays empty. ``team_logins`` says which staff
member a login is (the audit log's person, and who may see a procurement's tenders before the award).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

MONEY_COLUMNS = (
    ("procurements", "estimated_value_ore"),
    ("procurement_participants", "estimated_volume_ore"),
    ("tenders", "price_ore"),
    ("sales_reports", "amount_ore"),
    ("sales_reports", "commission_ore"),
    ("budget_lines", "budget_ore"),
    ("budget_lines", "outcome_ore"),
    ("proposal_interests", "yearly_volume_ore"),
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("login", sa.String(63), nullable=True,
                                   server_default=None if sqlite else sa.text("current_user")))
    op.create_table(
        "team_logins",
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name="fk_team_logins_person_id_persons",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("login", name="pk_team_logins"),
    )
    op.create_index("ix_team_logins_person_id", "team_logins", ["person_id"])
    if sqlite:
        return
    for table, column in MONEY_COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    op.drop_index("ix_team_logins_person_id", table_name="team_logins")
    op.drop_table("team_logins")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("login")
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in MONEY_COLUMNS:
        op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
