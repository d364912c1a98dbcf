"""Entry point for both ``stic-desktop`` and ``python -m stic_desktop``."""

import os
import sys

MAX_NAME_BYTES = 255  # as stic_desktop.cli checks; a longer path part goes through the command line's message


def _window_only(argv: list[str]) -> tuple[str | None, bool] | None:
    """(database, demo) when the arguments only open the window (none, ``--db PATH``, ``--demo``), else None.

    The window then starts without building the command line's parser and importing its modules (~25 ms
    before the first paint)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        return None  # no screen: the command line says so in Swedish (cli.no_display_reason) before Qt aborts
    db, demo, rest = None, False, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo":
            demo = True
        elif arg == "--db" and rest and not rest[0].startswith("-"):
            db = rest.pop(0)
        elif arg.startswith("--db=") and len(arg) > 5:
            db = arg[5:]
        else:
            return None
    if db is not None and any(len(os.fsencode(part)) > MAX_NAME_BYTES for part in db.replace("\\", "/").split("/")):
        return None
    return db, demo


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    window = _window_only(args)
    if window is not None:
        from pathlib import Path

        from stic_desktop.app import run_gui
        from stic_desktop.paths import TEAM_URL_SCHEMES

        db, demo = window
        location = db if db is None or db.lower().startswith(TEAM_URL_SCHEMES) else Path(db)
        try:
            return run_gui(location, demo)
        except KeyboardInterrupt:  # as the command line says it
            print("Avbrutet.", file=sys.stderr)
            return 130
    from stic_desktop.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
