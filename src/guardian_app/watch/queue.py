"""The one ingest queue: priorities (new exports first), back-pressure, cancellation.

A path is queued at most once (re-queuing keeps the more urgent priority). ``put`` never
blocks the caller: when the queue is full it refuses and remembers that it overflowed,
and the service then reconciles the folders once the queue has drained (the ledger is
the truth; events are only hints). ``cancel`` removes queued paths; the service stops
the one being ingested.
"""

from __future__ import annotations

import heapq
import itertools
import threading

NEW, CHANGED, RETRY = 0, 1, 2  # lower runs first


class IngestQueue:
    def __init__(self, maxsize: int = 10_000) -> None:
        self.maxsize = maxsize
        self._heap: list[tuple[int, int, str]] = []
        self._priority: dict[str, int] = {}  # queued path -> its live priority
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._closed = False
        self.overflowed = False

    def __len__(self) -> int:
        with self._cond:
            return len(self._priority)

    def __contains__(self, path: object) -> bool:
        with self._cond:
            return path in self._priority

    def put(self, path: str, priority: int = NEW) -> bool:
        """Queue ``path``; False (and ``overflowed``) when full or closed."""
        with self._cond:
            if self._closed:
                return False
            known = self._priority.get(path)
            if known is not None and known <= priority:
                return True
            if known is None and len(self._priority) >= self.maxsize:
                self.overflowed = True
                return False
            self._priority[path] = priority
            heapq.heappush(self._heap, (priority, next(self._seq), path))
            self._cond.notify()
            return True

    def _pop(self) -> str | None:
        while self._heap:
            priority, _, path = heapq.heappop(self._heap)
            if self._priority.get(path) == priority:  # else: a stale entry (re-prioritised/cancelled)
                del self._priority[path]
                return path
        return None

    def get(self, timeout: float | None = None) -> str | None:
        """The most urgent path, waiting up to ``timeout``; None on timeout or when closed."""
        with self._cond:
            if not self._priority and not self._closed:
                self._cond.wait(timeout)
            return None if self._closed else self._pop()

    def get_batch(self, limit: int, timeout: float | None = None) -> list[str]:
        """Up to ``limit`` paths, most urgent first (waits only for the first)."""
        first = self.get(timeout)
        if first is None:
            return []
        batch = [first]
        with self._cond:
            while len(batch) < limit and (path := self._pop()) is not None:
                batch.append(path)
        return batch

    def cancel(self, path: str) -> bool:
        """Drop a queued path; True if it was queued."""
        with self._cond:
            return self._priority.pop(path, None) is not None

    def clear(self) -> int:
        with self._cond:
            n = len(self._priority)
            self._priority.clear()
            self._heap.clear()
            return n

    def take_overflow(self) -> bool:
        """True once after the queue refused a path (the caller then reconciles)."""
        with self._cond:
            flag, self.overflowed = self.overflowed, False
            return flag

    def wake(self) -> None:
        """Wake a waiting ``get`` with nothing (the consumer has other work to look at)."""
        with self._cond:
            self._cond.notify_all()

    def close(self) -> None:
        """Wake every waiter; later puts are refused."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
