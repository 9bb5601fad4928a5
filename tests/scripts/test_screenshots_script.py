"""scripts/screenshots.py runs offscreen (no Xvfb) and saves a PNG of each window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_screenshots_script_writes_pngs_offscreen(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUARDIAN_HOME": str(tmp_path / "unused")}
    env.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "screenshots.py"), str(out),
                           "--lang", "zh-Hans"], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    pngs = sorted(out.glob("*.png"))
    assert len(pngs) >= 6
    assert all(p.read_bytes()[:8] == PNG_MAGIC and p.stat().st_size > 2000 for p in pngs)
    names = " ".join(p.name for p in pngs)
    for part in ("alert-centre", "onboarding", "false-alarm", "counsellor-session"):
        assert part in names
    assert [str(p) for p in pngs] == sorted(done.stdout.split())
    assert not (tmp_path / "unused").exists()  # the demo profile is its own temp folder
