"""Meetings from plan to minutes: the meeting itself and its status flow (``meetings``), who is called
(``invitees``), the agenda with templates and PDF attachments, minutes, action items, year plans and the
calendar. ``records`` holds the frozen MeetingRecord and labels every module here reads.
"""
