"""Workshops and the proposal list (förslagslista): where coordinated procurements start, and what a
proposal is linked to (interested municipalities, agenda items, procurements).
"""
