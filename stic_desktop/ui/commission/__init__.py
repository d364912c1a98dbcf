"""Provision: the commission page with totals and chart, rate decisions, budget, sales imports and the
invoicing basis.
"""
