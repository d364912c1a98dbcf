"""Performance figures for DESIGN.md's "Performance" targets, measured on a demo database.

``python -m benchmarks [--size small|large] [--json FILE]``. Each module listed in MODULES has
``TITLE`` and ``run(context) -> list[benchmarks.common.Result]``; a later issue adds its figures
(window shown, list page open, filter keystroke, commission totals) as one more module here.
Measured, printed and compared with the targets; never a timed test.
"""

MODULES = ("benchmarks.meeting_pack", "benchmarks.search", "benchmarks.startup", "benchmarks.ui_pages",
           "benchmarks.record_window", "benchmarks.procurements", "benchmarks.commission", "benchmarks.person_data",
           "benchmarks.memory", "benchmarks.team")
