"""Deciding when a file in a watched folder has finished being written.

No timers of its own: the consumer thread calls ``note`` for each event and ``due`` when
``next_deadline`` has passed, with its clock (tests pass a fake one). Measured behaviour
behind the numbers: platform-notes.md §6.

- Close-aware (Linux inotify): ``closed``/``moved`` take a first stat and arm a short
  settle, after which a second stat must match. ``modified``, or ``opened`` right after
  ``created``, means a writer is at work: only a long fallback is armed (for writers that
  never close), so a writer that stalls with the file open is not mistaken for a finished
  one. ``created`` alone is a file renamed in from another folder (inotify reports no
  move then): it gets the quiet period.
- Elsewhere: every event restarts a quiet period, after which the file must stat the
  same twice, ``recheck`` apart, and (Windows) open without a sharing violation.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from .events import CLOSED, CREATED, DELETED, MOVED, OPENED

Signature = tuple[int, int]  # (size, mtime_ns)
StatFn = Callable[[str], Signature | None]
OpenCheck = Callable[[str], bool]


def stat_signature(path: str) -> Signature | None:
    """(size, mtime_ns) of a regular file, or None if it is gone or not a file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not os.path.isfile(path):
        return None
    return st.st_size, st.st_mtime_ns


def opens_exclusively(path: str) -> bool:
    """Windows: False while another program still holds the file open for writing."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except PermissionError:
        return False  # sharing violation: still being written
    except OSError:
        return True  # gone or unreadable: the stat check and the ingest report it
    os.close(fd)
    return True


@dataclass(slots=True)
class _Pending:
    deadline: float
    signature: Signature | None = None
    arrived: bool = False  # "created" and nothing else yet: no writer seen


class Debouncer:
    """Per-path readiness tracking. Not thread-safe: one consumer thread owns it."""

    def __init__(self, close_aware: bool, *, settle: float = 0.3, fallback: float = 30.0,
                 quiet: float = 2.0, recheck: float = 0.2, stat: StatFn = stat_signature,
                 can_open: OpenCheck | None = None) -> None:
        self.close_aware = close_aware
        self.settle, self.fallback, self.quiet, self.recheck = settle, fallback, quiet, recheck
        self._stat = stat
        self._can_open = can_open
        self._pending: dict[str, _Pending] = {}
        self._emitted: dict[str, Signature] = {}  # the last signature handed on, per path

    def __len__(self) -> int:
        return len(self._pending)

    def note(self, kind: str, path: str, now: float, close_aware: bool | None = None) -> None:
        """Record one event for ``path`` (already filtered by the handler).

        ``close_aware`` overrides the default for this path (a polled folder has no close events).
        """
        if kind == DELETED:
            self._pending.pop(path, None)
            self._emitted.pop(path, None)
            return
        aware = self.close_aware if close_aware is None else close_aware
        entry = self._pending.get(path)
        if kind == OPENED:  # a writer, if it follows "created"; otherwise a reader: ignored
            if aware and entry is not None and entry.arrived:
                self._pending[path] = _Pending(now + self.fallback)
        elif not aware:
            self._pending[path] = _Pending(now + self.quiet)
        elif kind in (CLOSED, MOVED):  # the first stat now, the second after the settle
            self._pending[path] = _Pending(now + self.settle, self._stat(path))
        elif kind == CREATED:
            self._pending[path] = _Pending(now + self.quiet, arrived=True)
        else:  # modified: a writer is at work; wait for its close
            self._pending[path] = _Pending(now + self.fallback)

    def next_deadline(self) -> float | None:
        return min((p.deadline for p in self._pending.values()), default=None)

    def due(self, now: float) -> list[str]:
        """Paths that are ready now: stable twice in a row and (if checked) openable."""
        ready: list[str] = []
        for path, entry in list(self._pending.items()):
            if entry.deadline > now:
                continue
            signature = self._stat(path)
            if signature is None:
                del self._pending[path]  # gone (or a folder): nothing to read
                continue
            entry.arrived = False  # from here on an "opened" is a reader, not the writer
            if signature != entry.signature:
                entry.signature, entry.deadline = signature, now + self.recheck
                continue
            if self._can_open is not None and not self._can_open(path):
                entry.signature, entry.deadline = None, now + self.quiet
                continue
            del self._pending[path]
            if self._emitted.get(path) == signature:
                continue  # the same bytes were handed on already (repeated close, attrib)
            self._emitted[path] = signature
            ready.append(path)
        return ready

    def pending(self) -> list[str]:
        """Paths still settling."""
        return list(self._pending)

    def forget_emitted(self, path: str) -> None:
        """Let ``path`` be handed on again with an unchanged signature (e.g. after a failed ingest)."""
        self._emitted.pop(path, None)
