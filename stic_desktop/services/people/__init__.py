"""People and groups: everyone STIC works with, the steering, working and contract groups, memberships
over time, the staffing view, STIC's own staff (the current user) and GDPR extract and anonymisation.
"""
