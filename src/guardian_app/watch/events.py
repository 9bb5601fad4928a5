"""The watchdog handler: it only filters events and hands them on. It never raises.

An exception inside a handler kills watchdog's observer thread (reliability-security.md
§3), so everything here is guarded, and no work is done here: the consumer thread in
``service.py`` debounces and ingests. Moves count as arrivals at ``dest_path``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import PurePath

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from ..importers.base import is_media_name

log = logging.getLogger(__name__)

# What the consumer is told: a file became a ready candidate (closed/moved), appeared
# (created: written here, or renamed in from elsewhere), was opened (a writer, when it
# follows "created"), is being written (modified), disappeared (deleted), or a folder arrived.
CLOSED, MOVED, CREATED, OPENED, MODIFIED = "closed", "moved", "created", "opened", "modified"
DELETED, DIR = "deleted", "dir"

Sink = Callable[[str, str], None]

TEMP_SUFFIXES = frozenset({".part", ".crdownload", ".tmp", ".swp", ".swx", ".download", ".partial", ".opdownload"})
_IGNORED_TYPES = frozenset({"closed_no_write", "attrib"})
_KINDS = {"created": CREATED, "opened": OPENED, "modified": MODIFIED, "closed": CLOSED, "moved": MOVED,
          "deleted": DELETED}


def _text(path: bytes | str) -> str:
    return os.fsdecode(path)


def is_temp_name(name: str) -> bool:
    """Names of files still being written or not worth reading (downloads, editors, Office locks)."""
    lowered = name.lower()
    if lowered.startswith(("~$", ".~lock", ".")) or lowered.endswith("~"):
        return True  # Office lock files, LibreOffice locks, hidden files, editor backups
    return PurePath(lowered).suffix in TEMP_SUFFIXES


def is_candidate(path: str) -> bool:
    """A file that might be a chat export: not a temporary name, not media (media is never opened)."""
    name = PurePath(path).name
    return bool(name) and not is_temp_name(name) and not is_media_name(name)


def classify(event: FileSystemEvent) -> tuple[str, str] | None:
    """(kind, path) worth telling the consumer about, or None for an event to drop."""
    if event.event_type in _IGNORED_TYPES:
        return None
    if event.is_directory:
        if event.event_type in ("created", "moved"):
            target = event.dest_path if event.event_type == "moved" else event.src_path
            return DIR, _text(target)
        return None
    kind = _KINDS.get(event.event_type)
    if kind is None:
        return None
    path = _text(event.dest_path if kind == MOVED else event.src_path)
    if not is_candidate(path):
        return None
    return kind, path


class ExportEventHandler(FileSystemEventHandler):
    """Passes (kind, path) of interesting events to ``sink``; drops everything else.

    A move from a watched name to a temporary or media name also reports the old name as
    deleted, so the consumer forgets it.
    """

    def __init__(self, sink: Sink) -> None:
        super().__init__()
        self._sink = sink

    def dispatch(self, event: FileSystemEvent) -> None:
        try:
            if event.event_type == "moved" and not event.is_directory:
                src = _text(event.src_path)
                if is_candidate(src):
                    self._sink(DELETED, src)
            found = classify(event)
            if found is not None:
                self._sink(*found)
        except Exception:  # never let anything kill the observer thread; no path or text logged
            log.exception("the folder-event handler failed on one event; it was dropped")
