"""The background scan helper: progress as signals, one ending signal, cancellation."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from ui_fakes import FakeScan, assessment, running_threads

from guardian_app.ui.scan_worker import ScanWorker


def test_worker_reports_progress_then_result_off_the_gui_thread(qtbot):
    threads: list[object] = []
    fake = FakeScan([assessment()])

    def scan(paths, children=(), progress=None, cancel=None):
        threads.append(QThread.currentThread())
        return fake(paths, children, progress, cancel)

    worker = ScanWorker(["/x/a.txt", "/x/b.zip"], children=["Emma"], scan=scan)
    progress: list[tuple[int, int, str]] = []
    worker.sig_progress.connect(lambda d, t, label: progress.append((d, t, label)))
    with qtbot.waitSignal(worker.sig_done, timeout=5000) as done:
        worker.start()
    worker.wait(5000)
    assert progress == [(0, 2, "a.txt"), (1, 2, "b.zip"), (2, 2, "")]
    assert done.args[0].assessments[0].contacts[0].name == "Jake"
    assert fake.calls == [(["/x/a.txt", "/x/b.zip"], ("Emma",))]
    assert threads and threads[0] is not QThread.currentThread()


def test_cancel_ends_with_sig_cancelled_and_no_result(qtbot):
    fake = FakeScan([assessment()], wait_for_cancel=True)
    worker = ScanWorker(["/x/a.txt"], scan=fake)
    done: list[object] = []
    worker.sig_done.connect(done.append)
    with qtbot.waitSignal(worker.sig_cancelled, timeout=5000):
        worker.start()
        assert fake.started.wait(5)
        worker.cancel()
    assert worker.wait(5000)
    assert worker.cancelled and done == []


def test_stop_cancels_and_waits(qtbot):
    fake = FakeScan([], wait_for_cancel=True)
    worker = ScanWorker(["/x/a.txt"], scan=fake)
    worker.start()
    assert fake.started.wait(5)
    assert worker.stop(5000) is True
    assert not worker.isRunning()


CHAT_LINE = "bad line: dont tell anyone its our secret"


def test_failure_is_a_signal_and_the_log_holds_no_chat_text(qtbot, caplog):
    def scan(paths, children=(), progress=None, cancel=None):
        raise ValueError(CHAT_LINE)

    worker = ScanWorker(["/x/a.txt"], scan=scan)
    with caplog.at_level(logging.INFO), qtbot.waitSignal(worker.sig_failed, timeout=5000) as sig:
        worker.start()
    worker.wait(5000)
    assert sig.args[0] == "An unexpected problem occurred (ValueError)."
    assert "our secret" not in caplog.text
    assert "scan failed (ValueError)" in caplog.text


def test_dangling_thread_detector_sees_a_running_thread(qtbot, no_dangling_qthreads):
    release = threading.Event()

    class Sleeper(QThread):
        def run(self) -> None:
            release.wait(5)

    thread = Sleeper()
    thread.start()
    try:
        assert running_threads(no_dangling_qthreads) == [thread]
    finally:
        release.set()
        thread.wait(5000)
    assert running_threads(no_dangling_qthreads) == []


@pytest.mark.parametrize("level", ["low", "critical"])
def test_worker_passes_results_through_unchanged(qtbot, level):
    result_assessment = assessment(level)
    worker = ScanWorker(["/x/a.txt"], scan=FakeScan([result_assessment]))
    with qtbot.waitSignal(worker.sig_done, timeout=5000) as done:
        worker.start()
    worker.wait(5000)
    assert done.args[0].assessments == [result_assessment]


def test_guardians_own_errors_reach_the_parent_in_plain_words(qtbot):
    from guardian_app.analysis.model_files import ModelError

    def scan(paths, children=(), progress=None, cancel=None):
        raise ModelError("Guardian's detection model could not be read. Reinstall Guardian.")

    worker = ScanWorker(["/x/a.txt"], scan=scan)
    with qtbot.waitSignal(worker.sig_failed, timeout=5000) as sig:
        worker.start()
    worker.wait(5000)
    assert sig.args[0] == "Guardian's detection model could not be read. Reinstall Guardian."
