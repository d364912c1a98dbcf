"""The database underneath the services: opening and checking a file, the engine and sessions,
migrations (with a backup first) and the content-addressed blob store for files kept inside it.
"""
