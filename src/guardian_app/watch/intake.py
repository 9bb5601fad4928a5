"""From the handler to the ingest queue: a bounded event buffer, the debounce, ready files out.

The handler calls ``sink`` from watchdog's thread (never blocks: a full buffer drops the
event and flags an overflow, and the service then reconciles). ``pump`` runs on the
service's watch thread: it takes buffered events, feeds the debouncer and queues the
files that have settled.
"""

from __future__ import annotations

import contextlib
import queue as stdqueue
import time
from collections.abc import Callable

from .debounce import Debouncer
from .events import DIR
from .queue import NEW, IngestQueue

_WAKE = "wake"


class EventIntake:
    def __init__(self, debouncer: Debouncer, queue: IngestQueue, on_folder: Callable[[], None],
                 buffer: int = 100_000) -> None:
        self.debouncer, self.queue = debouncer, queue
        self._on_folder = on_folder  # a folder arrived: its files are found by a reconciliation
        self.polled_roots: tuple[str, ...] = ()  # polled folders: no close events there
        self._events: stdqueue.Queue[tuple[str, str]] = stdqueue.Queue(buffer)
        self._overflow = False
        self.settling: frozenset[str] = frozenset()  # paths the debouncer holds (read by other threads)

    def sink(self, kind: str, path: str) -> None:
        """The handler's sink. Never blocks, never raises."""
        try:
            self._events.put_nowait((kind, path))
        except stdqueue.Full:
            self._overflow = True  # events dropped: the ledger scan catches up

    def wake(self) -> None:
        with contextlib.suppress(stdqueue.Full):
            self._events.put_nowait((_WAKE, ""))

    def take_overflow(self) -> bool:
        flag, self._overflow = self._overflow, False
        return flag

    def next_deadline(self) -> float | None:
        return self.debouncer.next_deadline()

    def idle(self) -> bool:
        return self._events.empty() and not self.settling and not len(self.debouncer)

    def pump(self, timeout: float, clock: Callable[[], float] = time.monotonic) -> None:
        """Wait up to ``timeout`` for events, take all that are buffered, queue settled files."""
        try:
            item: tuple[str, str] | None = self._events.get(timeout=max(0.0, timeout))
        except stdqueue.Empty:
            item = None
        while item is not None:
            kind, path = item
            if kind == DIR:
                self._on_folder()
            elif kind != _WAKE:
                polled = path.startswith(self.polled_roots) if self.polled_roots else False
                self.debouncer.note(kind, path, clock(), False if polled else None)
            try:
                item = self._events.get_nowait()
            except stdqueue.Empty:
                item = None
        for path in self.debouncer.due(clock()):
            self.queue.put(path, NEW)  # a full queue flags its overflow; the service reconciles
        self.settling = frozenset(self.debouncer.pending())
