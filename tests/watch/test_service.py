"""The watch service on real folders with short-lived observers (fake pipeline, no model).

T8 partial writes and downloads, T9 event storm, T10 observer death, T11 duplicates, T3 disk full.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sqlite3
import time
import zipfile
from collections import Counter

from watch_fakes import GROOMING, chat_text

from guardian_app import ingest
from guardian_app.store import Store
from guardian_app.watch import status as st
from guardian_app.watch.isolate import CRASHED, InProcessRunner, RunOutcome


def _until(predicate, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def _write_in_chunks(path, data: bytes, rng: random.Random, stall_at: int | None = None) -> None:
    with open(path, "wb") as handle:
        for n, start in enumerate(range(0, len(data), 1024)):
            handle.write(data[start:start + 1024])
            handle.flush()
            time.sleep(rng.uniform(0, 0.08))
            if n == stall_at:
                time.sleep(0.8)  # longer than the quiet period + stability check, file still open


def _count(store_path, table: str) -> int:
    with Store(store_path) as store:
        return int(store.query_one(f"SELECT count(*) FROM {table}")[0])


def test_t8_partial_writes_and_downloads_are_read_once_and_complete(tmp_path, fake, make_service):
    drop = tmp_path / "drop"
    drop.mkdir()
    service = make_service([drop])
    rng = random.Random(8)
    _write_in_chunks(drop / "slow.txt", chat_text("slow", GROOMING * 30).encode(), rng, stall_at=2)
    _write_in_chunks(drop / "chrome.zip.crdownload", _zip_bytes({"chat.txt": chat_text("chrome")}), rng)
    os.rename(drop / "chrome.zip.crdownload", drop / "chrome.zip")  # Chrome: rename when done
    _write_in_chunks(drop / "firefox.txt.part", chat_text("firefox").encode(), rng)
    os.replace(drop / "firefox.txt.part", drop / "firefox.txt")  # Firefox
    (drop / "edited.txt").write_text(chat_text("edited", GROOMING[:3]))
    assert _until(lambda: str(drop / "edited.txt") in fake.paths_read())
    (drop / ".edited.txt.swp").write_text(chat_text("edited"))  # an editor's atomic replace
    os.replace(drop / ".edited.txt.swp", drop / "edited.txt")
    assert _until(lambda: fake.paths_read().count(str(drop / "edited.txt")) == 2)
    assert service.wait_idle(10)
    assert all(complete for _, complete in fake.reads), fake.reads  # never a truncated file
    counts = Counter(fake.paths_read())
    assert counts == {str(drop / "slow.txt"): 1, f"{drop / 'chrome.zip'}:chat.txt": 1,
                      str(drop / "firefox.txt"): 1, str(drop / "edited.txt"): 2}
    assert not any(p.endswith((".crdownload", ".part", ".swp")) for p in counts)
    assert service.status.state == st.MONITORING


def _zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_t9_event_storm_and_a_zip_are_ingested_exactly_once(tmp_path, fake, make_service):
    drop = tmp_path / "drop"
    drop.mkdir()
    # Tiny buffers force dropped events and a full queue: reconciliation must catch up.
    service = make_service([drop], event_buffer=64, queue_size=100, batch_size=50)
    for n in range(300):
        (drop / f"chat-{n:03}.txt").write_text(chat_text(f"storm-{n}"))
    members = {f"member-{n:02}.txt": chat_text(f"zip-{n}") for n in range(50)}
    (drop / "export.zip").write_bytes(_zip_bytes(members))
    store_path = tmp_path / "store.sqlite3"
    assert _until(lambda: _count(store_path, "conversations") == 350, timeout=40)
    assert service.wait_idle(10)
    counts = Counter(fake.paths_read())
    assert len(counts) == 350 and set(counts.values()) == {1}  # each read once
    assert _count(store_path, "sources") == 301
    assert _count(store_path, "alerts") == 350  # one per conversation + contact
    assert _count(store_path, "messages") == 350 * len(GROOMING)


def test_t10_observer_death_shows_not_monitoring_and_catches_up(tmp_path, fake, make_service):
    drop = tmp_path / "drop"
    drop.mkdir()
    seen: list[st.WatchStatus] = []
    service = make_service([drop], on_status=seen.append)
    assert _until(lambda: service.status.state == st.MONITORING)
    service.supervisor.observer(drop).stop()  # the observer dies
    (drop / "during-outage.txt").write_text(chat_text("outage"))  # no event will ever report this
    assert _until(lambda: str(drop / "during-outage.txt") in fake.paths_read()), (
        seen, fake.reads, service._seen, len(service.queue), service.intake.settling, service._reconcile_at,
        service._reconcile.is_set(), service.supervisor.restarts, service.quarantined)
    states = [s.state for s in seen]
    assert st.NOT_MONITORING in states and states[-1] == st.MONITORING
    down = next(s for s in seen if s.state == st.NOT_MONITORING)
    assert down.down == (str(drop),) and not down.monitoring and "Not monitoring" in down.message

    shutil.rmtree(drop)  # the folder disappears (unplugged drive, deleted folder)
    assert _until(lambda: service.status.state == st.NOT_MONITORING)
    drop.mkdir()
    (drop / "after-return.txt").write_text(chat_text("back"))
    assert _until(lambda: str(drop / "after-return.txt") in fake.paths_read())
    assert _until(lambda: service.status.state == st.MONITORING)
    assert service.supervisor.restarts >= 2


def test_t11_duplicate_events_and_files_give_one_read_and_one_alert(tmp_path, fake, make_service):
    drop = tmp_path / "drop"
    drop.mkdir()
    alerts: list = []
    service = make_service([drop], on_alert=alerts.append)
    chat = drop / "WhatsApp Chat with Jake.txt"
    chat.write_text(chat_text("jake"))
    assert _until(lambda: len(alerts) == 1)
    for _ in range(5):  # duplicate events for the same bytes
        service.intake.sink("modified", str(chat))
        service.intake.sink("closed", str(chat))
    shutil.copy(chat, drop / "copy.txt")  # the same export under a second name
    os.utime(chat, (time.time() + 5, time.time() + 5))  # touched: mtime only
    service.request_reconcile()
    time.sleep(0.5)
    assert service.wait_idle(10)
    assert fake.paths_read() == [str(chat)]
    assert len(alerts) == 1 and alerts[0].contact == "Jake" and alerts[0].level == "high"
    with Store(tmp_path / "store.sqlite3") as store:
        assert len(ingest.list_alerts(store)) == 1
        assert store.query_one("SELECT count(*) FROM messages")[0] == len(GROOMING)


def test_t3_disk_full_pauses_then_resumes_without_loss(tmp_path, fake, make_service, monkeypatch):
    drop = tmp_path / "drop"
    drop.mkdir()
    full = {"on": True}
    original = Store.transaction

    def transaction(self, durable=False):
        if full["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, durable)

    monkeypatch.setattr(Store, "transaction", transaction)
    seen: list[st.WatchStatus] = []
    service = make_service([drop], on_status=seen.append)
    (drop / "a.txt").write_text(chat_text("a"))
    assert _until(lambda: service.status.state == st.STORAGE_FULL)
    assert "full" in service.status.message and not service.status.monitoring
    reads_while_full = len(fake.reads)
    time.sleep(0.5)
    assert len(fake.reads) <= reads_while_full + 3  # retries are paced, not a busy loop
    full["on"] = False  # space freed
    assert _until(lambda: service.status.state == st.MONITORING)
    assert service.wait_idle(10)
    with Store(tmp_path / "store.sqlite3") as store:
        store.check()  # quick_check: ok
        assert store.query_one("SELECT count(*) FROM messages")[0] == len(GROOMING)
        assert len(ingest.list_alerts(store)) == 1


class CrashOn(InProcessRunner):
    """A worker that dies whenever its batch holds the hostile file."""

    def run(self, paths, cancel=None):
        if any(p.endswith("hostile.txt") for p in paths):
            return RunOutcome(None, CRASHED, "worker died")
        return super().run(paths, cancel)


def test_a_hostile_file_is_isolated_and_set_aside(tmp_path, fake, make_service):
    drop = tmp_path / "drop"
    drop.mkdir()
    for n in range(5):
        (drop / f"ok-{n}.txt").write_text(chat_text(f"ok-{n}"))
    (drop / "hostile.txt").write_text("x" * 100)
    service = make_service([drop], runner=CrashOn(tmp_path / "store.sqlite3"))
    assert _until(lambda: len(fake.reads) == 5)
    assert service.wait_idle(10)
    assert service.quarantined == [str(drop / "hostile.txt")]
    assert service.status.state == st.MONITORING
    service.request_reconcile()  # unchanged: not tried again
    time.sleep(0.3)
    assert service.wait_idle(5) and service.quarantined == [str(drop / "hostile.txt")]
