"""The ingest queue: priorities, one entry per path, back-pressure, cancellation."""

from __future__ import annotations

import threading
import time

from guardian_app.watch.queue import CHANGED, NEW, RETRY, IngestQueue


def test_new_exports_first_then_fifo():
    q = IngestQueue()
    q.put("old-changed", CHANGED)
    q.put("retry", RETRY)
    q.put("a", NEW)
    q.put("b", NEW)
    assert q.get_batch(10, timeout=0) == ["a", "b", "old-changed", "retry"]


def test_a_path_is_queued_once_with_its_most_urgent_priority():
    q = IngestQueue()
    assert q.put("x", RETRY) and q.put("y", CHANGED) and q.put("x", NEW) and q.put("x", CHANGED)
    assert len(q) == 2 and "x" in q
    assert q.get(0) == "x" and q.get(0) == "y" and q.get(0) is None


def test_full_queue_refuses_and_reports_overflow_once():
    q = IngestQueue(maxsize=2)
    assert q.put("a") and q.put("b")
    assert not q.put("c")
    assert q.put("a")  # already queued: no room needed
    assert q.take_overflow() and not q.take_overflow()


def test_cancel_and_clear():
    q = IngestQueue()
    for p in "abc":
        q.put(p)
    assert q.cancel("b") and not q.cancel("b")
    assert q.get_batch(5, timeout=0) == ["a", "c"]
    q.put("d")
    assert q.clear() == 1 and q.get(0) is None


def test_close_wakes_a_waiting_consumer():
    q = IngestQueue()
    got: list[object] = []
    thread = threading.Thread(target=lambda: got.append(q.get(timeout=10)))
    thread.start()
    time.sleep(0.05)
    q.close()
    thread.join(2)
    assert not thread.is_alive() and got == [None]
    assert not q.put("late")


def test_batch_is_limited():
    q = IngestQueue()
    for n in range(7):
        q.put(str(n))
    assert q.get_batch(3, timeout=0) == ["0", "1", "2"] and len(q) == 4
