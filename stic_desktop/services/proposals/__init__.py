"""Workshops and the proposal list (förslagslista), where coordinated procurements start.

``proposals``  proposals, their status and the working group's priority order
``links``      what a proposal is linked to: interested municipalities, agenda items
``workshops``  workshops with people from the municipalities' services, and their participants
"""
