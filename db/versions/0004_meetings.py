"""Meetings: invitees, agenda items with attachments, action items, agenda templates; stored files and the
archive of documents sent out.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stored_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_stored_files'))
    )
    op.create_table('agenda_template_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('placement', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('information', 'discussion', 'decision')", name=op.f('ck_agenda_template_items_kind')),
    sa.CheckConstraint("placement IN ('opening', 'closing')", name=op.f('ck_agenda_template_items_placement')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_agenda_template_items_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_items'))
    )
    with op.batch_alter_table('agenda_template_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_template_items_group_id'), ['group_id'], unique=False)

    op.create_table('archived_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['persons.id'], name=op.f('fk_archived_documents_author_id_persons')),
    sa.ForeignKeyConstraint(['sha256'], ['stored_files.sha256'], name=op.f('fk_archived_documents_sha256_stored_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_archived_documents'))
    )
    with op.batch_alter_table('archived_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_archived_documents_author_id'), ['author_id'], unique=False)
        batch_op.create_index('ix_archived_documents_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_archived_documents_sha256'), ['sha256'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('online_link', sa.String(length=1000), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('case_number', sa.String(length=50), nullable=False),
    sa.Column('uid', sa.String(length=100), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('secretary_id', sa.Integer(), nullable=True),
    sa.Column('invitation_sent_at', sa.DateTime(), nullable=True),
    sa.Column('adjusted_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('regular', 'extra', 'workshop')", name=op.f('ck_meetings_kind')),
    sa.CheckConstraint("status IN ('draft', 'invited', 'held', 'adjusted', 'cancelled')", name=op.f('ck_meetings_status')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_meetings_times')),
    sa.ForeignKeyConstraint(['chair_id'], ['persons.id'], name=op.f('fk_meetings_chair_id_persons')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_meetings_group_id_groups')),
    sa.ForeignKeyConstraint(['secretary_id'], ['persons.id'], name=op.f('fk_meetings_secretary_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('uid', name=op.f('uq_meetings_uid'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_secretary_id'), ['secretary_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_starts_at'), ['starts_at'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('proposed_decision', sa.Text(), nullable=False),
    sa.Column('minutes_notes', sa.Text(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('paragraph', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('information', 'discussion', 'decision')", name=op.f('ck_agenda_items_kind')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_id'], ['persons.id'], name=op.f('fk_agenda_items_presenter_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_presenter_id'), ['presenter_id'], unique=False)

    op.create_table('meeting_invitees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('guest', sa.Boolean(), nullable=False),
    sa.Column('rsvp', sa.String(length=20), nullable=False),
    sa.Column('rsvp_substitute_id', sa.Integer(), nullable=True),
    sa.Column('attendance', sa.String(length=20), nullable=False),
    sa.Column('attendance_substitute_id', sa.Integer(), nullable=True),
    sa.Column('adjuster', sa.Boolean(), nullable=False),
    sa.CheckConstraint("attendance IN ('unknown', 'present', 'absent', 'substitute')", name=op.f('ck_meeting_invitees_attendance')),
    sa.CheckConstraint("rsvp IN ('pending', 'yes', 'no', 'substitute')", name=op.f('ck_meeting_invitees_rsvp')),
    sa.ForeignKeyConstraint(['attendance_substitute_id'], ['persons.id'], name=op.f('fk_meeting_invitees_attendance_substitute_id_persons')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_invitees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_meeting_invitees_person_id_persons')),
    sa.ForeignKeyConstraint(['rsvp_substitute_id'], ['persons.id'], name=op.f('fk_meeting_invitees_rsvp_substitute_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_invitees')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_meeting_invitees_meeting_id'))
    )
    with op.batch_alter_table('meeting_invitees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_invitees_attendance_substitute_id'), ['attendance_substitute_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_invitees_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_invitees_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_invitees_rsvp_substitute_id'), ['rsvp_substitute_id'], unique=False)

    op.create_table('action_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_action_items_agenda_item_id_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_action_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['responsible_id'], ['persons.id'], name=op.f('fk_action_items_responsible_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_items_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_items_responsible_id'), ['responsible_id'], unique=False)

    op.create_table('agenda_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_agenda_attachments_agenda_item_id_agenda_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sha256'], ['stored_files.sha256'], name=op.f('fk_agenda_attachments_sha256_stored_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_attachments'))
    )
    with op.batch_alter_table('agenda_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_attachments_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_attachments_sha256'), ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('agenda_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_attachments_sha256'))
        batch_op.drop_index(batch_op.f('ix_agenda_attachments_agenda_item_id'))

    op.drop_table('agenda_attachments')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_items_responsible_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_items_agenda_item_id'))

    op.drop_table('action_items')
    with op.batch_alter_table('meeting_invitees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_invitees_rsvp_substitute_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_invitees_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_invitees_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_invitees_attendance_substitute_id'))

    op.drop_table('meeting_invitees')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_presenter_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_meeting_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meetings_secretary_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_group_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_chair_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('archived_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_archived_documents_sha256'))
        batch_op.drop_index('ix_archived_documents_entity')
        batch_op.drop_index(batch_op.f('ix_archived_documents_author_id'))

    op.drop_table('archived_documents')
    with op.batch_alter_table('agenda_template_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_template_items_group_id'))

    op.drop_table('agenda_template_items')
    op.drop_table('stored_files')
