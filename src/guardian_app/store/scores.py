"""Stored indicator probabilities of each scored message, per model version.

A row holds one message's probabilities as a compact blob (``LABELS`` order, little-endian
float32: 80 bytes for 20 indicators). Scores of another model version, or of the wrong
length, count as missing, so such messages are simply scored again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

import numpy as np

from ..analysis.taxonomy import LABELS
from .db import Store

_DTYPE = np.dtype("<f4")


def encode(probs: np.ndarray) -> bytes:
    """One message's probabilities as a blob."""
    row = np.asarray(probs, dtype=_DTYPE).reshape(-1)
    if row.shape != (len(LABELS),):
        raise ValueError(f"expected {len(LABELS)} probabilities, got {row.shape}")
    return row.tobytes()


def decode(blob: bytes) -> np.ndarray | None:
    """The probabilities in a blob (float32), or None when it does not hold one row."""
    if len(blob) != _DTYPE.itemsize * len(LABELS):
        return None
    return np.frombuffer(blob, dtype=_DTYPE).astype(np.float32)


def load_scores(store: Store, conversation_id: int, model_version: str,
                fingerprints: Sequence[str]) -> dict[int, np.ndarray]:
    """Message index (position in ``fingerprints``) -> stored probabilities of this model version."""
    rows = store.query(
        "SELECT m.fingerprint, s.probs FROM messages m JOIN message_scores s ON s.message_id = m.id"
        " WHERE m.conversation_id = ? AND s.model_version = ?",
        (conversation_id, model_version),
    )
    stored = {row["fingerprint"]: row["probs"] for row in rows}
    out: dict[int, np.ndarray] = {}
    for index, fp in enumerate(fingerprints):
        blob = stored.get(fp)
        probs = decode(blob) if blob is not None else None
        if probs is not None:
            out[index] = probs
    return out


def save_scores(conn: sqlite3.Connection, conversation_id: int, model_version: str,
                fingerprints: Sequence[str], fresh: Mapping[int, np.ndarray]) -> int:
    """Keep freshly computed probabilities (message index -> row); call inside a transaction.

    Rows of other model versions in this conversation are dropped. Returns the rows written.
    """
    conn.execute(
        "DELETE FROM message_scores WHERE model_version != ? AND message_id IN"
        " (SELECT id FROM messages WHERE conversation_id = ?)",
        (model_version, conversation_id),
    )
    before = conn.total_changes
    conn.executemany(
        "INSERT OR REPLACE INTO message_scores (message_id, model_version, probs)"
        " SELECT id, ?, ? FROM messages WHERE conversation_id = ? AND fingerprint = ?",
        [(model_version, encode(probs), conversation_id, fingerprints[index])
         for index, probs in sorted(fresh.items()) if 0 <= index < len(fingerprints)],
    )
    return conn.total_changes - before


def stale_conversations(store: Store, model_version: str) -> list[int]:
    """Conversations last assessed by another model version (to re-assess, and re-score, once)."""
    rows = store.query(
        "SELECT DISTINCT conversation_id FROM assessments WHERE model_version IS NOT ?"
        " ORDER BY conversation_id",
        (model_version,),
    )
    return [int(row[0]) for row in rows]
