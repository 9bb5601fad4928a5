"""WatchService: watched folders in, stored alerts out. The CLI and the tray share it.

Two threads, no Qt:
- the *watch* thread takes filtered events from the handler, debounces them, queues the
  ready files, supervises the observers and schedules reconciliation;
- the *ingest* thread owns a store connection, reconciles against the ledger and runs
  ingest batches (by default in a short-lived, limited worker process).
Callbacks (``on_status``, ``on_alert``) are called from those threads; the tray turns
them into signals.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from ..store import Store
from ..store.alerts import AlertChange
from ..store.conversations import pending_conversations
from . import status as st
from .debounce import Debouncer, opens_exclusively, stat_signature
from .events import ExportEventHandler
from .intake import EventIntake
from .isolate import (
    CANCELLED,
    CRASHED,
    STORAGE_FULL,
    STORE_ERROR,
    TIMEOUT,
    InProcessRunner,
    RunOutcome,
    SubprocessRunner,
)
from .observer import ObserverFactory, Supervisor, close_events_supported, make_observer
from .queue import RETRY, IngestQueue
from .reconcile import reconcile

log = logging.getLogger(__name__)
FOLLOW_UP = 1.0  # seconds after an observer (re)start before the second reconciliation


class Runner(Protocol):
    def run(self, paths: Sequence[str], cancel: threading.Event | None = None) -> RunOutcome: ...


class WatchService:
    """Watch ``folders`` and ingest every export that settles there, exactly once."""

    def __init__(self, folders: Sequence[str | Path], children: Sequence[str] = (),
                 store: Store | str | Path | None = None,
                 on_status: Callable[[st.WatchStatus], None] | None = None,
                 on_alert: Callable[[AlertChange], None] | None = None, *,
                 isolate: bool = True, prewarm: bool = True, runner: Runner | None = None,
                 force_polling: bool = False,
                 observer_factory: ObserverFactory = make_observer, settle: float = 0.3,
                 fallback: float = 30.0, quiet: float = 2.0, recheck: float = 0.2,
                 supervise_every: float = 2.0, reconcile_every: float = 300.0, retry_every: float = 10.0,
                 min_age: float = 2.0, batch_size: int = 200, queue_size: int = 10_000,
                 event_buffer: int = 100_000) -> None:
        from .. import paths

        self.folders = [Path(f).resolve() for f in folders]
        store_path = store.path if isinstance(store, Store) else Path(store) if store else paths.store_path()
        self.store_path = Path(store_path)
        self.runner: Runner = runner or (SubprocessRunner(self.store_path, children, prewarm=prewarm) if isolate
                                         else InProcessRunner(self.store_path, children))
        self._on_status, self._on_alert = on_status, on_alert
        self.queue = IngestQueue(queue_size)
        debouncer = Debouncer(close_events_supported(), settle=settle, fallback=fallback, quiet=quiet,
                              recheck=recheck, can_open=opens_exclusively if sys.platform == "win32" else None)
        self.intake = EventIntake(debouncer, self.queue, self.request_reconcile, buffer=event_buffer)
        self.supervisor = Supervisor(self.folders, ExportEventHandler(self.intake.sink), force_polling=force_polling,
                                     factory=observer_factory, on_restart=lambda _f: self._watch_started())
        self.intake.polled_roots = tuple(str(f) for f in self.folders if self.supervisor.uses_polling(f))
        self.supervise_every, self.reconcile_every, self.retry_every = supervise_every, reconcile_every, retry_every
        self.min_age, self.batch_size = min_age, batch_size
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self._reconcile = threading.Event()
        self._reconcile_at: float | None = None  # a deferred scan (files too fresh last time)
        self._follow_up: float | None = None  # a second scan once a (re)started watch is surely live
        self._in_flight: tuple[str, ...] = ()
        self._seen: dict[str, tuple[int, int]] = {}
        self._down: list[str] = []
        self._paused: tuple[str, str] | None = None
        self._status_lock = threading.Lock()
        self._status: st.WatchStatus | None = None
        self._threads: list[threading.Thread] = []
        self.quarantined: list[str] = []
        self.files_done = 0
        self.batches = 0

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start watching. Raises ``StoreError`` now if the store cannot be opened or migrated."""
        Store(self.store_path).close()  # create/migrate once, before threads and workers open it
        self._publish(st.WatchStatus(st.STARTING, "Starting."))
        self._down = [str(f) for f in self.supervisor.start()]
        self._watch_started()  # start-up scan: what arrived while Guardian was off
        _call(self.runner, "warm")
        for name, target in (("guardian-watch", self._watch_loop), ("guardian-ingest", self._ingest_loop)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self._refresh()

    def stop(self, timeout: float = 15.0) -> None:
        """Stop watching; the batch in progress is stopped (its files are read again next time)."""
        self._stop.set()
        self._cancel.set()
        self.queue.close()
        self.intake.wake()
        self.supervisor.stop()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        _call(self.runner, "close")
        self._publish(st.WatchStatus(st.STOPPED, "Stopped monitoring."))

    def request_reconcile(self) -> None:
        self._reconcile.set()
        self.queue.wake()

    def _watch_started(self) -> None:
        """Scan now, and once more shortly: an observer's watch goes live a moment after start()."""
        self._follow_up = time.monotonic() + FOLLOW_UP
        self.request_reconcile()

    def cancel_current(self) -> None:
        """Stop the batch being ingested now; its files stay unread until the next reconciliation."""
        self._cancel.set()

    @property
    def status(self) -> st.WatchStatus | None:
        return self._status

    def is_idle(self) -> bool:
        """Nothing waiting anywhere (for tests and benchmarks)."""
        return (self.intake.idle() and not len(self.queue) and not self._in_flight
                and not self._reconcile.is_set() and self._reconcile_at is None
                and self._follow_up is None)

    def wait_idle(self, timeout: float, poll: float = 0.05) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.is_idle():
                time.sleep(poll)  # confirm: an event may be on its way
                if self.is_idle():
                    return True
            time.sleep(poll)
        return False

    # -- status ------------------------------------------------------------------------------

    def _publish(self, status: st.WatchStatus) -> None:
        with self._status_lock:
            if status == self._status:
                return
            self._status = status
        log.info("watch status: %s", status.state)
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("the status callback failed")

    def _refresh(self) -> None:
        self._publish(st.describe(len(self.folders), self._down, self._paused))

    # -- watch thread ------------------------------------------------------------------------

    def _watch_loop(self) -> None:
        clock = time.monotonic
        next_supervise = clock() + self.supervise_every
        next_reconcile = clock() + self.reconcile_every
        while not self._stop.is_set():
            deadline = self.intake.next_deadline() or next_supervise
            self.intake.pump(min(next_supervise, next_reconcile, deadline, self._follow_up or deadline) - clock())
            if self.intake.take_overflow() or self.queue.take_overflow():
                self.request_reconcile()
            now = clock()
            if now >= next_supervise:
                self._supervise()
                next_supervise = now + self.supervise_every
            if now >= next_reconcile or (self._follow_up is not None and now >= self._follow_up):
                self._follow_up = None
                self.request_reconcile()
                next_reconcile = now + self.reconcile_every

    def _supervise(self) -> None:
        down = [str(f) for f in self.supervisor.down()]
        if down:  # say so before restarting: the folder was not watched from its death until now
            self._down = down
            self._refresh()
            self._down = [str(f) for f in self.supervisor.check()]
        self._refresh()

    # -- ingest thread -----------------------------------------------------------------------

    def _ingest_loop(self) -> None:
        try:
            with Store(self.store_path) as store:
                if pending_conversations(store):
                    self._run([])  # finish what an interrupted run merged but did not assess
                while not self._stop.is_set():
                    if self._paused is not None:
                        if self._stop.wait(self.retry_every):
                            break
                    elif self._reconcile.is_set() and len(self.queue) < self.queue.maxsize // 2:
                        self._reconcile.clear()
                        self._reconcile_now(store)
                    if self._reconcile_at is not None and time.monotonic() >= self._reconcile_at:
                        self._reconcile_at = None
                        self._reconcile.set()
                    # Sleeps until work, a reconcile request or stop() wakes the queue (no idle polling).
                    wait = None if self._reconcile_at is None else max(0.0, self._reconcile_at - time.monotonic())
                    batch = self.queue.get_batch(self.batch_size, timeout=wait)
                    if batch:
                        self._run(batch)
        except Exception as exc:
            log.exception("the ingest thread stopped")
            self._paused = (st.STORE_ERROR, f"Guardian stopped adding exports: {exc}")
            self._refresh()

    def _reconcile_now(self, store: Store) -> None:
        folders = [f for f in self.folders if str(f) not in self._down]
        skip = set(self.intake.settling) | set(self._in_flight)
        found = reconcile(store, folders, self._seen, skip=skip, min_age=self.min_age)
        if found.deferred:
            self._reconcile_at = time.monotonic() + self.min_age
        for path, priority in found.queued:
            if not self.queue.put(path, priority):
                self.queue.take_overflow()
                self._reconcile.set()  # the queue is full: scan again once it has drained
                break

    def _run(self, batch: list[str]) -> None:
        signatures = {path: stat_signature(path) for path in batch}
        self._in_flight = tuple(batch)
        self._cancel.clear()
        try:
            outcome = self.runner.run(batch, self._cancel)
            self.batches += 1
            if outcome.failure in (CRASHED, TIMEOUT) and len(batch) > 1:
                for path in batch:  # find the one export that brought the worker down
                    self._run([path])
                return
            self._handle(batch, signatures, outcome)
        finally:
            self._in_flight = ()

    def _handle(self, batch: list[str], signatures: dict[str, tuple[int, int] | None], outcome: RunOutcome) -> None:
        if outcome.failure in (STORAGE_FULL, STORE_ERROR):
            self._paused = (st.STORAGE_FULL if outcome.failure == STORAGE_FULL else st.STORE_ERROR, outcome.message)
            self._refresh()
            for path in batch:
                self.queue.put(path, RETRY)  # nothing is lost: read again when writing works
            return
        if outcome.failure == CANCELLED:
            return  # read again by the next reconciliation (or the next start)
        if outcome.failure in (CRASHED, TIMEOUT):
            log.warning("an export could not be read and was set aside: %s", Path(batch[0]).name)
            self.quarantined.extend(batch)
        for path in batch:
            signature = signatures.get(path)
            if signature is not None:
                self._seen[path] = signature
        self.files_done += len(batch)
        if self._paused is not None:
            self._paused = None
        self._refresh()
        if outcome.report is None or self._on_alert is None:
            return
        for change in [*outcome.report.alerts_created, *outcome.report.alerts_escalated]:
            try:
                self._on_alert(change)
            except Exception:
                log.exception("the alert callback failed")


def _call(runner: object, name: str) -> None:
    """Call the runner's optional ``warm``/``close`` hook."""
    method = getattr(runner, name, None)
    if callable(method):
        method()
