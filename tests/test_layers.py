"""The layer rules of DESIGN.md, enforced by reading every module's imports."""

from __future__ import annotations

import ast
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "stic_desktop"
ROOT = PACKAGE.parent
MAX_LINES = 600
MEDIAN_LINES = 130  # a guard against one-function files and sprawl alike, not a rule for where a file ends
P90_LINES = 350


def modules(*parts: str) -> list[Path]:
    base = PACKAGE.joinpath(*parts)
    return [base] if base.is_file() else sorted(base.rglob("*.py"))


def module_name(path: Path, root: Path = ROOT) -> str:
    return ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """Ids of the nodes inside ``if TYPE_CHECKING:`` blocks (annotations only, never imported at run time)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING":
            for statement in node.body:
                inside.update(id(child) for child in ast.walk(statement))
    return inside


def imported_names(path: Path, root: Path = ROOT, *, run_time_only: bool = False) -> set[str]:
    """Every module an `import` or `from ... import` in the file can bring in (relative ones resolved);
    ``run_time_only`` leaves out the imports under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: set[str] = set()
    skipped = _type_checking_nodes(tree) if run_time_only else set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def offenders(paths: list[Path], forbidden: tuple[str, ...], root: Path = ROOT, *,
              run_time_only: bool = False) -> list[str]:
    found = []
    for path in paths:
        for name in sorted(imported_names(path, root, run_time_only=run_time_only)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(root)} imports {name}")
    return found


def test_import_reader_sees_all_kinds_of_import(tmp_path):
    sample = PACKAGE / "services" / "municipalities" / "municipalities.py"
    names = imported_names(sample)
    assert "sqlalchemy" in names and "stic_desktop.models.Municipality" in names
    fake = tmp_path / "stic_desktop" / "ui" / "page.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("import sqlalchemy.orm\nfrom PySide6 import QtWidgets\ndef f():\n    from ..storage import database\n")
    assert {"sqlalchemy.orm", "PySide6.QtWidgets", "stic_desktop.storage.database"} <= imported_names(fake, tmp_path)
    assert offenders([fake], ("sqlalchemy", "PySide6.QtWidgets", "stic_desktop.storage.database"), tmp_path) == [
        "stic_desktop/ui/page.py imports PySide6.QtWidgets",
        "stic_desktop/ui/page.py imports sqlalchemy.orm",
        "stic_desktop/ui/page.py imports stic_desktop.storage.database",
    ]


def test_package_has_modules_to_check():
    assert len(modules()) >= 15
    assert modules("services") and modules("models") and modules("storage")


def test_ui_talks_to_services_only():
    assert offenders(modules("ui"), ("sqlalchemy", "stic_desktop.models", "stic_desktop.storage.database")) == []


@pytest.mark.parametrize("layer", ["services", "documents", "operations", "models", "storage", "demo", "core"])
def test_lower_layers_never_import_qt_widgets(layer):
    assert offenders(modules(layer), ("PySide6.QtWidgets",)) == []


# ui/ and cli/ modules allowed to import by a name in a string: selftest imports the third-party modules a
# bundle may lack, listed as data (LAZY_MODULES), on purpose
STILL_IMPORT_BY_STRING = {"cli/selftest.py"}
DATA_LAYERS = ("stic_desktop.services", "stic_desktop.storage", "stic_desktop.models", "sqlalchemy")


def database_parameters(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{path.relative_to(root)}:{node.lineno} {node.name}({arg.arg})"
            for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)
            if arg.arg in ("db", "session")]


def test_renderers_take_frozen_data_not_the_database():
    """documents/ renders data into bytes: no services, storage, models or SQLAlchemy at run time (record
    types may be named for annotations under TYPE_CHECKING), and no function takes a db or a session."""
    assert offenders(modules("documents"), DATA_LAYERS, run_time_only=True) == []
    assert [found for path in modules("documents") for found in database_parameters(path)] == []


def test_type_checking_imports_are_told_apart(tmp_path):
    fake = tmp_path / "stic_desktop" / "documents" / "doc.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from stic_desktop.services import x\n"
                    "def render(data, db):\n    import sqlalchemy\n")
    assert offenders([fake], DATA_LAYERS, tmp_path, run_time_only=True) == ["stic_desktop/documents/doc.py imports sqlalchemy"]
    assert "stic_desktop.services.x" in imported_names(fake, tmp_path)
    assert database_parameters(fake, tmp_path) == ["stic_desktop/documents/doc.py:4 render(db)"]


def _imports_by_string(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            if "importlib" in names or any(n.startswith("importlib.") for n in names):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} imports importlib")
        elif isinstance(node, ast.Call):
            called = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if called in ("import_module", "__import__"):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} calls {called}")
    return found


