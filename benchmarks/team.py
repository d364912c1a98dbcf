"""The team database (issue 14): the same demo on SQLite and on a throwaway local PostgreSQL server, measured
side by side in one run: ``server move-in`` of the demo file, list pages open and the slowest filter keystroke,
the overview's reload, commission totals against the same aggregate in plain SQL on the same database, and
the meeting pack.

The server is the tests' own (tests/pg_server.py: initdb and pg_ctl in a temporary folder, a Unix socket, no
TCP port); without PostgreSQL installed the module reports that and measures nothing.

Targets (issue 14, large demo): list page open ≤ 100 ms, filter keystroke ≤ 30 ms, overview ≤ 300 ms,
commission totals ≤ 1.5 × plain SQL, meeting pack ≤ 1.5 s, move-in ≤ 60 s.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from contextlib import closing
from pathlib import Path

from benchmarks.common import Context, Result, median

TITLE = "Teamdatabas: SQLite och PostgreSQL sida vid sida"
TARGET_MOVE_IN_S = 60
TARGET_OVERVIEW_MS = 300
TARGET_RATIO = 1.5
RUNS = 5
NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def load_pg_server():
    """tests/pg_server.py (the tests' throwaway server), loaded by path: tests/ is not a package."""
    path = Path(__file__).resolve().parent.parent / "tests" / "pg_server.py"
    module = sys.modules.get("pg_server")
    if module is None:
        spec = importlib.util.spec_from_file_location("pg_server", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["pg_server"] = module
        spec.loader.exec_module(module)
    return module


class TeamContext(Context):
    """The benchmark context with ``open_db`` on the team database instead of the file."""

    def __init__(self, base: Context, url: str) -> None:
        super().__init__(base.size, base.folder / "pg", base.db_path, base.notes)
        self.folder.mkdir(exist_ok=True)
        self.url = url

    def open_db(self):
        from stic_desktop.services.workspace.database import open_database

        return open_database(self.url)


def _overview(context: Context) -> tuple[float, float]:
    """Median ms of the overview's reload (read in a worker, until its blocks show the data) and of the program's
    processor time meanwhile, once the search index that the window builds in the background after start-up is
    ready (as benchmarks/startup.py measures it): a reload while the index is being built waits for Python's lock
    and measures the index, not the overview."""
    from PySide6.QtCore import QSettings

    from benchmarks.startup import _wait
    from stic_desktop.ui.context import AppContext
    from stic_desktop.ui.main_window import MainWindow

    app = context.app()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(context.folder / "settings"))
    db = context.open_db()
    try:
        window = MainWindow(AppContext(db))
        window.resize(1180, 740)
        window.show()
        page = window.page("overview")
        _wait(app, page.loaded)
        _wait_for_search_index(app, window)
        timings, cpu = [], []
        for _ in range(RUNS):
            started, started_cpu = time.perf_counter(), time.process_time()
            page.reload()
            _wait(app, page.loaded)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        db.close()
    return statistics.median(timings), statistics.median(cpu)


def _wait_for_search_index(app, window) -> None:
    from benchmarks.startup import _wait

    while window.search_cache is None:  # started once the overview's data are drawn
        app.processEvents()
        time.sleep(0.002)
    if window.search_cache.index is None:
        _wait(app, window.search_cache.ready)


def pg_raw_sql(group_by: str, year: int | None) -> tuple[str, tuple]:
    """benchmarks.commission.raw_sql in PostgreSQL's words (to_char for the month, %s placeholders)."""
    from benchmarks.commission import LABELS

    where, args = ("", ()) if year is None else (
        "WHERE period_start >= %s AND period_start <= %s", (f"{year}-01-01", f"{year}-12-31"))
    if group_by == "month":
        return (f"SELECT key, key, amount, commission, lines FROM (SELECT to_char(period_start, 'YYYY-MM') AS key, "
                f"sum(amount_ore) AS amount, sum(commission_ore) AS commission, count(*) AS lines FROM sales_reports "
                f"{where} GROUP BY key) AS s ORDER BY key", args)
    column, join, label, order = LABELS[group_by]
    return (f"SELECT s.key, {label}, s.amount, s.commission, s.lines FROM (SELECT {column} AS key, "
            f"sum(amount_ore) AS amount, sum(commission_ore) AS commission, count(*) AS lines FROM sales_reports "
            f"{where} GROUP BY {column}) AS s {join} ORDER BY s.key IS NULL, {order}", args)


def _none(backend: str):
    """No parameters: psycopg wants None (a bare % then stays itself), sqlite3 an empty tuple."""
    return None if backend == "postgresql" else ()


def _commission(context: Context, location, backend: str) -> list[tuple[str, float, float]]:
    """(grouping, service ms, plain SQL ms) for all years, interleaved so both see the same cache."""
    import sqlite3

    from benchmarks.commission import raw_sql
    from stic_desktop.services.commission import commission

    db = context.open_db()
    if backend == "postgresql":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from backend_tools import connect_plain

        conn = connect_plain(location)._conn
    else:
        conn = sqlite3.connect(location)
    found = []
    try:
        with closing(conn):
            for group_by in ("agreement", "supplier", "municipality", "month"):
                sql, args = (pg_raw_sql if backend == "postgresql" else raw_sql)(group_by, None)
                service = commission.totals(db, year=None, group_by=group_by)
                raw = conn.execute(sql, args or _none(backend)).fetchall()
                assert [(r.amount_ore, r.commission_ore, r.lines) for r in service] == [tuple(r[2:]) for r in raw]
                ours, theirs = [], []
                for _ in range(RUNS):
                    started = time.perf_counter()
                    commission.totals(db, year=None, group_by=group_by)
                    ours.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    conn.execute(sql, args or _none(backend)).fetchall()
                    theirs.append((time.perf_counter() - started) * 1000)
                found.append((group_by, median(ours), median(theirs)))
    finally:
        db.close()
    return found


def _side_by_side(pairs: dict[str, list[Result]]) -> list[Result]:
    """The figures of both backends one after the other: "<figure> – SQLite", "<figure> – PostgreSQL"."""
    out: list[Result] = []
    for lite, team in zip(pairs["sqlite"], pairs["postgresql"], strict=False):
        for backend, r in (("sqlite", lite), ("postgresql", team)):
            out.append(Result(f"{r.name} – {NAMES[backend]}", r.value, r.unit, r.target, r.ok))
    return out


def run(context: Context) -> list[Result]:
    from benchmarks import meeting_pack, ui_pages
    from stic_desktop.services.workspace import team

    pg = load_pg_server()
    bindir = pg.find_bindir()
    if bindir is None:
        return [Result("PostgreSQL är inte installerat (initdb/pg_ctl saknas): inget mätt", 0, "", None, False)]
    server = pg.Server(bindir).start()
    try:
        url = server.url(server.create(name="stic_bench"))
        started = time.perf_counter()
        moved = team.move_in(context.db_path, url)
        move_in_s = time.perf_counter() - started
        results = [Result.info(f"Flytta in demodatan: rader ({sum(moved.source.values())})",
                               sum(moved.target.values()), "st"),
                   Result.at_most("server move-in av demodatan", move_in_s, "s", TARGET_MOVE_IN_S)]
        contexts = {"sqlite": context, "postgresql": TeamContext(context, url)}
        locations = {"sqlite": context.db_path, "postgresql": url}
        pages = {b: ui_pages.run(c) for b, c in contexts.items()}
        results += _side_by_side(pages)
        overview = {}
        for backend, c in contexts.items():
            wall_ms, cpu_ms = _overview(c)
            # the program's processor time (both threads; not the server's): steadier than the clock on a busy machine
            overview[backend] = [Result.at_most("Översikten läses om (tills den visas)", wall_ms, "ms", TARGET_OVERVIEW_MS),
                                 Result.info("  … processortid i programmet", cpu_ms, "ms")]
        results += _side_by_side(overview)
        totals = {}
        for backend, c in contexts.items():
            totals[backend] = [
                Result.at_most(f"Provisionssummor per {g}, alla år: tjänsten / ren SQL ({ours:.1f} / {theirs:.1f} ms)",
                               ours / theirs if theirs else 0.0, "×", TARGET_RATIO)
                for g, ours, theirs in _commission(c, locations[backend], backend)]
        results += _side_by_side(totals)
        packs = {}
        for backend, c in contexts.items():
            figures = meeting_pack.run(c)
            packs[backend] = [r for r in figures if r.name.startswith("Mötespaket i arbetstråd")]
        results += _side_by_side(packs)
    finally:
        server.stop()
    return results
