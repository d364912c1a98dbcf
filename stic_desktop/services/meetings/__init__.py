"""Meetings from plan to minutes.

``meetings``          create, edit, delete; the status flow and the calendar sequence number
``records``           labels, MeetingInput, the frozen MeetingRecord, its read and the lock rule
``invitees``          who is called: the group's members plus guests; replies, attendance, quorum
``agenda``            the agenda items with computed times and § numbers; applies a group's template
``agenda_templates``  each group's standard opening and closing items
``attachments``       PDF files attached to agenda items
``minutes``           notes and decisions per item, adjusting (justering) and reopening
``action_items``      action items decided at a meeting, followed up until done
``year_plan``         a group's meetings for a year in one step, on working days
``calendar``          the meetings of a period and what is wrong with them
"""
