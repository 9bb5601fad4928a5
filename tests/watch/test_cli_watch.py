"""``guardian watch FOLDER...``: runs until SIGTERM, prints plain status lines, never message text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_isolation import real_model, whatsapp_export  # noqa: F401  (fixture reused)

from guardian_app.store import Store

REPO = Path(__file__).resolve().parents[2]


def test_watch_prints_status_and_alerts_and_stops_on_sigterm(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    env = {**os.environ, "GUARDIAN_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "guardian_app.cli", "watch", str(drop), "--child", "Emma"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        time.sleep(1.0)
        path = whatsapp_export(drop, 200)
        deadline = time.monotonic() + 20
        with Store(tmp_path / "home" / "guardian.sqlite3") as store:
            while time.monotonic() < deadline and not store.query_one("SELECT count(*) FROM alerts")[0]:
                time.sleep(0.1)
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    lines = out.splitlines()
    assert lines[0] == "Starting." and "Monitoring 1 folder." in lines
    assert any(line.startswith('Alert: Jake in "Jake": new alert, level') for line in lines)
    assert lines[-1] == "Stopped monitoring."
    text = Path(path).read_text(encoding="utf-8")
    assert "dont tell your parents" in text and "dont tell your parents" not in out + err


def test_watch_refuses_a_missing_folder(tmp_path):
    from guardian_app.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["watch"])
    assert exc.value.code == 2
    assert main(["watch", str(tmp_path / "nope")]) == 2

