"""Row versions against lost updates; § numbers unique per group and year

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 10:00:00

Issue 14 ("No lost updates"): every record users edit in a form gets ``row_version`` (SQLAlchemy's
version_id_col, 1 for existing rows), so saving over someone else's newer change is refused. Agenda items get
``paragraph_scope``, where their § number was counted ("group:ID:YEAR" or "meeting:ID"), unique with the number,
so two people numbering minutes at once cannot both give the same §. Case numbers and agreement numbers were
unique already. Portable: plain ADD COLUMN and a unique constraint, the scope worked out in Python.
"""

from datetime import timezone
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

VERSIONED_TABLES = (
    "municipalities", "persons", "groups", "memberships", "meetings", "agenda_items", "action_items",
    "procurements", "tenders", "suppliers", "framework_agreements", "workshops", "proposals",
    "commission_rate_decisions", "budget_lines", "procurement_thresholds", "deadline_rules",
)
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _scopes(connection) -> dict[int, str]:
    """The scope of every numbered agenda item as its numbering had it; a number used twice in one scope (made
    before the constraint existed) keeps its number, its scope is made unique by the item's id."""
    rows = connection.execute(sa.text(
        "SELECT agenda_items.id, agenda_items.paragraph, meetings.id, meetings.group_id, meetings.starts_at "
        "FROM agenda_items JOIN meetings ON meetings.id = agenda_items.meeting_id "
        "WHERE agenda_items.paragraph IS NOT NULL ORDER BY agenda_items.id")).fetchall()
    scopes: dict[int, str] = {}
    taken: set[tuple[str, int]] = set()
    for item_id, paragraph, meeting_id, group_id, starts_at in rows:
        if group_id is None:
            scope = f"meeting:{meeting_id}"
        else:
            if isinstance(starts_at, str):
                from datetime import datetime

                starts_at = datetime.fromisoformat(starts_at)
            year = starts_at.replace(tzinfo=timezone.utc).astimezone(STOCKHOLM).year
            scope = f"group:{group_id}:{year}"
        if (scope, paragraph) in taken:
            scope = f"{scope}:dup{item_id}"
        taken.add((scope, paragraph))
        scopes[item_id] = scope
    return scopes


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("agenda_items") as batch:
        batch.add_column(sa.Column("paragraph_scope", sa.String(length=40), nullable=True))
    connection = op.get_bind()
    items = sa.table("agenda_items", sa.column("id", sa.Integer), sa.column("paragraph_scope", sa.String))
    for item_id, scope in _scopes(connection).items():
        connection.execute(items.update().where(items.c.id == item_id).values(paragraph_scope=scope))
    with op.batch_alter_table("agenda_items") as batch:
        batch.create_unique_constraint("uq_agenda_items_paragraph_scope", ["paragraph_scope", "paragraph"])


def downgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_constraint("uq_agenda_items_paragraph_scope", type_="unique")
        batch.drop_column("paragraph_scope")
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
