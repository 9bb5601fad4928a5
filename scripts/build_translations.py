"""Compile every ``resources/translations/*.ts`` into a ``.qm`` the app loads at start-up.

    .venv/bin/python scripts/build_translations.py [--out DIR]

Run by ``make run`` / ``make test`` (the install step) and by ``scripts\\run.bat`` /
``scripts\\test.bat``. The ``.qm`` files are build artefacts and are not committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"


def lrelease() -> str:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(local) if local.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease was not found; install PySide6 into this environment")
    return found


def build(out: Path = SOURCES) -> list[Path]:
    """Compiles each .ts to ``out``; returns the .qm files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SOURCES, help="where to write the .qm files")
    args = parser.parse_args(argv)
    written = build(args.out)
    print(f"built {len(written)} translation(s): {', '.join(p.name for p in written)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
