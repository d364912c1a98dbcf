"""``python -m benchmarks``: builds a demo database in a temporary folder, runs every benchmark module,
prints a table of figures against their targets and, with --json, writes them to a file.

``--size large huge`` runs both sizes one after the other and prints how each figure grew from large to
huge (the data grows ten times); ``--size huge --baseline large.json`` compares with a saved large run."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import re
import sys
import tempfile
import time
import traceback
from dataclasses import asdict
from pathlib import Path

from benchmarks import MODULES
from benchmarks.common import Context, Result, format_value, peak_memory_mb, table
from stic_desktop.core import clock


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", choices=("small", "large", "huge"), default=["large"], nargs="+",
                        help="demodatans storlek (standard: large, den storlek målen gäller; huge är tio gånger "
                             "large); flera storlekar mäts i tur och ordning")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="en sparad körning (--json) att visa tillväxten mot, t.ex. large inför huge")
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


def _run(size: str, chosen: list[str], source: Path | None) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="stic-bench-") as folder:
        context = Context(size, Path(folder), Path(folder) / "demo.sqlite3")
        results += _database(context, source)
        for name in chosen:
            module = importlib.import_module(name)
            print(f"Mäter ({size}): {module.TITLE} …", file=sys.stderr)
            try:
                results += module.run(context)
            except Exception:  # noqa: BLE001 - one broken benchmark must not lose the other figures
                traceback.print_exc()
                results.append(Result(f"{module.TITLE}: mätningen misslyckades (se stderr)", 0, "", None, False))
    return results


def figure_key(name: str) -> str:
    """A figure's name without its counts ("Import 20000 rader", "(12.5 / 8.1 ms)"), to pair it across sizes."""
    return re.sub(r"\d[\d .,]*", "#", name)


def growth(before: list[dict], after: list[dict]) -> list[tuple[str, str, str, str]]:
    """(figure, before, after, growth) for every timed or measured figure both runs have."""
    earlier = {figure_key(r["name"]): r for r in before}
    rows = []
    for r in after:
        old = earlier.get(figure_key(r["name"]))
        if old is None or old["unit"] != r["unit"] or r["unit"] not in ("ms", "s", "MB", "×") or not old["value"]:
            continue
        rows.append((r["name"], format_value(old["value"], old["unit"]), format_value(r["value"], r["unit"]),
                     f"{r['value'] / old['value']:.2f} ×"))
    return rows


def growth_table(before_size: str, after_size: str, rows: list[tuple[str, str, str, str]]) -> str:
    header = [("Mätning", before_size, after_size, "Tillväxt")]
    widths = [max(len(row[i]) for row in header + rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in header + rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _runs_of(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["runs"] if "runs" in data else [data]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [m for m in MODULES if not args.only or m.rsplit(".", 1)[1] in args.only]
    sizes = list(dict.fromkeys(args.size))
    runs = []
    for size in sizes:
        results = _run(size, chosen, args.db)
        # The benchmark process seeds the demo and runs every measurement; the program's own peak is in memory.
        results.append(Result.info("Högsta minnesanvändning (mätprocessen, referens)", peak_memory_mb(), "MB"))
        print(f"STIC Desktop prestanda – {size}, Python {platform.python_version()}, "
              f"{os.cpu_count()} kärnor, {platform.system()}")
        print(table(results))
        print()
        runs.append({"size": size, "measured_at": clock.utcnow().isoformat(timespec="seconds"),
                     "python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                     "results": [asdict(r) for r in results]})
    earlier = _runs_of(args.baseline) if args.baseline else []
    for index, run in enumerate(runs):
        before = next((r for r in reversed(earlier + runs[:index]) if r["size"] != run["size"]), None)
        if before is not None:
            print(f"Tillväxt {before['size']} → {run['size']} (data: tio gånger för large → huge)")
            print(growth_table(before["size"], run["size"], growth(before["results"], run["results"])))
            print()
    if args.json:
        payload = runs[0] if len(runs) == 1 else {"runs": runs}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if args.strict and any(r["ok"] is False for run in runs for r in run["results"]) else 0


if __name__ == "__main__":
    sys.exit(main())
