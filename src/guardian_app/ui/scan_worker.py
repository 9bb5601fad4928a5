"""The one helper for background work: a QThread that runs a scan and reports by signals.

The core reports progress through a plain callback; this class turns it into
``sig_progress``. No widget is touched off the GUI thread: the signals are delivered to
receivers in the GUI thread by Qt's queued connections.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from guardian_app.ui.i18n import translate

log = logging.getLogger(__name__)

# scan(paths, children=..., progress=..., cancel=...) -> ScanResult (guardian_app.pipeline)
ScanFunction = Callable[..., Any]


def _default_scan(*args: Any, **kwargs: Any) -> Any:
    from guardian_app import pipeline  # loads the model lazily, on this worker thread

    return pipeline.scan_paths(*args, **kwargs)


def user_reason(exc: BaseException) -> str:
    """What the parent is told about a failed scan.

    Guardian's own errors (e.g. ModelError) carry plain sentences written for users; any
    other exception is named by type only, since its message could quote a chat line.
    """
    if type(exc).__module__.startswith("guardian_app") and str(exc):
        return str(exc)
    return translate("ScanWorker", "An unexpected problem occurred ({problem}).").format(
        problem=type(exc).__name__)


class ScanWorker(QThread):
    """Runs ``scan(paths, children, progress, cancel)`` off the GUI thread.

    Emits ``sig_progress(done, total, label)`` while running, then exactly one of
    ``sig_done(result)``, ``sig_failed(reason)`` or ``sig_cancelled()``.
    """

    sig_progress = Signal(int, int, str)
    sig_done = Signal(object)
    sig_failed = Signal(str)
    sig_cancelled = Signal()

    def __init__(
        self,
        paths: Sequence[str | Path],
        children: Sequence[str] = (),
        scan: ScanFunction | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = [str(p) for p in paths]
        self.children = tuple(children)
        self._scan = scan or _default_scan
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the scan to stop between sources (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, label: str) -> None:
        self.sig_progress.emit(int(done), int(total), str(label))

    def run(self) -> None:  # runs in the worker thread
        log.info("scan started: %d path(s)", len(self.paths))
        try:
            result = self._scan(
                self.paths, children=self.children, progress=self._progress, cancel=self._cancel
            )
        except Exception as exc:  # a bug or an unreadable model; never crash the GUI
            # The traceback without the exception's message, which could quote a chat line.
            tb = "".join(traceback.format_tb(exc.__traceback__))
            log.error("scan failed (%s)\n%s", type(exc).__name__, tb)
            self.sig_failed.emit(user_reason(exc))
            return
        if self._cancel.is_set():
            log.info("scan cancelled")
            self.sig_cancelled.emit()
            return
        log.info("scan finished")
        self.sig_done.emit(result)

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Cancel and wait for the thread to end; True if it ended."""
        self.cancel()
        return self.wait(timeout_ms)
