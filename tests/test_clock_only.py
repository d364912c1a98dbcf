"""Only stic_desktop/core/clock.py asks the system for "now"; everything else asks the clock.

Read from the source with ast, so a call, a bare reference (``default=datetime.now``) and an aliased
module (``datetime.datetime.now()``) are all caught; comments and strings are not.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "stic_desktop"
CLOCK = PACKAGE / "core" / "clock.py"

# (owner, attribute): date.today, datetime.now, ..., also reached as datetime.date.today etc.
FORBIDDEN = {("date", "today"), ("datetime", "today"), ("datetime", "now"), ("datetime", "utcnow"),
             ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
             ("QDateTime", "currentSecsSinceEpoch"), ("QDateTime", "currentMSecsSinceEpoch"),
             ("QTime", "currentTime"), ("time", "time"), ("time", "localtime"), ("time", "gmtime")}
FORBIDDEN_FROM_IMPORTS = {("time", "time"), ("time", "localtime"), ("time", "gmtime")}


def asks_the_system(source: str, filename: str = "<source>") -> list[str]:
    """Every line in ``source`` that reads the system clock directly, as 'LINE: owner.attribute'."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else None
            if (name, node.attr) in FORBIDDEN:
                found.append((node.lineno, node.col_offset, f"{name}.{node.attr}"))
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, node.col_offset, f"from {node.module} import {alias.name}")
                      for alias in node.names if (node.module, alias.name) in FORBIDDEN_FROM_IMPORTS]
    return [f"{line}: {text}" for line, _column, text in sorted(found)]


def test_the_reader_sees_every_way_of_asking():
    sample = """
import datetime as dt, time
from datetime import date, datetime
from time import time as now_seconds
from PySide6.QtCore import QDate, QDateTime
a = date.today(); b = datetime.now(); c = datetime.utcnow(); d = datetime.today()
e = dt.datetime.now(dt.timezone.utc); f = dt.date.today()
g = QDate.currentDate(); h = QDateTime.currentDateTime(); i = time.time()
default = datetime.now
# date.today() in a comment and "datetime.now()" in a string are fine
j = time.perf_counter(); k = clock.today(); m = some_date.today
"""
    found = asks_the_system(sample)
    assert [line.split(": ")[1] for line in found] == [
        "from time import time", "date.today", "datetime.now", "datetime.utcnow", "datetime.today", "datetime.now",
        "date.today", "QDate.currentDate", "QDateTime.currentDateTime", "time.time", "datetime.now"], found


def test_only_the_clock_asks_the_system_for_now():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path != CLOCK:
            offenders += [f"{path.relative_to(PACKAGE.parent)}:{hit}"
                          for hit in asks_the_system(path.read_text(encoding="utf-8"), str(path))]
    assert offenders == [], "use stic_desktop.core.clock (today/now/utcnow) instead:\n" + "\n".join(offenders)


def test_the_clock_itself_is_where_now_is_read():
    hits = asks_the_system(CLOCK.read_text(encoding="utf-8"), str(CLOCK))
    assert [hit.split(": ")[1] for hit in hits] == ["datetime.now"], hits
