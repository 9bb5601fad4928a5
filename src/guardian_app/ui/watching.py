"""The tray app's folder watcher: a WatchService whose callbacks arrive as GUI-thread signals.

``WatchService`` (Qt-free, in ``watch/``) calls ``on_status`` and ``on_alert`` from its own
threads. ``FolderWatch`` hands it the methods of a ``WatchBridge``, a QObject living in the
GUI thread, so each call becomes a queued signal and no widget is touched off that thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from guardian_app.ui.i18n import translate
from guardian_app.watch import status as ws

log = logging.getLogger(__name__)

# Watch states that mean "exports added now are not being checked".
PROBLEMS = (ws.NOT_MONITORING, ws.STORAGE_FULL, ws.STORE_ERROR)


class WatchServiceLike(Protocol):
    def start(self) -> None: ...
    def stop(self, timeout: float = ...) -> None: ...


# Called as factory(folders, children=..., on_status=..., on_alert=...); WatchService fits.
WatchFactory = Callable[..., WatchServiceLike]


def default_factory(folders: Sequence[str], **kwargs: Any) -> WatchServiceLike:
    from guardian_app.watch.service import WatchService

    return WatchService(folders, **kwargs)


class WatchBridge(QObject):
    """Turns the service's thread callbacks into signals (queued to the GUI thread)."""

    sig_status = Signal(object)  # a watch.status.WatchStatus
    sig_alert = Signal(object)  # a store.alerts.AlertChange (new or escalated)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.closed = False  # set before stopping: the "stopped" status is not news

    def on_status(self, status: ws.WatchStatus) -> None:
        if not self.closed:
            self.sig_status.emit(status)

    def on_alert(self, change: object) -> None:
        if not self.closed:
            self.sig_alert.emit(change)


class FolderWatch(QObject):
    """Owns at most one running WatchService; restartable with other folders or children."""

    sig_status = Signal(object)
    sig_alert = Signal(object)

    def __init__(self, factory: WatchFactory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.factory = factory or default_factory
        self.service: WatchServiceLike | None = None
        self.bridge: WatchBridge | None = None
        self.folders: tuple[str, ...] = ()
        self.children: tuple[str, ...] = ()
        self.status: ws.WatchStatus | None = None

    @property
    def running(self) -> bool:
        return self.service is not None

    def start(self, folders: Sequence[str | Path], children: Sequence[str] = ()) -> bool:
        """Watch ``folders`` (stopping any earlier watch); False if it could not start."""
        self.stop()
        self.folders = tuple(str(f) for f in folders)
        self.children = tuple(children)
        if not self.folders:
            return False
        bridge = WatchBridge(self)
        bridge.sig_status.connect(self._on_bridge_status)
        bridge.sig_alert.connect(self.sig_alert)
        self.bridge = bridge
        try:
            service = self.factory(list(self.folders), children=self.children,
                                   on_status=bridge.on_status, on_alert=bridge.on_alert)
            service.start()
        except Exception as exc:  # a store that cannot be opened, a folder that vanished…
            log.exception("the folder watch could not start")
            bridge.closed = True
            self.bridge = None
            bridge.deleteLater()
            self._on_status(ws.WatchStatus(ws.STORE_ERROR, translate(
                "FolderWatch", "Guardian could not start watching: {reason}").format(reason=exc)))
            return False
        self.service = service
        log.info("watching %d folder(s)", len(self.folders))
        return True

    def stop(self, timeout: float = 15.0) -> None:
        """Stop the service and wait for its threads and worker process; safe to call twice."""
        service, self.service = self.service, None
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            bridge.closed = True
        if service is not None:
            service.stop(timeout)
            log.info("stopped watching")
        if bridge is not None:
            bridge.deleteLater()
        self.status = None

    @Slot(object)
    def _on_bridge_status(self, status: ws.WatchStatus) -> None:
        if self.sender() is self.bridge:  # not a late one from a watch already stopped
            self._on_status(status)

    def _on_status(self, status: ws.WatchStatus) -> None:
        self.status = status
        self.sig_status.emit(status)


def problem_reason(status: ws.WatchStatus | None) -> str | None:
    """Why exports are not being checked right now, in a sentence; None when all is well."""
    if status is None or status.state not in PROBLEMS:
        return None
    if status.state == ws.NOT_MONITORING and status.down:
        names = ", ".join(Path(d).name or d for d in status.down)
        return translate(
            "FolderWatch", "{folders} cannot be watched right now; Guardian keeps trying").format(
            folders=names)
    if status.state == ws.STORAGE_FULL:
        return translate("FolderWatch", "the disk holding Guardian's data is full; free some space")
    return status.message.rstrip(".") or translate("FolderWatch", "Guardian's data cannot be written")


def watch_summary(folders: int, status: ws.WatchStatus | None) -> str:
    """The tooltip's watch part: "watching 2 folders", "starting to watch 1 folder"."""
    if status is not None and status.state == ws.STARTING:
        return (translate("FolderWatch", "starting to watch 1 folder") if folders == 1 else
                translate("FolderWatch", "starting to watch {count} folders").format(count=folders))
    return (translate("FolderWatch", "watching 1 folder") if folders == 1 else
            translate("FolderWatch", "watching {count} folders").format(count=folders))


def watch_display(watch: FolderWatch) -> tuple[str | None, str | None]:
    """(summary, problem) for ``GuardianTray.set_watch``; (None, None) when nothing is watched."""
    if not watch.folders:
        return None, None
    return watch_summary(len(watch.folders), watch.status), problem_reason(watch.status)
