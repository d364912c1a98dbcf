"""Planned send day of a meeting's invitation

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 10:00:00

Issue 16: a kallelse carries its own date, the day the invitation was sent or is planned to be sent. Meetings
get the planned day (a date, empty for the meetings that exist: their kallelse keeps the sent day, else the
meeting's day).
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("invitation_planned_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("invitation_planned_on")
