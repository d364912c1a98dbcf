"""Commission (provision), sales reports and the budget.

``commission``    the steering group's rate decisions and the exact arithmetic on sales lines
``sales``         sales reports entered by hand: periods, amounts, overdue reports
``sales_file``    reading a sales-report file (.xlsx/.csv) into plain rows
``sales_import``  importing sales reports from files: every row checked, all lines or none
``budget``        the yearly budget lines and their outcome
``reports``       what the commission documents show (invoicing basis, reports to the steering group)
"""
