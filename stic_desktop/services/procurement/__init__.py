"""Procurements through the LOU stages.

``procurements``  create (also from a decided proposal), edit, delete, list; opening witnesses
``records``       labels, ProcurementInput, the frozen records and the read that builds them
``stages``        planned and actual stage dates, moving on and back, cancelling, tender period, standstill
``parties``       participating municipalities, powers of attorney and requirements documents
``tenders``       tenders: registered, qualified, priced, scored, ranked, awarded
``sending``       award decisions and other documents that leave STIC, archived as sent
``deadlines``     LOU time-limit arithmetic (minimum tender period, standstill)
``rules``         the rule tables the user keeps: thresholds and time limits
``overview``      the procurement blocks of the overview and the timeline
"""
