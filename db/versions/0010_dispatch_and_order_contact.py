"""Dispatch and ordering contact: who each decision of the minutes is sent to (expedieras),
and whom the municipalities order from

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 09:00:00

Swedish minutes end each paragraph with "Expedieras: ..." (who gets the decision). Issue 16 adds it as a
text field on the agenda item, empty for the items that exist. The agreement summary printed the supplier's
sales-report address as the contact for ordering: suppliers get an ordering contact (name, e-mail, phone),
empty until filled in.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.add_column(sa.Column("dispatch_to", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("suppliers") as batch:
        batch.add_column(sa.Column("order_contact_name", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("order_contact_email", sa.String(254), nullable=False, server_default=""))
        batch.add_column(sa.Column("order_contact_phone", sa.String(50), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("suppliers") as batch:
        for name in ("order_contact_phone", "order_contact_email", "order_contact_name"):
            batch.drop_column(name)
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_column("dispatch_to")
