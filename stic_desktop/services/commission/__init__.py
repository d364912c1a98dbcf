"""Commission: rate decisions and exact arithmetic (``commission``), suppliers' sales reports entered or
imported from files, the budget with outcome, and what the commission documents show (``reports``).
"""
