"""Small, dependency-free building blocks every layer uses: the clock, money in öre, Swedish dates,
safe file names and working days. Nothing here touches the database or Qt widgets.
"""
