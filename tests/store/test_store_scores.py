"""Stored message scores: the v2 -> v3 migration (with its backup), the blob, stale versions."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from guardian_app.analysis.taxonomy import LABELS
from guardian_app.store import Store, migrations
from guardian_app.store.conversations import load_conversation, merge_conversation
from guardian_app.store.scores import decode, encode, load_scores, save_scores, stale_conversations

LINES = [(0, "Jake", "hi"), (1, "Emma", "hey"), (2, "Jake", "how old are you?")]


def _v2_store(path, conversation) -> None:
    """A store as the previous Guardian left it: schema version 2, with a conversation."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(conn, 0, target=2)
    conn.execute("BEGIN")
    merge_conversation(conn, conversation, None)
    conn.execute("COMMIT")
    conn.close()


def test_a_v2_store_is_backed_up_then_upgraded(home, make_conversation):
    home.mkdir(parents=True)
    path = home / "guardian.sqlite3"
    _v2_store(path, make_conversation(LINES))
    with Store() as store:
        assert store.version == migrations.SCHEMA_VERSION == 3
        assert store.query_one("SELECT count(*) FROM messages")[0] == 3  # nothing lost
        assert store.query_one("SELECT count(*) FROM message_scores")[0] == 0
        conv, fps = load_conversation(store, 1)
        with store.transaction() as conn:
            assert save_scores(conn, 1, "m 1", fps, {0: np.full(len(LABELS), 0.25)}) == 1
    backup = sqlite3.connect(path.with_name("guardian.sqlite3.bak-v2"))
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
        assert backup.execute("SELECT count(*) FROM messages").fetchone()[0] == 3
        tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "message_scores" not in tables
    finally:
        backup.close()


def test_the_blob_round_trips_and_refuses_a_wrong_length():
    row = np.linspace(0, 1, len(LABELS), dtype=np.float32)
    blob = encode(row)
    assert len(blob) == 4 * len(LABELS)
    assert np.array_equal(decode(blob), row) and decode(blob).dtype == np.float32
    assert decode(blob[:-4]) is None
    with pytest.raises(ValueError):
        encode(np.zeros(3))


def test_scores_are_kept_per_model_version(store, make_conversation):
    with store.transaction() as conn:
        merge_conversation(conn, make_conversation(LINES), None)
    _, fps = load_conversation(store, 1)
    first, third = np.full(len(LABELS), 0.1), np.full(len(LABELS), 0.9)
    with store.transaction() as conn:
        save_scores(conn, 1, "m 1", fps, {0: first, 2: third})
    known = load_scores(store, 1, "m 1", fps)
    assert sorted(known) == [0, 2] and np.allclose(known[2], 0.9)
    assert load_scores(store, 1, "m 2", fps) == {}
    with store.transaction() as conn:  # a new model's scores replace every older row
        save_scores(conn, 1, "m 2", fps, {2: first})
    assert load_scores(store, 1, "m 1", fps) == {}
    assert sorted(load_scores(store, 1, "m 2", fps)) == [2]
    assert store.query_one("SELECT count(*) FROM message_scores")[0] == 1
    with store.transaction() as conn:  # deleting a conversation deletes its scores
        conn.execute("DELETE FROM conversations")
    assert store.query_one("SELECT count(*) FROM message_scores")[0] == 0


def test_conversations_assessed_by_another_model_are_stale(store, make_conversation):
    with store.transaction() as conn:
        for key in ("a", "b"):
            merge_conversation(conn, make_conversation(LINES, key=key), None)
        conn.execute("INSERT INTO assessments (conversation_id, contact, risk, level, model_version, updated)"
                     " VALUES (1, 'Jake', 0.1, 'low', 'm 1', 'now'), (2, 'Jake', 0.1, 'low', 'm 2', 'now')")
    assert stale_conversations(store, "m 2") == [1]
    assert stale_conversations(store, "m 1") == [2]
