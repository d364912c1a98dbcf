"""Decision dispatch: who each decision of the minutes is sent to (expedieras)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00

Swedish minutes end each paragraph with "Expedieras: ..." (who gets the decision). Issue 16 adds it as a
text field on the agenda item, empty for the items that exist.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.add_column(sa.Column("dispatch_to", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_column("dispatch_to")
