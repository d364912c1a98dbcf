"""Member municipalities.

``municipalities``  the register: validation, queries, edits with audit and imports (.csv/.xlsx, the county list)
"""
