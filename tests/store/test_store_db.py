"""Opening, WAL, migrations with backup, and refusing files the store cannot read."""

from __future__ import annotations

import sqlite3

import pytest

from guardian_app import paths
from guardian_app.store import SCHEMA_VERSION, Store, StoreError, migrations


def _v1_database(path) -> None:
    conn = sqlite3.connect(path)
    migrations.apply(conn, 0, target=1)
    with conn:
        conn.execute(
            "INSERT INTO conversations (key, format, title) VALUES ('k1', 'whatsapp', 'Jake')"
        )
    conn.close()


def test_new_store_is_wal_with_foreign_keys_and_current_schema(home):
    with Store() as store:
        assert store.path == paths.store_path()
        assert store.path.parent == home
        q = store.connection.execute
        assert q("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert q("PRAGMA foreign_keys").fetchone()[0] == 1
        assert q("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert store.version == SCHEMA_VERSION == len(migrations.MIGRATIONS)
        tables = {r[0] for r in q("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sources", "conversations", "messages", "assessments", "alerts"} <= tables
    assert not list(home.glob("*.bak-v*"))  # nothing to back up in a fresh store


def test_v1_store_is_backed_up_then_migrated(home):
    path = paths.store_path()
    _v1_database(path)
    with Store() as store:
        assert store.version == SCHEMA_VERSION
        row = store.query_one("SELECT title FROM conversations WHERE key = 'k1'")
        assert row["title"] == "Jake"
        store.query("SELECT * FROM alerts")  # the v2 table now exists
    backup = path.with_name("guardian.sqlite3.bak-v1")
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'alerts'").fetchall()
    conn.close()


def test_failed_migration_is_rolled_back_and_reported(home, monkeypatch):
    path = paths.store_path()
    _v1_database(path)
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], "CREATE TABLE x (;"))
    with pytest.raises(StoreError, match="could not update"):
        Store()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_newer_store_is_refused_and_left_alone(home):
    path = paths.store_path()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Guardian"):
        Store()
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [
    b"\x00\xffnot a database at all" * 200,
    b"SQLite format 3\x00" + b"\x07" * 4000,  # right header, damaged body
])
def test_unreadable_file_is_refused_untouched(home, content):
    path = paths.store_path()
    path.write_bytes(content)
    with pytest.raises(StoreError, match="untouched"):
        Store()
    assert path.read_bytes() == content
    assert sorted(p.name for p in home.iterdir()) == ["guardian.sqlite3"]


def test_failed_write_rolls_back(store):
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO conversations (key, format, title) VALUES ('k', 'f', 't')")
        raise RuntimeError("boom")
    assert store.query("SELECT * FROM conversations") == []
    with store.transaction(durable=True) as conn:
        conn.execute("INSERT INTO conversations (key, format, title) VALUES ('k', 'f', 't')")
    assert store.connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # back to NORMAL
    assert len(store.query("SELECT * FROM conversations")) == 1


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO messages (conversation_id, fingerprint, idx, sort_ts, text, kind)"
            " VALUES (999, 'f', 0, '', 'hi', 'text')"
        )


def test_quick_check_finds_a_damaged_page(home):
    with Store() as store:
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO conversations (key, format, title) VALUES (?, 'f', ?)",
                [(f"key-{i}", "t" * 200) for i in range(400)],
            )
        store.check()  # healthy
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = paths.store_path()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 + 8: page * 3 + 200] = b"\xff" * 192  # scribble over a b-tree page's cells
    path.write_bytes(bytes(data))
    with Store() as store, pytest.raises(StoreError, match="is damaged"):
        store.check()


def test_backup_failure_stops_the_migration(home):
    path = paths.store_path()
    _v1_database(path)
    path.with_name("guardian.sqlite3.bak-v1").write_bytes(b"garbage, not sqlite" * 100)
    with pytest.raises(StoreError, match="back up"):
        Store()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_two_processes_opening_a_fresh_store_at_once_both_succeed(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "race.sqlite3"
    code = (
        "import sys, time; from guardian_app.store import Store\n"
        "start = float(sys.argv[2])\n"
        "time.sleep(max(0, start - time.time()))\n"
        "s = Store(sys.argv[1]); print(s.version); s.close()\n"
    )
    import time

    for _ in range(3):
        path.unlink(missing_ok=True)
        start = str(time.time() + 1.0)
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path), start], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        results = [p.communicate(timeout=60) for p in procs]
        assert [p.returncode for p in procs] == [0] * 4, "\n".join(err for _, err in results)
