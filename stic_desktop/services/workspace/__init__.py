"""What belongs to the whole workspace rather than one area: organisation settings, opening and checking
database files, backups and restore, search everywhere and the overview start page.
"""
