"""Procurements through the LOU stages: the case (``procurements``), its stages, parties and powers of
attorney, tenders, the deadline arithmetic and rule tables (``deadlines``, ``rules``), what is sent out
(``sending``) and the overview blocks. ``records`` holds the frozen records and labels.
"""
