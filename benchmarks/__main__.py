"""``python -m benchmarks``: builds a demo database in a temporary folder, runs every benchmark module,
prints a table of figures against their targets and, with --json, writes them to a file."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from benchmarks import MODULES
from benchmarks.common import Context, Result, peak_memory_mb, table
from stic_desktop.core import clock


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", choices=("small", "large"), default="large",
                        help="demodatans storlek (standard: large, den storlek målen gäller)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="skriv resultaten även som JSON")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="mät på en kopia av en befintlig demodatabas i stället för att skapa en ny")
    parser.add_argument("--only", action="append", metavar="MODUL", choices=[m.rsplit(".", 1)[1] for m in MODULES],
                        help="kör bara den här modulen (kan anges flera gånger)")
    parser.add_argument("--strict", action="store_true", help="avsluta med kod 1 om något mål missas")
    return parser


def _database(context: Context, source: Path | None) -> list[Result]:
    """The demo database of the chosen size (or a copy of ``source``); how long it took, as figures."""
    from sqlalchemy import func, select

    from stic_desktop.demo import meetings as demo_meetings
    from stic_desktop.demo import seed as demo
    from stic_desktop.models import Meeting
    from stic_desktop.services.workspace.database import backup_database, open_database

    started = time.perf_counter()
    if source is not None:
        backup_database(source, context.db_path)
        db = open_database(context.db_path)
        name = f"Kopia av {source.name}"
    else:
        db = open_database(context.db_path)
        demo.seed_demo(db, context.size)
        demo_meetings.seed_meetings(db, context.size)  # a no-op once seed_demo adds the meetings itself
        name = f"Demodata ({context.size}) skapad"
    seconds = time.perf_counter() - started
    with db.read() as session:
        meetings = session.scalar(select(func.count()).select_from(Meeting)) or 0
    db.close()
    return [Result.info(name, seconds, "s"), Result.info("Möten i databasen", meetings, "st")]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [m for m in MODULES if not args.only or m.rsplit(".", 1)[1] in args.only]
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="stic-bench-") as folder:
        context = Context(args.size, Path(folder), Path(folder) / "demo.sqlite3")
        results += _database(context, args.db)
        for name in chosen:
            module = importlib.import_module(name)
            print(f"Mäter: {module.TITLE} …", file=sys.stderr)
            results += module.run(context)
    # The benchmark process seeds the demo and runs every measurement; the program's own peak is in ui_pages.
    results.append(Result.info("Högsta minnesanvändning (mätprocessen, referens)", peak_memory_mb(), "MB"))
    print(f"STIC Desktop prestanda – {args.size}, Python {platform.python_version()}, "
          f"{os.cpu_count()} kärnor, {platform.system()}")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps({
            "size": args.size, "measured_at": clock.utcnow().isoformat(timespec="seconds"),
            "python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "results": [asdict(r) for r in results],
        }, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if args.strict and any(r.ok is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
