"""Reconciliation against the store's content-hash ledger (what changed while Guardian was off)."""

from __future__ import annotations

import os
import shutil
import time

from watch_fakes import GROOMING, chat_text

from guardian_app import ingest
from guardian_app.store import Store
from guardian_app.watch.queue import CHANGED, NEW
from guardian_app.watch.reconcile import candidates, reconcile


def _old(path, age: float = 60.0):
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_candidates_skip_temp_media_hidden_and_deep_folders(tmp_path):
    for name in ("a.txt", "b.zip.crdownload", "c.part", "photo.jpg", ".hidden.txt", "~$x.docx"):
        (tmp_path / name).write_text("x")
    (tmp_path / "Export" / "photos").mkdir(parents=True)
    (tmp_path / "Export" / "result.json").write_text("{}")
    (tmp_path / "Export" / "photos" / "p1.jpg").write_text("x")
    deep = tmp_path / "1" / "2" / "3" / "4" / "5"
    deep.mkdir(parents=True)
    (deep / "too-deep.txt").write_text("x")
    found = sorted(os.path.relpath(p, tmp_path) for p in candidates(tmp_path))
    assert found == ["Export/result.json", "a.txt"]


def test_only_unread_content_is_queued(tmp_path, fake):
    drop = tmp_path / "drop"
    drop.mkdir()
    read = drop / "read.txt"
    read.write_text(chat_text("k1"))
    _old(read)
    with Store(tmp_path / "s.sqlite3") as store:
        assert ingest.ingest_paths([str(read)], store=store).ok
        copy = _old(shutil.copy(read, drop / "copy of read.txt"))  # same bytes, new name
        touched_path = drop / "read.txt"
        _old(touched_path, age=30)  # only the mtime moved
        new = drop / "new.txt"
        new.write_text(chat_text("k2"))
        _old(new)
        fresh = drop / "being-written.txt"
        fresh.write_text(chat_text("k3"))  # modified just now: left for its events
        seen: dict = {}
        result = reconcile(store, [drop], seen, min_age=2.0)
        assert result.queued == [(str(new), NEW)]
        assert str(copy) in seen and str(touched_path) in seen  # remembered: not hashed again
        # A path that was read, whose content changed, comes back as CHANGED.
        read.write_text(chat_text("k1", GROOMING + ["Jake|more"]))
        _old(read)
        again = reconcile(store, [drop], seen, skip=[str(new)], min_age=2.0)
        assert again.queued == [(str(read), CHANGED)]
        assert reconcile(store, [drop], seen, skip=[str(new), str(read)], min_age=0.0).queued == [
            (str(fresh), NEW)]
