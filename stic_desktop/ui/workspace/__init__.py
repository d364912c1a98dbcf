"""The workspace around the pages: the overview start page, search everywhere, settings, organisation,
backups and restore, the crash dialog, language and per-user preferences.
"""
