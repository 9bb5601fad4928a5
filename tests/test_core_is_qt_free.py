"""Only ui/ (and app.py, the composition root) may import Qt: the core stays a plain library."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "guardian_app"
ALLOWED = {PACKAGE / "ui", PACKAGE / "app.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_outside_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if any(path == a or a in path.parents for a in ALLOWED):
            continue
        if _imports(path) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_walker_sees_qt_imports_in_ui():
    ui_files = list((PACKAGE / "ui").rglob("*.py"))
    assert any("PySide6" in _imports(p) for p in ui_files)
