"""Initial schema: municipalities, people (minimal) and organisation settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "municipalities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(4), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("org_number", sa.String(11), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("invoicing_reference", sa.String(200), nullable=False),
        sa.Column("switchboard_phone", sa.String(50), nullable=False),
        sa.Column("website", sa.String(300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_municipalities"),
        sa.UniqueConstraint("municipality_code", name="uq_municipalities_municipality_code"),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("organisation_kind", sa.String(20), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "organisation_kind IN ('stic', 'municipality', 'adda', 'other')", name="organisation_kind"
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"], ["municipalities.id"], name="fk_persons_municipality_id_municipalities"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_persons"),
    )
    op.create_index("ix_persons_municipality_id", "persons", ["municipality_id"])
    op.create_table(
        "organisation_settings",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("text_value", sa.Text(), nullable=True),
        sa.Column("blob_value", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_organisation_settings"),
    )


def downgrade() -> None:
    op.drop_table("organisation_settings")
    op.drop_index("ix_persons_municipality_id", table_name="persons")
    op.drop_table("persons")
    op.drop_table("municipalities")
