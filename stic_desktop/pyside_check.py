"""A quicker answer to PySide6's question "does this module use PySide6?", put in place on import.

PySide6 asks it of every module imported after PySide6 itself (PYSIDE-2029, for its ``__feature__``
switches) with ``inspect.getsource``, which tokenises the whole file: a third of the time SQLAlchemy, the
models and the services take to import, and a few milliseconds of the window's own modules before the
first paint. The same question answered from the file's bytes gives the same answer in a fraction of the
time. ``stic_desktop.app`` imports this module first of the program's own, right after PySide6.

Only a module with a ``.py`` file is answered here; anything else goes to PySide's own check, which also
stays in place when a PySide version no longer has it.
"""

from __future__ import annotations

import sys


def install() -> bool:
    """True when the quick check is in place (now or before); False when PySide6 is not imported yet or
    no longer asks the question."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "stic_quick", False):
        return original is not None

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.stic_quick = True
    feature._mod_uses_pyside = uses_pyside
    return True


install()
