"""Audit log, and a check constraint on the municipalities' membership status.

Adding the constraint makes Alembic copy the municipalities table (batch mode), the case that
cascades into child rows when foreign keys are on; the migration test guards the people rows.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name="fk_audit_log_person_id_persons", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id"])
    op.create_index("ix_audit_log_person_id", "audit_log", ["person_id"])
    with op.batch_alter_table("municipalities", recreate=_recreate()) as batch:
        batch.create_check_constraint("status", "status IN ('member', 'interested', 'left')")


def _recreate() -> str:
    """SQLite copies the table to add a constraint; PostgreSQL alters it in place (a copy would have to drop
    the primary key that other tables' foreign keys depend on)."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def downgrade() -> None:
    with op.batch_alter_table("municipalities", recreate=_recreate()) as batch:
        batch.drop_constraint(op.f("ck_municipalities_status"), type_="check")
    op.drop_index("ix_audit_log_person_id", table_name="audit_log")
    op.drop_index("ix_audit_log_entity", table_name="audit_log")
    op.drop_table("audit_log")
