"""Avtal and Leverantörer: the agreement list and window with its panels, creating an agreement from a
procurement, the supplier register.
"""
