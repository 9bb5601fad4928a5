"""A small wrapper over sqlite3: the one place that opens, migrates and writes the store.

Rules (reference/reliability-security.md §4):
- WAL, foreign keys on, a busy timeout; every write inside ``with connection:``.
- Never create a fresh database over an existing file we cannot read: a wrong key or a
  damaged file raises ``StoreError`` and the file is left exactly as it was.
- Before migrating a non-empty database, copy it with the SQLite backup API to
  ``<name>.bak-v<N>`` next to it (never by opening the file ourselves).
- A connection belongs to the thread that opened it (sqlite3's default check).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import paths
from . import migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The store cannot be opened or used; the message is meant for a person."""


def _check_header(path: Path) -> None:
    """Refuse an existing, non-empty file that is not a plain SQLite database."""
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:  # closed before any sqlite connection exists
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Guardian cannot read its store {path}: {exc.strerror}") from exc
    if head and head != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a Guardian store Guardian can read (damaged, or encrypted with "
            "another key). It was left untouched; restore it from a backup or move it away."
        )


def _enable_wal(conn: sqlite3.Connection, attempts: int = 60) -> str:
    """Switch to WAL. On a brand-new file another process may be doing the same at this very
    moment, and SQLite answers that with "locked" without waiting: wait briefly and retry."""
    for attempt in range(attempts):
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 + 0.01 * attempt)
    raise AssertionError("unreachable")


class Store:
    """An open, migrated store. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.store_path()
        _check_header(self.path)
        mode = "rw" if self.path.exists() else "rwc"
        uri = f"{self.path.resolve().as_uri()}?mode={mode}"
        try:
            self.connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError(f"Guardian cannot open its store {self.path}: {exc}") from exc
        try:
            self._prepare()
        except BaseException:
            self.connection.close()
            raise

    # -- opening ---------------------------------------------------------------------

    def _prepare(self) -> None:
        conn = self.connection
        conn.row_factory = sqlite3.Row
        try:
            # Reads first: a file SQLite cannot understand fails here, before any write.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path} cannot be read as a Guardian store ({exc}). "
                "It was left untouched; restore it from a backup or move it away."
            ) from exc
        if version > migrations.SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer Guardian (store version {version}; this "
                f"version understands up to {migrations.SCHEMA_VERSION}). Update Guardian to "
                "open it; the file was left untouched."
            )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = _enable_wal(conn)
        if str(mode).lower() != "wal":
            raise StoreError(f"Guardian needs a local disk for its store; {self.path} refused WAL.")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA temp_store = MEMORY")
        if version < migrations.SCHEMA_VERSION:
            if tables:
                target = self.path.with_name(f"{self.path.name}.bak-v{version}")
                try:
                    self.backup(target)
                except sqlite3.Error as exc:
                    raise StoreError(
                        f"Guardian could not back up its store to {target} ({exc}), so it did "
                        "not update it. Free some disk space or move that file away."
                    ) from exc
            log.info("migrating store from version %d to %d", version, migrations.SCHEMA_VERSION)
            try:
                migrations.apply(conn, version)
            except sqlite3.Error as exc:
                raise StoreError(
                    f"Guardian could not update its store {self.path} ({exc}); it stays at the "
                    f"last version that completed, and a backup was kept next to it."
                ) from exc

    @property
    def version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def check(self) -> None:
        """``PRAGMA quick_check``; StoreError names the damage. Reads everything: not per open."""
        try:
            rows = [r[0] for r in self.connection.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            raise StoreError(f"Guardian's store {self.path} is damaged: {'; '.join(rows[:3])}")

    def backup(self, target: Path) -> Path:
        """Copy the live database to ``target`` with the SQLite backup API."""
        dest = sqlite3.connect(target)
        try:
            self.connection.backup(dest)
        finally:
            dest.close()
        log.info("store backed up to %s", target)
        return target

    # -- use ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One atomic write. ``durable`` syncs fully on commit (alerts must survive a power cut)."""
        conn = self.connection
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
        finally:
            if durable:
                conn.execute("PRAGMA synchronous = NORMAL")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.connection.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        return self.connection.execute(sql, params).fetchone()

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating or migrating if needed) the profile's store, or the one at ``path``."""
    return Store(path)
