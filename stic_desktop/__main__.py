"""Entry point for both ``stic-desktop`` and ``python -m stic_desktop``."""

import sys


def main(argv: list[str] | None = None) -> int:
    from stic_desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
