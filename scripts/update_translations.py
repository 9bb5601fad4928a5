"""Refresh the translation sources from the interface code (run after changing UI text).

    .venv/bin/python scripts/update_translations.py

runs exactly::

    pyside6-lupdate -extensions py -no-obsolete -locations relative \
        src/guardian_app/ui -ts resources/translations/guardian_zh_Hans.ts \
        resources/translations/guardian_zh_Hant.ts

New texts arrive marked "unfinished"; translate them (Qt Linguist: ``pyside6-linguist``) and
rebuild with ``scripts/build_translations.py``. English is the source text and has no file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = ("guardian_zh_Hans.ts", "guardian_zh_Hant.ts")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's), else the one on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6 into this environment")
    return found


def command() -> list[str]:
    ts = [str(Path("resources") / "translations" / name) for name in TS_FILES]
    return [tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "-locations",
            "relative", str(Path("src") / "guardian_app" / "ui"), "-ts", *ts]


def main() -> int:
    (ROOT / "resources" / "translations").mkdir(parents=True, exist_ok=True)
    return subprocess.run(command(), cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main())
