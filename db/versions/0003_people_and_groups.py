"""People in full (organisation, notes, expertise tags, anonymisation), groups and memberships.

The standing steering group and working group are created here, so they exist from the first start.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("other_organisation", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("anonymised", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "person_expertise",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_person_expertise_person_id_persons"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("person_id", "tag", name=op.f("pk_person_expertise")),
    )
    groups = op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("subject_area", sa.String(200), nullable=False),
        sa.Column("min_experts", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kind IN ('steering', 'working', 'contract')", name=op.f("ck_groups_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
    )
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("represents_other", sa.Boolean(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "role IN ('chair', 'vice_chair', 'member', 'substitute', 'secretary', 'convener', 'expert', 'adjunct')",
            name=op.f("ck_memberships_role"),
        ),
        sa.CheckConstraint("to_date IS NULL OR to_date >= from_date", name=op.f("ck_memberships_dates")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_memberships_person_id_persons")),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], name=op.f("fk_memberships_group_id_groups")),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipalities.id"],
                                name=op.f("fk_memberships_municipality_id_municipalities")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    op.create_index(op.f("ix_memberships_person_id"), "memberships", ["person_id"])
    op.create_index(op.f("ix_memberships_group_id"), "memberships", ["group_id"])
    op.create_index(op.f("ix_memberships_municipality_id"), "memberships", ["municipality_id"])
    op.bulk_insert(groups, [
        {"kind": "steering", "name": "Styrgruppen", "subject_area": "", "min_experts": 0, "notes": "", "active": True},
        {"kind": "working", "name": "Arbetsgruppen", "subject_area": "", "min_experts": 0, "notes": "", "active": True},
    ])


def downgrade() -> None:
    op.drop_index(op.f("ix_memberships_municipality_id"), table_name="memberships")
    op.drop_index(op.f("ix_memberships_group_id"), table_name="memberships")
    op.drop_index(op.f("ix_memberships_person_id"), table_name="memberships")
    op.drop_table("memberships")
    op.drop_table("groups")
    op.drop_table("person_expertise")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("anonymised")
        batch.drop_column("notes")
        batch.drop_column("other_organisation")
