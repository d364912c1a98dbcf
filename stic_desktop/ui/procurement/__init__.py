"""Upphandlingar: the list, the procurement window with its stage, party, requirement, tender and
document panels, the rules dialog and the overview blocks with the timeline.
"""
