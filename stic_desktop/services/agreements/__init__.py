"""Suppliers and framework agreements (ramavtal).

``suppliers``   the supplier register (leverantörer)
``agreements``  create (also from a signed procurement), edit, delete and list agreements
``parties``     an agreement's suppliers (ranking or renewed competition) and participating municipalities
``terms``       extensions, termination, documents, expiry alerts and renewal
``records``     labels, AgreementInput, the frozen AgreementRecord, term arithmetic and the read that builds it
``importing``   importing existing agreements from a spreadsheet, all or nothing
"""
