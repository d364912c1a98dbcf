"""Suppliers and framework agreements: the supplier register, agreements with their parties, terms,
extensions, documents, and the import of existing agreements.
"""
