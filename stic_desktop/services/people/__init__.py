"""People and groups.

``people``        everyone STIC works with: organisation, expertise tags, activity, duplicates
``importing``     importing contact lists, all rows or none, possible duplicates shown first
``groups``        the standing steering and working groups and the contract groups
``memberships``   who sits in which group, in which role, for which municipality, when
``staffing``      who represents each municipality in each group on a date; experts for contract groups
``staff``         STIC's own staff and the current user (the "who" of every audit row)
``gdpr``          register extract and anonymisation of one person
``gdpr_archive``  archived documents that still mention a person after anonymisation
"""
