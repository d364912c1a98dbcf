"""Sales report lines: the period index covers the overview's overdue-report read and the yearly totals

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00

Issue 17. The start page asks which (agreement, supplier, month) have a report; the commission page sums a
year of lines per month, agreement, supplier and municipality. With the index on (period_start,
agreement_id) both looked each line up in the table: 108 ms for the overdue read at the large demo, and at ten
times large (2,000,000 lines) the yearly totals were ~18 times slower than at large. The index now also holds
supplier, period kind, municipality and both amounts, so both read from the index alone. Same name, same
leading columns: every query that used it still does.
"""

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

OLD = ['period_start', 'agreement_id']
NEW = ['period_start', 'agreement_id', 'supplier_id', 'period_kind', 'municipality_id', 'amount_ore', 'commission_ore']


def upgrade() -> None:
    with op.batch_alter_table('sales_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_reports_period')
        batch_op.create_index('ix_sales_reports_period', NEW, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sales_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_reports_period')
        batch_op.create_index('ix_sales_reports_period', OLD, unique=False)
