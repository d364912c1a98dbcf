"""Möten and Kalender: the meeting list, the meeting window with its agenda, attendance, minutes and
documents tabs, year plans and the calendar.
"""
