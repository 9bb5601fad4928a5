"""The close-aware debounce, with a fake clock and a fake stat (no sleeping)."""

from __future__ import annotations

from guardian_app.watch.debounce import Debouncer


class FakeFile:
    def __init__(self) -> None:
        self.sig: dict[str, tuple[int, int] | None] = {}

    def stat(self, path: str):
        return self.sig.get(path)


def _debouncer(close_aware: bool, files: FakeFile, **kw) -> Debouncer:
    return Debouncer(close_aware, settle=0.3, fallback=30.0, quiet=2.0, recheck=0.2, stat=files.stat, **kw)


def _run(d: Debouncer, until: float, step: float = 0.05) -> list[tuple[float, str]]:
    """Call ``due`` at every deadline up to ``until``; returns (time, path) of readiness."""
    out: list[tuple[float, str]] = []
    for i in range(int(round(until / step)) + 1):
        now = round(i * step, 6)
        out += [(now, p) for p in d.due(now)]
    return out


def test_stalled_writer_is_not_ready_until_it_closes():
    files, d = FakeFile(), None
    d = _debouncer(True, files)
    files.sig["f"] = (10, 1)
    d.note("created", "f", 0.0)
    d.note("modified", "f", 0.0)
    assert d.due(5.0) == []  # stalled 5 s with the file open: a quiet-period debounce fires here
    assert d.due(5.3) == []
    files.sig["f"] = (20, 2)
    d.note("closed", "f", 6.0)  # first stat at the close
    assert d.due(6.2) == []  # settle not over
    assert d.due(6.31) == ["f"]  # second stat after the settle, unchanged


def test_file_renamed_in_from_elsewhere_gets_the_quiet_period():
    files = FakeFile()
    d = _debouncer(True, files)
    files.sig["moved-in"] = (9, 9)
    files.sig["written"] = (0, 1)
    d.note("created", "moved-in", 0.0)  # inotify: IN_MOVED_TO without a source is "created"
    d.note("created", "written", 0.0)
    d.note("opened", "written", 0.0)  # a writer opened it: wait for its close
    assert d.due(2.0) == []  # first stat
    d.note("opened", "moved-in", 2.1)  # a reader (an indexer): changes nothing
    assert d.due(2.2) == ["moved-in"]
    assert d.pending() == ["written"] and d.next_deadline() == 30.0


def test_modified_after_close_waits_for_the_next_close():
    files = FakeFile()
    d = _debouncer(True, files)
    files.sig["f"] = (1, 1)
    d.note("closed", "f", 0.0)
    d.note("modified", "f", 0.1)  # the writer reopened it
    assert d.due(1.0) == [] and d.due(1.3) == []
    assert d.next_deadline() is not None and d.next_deadline() > 29


def test_writer_that_never_closes_is_picked_up_by_the_fallback():
    files = FakeFile()
    d = _debouncer(True, files)
    files.sig["f"] = (5, 5)
    d.note("modified", "f", 0.0)
    ready = _run(d, 31.0, step=0.1)
    assert [p for _, p in ready] == ["f"] and 30.0 <= ready[0][0] <= 30.5


def test_size_change_during_the_check_restarts_it():
    files = FakeFile()
    d = _debouncer(True, files)
    files.sig["f"] = (1, 1)
    d.note("moved", "f", 0.0)
    files.sig["f"] = (2, 2)
    assert d.due(0.3) == []  # differs from the stat taken at the move
    assert d.due(0.4) == [] and d.due(0.5) == ["f"]  # stable across the recheck


def test_quiet_period_mode_restarts_on_every_event():
    files = FakeFile()
    d = _debouncer(False, files)
    files.sig["f"] = (1, 1)
    for t in (0.0, 1.0, 1.9):
        d.note("modified", "f", t)
    assert d.due(3.8) == []
    assert d.due(3.91) == [] and d.due(4.11) == ["f"]
    files.sig["g"] = (3, 3)
    d.note("closed", "g", 0.0, close_aware=True)  # per-path override: a natively watched folder
    assert d.due(0.2) == [] and d.due(0.3) == ["g"]


def test_windows_sharing_violation_keeps_waiting():
    files, busy = FakeFile(), {"f"}
    d = _debouncer(False, files, can_open=lambda p: p not in busy)
    files.sig["f"] = (1, 1)
    d.note("modified", "f", 0.0)
    assert d.due(2.0) == [] and d.due(2.2) == []  # stable but still open elsewhere
    busy.clear()
    assert _run(d, 6.0) and d.due(100.0) == []


def test_same_bytes_are_handed_on_once_and_changes_again():
    files = FakeFile()
    d = _debouncer(True, files)
    files.sig["f"] = (1, 1)
    for _ in range(5):
        d.note("closed", "f", 0.0)
    assert _run(d, 1.0) == [(0.3, "f")]
    d.note("closed", "f", 2.0)  # closed again, nothing written
    assert _run(d, 3.0) == []
    files.sig["f"] = (1, 2)  # touched: the ingest decides by content hash
    d.note("closed", "f", 0.0)
    assert [p for _, p in _run(d, 1.0)] == ["f"]


def test_deleted_and_vanished_files_are_dropped():
    files = FakeFile()
    d = _debouncer(True, files)
    d.note("closed", "gone", 0.0)
    assert d.due(1.0) == [] and len(d) == 0
    files.sig["f"] = (1, 1)
    d.note("created", "f", 0.0)
    d.note("deleted", "f", 0.1)
    assert len(d) == 0 and d.next_deadline() is None
