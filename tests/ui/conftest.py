"""Qt tests run offscreen with a private profile, and fail if they leave a QThread running."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QThread  # noqa: E402
from ui_fakes import running_threads  # noqa: E402


@pytest.fixture(autouse=True)
def _private_profile(tmp_path, monkeypatch):
    monkeypatch.setenv("GUARDIAN_HOME", str(tmp_path / "profile"))


@pytest.fixture(autouse=True)
def no_dangling_qthreads(monkeypatch):
    """Records every QThread a test starts; the test fails if one still runs at its end."""
    started: list[QThread] = []
    original = QThread.start

    def start(self, *args, **kwargs):
        started.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(QThread, "start", start)
    yield started
    leaked = running_threads(started)
    for thread in leaked:  # clean up so one leak does not break the next tests
        thread.requestInterruption()
        thread.quit()
        thread.wait(5000)
    if leaked:
        pytest.fail(f"{len(leaked)} QThread(s) were still running at the end of the test")
