"""Sales report lines: the period index covers the yearly commission totals

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00

The commission page sums a year of sales lines per month, agreement, supplier and municipality. With the
index on (period_start, agreement_id) each line's amounts were looked up in the table: at ten times the
large demo (2,000,000 lines, a 500 MB file) those scattered reads made the page ~18 times slower than at
the large size. The index now also holds supplier, municipality and both amounts, so a year's totals are
read from the index alone and grow with the data. Same name, same leading columns: every query that used it
still does.
"""

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

OLD = ['period_start', 'agreement_id']
NEW = ['period_start', 'agreement_id', 'supplier_id', 'municipality_id', 'amount_ore', 'commission_ore']


def upgrade() -> None:
    with op.batch_alter_table('sales_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_reports_period')
        batch_op.create_index('ix_sales_reports_period', NEW, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sales_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_reports_period')
        batch_op.create_index('ix_sales_reports_period', OLD, unique=False)
