"""What belongs to the whole workspace rather than one area.

``organisation``  organisation settings (name, logo, default meeting place)
``database``      opening, checking and backing up database files
``backups``       restore, and the rotating automatic backups
``search``        search everywhere (Ctrl+K)
``overview``      the overview start page: what needs attention now
"""
