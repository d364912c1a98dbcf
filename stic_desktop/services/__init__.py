"""Use cases: validation, rules, queries and the audit log. Each write is one transaction.

Services take an open ``Database`` and plain values, and return frozen dataclasses (never ORM
objects, which expire after commit and cannot cross threads).
"""
