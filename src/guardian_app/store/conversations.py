"""Merging read conversations into the store (dedupe) and rebuilding them from it.

Stored order is (sort_ts, idx): ``sort_ts`` is the message's timestamp, or the previous
message's when it has none; ``idx`` is its index in the export that first brought it,
interpolated between its stored neighbours when a later export inserts it in between
(older messages of a longer re-export, or lines that a cut-off export had not yet).
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import datetime

from ..domain import Conversation, Message
from .db import Store
from .fingerprint import fingerprints, timestamp_text


@dataclass(frozen=True, slots=True)
class MergeResult:
    conversation_id: int
    new: int
    duplicates: int


def _upsert_conversation(conn: sqlite3.Connection, conv: Conversation) -> int:
    row = conn.execute(
        "SELECT id, participants FROM conversations WHERE key = ?", (conv.key,)
    ).fetchone()
    if row is None:
        cursor = conn.execute(
            "INSERT INTO conversations (key, format, title, participants, owner, contact_hint,"
            " last_source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (conv.key, conv.format, conv.title, json.dumps(conv.participants), conv.owner,
             conv.contact_hint, conv.source),
        )
        return int(cursor.lastrowid or 0)
    participants = list(json.loads(row["participants"]))
    participants += [p for p in conv.participants if p not in participants]
    conn.execute(
        "UPDATE conversations SET participants = ?, owner = coalesce(owner, ?),"
        " contact_hint = coalesce(contact_hint, ?), last_source = ? WHERE id = ?",
        (json.dumps(participants), conv.owner, conv.contact_hint, conv.source, row["id"]),
    )
    return int(row["id"])


def _positions(known: list[float | None], stored: list[float]) -> list[float]:
    """An ``idx`` for every message: stored ones keep theirs, runs of new ones slot in between."""
    out = list(known)
    n, i = len(known), 0
    while i < n:
        if known[i] is not None:
            i += 1
            continue
        j = i
        while j < n and known[j] is None:
            j += 1
        run = j - i
        lo = known[i - 1] if i > 0 else None
        hi = known[j] if j < n else None
        if lo is None and hi is None:
            lo = stored[-1] if stored else -1.0
            hi = lo + run + 1
        elif lo is None:
            assert hi is not None
            k = bisect_left(stored, hi)
            lo = stored[k - 1] if k > 0 else hi - run - 1
        elif hi is None:
            k = bisect_right(stored, lo)
            hi = stored[k] if k < len(stored) else lo + run + 1
        step = (hi - lo) / (run + 1)
        for r in range(run):
            out[i + r] = lo + step * (r + 1)
        i = j
    return [float(p) for p in out if p is not None]


def merge_conversation(
    conn: sqlite3.Connection, conv: Conversation, source_id: int | None
) -> MergeResult:
    """Add the messages of ``conv`` the store does not have yet; call inside a transaction."""
    conversation_id = _upsert_conversation(conn, conv)
    fps = fingerprints(conv.key, conv.messages)
    existing = {
        fp: idx
        for fp, idx in conn.execute(
            "SELECT fingerprint, idx FROM messages WHERE conversation_id = ?", (conversation_id,)
        )
    }
    positions = _positions([existing.get(fp) for fp in fps], sorted(existing.values()))
    rows = []
    sort_ts = ""
    for message, fp, idx in zip(conv.messages, fps, positions, strict=True):
        sort_ts = timestamp_text(message.timestamp) or sort_ts
        if fp in existing:
            continue
        rows.append((
            conversation_id, fp, idx, sort_ts, message.sender, message.text,
            timestamp_text(message.timestamp) or None, message.kind,
            json.dumps(list(message.media)), source_id,
        ))
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO messages (conversation_id, fingerprint, idx, sort_ts, sender, text,"
        " timestamp, kind, media, first_source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    new = conn.total_changes - before
    if new:
        conn.execute(
            "UPDATE conversations SET needs_analysis = 1 WHERE id = ?", (conversation_id,)
        )
    return MergeResult(conversation_id, new, len(conv.messages) - new)


def load_conversation(store: Store, conversation_id: int) -> tuple[Conversation, list[str]]:
    """The whole stored conversation, re-indexed in stored order, and each message's fingerprint."""
    head = store.query_one("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
    if head is None:
        raise KeyError(conversation_id)
    rows = store.query(
        "SELECT fingerprint, sender, text, timestamp, kind, media FROM messages"
        " WHERE conversation_id = ? ORDER BY sort_ts, idx",
        (conversation_id,),
    )
    messages = [
        Message(
            sender=row["sender"],
            text=row["text"],
            timestamp=datetime.fromisoformat(row["timestamp"]) if row["timestamp"] else None,
            kind=row["kind"],
            media=tuple(json.loads(row["media"])),
            index=i,
        )
        for i, row in enumerate(rows)
    ]
    conversation = Conversation(
        key=head["key"],
        source=head["last_source"] or "",
        format=head["format"],
        title=head["title"],
        participants=list(json.loads(head["participants"])),
        messages=messages,
        owner=head["owner"],
        contact_hint=head["contact_hint"],
        timezone_known=any(m.timestamp is not None and m.timestamp.tzinfo for m in messages),
    )
    return conversation, [row["fingerprint"] for row in rows]


def pending_conversations(store: Store) -> list[int]:
    """Conversations with messages not yet analysed (also those a crash left behind)."""
    rows = store.query("SELECT id FROM conversations WHERE needs_analysis = 1 ORDER BY id")
    return [int(row["id"]) for row in rows]
