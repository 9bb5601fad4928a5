"""The ledger of exports already read, keyed by content hash (an unchanged re-export is skipped)."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .db import Store

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class FileDigest:
    sha256: str
    size: int
    mtime: float


def now() -> str:
    """The store's wall-clock stamp: UTC, ISO 8601, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def file_digest(path: str | Path) -> FileDigest:
    """sha256, size and mtime of a file, read in chunks (exports can be large)."""
    path = Path(path)
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    stat = path.stat()
    return FileDigest(digest.hexdigest(), stat.st_size, stat.st_mtime)


def known_source(store: Store, sha256: str) -> sqlite3.Row | None:
    return store.query_one("SELECT * FROM sources WHERE sha256 = ?", (sha256,))


def touch_source(store: Store, source_id: int) -> None:
    """Note that a known export was seen again."""
    with store.transaction() as conn:
        conn.execute("UPDATE sources SET last_ingested = ? WHERE id = ?", (now(), source_id))


def record_source(
    conn: sqlite3.Connection, path: str | Path, fmt: str | None, digest: FileDigest
) -> int:
    """Insert (or refresh) the ledger row of one export; call inside a transaction."""
    stamp = now()
    conn.execute(
        "INSERT INTO sources (path, format, sha256, size, mtime, first_ingested, last_ingested)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (sha256) DO UPDATE SET path = excluded.path,"
        " format = coalesce(excluded.format, format), last_ingested = excluded.last_ingested",
        (str(path), fmt, digest.sha256, digest.size, digest.mtime, stamp, stamp),
    )
    row = conn.execute("SELECT id FROM sources WHERE sha256 = ?", (digest.sha256,)).fetchone()
    return int(row[0])