def test_ui_and_cli_import_by_name_not_by_string():
    """The layer test can only see real imports: no importlib, import_module or __import__ in ui/ or cli/."""
    found = [f for path in (*modules("ui"), *modules("cli"))
             if str(path.relative_to(PACKAGE)) not in STILL_IMPORT_BY_STRING for f in _imports_by_string(path)]
    assert found == []
    assert all(_imports_by_string(PACKAGE / name) for name in STILL_IMPORT_BY_STRING), \
        "a module in STILL_IMPORT_BY_STRING no longer imports by string: take it off the list"


def test_operations_and_their_ui_load_no_heavy_library_at_import():
    code = (
        "import json, sys\n"
        "import stic_desktop.operations.mailing, stic_desktop.operations.meeting_pack\n"
        "import stic_desktop.operations.meeting_documents, stic_desktop.ui.meetings.view\n"
        "heavy = ['reportlab', 'openpyxl', 'pypdf', 'icalendar']\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert json.loads(result.stdout) == []


def test_modules_stay_small_where_responsibilities_split():
    """A module ends where its job ends: none over 600 lines, and most far below (median and 90th percentile)."""
    sizes = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines()) for path in modules()}
    too_long = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert too_long == {}, f"Modules over {MAX_LINES} lines: {too_long}"
    ordered = sorted(sizes.values())
    assert statistics.median(ordered) <= MEDIAN_LINES
    assert ordered[int(0.9 * len(ordered))] <= P90_LINES


def test_start_up_imports_no_heavy_libraries():
    code = (
        "import json, sys\n"
        "import stic_desktop.storage.database, stic_desktop.services.workspace.database\n"
        "heavy = ['alembic', 'reportlab', 'openpyxl', 'pypdf']\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(result.stdout) == []
    assert "stic_desktop" not in result.stderr


def test_opening_a_current_database_imports_no_alembic(tmp_path):
    from stic_desktop.services.workspace.database import open_database

    path = tmp_path / "stic.sqlite3"
    open_database(path).close()  # created and migrated here; reopening must not need Alembic
    code = (
        "import json, sys\n"
        "from stic_desktop.services.workspace.database import open_database\n"
        f"open_database({str(path)!r}).close()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(result.stdout) == []


def module_level_imports(path: Path, known: set[str], root: Path = ROOT) -> set[str]:
    """The package's modules that ``path`` imports when it is loaded (not those imported inside functions)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    pending = list(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.If, ast.Try)):  # `if TYPE_CHECKING:` counts: it is a cycle all the same
            pending.extend(child for child in ast.iter_child_nodes(node) if isinstance(child, ast.stmt))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.update(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names)
    return {m for m in found if m in known and m != name}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles)


def test_import_cycle_finder_sees_a_cycle(tmp_path):
    base = tmp_path / "stic_desktop"
    base.mkdir()
    (base / "a.py").write_text("from stic_desktop import b\n")
    (base / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import thing\n")
    (base / "c.py").write_text("def f():\n    from stic_desktop import a\n")
    paths = sorted(base.glob("*.py"))
    known = {module_name(p, tmp_path) for p in paths}
    graph = {module_name(p, tmp_path): module_level_imports(p, known, tmp_path) for p in paths}
    assert graph["stic_desktop.c"] == set()
    assert import_cycles(graph) == [["stic_desktop.a", "stic_desktop.b"]]


def test_package_has_no_import_cycles():
    paths = modules()
    known = {module_name(p) for p in paths}
    graph = {module_name(p): module_level_imports(p, known) for p in paths}
    assert import_cycles(graph) == []


def unused_package_imports(path: Path) -> list[str]:
    """Names a module imports at module level from another stic_desktop module and never uses itself: the mark
    of a re-export facade (``__all__`` lists strings, so it does not count as a use)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = [n for n in tree.body if not isinstance(n, ast.If)]
    top += [n for block in tree.body if isinstance(block, ast.If) for n in block.body + block.orelse]
    bound = [alias.asname or alias.name for node in top if isinstance(node, ast.ImportFrom)
             if node.level or (node.module or "").startswith("stic_desktop") for alias in node.names]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    return sorted(name for name in bound if name not in used)


def test_services_do_not_re_export_other_modules_names(tmp_path):
    facade = tmp_path / "facade.py"
    facade.write_text("from stic_desktop.services.meetings.records import STOCKHOLM, MeetingRecord  # noqa: F401\n"
                      "from pathlib import Path\n__all__ = ['STOCKHOLM']\n\ndef f(r: MeetingRecord) -> None: ...\n")
    assert unused_package_imports(facade) == ["STOCKHOLM"]
    found = {module_name(p): names for p in modules("services") if (names := unused_package_imports(p))}
    assert found == {}, "import each name from the module that defines it, not through another module"
