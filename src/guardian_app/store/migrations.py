"""The store's schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Never edit a shipped
migration: append a new one. ``db.Store`` backs the file up before applying any.
"""

from __future__ import annotations

import sqlite3

# Migration N (1-based) brings a database from user_version N-1 to N.
MIGRATIONS: tuple[str, ...] = (
    # 1: what was read: exports, conversations and their messages.
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        format TEXT,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        first_ingested TEXT NOT NULL,
        last_ingested TEXT NOT NULL
    );
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        title TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '[]',
        owner TEXT,
        child TEXT,
        child_reason TEXT,
        contact_hint TEXT,
        last_source TEXT,
        needs_analysis INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        idx REAL NOT NULL,
        sort_ts TEXT NOT NULL,
        sender TEXT,
        text TEXT NOT NULL,
        timestamp TEXT,
        kind TEXT NOT NULL,
        media TEXT NOT NULL DEFAULT '[]',
        first_source_id INTEGER REFERENCES sources(id),
        UNIQUE (conversation_id, fingerprint)
    );
    CREATE INDEX messages_order ON messages (conversation_id, sort_ts, idx);
    """,
    # 2: what Guardian concluded: per-contact assessments and the alerts shown to the parent.
    """
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        contact TEXT NOT NULL,
        risk REAL NOT NULL,
        level TEXT NOT NULL,
        stages TEXT NOT NULL DEFAULT '[]',
        indicators TEXT NOT NULL DEFAULT '[]',
        timeline TEXT NOT NULL DEFAULT '[]',
        model_version TEXT,
        updated TEXT NOT NULL,
        UNIQUE (conversation_id, contact)
    );
    CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        contact TEXT NOT NULL,
        level TEXT NOT NULL,
        risk REAL NOT NULL,
        first_alert_time TEXT,
        first_alert_fingerprint TEXT,
        first_alert_index INTEGER,
        indicators TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'new'
            CHECK (status IN ('new', 'reviewed', 'false_alarm')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        UNIQUE (conversation_id, contact)
    );
    """,
    # 3: each scored message's indicator probabilities (LABELS order, little-endian float32),
    # so a re-export scores only its new messages. Rows of another model version are stale.
    """
    CREATE TABLE message_scores (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        model_version TEXT NOT NULL,
        probs BLOB NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def apply(connection: sqlite3.Connection, current: int, target: int = SCHEMA_VERSION) -> None:
    """Apply migrations ``current+1 .. target``, each in its own transaction.

    ``executescript`` would commit on its own, so the statements run one by one inside
    an explicit BEGIN/COMMIT: a migration either lands whole, with its version, or not at all.
    """
    for version in range(current + 1, target + 1):
        statements = [s.strip() for s in MIGRATIONS[version - 1].split(";") if s.strip()]
        connection.execute("BEGIN IMMEDIATE")
        # Another process may have migrated while we waited for the write lock: re-read.
        if int(connection.execute("PRAGMA user_version").fetchone()[0]) >= version:
            connection.execute("COMMIT")
            continue
        try:
            for statement in statements:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
