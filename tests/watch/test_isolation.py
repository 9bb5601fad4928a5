"""The ingest worker process: real importers and model, limits, kill -9 (T1), a full disk (T3)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta

import pytest

from guardian_app.store import Store
from guardian_app.watch.isolate import STORAGE_FULL, STORE_ERROR, TIMEOUT, Limits, SubprocessRunner

LINES = ["hey whats up", "lol ok", "how old are you btw?", "dont tell your parents about me ok",
         "add me on snap its more private", "i can get you robux", "did you finish the homework",
         "see you at practice tomorrow"]


@pytest.fixture(autouse=True)
def real_model():
    pytest.importorskip("guardian_app.importers.registry")
    from guardian_app.analysis.model_files import ModelError, load_model_info

    try:
        load_model_info()
    except ModelError as exc:
        pytest.skip(f"the model is not built here: {exc}")


def whatsapp_export(folder, n: int) -> str:
    """A synthetic, non-explicit WhatsApp export of ``n`` messages between Jake and Emma."""
    rng, stamp = random.Random(n), datetime(2024, 1, 1, 10, 0)
    rows = []
    for i in range(n):
        stamp += timedelta(minutes=1)
        rows.append(f"{stamp:%d/%m/%Y, %H:%M} - {'Jake' if i % 2 else 'Emma'}: {rng.choice(LINES)} {i}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "WhatsApp Chat with Jake.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _counts(store_path) -> tuple[int, int, int]:
    with Store(store_path) as store:
        store.check()
        return tuple(store.query_one(f"SELECT count(*) FROM {t}")[0] for t in ("sources", "messages", "alerts"))


def _consistent(store_path, n: int) -> None:
    """No half-recorded export, no alert without its assessment, no duplicate messages."""
    with Store(store_path) as store:
        store.check()
        sources, messages, _ = _counts(store_path)
        assert messages in (0, n)  # one transaction per export: all or nothing
        assert sources == 0 or messages == n  # an export is in the ledger only with its messages
        orphans = store.query_one(
            "SELECT count(*) FROM alerts a LEFT JOIN assessments s ON s.conversation_id = a.conversation_id"
            " AND s.contact = a.contact WHERE s.id IS NULL")[0]
        assert orphans == 0


def test_worker_ingests_and_a_second_run_changes_nothing(tmp_path):
    path = whatsapp_export(tmp_path / "drop", 400)
    runner = SubprocessRunner(tmp_path / "store.sqlite3")
    first = runner.run([path])
    assert first.failure is None and first.report.sources[0].new_messages == 400
    assert [a.contact for a in first.report.alerts_created] == ["Jake"]
    second = runner.run([path])
    assert second.failure is None and second.report.sources[0].unchanged
    assert second.report.alerts_created == [] and _counts(tmp_path / "store.sqlite3") == (1, 400, 1)


def test_t1_kill_9_at_random_moments_then_a_rerun_completes(tmp_path):
    n = 5000
    path = whatsapp_export(tmp_path / "drop", n)
    store_path = tmp_path / "store.sqlite3"
    Store(store_path).close()
    runner = SubprocessRunner(store_path)
    job = json.dumps({"paths": [path], "store": str(store_path), "memory_bytes": 2 << 30, "cpu_seconds": 60})
    rng = random.Random(1)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "guardian_app.watch.worker"], stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=runner._env(), text=True)
        proc.stdin.write(job)
        proc.stdin.close()
        time.sleep(rng.uniform(0.05, 0.7))  # import, parse, merge, score or save: wherever it is
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        _consistent(store_path, n)
    final = runner.run([path])
    assert final.failure is None and final.report.ok
    _consistent(store_path, n)
    assert _counts(store_path) == (1, n, 1)  # no duplicate messages, one alert
    again = runner.run([path])
    assert again.report.sources[0].unchanged and again.report.alerts_created == []
    assert _counts(store_path)[2] == 1


def test_t3_disk_full_in_the_worker_fails_cleanly_and_a_later_run_completes(tmp_path):
    path = whatsapp_export(tmp_path / "drop", 3000)
    store_path = tmp_path / "store.sqlite3"
    Store(store_path).close()
    runner = SubprocessRunner(store_path)
    limited = ("import resource, runpy; resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000));"
               " runpy.run_module('guardian_app.watch.worker', run_name='__main__')")
    job = json.dumps({"paths": [path], "store": str(store_path)})
    done = subprocess.run([sys.executable, "-c", limited], input=job, capture_output=True, text=True,
                          env=runner._env(), timeout=60)
    result = json.loads(done.stdout)
    assert result["failure"] in (STORAGE_FULL, STORE_ERROR) and "space" in result["message"]
    _consistent(store_path, 3000)
    assert _counts(store_path) == (0, 0, 0)  # nothing half-stored
    leftovers = [p.name for p in tmp_path.iterdir() if p.is_file() and not p.name.startswith("store.sqlite3")]
    assert leftovers == []  # no plaintext temp files
    after = runner.run([path])  # space freed
    assert after.failure is None and _counts(store_path) == (1, 3000, 1)


def test_wall_time_limit_stops_the_worker_without_raising(tmp_path):
    path = whatsapp_export(tmp_path / "drop", 50)
    runner = SubprocessRunner(tmp_path / "store.sqlite3", limits=Limits(wall_seconds=0.05))
    outcome = runner.run([path])
    assert outcome.failure == TIMEOUT and outcome.report is None
    with pytest.raises(ProcessLookupError):
        os.kill(runner.last_pid, 0)  # killed and reaped


def test_service_ingests_through_the_worker_and_notifies(tmp_path):
    from guardian_app.watch.service import WatchService

    drop = tmp_path / "drop"
    drop.mkdir()
    alerts: list = []
    service = WatchService([drop], store=tmp_path / "store.sqlite3", on_alert=alerts.append, settle=0.05,
                           recheck=0.05, min_age=0.3)
    service.start()
    try:
        whatsapp_export(drop, 300)
        end = time.monotonic() + 60  # generous: CI machines are shared and slow
        while not alerts and time.monotonic() < end:
            time.sleep(0.05)
        # one alert for Jake (a later escalation notice for the same contact is also correct)
        assert alerts and {a.contact for a in alerts} == {"Jake"} and alerts[0].child == "Emma"
    finally:
        service.stop()


def test_prewarmed_spare_is_used_then_replaced_and_closed(tmp_path):
    path = whatsapp_export(tmp_path / "drop", 100)
    runner = SubprocessRunner(tmp_path / "store.sqlite3", prewarm=True)
    try:
        runner.warm()
        spare = runner._spare
        assert spare is not None and spare.poll() is None
        outcome = runner.run([path])
        assert outcome.failure is None and runner.last_pid == spare.pid  # the warm one did the work
        assert runner._spare is not None and runner._spare.pid != spare.pid  # a fresh spare waits
    finally:
        runner.close()
    assert runner._spare is None
