"""Reconciliation: what is in the watched folders that the store has not read yet?

Run at start-up, every few minutes, after an observer restart and after the queue or the
event buffer overflowed. It catches what changed while Guardian was off and whatever the
observer dropped. The store's ``sources`` table (keyed by content hash) is the ledger:

- a file whose path, size and mtime match a ledger row was read: skipped without reading;
- otherwise its content hash decides: known content (a copy, a touched file) is skipped;
- the rest is queued, NEW when the path was never read, CHANGED when it was.

``seen`` remembers, for this session, files already handed on or found unreadable, so a
periodic pass does not queue or hash them again while they stay the same.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..store import Store
from ..store.sources import file_digest, known_source
from .debounce import Signature, stat_signature
from .events import is_candidate, is_temp_name
from .queue import CHANGED, NEW

log = logging.getLogger(__name__)

MAX_DEPTH = 4  # an export folder inside a drop folder, and its subfolders


@dataclass(slots=True)
class ReconcileResult:
    queued: list[tuple[str, int]] = field(default_factory=list)  # (path, priority)
    skipped: int = 0
    deferred: int = 0  # files too fresh to trust yet: scan again after ``min_age``


def candidates(folder: str | Path, max_depth: int = MAX_DEPTH) -> Iterator[str]:
    """Files under ``folder`` that might be exports (no temp names, no media, no hidden folders)."""
    root = str(folder)
    base_depth = root.rstrip(os.sep).count(os.sep)
    for current, dirs, files in os.walk(root, onerror=None):
        depth = current.rstrip(os.sep).count(os.sep) - base_depth
        dirs[:] = sorted(d for d in dirs if not is_temp_name(d) and d != "__MACOSX") if depth < max_depth else []
        for name in sorted(files):
            path = os.path.join(current, name)
            if is_candidate(path):
                yield path


def _ledger(store: Store) -> dict[str, tuple[int, float]]:
    return {row["path"]: (int(row["size"]), float(row["mtime"]))
            for row in store.query("SELECT path, size, mtime FROM sources")}


def reconcile(store: Store, folders: Iterable[str | Path], seen: dict[str, Signature],
              skip: Iterable[str] = (), min_age: float = 2.0) -> ReconcileResult:
    """Files in ``folders`` to ingest, with their priority. Reads the store only.

    ``skip`` names paths queued, being ingested or still settling in the debouncer; a file
    modified less than ``min_age`` seconds ago is left for its events or the next pass, so
    a file being written is never handed on half-written.
    """
    now = time.time()
    ledger = _ledger(store)
    busy = set(skip)  # queued or being ingested already
    result = ReconcileResult()
    for folder in folders:
        for path in candidates(folder):
            signature = stat_signature(path)
            if signature is None or path in busy or seen.get(path) == signature:
                result.skipped += 1
                continue
            if now - signature[1] / 1e9 < min_age:
                result.deferred += 1
                continue
            known = ledger.get(path)
            if known is not None and known[0] == signature[0] and abs(known[1] - signature[1] / 1e9) < 1e-6:
                seen[path] = signature
                result.skipped += 1
                continue
            try:
                digest = file_digest(path)
            except OSError:
                result.skipped += 1  # vanished or locked: the next pass sees it again
                continue
            if known_source(store, digest.sha256) is not None:
                seen[path] = signature  # the same content was read (a copy, or only the mtime moved)
                result.skipped += 1
                continue
            result.queued.append((path, CHANGED if known is not None else NEW))
    if result.queued:
        log.info("reconciliation found %d file(s) to read", len(result.queued))
    return result
