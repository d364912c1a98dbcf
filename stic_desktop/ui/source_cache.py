"""Keeps Python's source-line cache from holding the source of every module the program imports.

PySide6 (shiboken's import hook, ``PySide6.support.feature``) reads the source of every module imported
after it (``inspect.getsource``, to see whether the module uses ``from __feature__ import ...``), and
``linecache`` keeps each file's lines: ~900 files, ~30 MB of strings in a program that never shows its
source. Once the hook has looked, the module's lines are dropped again; a traceback reads them afresh.
"""

from __future__ import annotations

import linecache
import sys

FEATURE_MODULE = "PySide6.support.feature"


def keep_source_cache_small() -> bool:
    """Installs the trimming once; False when this PySide6 has no such hook (nothing to do)."""
    import PySide6.QtCore  # noqa: F401  (loads the import hook this wraps)

    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "_trims_linecache", False):
        return False

    def uses_pyside(module) -> bool:
        try:
            return check(module)
        finally:
            linecache.cache.pop(getattr(module, "__file__", None), None)

    uses_pyside._trims_linecache = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    linecache.clearcache()  # what was read before this was installed
    return True
